package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.backtest.metrics.RunRecorder;
import io.gridbench.backtest.strategy.OrderGateway;
import io.gridbench.exchange.client.ApiStatusException;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.marketdata.TradePrint;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The live {@link OrderGateway}: places, re-prices and cancels signed buy orders on the Trading API and learns of
 * fills by polling its open orders. Every order carries a {@code client_order_id} ({@code gb-<run>-<id>}, with
 * {@code .<n>} for the n-th re-price), so a retried request, or a restarted run, finds the order it already placed
 * instead of placing it twice. {@link RunCaps} are checked before every order; a refusal stops the run. With
 * {@code paper} nothing is sent: orders rest here and fill against the live prints (strictly through the limit),
 * market orders at the best ask. Owned by the run's loop thread.
 */
final class LiveOrders implements OrderGateway {
    static final String ORDERS = "/api/v1/trading/orders";
    /** Pages of 100 orders searched for a client order id. */
    private static final int MAX_LOOKUP_PAGES = 50;

    private final RetryingApi api;
    private final Journal journal;
    private final RunCaps caps;
    private final String marketId;
    private final String runId;
    private final boolean paper;
    private final LiveMarket market;
    private final LongSupplier clock;
    private final RunRecorder recorder;
    private final Map<Long, LiveOrder> orders = new LinkedHashMap<>();
    private final List<FillEvent> fills = new ArrayList<>();
    private long nextId = 1;
    private String stopReason;
    private long rejected;

    LiveOrders(RetryingApi api, Journal journal, RunCaps caps, String marketId, String runId, boolean paper,
               LiveMarket market, LongSupplier clock, RunRecorder recorder) {
        this.api = api;
        this.journal = journal;
        this.caps = caps;
        this.marketId = marketId;
        this.runId = runId;
        this.paper = paper;
        this.market = market;
        this.clock = clock;
        this.recorder = recorder;
    }

    @Override
    public long buyLimit(long quantity, long priceTicks) {
        return place(false, quantity, priceTicks);
    }

    @Override
    public long buyMarket(long quantity) {
        return place(true, quantity, 0);
    }

    private long place(boolean isMarket, long quantity, long priceTicks) {
        long estimate = isMarket ? marketEstimate() : priceTicks;
        String refusal;
        if (stopReason != null) {
            refusal = "the run is stopping: " + stopReason;
        } else if (quantity <= 0 || !isMarket && priceTicks <= 0) {
            refusal = "invalid order: quantity " + quantity + ", price " + priceTicks + " ticks";
        } else if (estimate <= 0) {
            refusal = "no price is known yet to bound a market order's cost";
        } else {
            refusal = caps.refusal(quantity, Math.multiplyExact(estimate, quantity), committedCents(),
                    committedUnits());
        }
        if (refusal != null) {
            journal.write(journal.entry("refused").put("kind", isMarket ? "market" : "limit")
                    .put("quantity", quantity).put("price", Prices.format(priceTicks)).put("reason", refusal));
            stop(refusal);
            return -1;
        }
        long id = nextId++;
        long now = clock.getAsLong();
        long arrival = Math.max(0, market.midEstimate());
        LiveOrder o = new LiveOrder(id, clientOrderId(id, 0), isMarket, quantity, priceTicks, now);
        orders.put(id, o);
        journal.write(journal.entry("order").put("id", id).put("client_order_id", o.clientOrderId)
                .put("kind", isMarket ? "market" : "limit").put("quantity", quantity)
                .put("price", isMarket ? null : Prices.format(priceTicks)).put("paper", paper)
                .put("arrival", arrival == 0 ? null : Prices.format(arrival)));
        recorder.placed(id, now, isMarket ? estimate : priceTicks, quantity, isMarket, arrival);
        if (!paper) {
            send(o, quantity);
        }
        return id;
    }

    private String clientOrderId(long id, int version) {
        return "gb-" + runId + "-" + id + (version == 0 ? "" : "." + version);
    }

    /** Sends the order's current leg; a refusal closes it, a lost answer leaves it to {@link #poll} to resolve. */
    private void send(LiveOrder o, long quantity) {
        ObjectNode body = Journal.JSON.createObjectNode();
        body.put("market_id", marketId).put("side", "buy").put("type", o.market ? "market" : "limit");
        if (!o.market) {
            body.put("price", Prices.format(o.priceTicks));
        }
        body.put("quantity", quantity).put("time_in_force", "gtc").put("client_order_id", o.clientOrderId);
        String clientId = o.clientOrderId;
        try {
            JsonNode answer = api.postOnce(ORDERS, body, () -> wrap(findByClientId(clientId)));
            adopt(o, answer.path("data"));
        } catch (ApiStatusException e) {
            if (e.isTransient()) {
                unresolved(o, e);
            } else {
                rejected++;
                o.open = false;
                recorder.endedByVenue(o.filled);
                journal.write(journal.entry("rejected").put("id", o.id).put("client_order_id", o.clientOrderId)
                        .put("status", e.status()).put("reason", e.getMessage()));
            }
        } catch (IOException e) {
            unresolved(o, e);
        }
    }

    private void unresolved(LiveOrder o, IOException e) {
        journal.write(journal.entry("unresolved").put("id", o.id).put("client_order_id", o.clientOrderId)
                .put("error", e.getMessage()));
    }

    private static JsonNode wrap(JsonNode order) {
        if (order == null) {
            return null;
        }
        ObjectNode envelope = Journal.JSON.createObjectNode();
        envelope.set("data", order);
        return envelope;
    }

    private void adopt(LiveOrder o, JsonNode data) {
        o.orderId = data.path("order_id").asText();
        journal.write(journal.entry("placed").put("id", o.id).put("client_order_id", o.clientOrderId)
                .put("order_id", o.orderId).put("status", data.path("status").asText()));
        update(o, data);
    }

    /** The exchange's record of our order with {@code clientOrderId}, or null when the exchange has none. */
    JsonNode findByClientId(String clientOrderId) throws IOException {
        String cursor = null;
        for (int page = 0; page < MAX_LOOKUP_PAGES; page++) {
            String query = ORDERS + "?market_id=" + marketId + "&side=buy&limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode answer = api.get(query);
            for (JsonNode order : answer.path("data")) {
                if (clientOrderId.equals(order.path("client_order_id").asText(null))) {
                    return order;
                }
            }
            JsonNode next = answer.path("pagination").path("next_cursor");
            if (!next.isTextual()) {
                return null;
            }
            cursor = next.asText();
        }
        return null;
    }

    /** Takes the exchange's view of the order's current leg: new fills, and whether it is still open. */
    private void update(LiveOrder o, JsonNode data) {
        long legFilled = data.path("filled_quantity").asLong();
        JsonNode average = data.path("average_price");
        double legCost = average.isTextual()
                ? new BigDecimal(average.asText()).doubleValue() * Prices.TICKS_PER_DOLLAR * legFilled : 0;
        long delta = legFilled - o.legFilled;
        if (delta > 0) {
            double deltaCost = legCost - o.legCostCents;
            long price = Math.round(deltaCost / delta);
            fill(o, delta, price, deltaCost);
            o.legFilled = legFilled;
            o.legCostCents = legCost;
        }
        String status = data.path("status").asText();
        if (!status.equals("open") && !status.equals("partially_filled") && o.open) {
            o.open = false;
            if (!status.equals("filled") && !o.cancelling) {
                recorder.endedByVenue(o.filled);
            }
            journal.write(journal.entry("closed").put("id", o.id).put("client_order_id", o.clientOrderId)
                    .put("status", status).put("by_run", o.cancelling));
        }
    }

    private void fill(LiveOrder o, long quantity, long priceTicks, double costCents) {
        long now = clock.getAsLong();
        if (o.filled == 0) {
            recorder.firstFill(now - o.placedAt);
        }
        o.filled += quantity;
        o.costCents += costCents;
        journal.write(journal.entry("fill").put("id", o.id).put("client_order_id", o.clientOrderId)
                .put("quantity", quantity).put("price", Prices.format(priceTicks)).put("cost_cents", costCents)
                .put("leg_filled", o.legFilled + quantity).put("leg_cost_cents", o.legCostCents + costCents)
                .put("filled", o.filled).put("paper", paper));
        recorder.fill(o.id, now, priceTicks, quantity);
        if (o.remaining() == 0) {
            recorder.completed(now - o.placedAt);
        }
        fills.add(new FillEvent(o.id, priceTicks, quantity));
    }

    /**
     * Polls every open order on the exchange; an order whose placement answer was lost is looked up by its
     * client order id (and closed as never placed if the exchange has none). Paper market orders fill here.
     */
    void poll() throws IOException {
        for (LiveOrder o : orders.values()) {
            if (!o.open) {
                continue;
            }
            if (paper) {
                long ask = market.bestAsk();
                if (o.market && ask > 0) {
                    fillPaper(o, o.remaining(), ask);
                }
                continue;
            }
            if (o.orderId == null) {
                JsonNode found = findByClientId(o.clientOrderId);
                if (found != null) {
                    adopt(o, found);
                } else {
                    o.open = false;
                    recorder.endedByVenue(o.filled);
                    journal.write(journal.entry("not_placed").put("id", o.id)
                            .put("client_order_id", o.clientOrderId));
                }
                continue;
            }
            update(o, api.get(ORDERS + "/" + o.orderId).path("data"));
        }
    }

    /** A live print: paper limit orders it trades strictly through fill, at their limit, up to its quantity. */
    void paperPrint(TradePrint print) {
        if (!paper) {
            return;
        }
        long left = print.quantity();
        for (LiveOrder o : orders.values()) {
            if (left == 0) {
                return;
            }
            if (o.open && !o.market && print.priceTicks() < o.priceTicks) {
                long q = Math.min(left, o.remaining());
                fillPaper(o, q, o.priceTicks);
                left -= q;
            }
        }
    }

    private void fillPaper(LiveOrder o, long quantity, long priceTicks) {
        fill(o, quantity, priceTicks, (double) priceTicks * quantity);
        o.legFilled += quantity;
        if (o.remaining() == 0) {
            o.open = false;
            journal.write(journal.entry("closed").put("id", o.id).put("client_order_id", o.clientOrderId)
                    .put("status", "filled"));
        }
    }

    /**
     * Rebuilds the orders of an earlier run from its journal: what was ordered, the exchange ids learnt, fills,
     * re-prices and closes, so the caps and metrics continue where it stopped. Orders still open are then brought
     * up to date by {@link #poll}: one whose placement was sent but never answered is looked up by its client order
     * id, so it is adopted rather than placed again. Ids of new orders continue after the highest one journaled.
     */
    void restore(List<JsonNode> entries) {
        for (JsonNode e : entries) {
            long t = Instant.parse(e.path("t").asText()).toEpochMilli();
            LiveOrder o = orders.get(e.path("id").asLong());
            switch (e.path("type").asText()) {
                case "order" -> {
                    long id = e.path("id").asLong();
                    boolean isMarket = e.path("kind").asText().equals("market");
                    long price = isMarket ? 0 : Prices.parseTicks(e.path("price").asText());
                    long quantity = e.path("quantity").asLong();
                    orders.put(id, new LiveOrder(id, e.path("client_order_id").asText(), isMarket, quantity, price, t));
                    nextId = Math.max(nextId, id + 1);
                    JsonNode arrival = e.path("arrival");
                    recorder.placed(id, t, price, quantity, isMarket,
                            arrival.isTextual() ? Prices.parseTicks(arrival.asText()) : 0);
                    recorder.lifeBeforeTape(id);
                }
                case "placed" -> {
                    if (o != null && o.clientOrderId.equals(e.path("client_order_id").asText())) {
                        o.orderId = e.path("order_id").asText();
                    }
                }
                case "fill" -> {
                    if (o != null) {
                        long quantity = e.path("quantity").asLong();
                        if (o.filled == 0) {
                            recorder.firstFill(t - o.placedAt);
                        }
                        o.filled += quantity;
                        o.costCents += e.path("cost_cents").asDouble();
                        o.legFilled = e.path("leg_filled").asLong();
                        o.legCostCents = e.path("leg_cost_cents").asDouble();
                        recorder.fill(o.id, t, Prices.parseTicks(e.path("price").asText()), quantity);
                        if (o.remaining() == 0) {
                            recorder.completed(t - o.placedAt);
                        }
                    }
                }
                case "reprice" -> {
                    if (o != null) {
                        o.version++;
                        o.clientOrderId = e.path("client_order_id").asText();
                        o.priceTicks = Prices.parseTicks(e.path("price").asText());
                        o.orderId = null;
                        o.legFilled = 0;
                        o.legCostCents = 0;
                        o.open = true;
                        recorder.repriced(t, o.priceTicks);
                    }
                }
                case "canceled" -> {
                    if (o != null) {
                        o.open = false;
                        recorder.canceled(o.id, t, o.filled);
                    }
                }
                case "closed", "rejected", "not_placed" -> {
                    if (o != null && o.open) {
                        o.open = false;
                        if (!e.path("status").asText().equals("filled") && !e.path("by_run").asBoolean()) {
                            recorder.endedByVenue(o.filled);
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Fills seen since the last call, for the strategy's {@code onFill}. */
    List<FillEvent> takeFills() {
        List<FillEvent> taken = new ArrayList<>(fills);
        fills.clear();
        return taken;
    }

    @Override
    public boolean reprice(long orderId, long priceTicks) {
        LiveOrder o = orders.get(orderId);
        if (o == null || !o.open || o.market || priceTicks <= 0) {
            return false;
        }
        long committedOthers = committedCents() - Math.round(o.remaining() * (double) o.priceTicks);
        String refusal = stopReason != null ? "the run is stopping: " + stopReason
                : caps.refusal(0, o.remaining() * priceTicks, committedOthers, 0);
        if (refusal != null) {
            journal.write(journal.entry("refused").put("id", orderId).put("kind", "reprice")
                    .put("price", Prices.format(priceTicks)).put("reason", refusal));
            stop(refusal);
            return false;
        }
        if (!cancelLeg(o)) {
            return false;
        }
        if (o.remaining() == 0) {
            return false;
        }
        o.version++;
        o.clientOrderId = clientOrderId(o.id, o.version);
        o.priceTicks = priceTicks;
        o.orderId = null;
        o.legFilled = 0;
        o.legCostCents = 0;
        o.open = true;
        o.cancelling = false;
        journal.write(journal.entry("reprice").put("id", o.id).put("client_order_id", o.clientOrderId)
                .put("quantity", o.remaining()).put("price", Prices.format(priceTicks)));
        recorder.repriced(clock.getAsLong(), priceTicks);
        if (!paper) {
            send(o, o.remaining());
        }
        return true;
    }

    @Override
    public boolean cancel(long orderId) {
        LiveOrder o = orders.get(orderId);
        if (o == null || !o.open) {
            return false;
        }
        if (cancelLeg(o)) {
            recorder.canceled(o.id, clock.getAsLong(), o.filled);
            journal.write(journal.entry("canceled").put("id", o.id).put("client_order_id", o.clientOrderId)
                    .put("filled", o.filled));
            return true;
        }
        return false;
    }

    /** Cancels the current leg on the exchange, taking any last fills; false when it had already finished. */
    private boolean cancelLeg(LiveOrder o) {
        if (paper) {
            o.open = false;
            return true;
        }
        try {
            if (o.orderId == null) {
                poll();
                if (o.orderId == null || !o.open) {
                    return false;
                }
            }
            o.cancelling = true;
            JsonNode answer = api.delete(ORDERS + "/" + o.orderId);
            update(o, answer.path("data"));
            o.open = false;
            return true;
        } catch (ApiStatusException e) {
            o.cancelling = false;
            if (e.status() == 409 || e.status() == 404) {
                refresh(o);
            }
            return false;
        } catch (IOException e) {
            o.cancelling = false;
            return false;
        }
    }

    private void refresh(LiveOrder o) {
        try {
            update(o, api.get(ORDERS + "/" + o.orderId).path("data"));
        } catch (IOException e) {
            journal.write(journal.entry("error").put("id", o.id).put("error", e.getMessage()));
        }
    }

    /** Cancels every open order (Ctrl-C with {@code --cancel-on-exit}); returns how many were canceled. */
    int cancelAll() {
        int n = 0;
        for (LiveOrder o : List.copyOf(orders.values())) {
            if (o.open && cancel(o.id)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean isOpen(long orderId) {
        LiveOrder o = orders.get(orderId);
        return o != null && o.open;
    }

    @Override
    public long price(long orderId) {
        LiveOrder o = orders.get(orderId);
        return o == null ? -1 : o.priceTicks;
    }

    @Override
    public long openUnits() {
        long units = 0;
        for (LiveOrder o : orders.values()) {
            if (o.open) {
                units += o.remaining();
            }
        }
        return units;
    }

    /** Paid for fills plus what open orders may still cost (market orders at the current estimate), in cents. */
    long committedCents() {
        double cents = 0;
        long estimate = marketEstimate();
        for (LiveOrder o : orders.values()) {
            cents += o.costCents;
            if (o.open) {
                cents += (double) o.remaining() * (o.market ? estimate : o.priceTicks);
            }
        }
        return (long) Math.ceil(cents);
    }

    /** Units filled plus units still on order. */
    long committedUnits() {
        long units = 0;
        for (LiveOrder o : orders.values()) {
            units += o.filled + (o.open ? o.remaining() : 0);
        }
        return units;
    }

    /** What a market order is counted at before it fills: the best ask, else the last price. */
    private long marketEstimate() {
        return market.bestAsk() > 0 ? market.bestAsk() : market.lastPrice();
    }

    private void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
            journal.write(journal.entry("stop").put("reason", reason));
        }
    }

    /** Why the run must stop (a cap was reached), or null. */
    String stopReason() {
        return stopReason;
    }

    /** Records, at the end of the run, every order still open (and how much of it filled). */
    void recordOpenAtEnd() {
        for (LiveOrder o : orders.values()) {
            if (o.open) {
                recorder.openAtEnd(o.filled);
            }
        }
    }

    long rejected() {
        return rejected;
    }

    long openOrders() {
        long n = 0;
        for (LiveOrder o : orders.values()) {
            if (o.open) {
                n++;
            }
        }
        return n;
    }

    List<LiveOrder> all() {
        return List.copyOf(orders.values());
    }
}
