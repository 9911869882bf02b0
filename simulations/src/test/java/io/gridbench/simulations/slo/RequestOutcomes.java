package io.gridbench.simulations.slo;

import io.gridbench.simulations.load.Settings;
import org.HdrHistogram.Recorder;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records every request of a run for goodput and the SLO: how many were attempted and succeeded, each success's
 * latency and time to first token (HdrHistogram, from the request's intended start), whether it met every per-request
 * threshold of the {@link Slo}, and per second of intended start the successes and their summed latency (so a
 * capacity step can see latency growing within the step). Requests meant to start before {@link #measureFrom} are
 * warm-up and left out. Gatling's virtual users run on several threads, so every recorder is the concurrent kind;
 * one reader takes one {@link #snapshot} at the end.
 */
public final class RequestOutcomes {
    /** One hour: anything longer is a hung request, recorded at this ceiling. */
    static final long MAX_MS = 3_600_000L;
    /** Per-second series cover the first hour of a run; later requests are counted in the last second. */
    static final int SECONDS = 3600;
    private static final int DIGITS = 3;

    private final Slo slo;
    private final long ttftLimitMs;
    private final long latencyLimitMs;
    private final Recorder latency = new Recorder(MAX_MS, DIGITS);
    private final Recorder ttft = new Recorder(MAX_MS, DIGITS);
    private final LongAdder attempts = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder good = new LongAdder();
    private final LongAccumulator firstEnd = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator lastEnd = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final LongAccumulator firstArrival = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator lastArrival = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final AtomicLongArray successesBySecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray latencySumBySecond = new AtomicLongArray(SECONDS);
    private volatile long measureFromMs;

    /** Judged against {@code -Dgridbench.slo} (no objective when unset). */
    public static RequestOutcomes fromProperties() {
        return new RequestOutcomes(Slo.parse(Settings.string("slo", "")));
    }

    public RequestOutcomes(Slo slo) {
        this.slo = slo;
        this.ttftLimitMs = slo.strictestMs(Slo.Metric.TTFT);
        this.latencyLimitMs = slo.strictestMs(Slo.Metric.LATENCY);
    }

    public Slo slo() {
        return slo;
    }

    /** Starts measuring: requests meant to start before {@code epochMs} (the warm-up) are not recorded. */
    public void measureFrom(long epochMs) {
        measureFromMs = epochMs;
    }

    /** The first request of an arrival (a user's iteration), meant to start at {@code intendedStartMs}, is sent. */
    public void attempt(long intendedStartMs) {
        if (intendedStartMs >= measureFromMs) {
            attempts.increment();
            firstArrival.accumulate(intendedStartMs);
            lastArrival.accumulate(intendedStartMs);
        }
    }

    /** A later request of the same arrival is sent at {@code sentMs} (it waited for the one before it). */
    public void attemptWithinIteration(long sentMs) {
        if (sentMs >= measureFromMs) {
            attempts.increment();
        }
    }

    /**
     * The request attempted for {@code intendedStartMs} succeeded, whole at {@code endMs}.
     *
     * @param ttftMs its time to first token from the intended start, or a negative number when it streamed nothing
     */
    public void succeeded(long intendedStartMs, long endMs, long ttftMs) {
        if (intendedStartMs < measureFromMs) {
            return;
        }
        long latencyMs = clamp(endMs - intendedStartMs);
        succeeded.increment();
        latency.recordValue(latencyMs);
        if (ttftMs >= 0) {
            ttft.recordValue(clamp(ttftMs));
        }
        if (latencyMs <= latencyLimitMs && (ttftMs < 0 || ttftMs <= ttftLimitMs)) {
            good.increment();
        }
        firstEnd.accumulate(endMs);
        lastEnd.accumulate(endMs);
        int second = (int) Math.min(SECONDS - 1, (intendedStartMs - measureFromMs) / 1000);
        successesBySecond.incrementAndGet(second);
        latencySumBySecond.addAndGet(second, latencyMs);
    }

    private static long clamp(long ms) {
        return Math.max(0L, Math.min(MAX_MS, ms));
    }

    /**
     * What was recorded, for a run that offered load for {@code offeredSeconds} after its warm-up.
     * Call once, from one thread, after the run.
     */
    public GoodputSummary snapshot(double offeredSeconds) {
        int seconds = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (successesBySecond.get(i) > 0) {
                seconds = i + 1;
            }
        }
        long[] successes = new long[seconds];
        long[] latencySums = new long[seconds];
        for (int i = 0; i < seconds; i++) {
            successes[i] = successesBySecond.get(i);
            latencySums[i] = latencySumBySecond.get(i);
        }
        long ends = lastEnd.get() >= firstEnd.get() ? lastEnd.get() - firstEnd.get() : 0;
        long arrivals = lastArrival.get() >= firstArrival.get() ? lastArrival.get() - firstArrival.get() : 0;
        return new GoodputSummary(slo, attempts.sum(), succeeded.sum(), good.sum(),
                Math.max(offeredSeconds, ends / 1000.0), arrivals / 1000.0, latency.getIntervalHistogram(),
                ttft.getIntervalHistogram(), successes, latencySums);
    }
}
