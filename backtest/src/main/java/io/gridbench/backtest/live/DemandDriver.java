package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.data.LongList;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.exchange.client.ApiStatusException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Turns a demand file's workload into real chat completions through the Consumption API, so metering draws the
 * consumption balance down as the user would (seed 000's flow): continuous demand is sent in chunks as it accrues,
 * batch jobs wait until the balance covers them and then run. A 402 (balance too low) is a stock-out: the chunk is
 * unmet, as in the backtest. The loop thread calls {@link #tick}; completions run on a small pool of threads and
 * report back through a queue, so the strategy is never blocked by inference; a request that finishes sends the
 * next chunk due at once, so the pace is set by the concurrency, not by the poll interval.
 */
public final class DemandDriver implements AutoCloseable {
    /** One completion of a planned size; returns the API's {@code chat.completion} (with {@code usage}). */
    @FunctionalInterface
    public interface Completions {
        JsonNode complete(int maxTokens) throws IOException;
    }

    /** What a tick brought for the strategy: jobs that arrived ({@code onJob}) and whether the balance ran dry. */
    record Step(List<Long> arrivedJobTokens, boolean ranDry) {
    }

    /** Tokens of the prompt each request sends (a short fixed prompt), subtracted from its completion budget. */
    static final int PROMPT_TOKENS = 40;

    private record Outcome(long plannedTokens, long usedTokens, int status, String error) {
    }

    private final DemandModel demand;
    private final List<Job> jobs;
    private final Completions completions;
    private final Journal journal;
    private final LongSupplier clock;
    private final int maxConcurrent;
    private final long minChunkTokens;
    private final long maxChunkTokens;
    private final ExecutorService pool;
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Deque<long[]> waiting = new ArrayDeque<>();
    private final LongList jobWaits = new LongList(16);
    private int nextJob;
    /** Continuous demand tokens sent or written off; guarded by this object's monitor (workers send too). */
    private long planned;
    private volatile boolean dry;
    private volatile boolean stopping;
    private long consumedTokens;
    private long unmetTokens;
    private long errors;
    private int stockOuts;
    private long stockOutMillis;
    private long drySince = -1;
    private int jobsStarted;

    /**
     * @param minChunkTokens continuous demand waits until this much has accrued before a request is sent
     * @param maxChunkTokens the most one request asks for
     */
    public DemandDriver(Workload workload, Completions completions, Journal journal, LongSupplier clock,
                        int maxConcurrent, long minChunkTokens, long maxChunkTokens) {
        if (maxConcurrent < 1 || minChunkTokens < PROMPT_TOKENS + 1 || maxChunkTokens < minChunkTokens) {
            throw new IllegalArgumentException("need maxConcurrent >= 1 and " + (PROMPT_TOKENS + 1)
                    + " <= minChunk <= maxChunk");
        }
        this.demand = workload.demand();
        this.jobs = workload.jobs();
        this.completions = completions;
        this.journal = journal;
        this.clock = clock;
        this.maxConcurrent = maxConcurrent;
        this.minChunkTokens = minChunkTokens;
        this.maxChunkTokens = maxChunkTokens;
        this.pool = Executors.newFixedThreadPool(maxConcurrent, r -> {
            Thread t = new Thread(r, "run-demand");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes the completions that finished, lets jobs arrive and start, and sends the continuous demand accrued up
     * to {@code now}. While stocked out only one request at a time probes the balance.
     *
     * @param balanceTokens the balance as last polled, for deciding whether a waiting job can start
     */
    Step tick(long now, long balanceTokens) {
        boolean ranDry = drain(now);
        List<Long> arrived = new ArrayList<>();
        arrivals(now, arrived);
        sendDue(now, balanceTokens);
        return new Step(arrived, ranDry);
    }

    /** Counts the completions that finished; true when one of them found the balance dry. */
    private boolean drain(long now) {
        boolean ranDry = false;
        Outcome o;
        while ((o = outcomes.poll()) != null) {
            if (o.status == 0) {
                consumedTokens += o.usedTokens;
                if (drySince >= 0) {
                    stockOutMillis += now - drySince;
                    drySince = -1;
                    dry = false;
                }
            } else {
                unmetTokens += o.plannedTokens;
                if (o.status == 402 && drySince < 0) {
                    drySince = now;
                    dry = true;
                    stockOuts++;
                    ranDry = true;
                } else if (o.status != 402) {
                    errors++;
                }
            }
        }
        return ranDry;
    }

    private void arrivals(long now, List<Long> arrived) {
        while (nextJob < jobs.size() && jobs.get(nextJob).arrivalMillis() <= now) {
            Job job = jobs.get(nextJob++);
            waiting.add(new long[] {job.arrivalMillis(), job.tokens()});
            arrived.add(job.tokens());
            journal.write(journal.entry("job").put("tokens", job.tokens()));
        }
    }

    private void sendDue(long now, long balanceTokens) {
        long available = balanceTokens;
        while (!waiting.isEmpty() && waiting.peek()[1] <= available && drySince < 0) {
            long[] job = waiting.poll();
            available -= job[1];
            jobsStarted++;
            jobWaits.add(Math.max(0, now - job[0]));
            for (long left = job[1]; left > 0; left -= maxChunkTokens) {
                send(Math.min(left, maxChunkTokens));
            }
        }
        if (drySince >= 0) {
            writeOffWhileDry(now);
        } else {
            sendContinuous(now);
        }
    }

    /**
     * Stocked out: one request at a time probes the balance; the rest of the demand goes unserved now, as in the
     * backtest, instead of piling up and arriving all at once when the balance is back.
     */
    private synchronized void writeOffWhileDry(long now) {
        long due = demand.cumulativeTokens(now) - planned;
        if (due >= minChunkTokens && inFlight.get() == 0) {
            long chunk = Math.min(due, maxChunkTokens);
            planned += chunk;
            due -= chunk;
            send(chunk);
        }
        unmetTokens += due;
        planned += due;
    }

    /**
     * Sends the continuous demand accrued up to {@code now}, up to the concurrency limit. Called by the loop at each
     * step and by a request that has just finished, so the pace is not bound to the poll interval.
     */
    private synchronized void sendContinuous(long now) {
        long due = demand.cumulativeTokens(now) - planned;
        while (due >= minChunkTokens && inFlight.get() < maxConcurrent && !stopping) {
            long chunk = Math.min(due, maxChunkTokens);
            planned += chunk;
            due -= chunk;
            send(chunk);
        }
    }

    /** Continuous demand accrued but not yet sent: how far the requests are behind the demand file. */
    synchronized long behindTokens(long now) {
        return Math.max(0, demand.cumulativeTokens(now) - planned);
    }

    private void send(long tokens) {
        inFlight.incrementAndGet();
        pool.execute(() -> {
            Outcome outcome;
            try {
                JsonNode answer = completions.complete((int) Math.max(1, tokens - PROMPT_TOKENS));
                outcome = new Outcome(tokens, answer.path("usage").path("total_tokens").asLong(), 0, null);
            } catch (ApiStatusException e) {
                outcome = new Outcome(tokens, 0, e.status(), e.getMessage());
            } catch (IOException | RuntimeException e) {
                outcome = new Outcome(tokens, 0, -1, e.toString());
            }
            journal.write(journal.entry("completion").put("planned_tokens", tokens)
                    .put("used_tokens", outcome.usedTokens).put("status", outcome.status == 0 ? 200 : outcome.status)
                    .put("error", outcome.error));
            outcomes.add(outcome);
            inFlight.decrementAndGet();
            if (outcome.status == 0 && !dry && !stopping) {
                try {
                    sendContinuous(clock.getAsLong());
                } catch (RejectedExecutionException closing) {
                    // The run ended while this request was in flight: nothing more is sent.
                }
            }
        });
    }

    /** Tokens of jobs that arrived and wait for the balance to cover them. */
    long waitingJobTokens() {
        long tokens = 0;
        for (long[] job : waiting) {
            tokens += job[1];
        }
        return tokens;
    }

    /** True from a 402 until a completion succeeds again. */
    boolean stockedOut() {
        return drySince >= 0;
    }

    /** Stops sending, waits briefly for requests in flight and counts them, and ends a running stock-out. */
    void finish(long now) {
        stopping = true;
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain(now);
        if (drySince >= 0) {
            stockOutMillis += now - drySince;
            drySince = now;
        }
        for (long[] job : waiting) {
            unmetTokens += job[1];
        }
    }

    long consumedTokens() {
        return consumedTokens;
    }

    long unmetTokens() {
        return unmetTokens;
    }

    long errors() {
        return errors;
    }

    int stockOuts() {
        return stockOuts;
    }

    long stockOutMillis() {
        return stockOutMillis;
    }

    int jobsTotal() {
        return nextJob;
    }

    int jobsStarted() {
        return jobsStarted;
    }

    /** How long each started job waited, milliseconds. */
    long[] jobWaits() {
        return jobWaits.toArray();
    }

    /** Stops at once: requests in flight are abandoned (and not counted) before the journal closes. */
    @Override
    public void close() {
        stopping = true;
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
