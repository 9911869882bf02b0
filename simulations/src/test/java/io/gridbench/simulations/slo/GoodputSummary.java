package io.gridbench.simulations.slo;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run delivered against its {@link Slo}. Rates are per second of {@code windowSeconds}: the time load was
 * offered (after any warm-up), or the span from the first to the last response when that is longer, so a server
 * that falls behind and answers the backlog late shows a throughput below the offered rate. Immutable once built
 * (the histograms and arrays are not copied: do not change them).
 *
 * @param attempts          requests sent (after the warm-up)
 * @param succeeded         requests answered as expected
 * @param good              successes within every per-request threshold of the SLO
 * @param latencyMs         each success's whole response time from its intended start
 * @param ttftMs            each streamed success's time to first token from its intended start
 * @param successesBySecond successes by second of intended start, from the end of the warm-up
 * @param latencySumsBySecond the summed latency of those successes, in ms
 */
public record GoodputSummary(Slo slo, long attempts, long succeeded, long good, double windowSeconds,
                             double arrivalSpanSeconds, Histogram latencyMs, Histogram ttftMs, long[] successesBySecond,
                             long[] latencySumsBySecond) {

    /** Runs shorter than this many seconds of arrivals have no latency growth. */
    public static final int MIN_GROWTH_SECONDS = 8;

    /** Whether one objective held, and what was measured; {@code measuredMs} is NaN without a sample. */
    public record Verdict(String term, double thresholdMs, double measuredMs, long samples, boolean held) {
    }

    public long failed() {
        return Math.max(0, attempts - succeeded);
    }

    /** Failed requests, percent of those attempted; 0 when none was. */
    public double errorPct() {
        return attempts == 0 ? 0 : 100.0 * failed() / attempts;
    }

    /** Successful requests per second. */
    public double throughput() {
        return windowSeconds > 0 ? succeeded / windowSeconds : 0;
    }

    /** Requests per second that met every per-request threshold. */
    public double goodput() {
        return windowSeconds > 0 ? good / windowSeconds : 0;
    }

    /** The {@code percentile} of {@code metric} in ms, or NaN when nothing was recorded. */
    public double percentileMs(Slo.Metric metric, double percentile) {
        Histogram h = metric == Slo.Metric.TTFT ? ttftMs : latencyMs;
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile);
    }

    /**
     * Each objective of the SLO, then the error ceiling. An objective with no sample did not hold: a TTFT term on a
     * simulation that streams nothing, or a run where every request failed, cannot be said to meet it.
     */
    public List<Verdict> verdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        for (Slo.Objective o : slo.objectives()) {
            Histogram h = o.metric() == Slo.Metric.TTFT ? ttftMs : latencyMs;
            double measured = percentileMs(o.metric(), o.percentile());
            verdicts.add(new Verdict(o.label(), o.thresholdMs(), measured, h.getTotalCount(),
                    !Double.isNaN(measured) && measured <= o.thresholdMs()));
        }
        if (!Double.isNaN(slo.maxErrorPct())) {
            verdicts.add(new Verdict("errors", slo.maxErrorPct(), errorPct(), attempts,
                    errorPct() <= slo.maxErrorPct()));
        }
        return verdicts;
    }

    /** Whether the run met every term of the SLO (trivially, with none). */
    public boolean meetsSlo() {
        return verdicts().stream().allMatch(Verdict::held);
    }

    /**
     * How much the mean latency of the requests meant to start in the last quarter of the run exceeds that of the
     * first quarter (1 = flat). A server past its capacity queues: each later arrival waits longer, and the ratio
     * grows with the run's length. NaN for runs under {@value #MIN_GROWTH_SECONDS} seconds (a quarter of one second
     * is one GC pause) or a quarter without successes.
     */
    public double latencyGrowth() {
        double first = firstQuarterLatency();
        double last = lastQuarterLatency();
        return Double.isNaN(first) || Double.isNaN(last) || first <= 0 ? Double.NaN : last / first;
    }

    /** Mean latency in ms of the first quarter of the run's seconds of arrivals; NaN for short runs. */
    public double firstQuarterLatency() {
        int n = successesBySecond.length;
        return n < MIN_GROWTH_SECONDS ? Double.NaN : meanLatency(0, n / 4);
    }

    /** Mean latency in ms of the last quarter of the run's seconds of arrivals; NaN for short runs. */
    public double lastQuarterLatency() {
        int n = successesBySecond.length;
        return n < MIN_GROWTH_SECONDS ? Double.NaN : meanLatency(n - n / 4, n);
    }

    /** Mean latency in ms of the successes meant to start in seconds {@code [from, to)}; NaN without any. */
    public double meanLatency(int from, int to) {
        long count = 0;
        long sum = 0;
        for (int i = from; i < to; i++) {
            count += successesBySecond[i];
            sum += latencySumsBySecond[i];
        }
        return count == 0 ? Double.NaN : (double) sum / count;
    }

    /** One console line: goodput beside throughput, then each term with its measurement. */
    public String consoleLine() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "goodput %.1f/s of %.1f/s throughput (%d of %d requests good, %.2f %% failed)", goodput(),
                throughput(), good, attempts, errorPct()));
        if (slo.isEmpty()) {
            return line.append("; no --slo given, so every success is good").toString();
        }
        line.append("; SLO ").append(slo).append(':');
        for (Verdict v : verdicts()) {
            line.append(' ').append(v.term()).append(' ').append(Double.isNaN(v.measuredMs()) ? "no sample"
                    : String.format(Locale.ROOT, v.term().equals("errors") ? "%.2f%%" : "%.0fms", v.measuredMs()))
                    .append(v.held() ? " ok," : " MISSED,");
        }
        line.setLength(line.length() - 1);
        return line.append(meetsSlo() ? " -> met" : " -> missed").toString();
    }
}
