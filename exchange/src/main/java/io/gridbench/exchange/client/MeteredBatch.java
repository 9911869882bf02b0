package io.gridbench.exchange.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.market.Prices;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Seed 000's metered batch over the Grid's two APIs: estimate the batch's tokens ({@link BatchEstimate}), place a
 * GTC limit buy for the units that cover them, wait for it to fill, run the completions at most
 * {@link Plan#maxConcurrent()} at a time, and read the balances before and after. Each step prints one line (or a
 * few) to the given writer and the whole run is returned as a JSON report. One run at a time per instance.
 */
public final class MeteredBatch {
    /** The system message every completion of the batch is sent with. */
    public static final String SYSTEM_PROMPT = "Be concise and correct.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 250;

    private final TradingApiClient trading;
    private final ChatCompletionsClient chat;
    private final LongSupplier cashCents;
    private final Duration fillTimeout;
    private final PrintWriter out;

    /**
     * What to run.
     *
     * @param instrument    the model the completions use, e.g. {@code chat-fast}
     * @param marketId      the market of that instrument, where the limit buy goes
     * @param limitTicks    the buy's limit price in ticks
     * @param keepLimit     true to keep {@code limitTicks} even when the best ask is above it (a price the user
     *                      chose); false to raise it to the best ask so the order fills
     * @param clientOrderId the buy's {@code client_order_id}
     * @param maxConcurrent completions in flight at most
     */
    public record Plan(String instrument, String marketId, List<String> prompts, long limitTicks, boolean keepLimit,
                       String clientOrderId, int maxConcurrent) {
        public Plan {
            prompts = List.copyOf(prompts);
            if (prompts.isEmpty() || limitTicks <= 0 || maxConcurrent < 1) {
                throw new IllegalArgumentException("a batch needs prompts, a positive limit and at least one slot");
            }
        }

        /** Seed 000's token estimate of the prompts. */
        public long estimatedTokens() {
            return BatchEstimate.tokens(prompts);
        }

        /** The units the batch buys. */
        public long units() {
            return BatchEstimate.unitsToBuy(estimatedTokens());
        }
    }

    /**
     * @param cashCents   the account's cash in cents (the Trading API does not report cash, so the caller who runs
     *                    the exchange supplies it)
     * @param fillTimeout how long to wait for the limit buy to fill before giving up
     * @param out         where the progress lines go
     */
    public MeteredBatch(TradingApiClient trading, ChatCompletionsClient chat, LongSupplier cashCents,
                        Duration fillTimeout, PrintWriter out) {
        this.trading = trading;
        this.chat = chat;
        this.cashCents = cashCents;
        this.fillTimeout = fillTimeout;
        this.out = out;
    }

    /**
     * The limit of the batch's buy: unless kept, it follows the market up to its best ask so the order fills
     * whatever the market did to the price; a kept limit is the user's to keep.
     *
     * @param bestAskTicks -1 when the book has no asks
     */
    public static long limitFor(long limitTicks, long bestAskTicks, boolean keepLimit) {
        return keepLimit || bestAskTicks <= limitTicks ? limitTicks : bestAskTicks;
    }

    /**
     * Runs the batch and returns {@code {account_id, before, order, completions, after}}.
     *
     * @throws IOException when an API call fails, or the buy ends canceled or rejected or does not fill in time
     */
    public ObjectNode run(String accountId, Plan plan) throws IOException, InterruptedException {
        ObjectNode report = JSON.createObjectNode();
        report.put("account_id", accountId);
        report.set("before", balances("before"));

        long limitTicks = plan.limitTicks();
        JsonNode ticker = trading.get("/api/v1/trading/markets/" + plan.marketId() + "/ticker").path("data");
        long bestAsk = ticker.path("best_ask").isNull() || ticker.path("best_ask").isMissingNode() ? -1
                : Prices.parseTicks(ticker.path("best_ask").asText());
        if (bestAsk > limitTicks) {
            long raised = limitFor(limitTicks, bestAsk, plan.keepLimit());
            out.println("   best ask " + Prices.format(bestAsk) + " is above the max price " + Prices.format(limitTicks)
                    + (raised == limitTicks ? "; keeping --max-price, the order waits for the market to come down"
                    : "; raising the limit to the best ask"));
            limitTicks = raised;
        }
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("market_id", plan.marketId());
        order.put("side", "buy");
        order.put("type", "limit");
        order.put("quantity", plan.units());
        order.put("price", Prices.format(limitTicks));
        order.put("time_in_force", "gtc");
        order.put("client_order_id", plan.clientOrderId());
        JsonNode placed = trading.post("/api/v1/trading/orders", order).path("data");
        String orderId = placed.path("order_id").asText();
        out.println("   limit buy " + plan.units() + " @ " + Prices.format(limitTicks) + ": " + orderId + " "
                + placed.path("status").asText());
        report.set("order", waitForFill(orderId));

        report.set("completions", completions(plan));
        report.set("after", balances("after"));
        out.flush();
        return report;
    }

    private JsonNode waitForFill(String orderId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + fillTimeout.toNanos();
        while (true) {
            JsonNode order = trading.get("/api/v1/trading/orders/" + orderId).path("data");
            String status = order.path("status").asText();
            if ("filled".equals(status)) {
                out.println("   order filled: " + order.path("filled_quantity").asText() + " unit(s) at average "
                        + order.path("average_price").asText());
                return order;
            }
            if ("canceled".equals(status) || "rejected".equals(status)) {
                throw new IOException("the batch's limit order ended " + status + ": " + order);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the batch's limit order did not fill within " + fillTimeout.toSeconds()
                        + " s (status " + status + "); try a higher --max-price");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private ArrayNode completions(Plan plan) throws IOException, InterruptedException {
        List<String> prompts = plan.prompts();
        ExecutorService pool = Executors.newFixedThreadPool(plan.maxConcurrent());
        List<Future<JsonNode>> answers = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (String prompt : prompts) {
                answers.add(pool.submit(() -> chat.complete(plan.instrument(), SYSTEM_PROMPT, prompt)));
            }
            ArrayNode results = JSON.createArrayNode();
            for (int i = 0; i < prompts.size(); i++) {
                JsonNode answer = answer(answers.get(i));
                JsonNode usage = answer.path("usage");
                String text = answer.path("choices").path(0).path("message").path("content").asText();
                out.printf("   %d. %s -> %d prompt + %d completion tokens: %s%n", i + 1, prompts.get(i),
                        usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong(),
                        text.length() > 60 ? text.substring(0, 60) + "..." : text);
                ObjectNode row = results.addObject();
                row.put("prompt", prompts.get(i));
                row.set("usage", usage);
                row.put("response", text);
            }
            out.printf("   %d completions in %.2f s (at most %d at a time)%n", prompts.size(),
                    (System.nanoTime() - start) / 1e9, plan.maxConcurrent());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode answer(Future<JsonNode> answer) throws IOException, InterruptedException {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("a completion failed: " + e.getCause(), e.getCause());
        }
    }

    private ObjectNode balances(String label) throws IOException {
        long cash = cashCents.getAsLong();
        JsonNode accounts = trading.get("/api/v1/trading/consumption-accounts").path("data");
        ObjectNode node = JSON.createObjectNode();
        node.put("cash_usd", Prices.format(cash));
        node.set("consumption_accounts", accounts);
        StringBuilder line = new StringBuilder("   balances " + label + ": cash $" + Prices.format(cash));
        if (accounts.isEmpty()) {
            line.append(", no consumption balance");
        }
        for (JsonNode account : accounts) {
            line.append(", ").append(account.path("instrument_name").asText(account.path("instrument_id").asText()))
                    .append(" available ").append(account.path("available_balance").asText())
                    .append(" / total ").append(account.path("total_balance").asText()).append(" units");
        }
        out.println(line);
        return node;
    }
}
