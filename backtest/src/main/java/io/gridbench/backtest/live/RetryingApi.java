package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.client.ApiStatusException;
import io.gridbench.exchange.client.TradingApiClient;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Trading API as a live run uses it: every call and its outcome go to the {@link Journal} (requests, responses,
 * retries), transient failures are retried by the {@link RetryPolicy}, and 4xx refusals are counted and passed on
 * unretried. Order placement adds its own guard against doubling (see {@link LiveOrders}): this class retries a call
 * as given. Used by one thread at a time per call; the counters are thread-safe.
 */
public final class RetryingApi {
    /** One attempt at a call. */
    @FunctionalInterface
    public interface Call {
        JsonNode run() throws IOException;
    }

    /** Waits between tries; tests pass a recording fake. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final TradingApiClient client;
    private final Journal journal;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    public RetryingApi(TradingApiClient client, Journal journal, RetryPolicy policy, Sleeper sleeper) {
        this.client = client;
        this.journal = journal;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** A GET of market or account data; journaled only when it fails. */
    public JsonNode get(String pathAndQuery) throws IOException {
        return retrying("GET " + pathAndQuery, false, () -> client.get(pathAndQuery));
    }

    /**
     * A POST that must take effect at most once, such as an order. Before each retry {@code alreadyDone} looks for
     * the effect of an earlier try whose answer was lost (an order found by its {@code client_order_id}); when it
     * finds one, that is the answer and nothing is sent again.
     */
    public JsonNode postOnce(String path, ObjectNode body, Call alreadyDone) throws IOException {
        ObjectNode request = journal.entry("request").put("method", "POST").put("path", path);
        request.set("body", body);
        journal.write(request);
        int[] tries = {0};
        return retrying("POST " + path, true, () -> {
            if (tries[0]++ > 0) {
                JsonNode found = alreadyDone.run();
                if (found != null) {
                    journal.write(journal.entry("found").put("request", "POST " + path)
                            .put("detail", "an earlier try took effect; not sending again"));
                    return found;
                }
            }
            return client.post(path, body);
        });
    }

    /** A DELETE whose request and response are journaled. */
    public JsonNode delete(String path) throws IOException {
        journal.write(journal.entry("request").put("method", "DELETE").put("path", path));
        return retrying("DELETE " + path, true, () -> client.delete(path));
    }

    /**
     * Runs {@code call} until it succeeds, fails for good or runs out of tries.
     *
     * @param what          {@code METHOD path}, for the journal
     * @param logResponse   journal the successful answer too
     * @throws ApiStatusException the final refusal (a 4xx, or the last transient failure)
     * @throws InterruptedIOException when interrupted while waiting to retry
     */
    public JsonNode retrying(String what, boolean logResponse, Call call) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                JsonNode answer = call.run();
                if (logResponse) {
                    ObjectNode response = journal.entry("response").put("request", what).put("status", 200);
                    response.set("body", answer.path("data"));
                    journal.write(response);
                }
                return answer;
            } catch (IOException e) {
                boolean again = RetryPolicy.isTransient(e) && attempt < policy.maxAttempts();
                ObjectNode failure = journal.entry(again ? "retry" : "failure").put("request", what)
                        .put("attempt", attempt).put("error", e.getMessage());
                if (e instanceof ApiStatusException status) {
                    failure.put("status", status.status()).put("body", status.body());
                    if (!status.isTransient()) {
                        refusals.incrementAndGet();
                    }
                }
                journal.write(failure);
                if (!again) {
                    throw e;
                }
                retries.incrementAndGet();
                try {
                    sleeper.sleep(policy.backoffMillis(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting to retry " + what);
                }
            }
        }
    }

    /** 4xx answers received (never retried). */
    public long refusals() {
        return refusals.get();
    }

    /** Tries repeated after a transient failure. */
    public long retries() {
        return retries.get();
    }
}
