package io.gridbench.backtest.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.client.ApiStatusException;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.market.Prices;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Samples a market's best bid and ask, with their sizes, from the Trading API's depth endpoint at a fixed period
 * until an end instant. It is the only way to record quotes: the API serves the book's present, never its past.
 * A row is kept when the top of the book differs from the last one, stamped with the depth's own {@code timestamp}
 * (the exchange's clock, which its trade prints carry too). A change that comes and goes between two polls is not
 * seen, so the period bounds how late a row can be. A poll that fails for a passing reason (timeout, 429, 5xx) is
 * counted and skipped: the row before it then holds longer than it should, and the longest such stretch is reported.
 * Any other refusal (an unknown market, a refused key) ends the sampling at once.
 */
public final class QuoteSampler {
    private static final String API = "/api/v1/trading";

    private final TradingApiClient client;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Consumer<String> progress;

    /** Waits until an instant of the sampler's clock; a test's sleeper moves a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepUntil(long millis) throws InterruptedException;
    }

    /** What a sampling run got: the rows, the polls made and failed, and the longest time without a good poll. */
    public record Sampled(QuoteTape tape, long everyMillis, int polls, int failedPolls, long longestGapMillis,
                          long firstPollMillis, long lastPollMillis) {
    }

    /** Samples on the system clock, sleeping between polls. */
    public QuoteSampler(TradingApiClient client, Consumer<String> progress) {
        this(client, System::currentTimeMillis, millis -> {
            long wait = millis - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }, progress);
    }

    /** @param clock the time in epoch milliseconds the polls are scheduled by */
    QuoteSampler(TradingApiClient client, LongSupplier clock, Sleeper sleeper, Consumer<String> progress) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
        this.progress = progress;
    }

    /**
     * Polls the depth of {@code marketId} every {@code everyMillis} from now until {@code untilMillis} (exclusive).
     *
     * @throws IOException on a refusal that is not transient (the API's status and detail), or when no poll at all
     *                     succeeded, naming the last error
     */
    public Sampled sample(String marketId, long everyMillis, long untilMillis) throws IOException, InterruptedException {
        if (everyMillis <= 0) {
            throw new IllegalArgumentException("the sampling period must be positive, got " + everyMillis + " ms");
        }
        QuoteTape tape = new QuoteTape();
        String path = API + "/markets/" + URLEncoder.encode(marketId, StandardCharsets.UTF_8) + "/depth";
        int polls = 0;
        int failed = 0;
        long firstGood = -1;
        long lastGood = -1;
        long longestGap = 0;
        IOException lastError = null;
        long next = clock.getAsLong();
        long reportEvery = Math.max(1, 60_000 / everyMillis);
        while (next < untilMillis) {
            polls++;
            long askedAt = clock.getAsLong();
            try {
                JsonNode depth = client.get(path).path("data");
                long at = timestamp(depth, askedAt);
                tape.observe(at, price(depth.path("bids")), size(depth.path("bids")), price(depth.path("asks")),
                        size(depth.path("asks")));
                if (firstGood < 0) {
                    firstGood = at;
                } else {
                    longestGap = Math.max(longestGap, at - lastGood);
                }
                lastGood = at;
            } catch (ApiStatusException e) {
                if (!e.isTransient()) {
                    throw e;
                }
                failed++;
                lastError = e;
            } catch (IOException e) {
                failed++;
                lastError = e;
            }
            if (polls % reportEvery == 0) {
                progress.accept("quotes: " + tape.size() + " rows from " + polls + " polls (" + failed
                        + " failed), sampling until " + Instant.ofEpochMilli(untilMillis));
            }
            next += everyMillis;
            // A poll slower than the period leaves the schedule behind; skip the missed turns rather than burst.
            long now = clock.getAsLong();
            if (next < now) {
                next = now + everyMillis - (now - next) % everyMillis;
            }
            if (next < untilMillis) {
                sleeper.sleepUntil(next);
            }
        }
        if (firstGood < 0) {
            throw new IOException("no depth poll of " + marketId + " succeeded in " + polls + " tries"
                    + (lastError == null ? "" : ": " + lastError.getMessage()));
        }
        progress.accept("quotes: " + tape.size() + " rows from " + polls + " polls (" + failed + " failed), longest "
                + "time between good polls " + longestGap + " ms");
        return new Sampled(tape, everyMillis, polls, failed, longestGap, firstGood, lastGood);
    }

    private static long timestamp(JsonNode depth, long fallback) throws IOException {
        JsonNode t = depth.path("timestamp");
        if (t.isMissingNode() || t.isNull()) {
            return fallback;
        }
        try {
            return Instant.parse(t.asText()).toEpochMilli();
        } catch (RuntimeException e) {
            throw new IOException("API field 'timestamp' of the depth is not an ISO-8601 time: " + t);
        }
    }

    private static long price(JsonNode levels) throws IOException {
        if (levels.isEmpty()) {
            return 0;
        }
        try {
            return Prices.parseTicks(levels.get(0).path("price").asText());
        } catch (IllegalArgumentException e) {
            throw new IOException("API field 'price' of the depth: " + e.getMessage());
        }
    }

    private static long size(JsonNode levels) {
        return levels.isEmpty() ? 0 : levels.get(0).path("quantity").asLong();
    }
}
