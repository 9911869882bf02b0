package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.metrics.MarketTape;
import io.gridbench.backtest.metrics.RunRecorder;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.TimerQueue;
import io.gridbench.backtest.strategy.AccountState;
import io.gridbench.backtest.strategy.MarketState;
import io.gridbench.backtest.strategy.OrderGateway;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.TradePrint;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Runs one {@link Strategy} for real: the same callbacks as the replay, fed by the Trading API and timed by the
 * wall clock. Each poll, in this order: the ticker, new prints ({@code onTrade}), bars closed since the last poll
 * ({@code onBar}), our open orders ({@code onFill}), the consumption balance ({@code onStockOut} when it runs dry),
 * then due timers ({@code onTimer}). Everything it decides, sends and learns goes to the {@link Journal}.
 *
 * <p>The strategy runs on the calling thread only; {@link #requestStop} may be called from any thread (Ctrl-C).
 * The run ends when its duration is over, when it is stopped, or when a {@link RunCaps cap} refuses an order.
 */
public final class LiveRun implements StrategyContext {
    private static final long BAR_MILLIS = 60_000;
    private static final long HISTORY_MILLIS = 24 * 3_600_000L;
    private static final int MAX_CANDLES = 1000;
    private static final int MAX_TRADE_PAGES = 10;
    private static final String TRADING = "/api/v1/trading";
    /** How often a running run prints a status line. */
    private static final long STATUS_MILLIS = 5 * 60_000L;

    private final RetryingApi api;
    private final LiveSettings settings;
    private final Journal journal;
    private final RunClock clock;
    private final Consumer<String> log;
    private final Object wake = new Object();
    private final LiveMarket market = new LiveMarket(BAR_MILLIS);
    private final LiveAccount account = new LiveAccount();
    private final TimerQueue timers = new TimerQueue();
    private final MarketTape tape = new MarketTape();
    private final Set<String> tradesAtLastTime = new HashSet<>();
    private RunRecorder recorder;
    private DemandDriver demand;
    private LiveOrders orders;
    private volatile boolean stopRequested;
    private long now;
    private long lastTradeTime = Long.MIN_VALUE;
    private long barsCheckedUntil;
    private long pollErrors;
    private long nextStatus;
    private Consumer<LiveOutcome> snapshots;
    private long snapshotMillis;
    private long nextSnapshot;
    private StrategySpec spec;
    private boolean resumed;
    private String runId;
    private long startMillis;

    /**
     * @param clock the wall clock live; tests may pass a faster one
     * @param log   one line at a time, for the console
     */
    public LiveRun(RetryingApi api, LiveSettings settings, Journal journal, RunClock clock, Consumer<String> log) {
        this.api = api;
        this.settings = settings;
        this.journal = journal;
        this.clock = clock;
        this.log = log;
    }

    /**
     * Drives a workload's completions through the Consumption API during the run (otherwise someone else spends
     * the balance and the run only watches it). The driver is finished when the run ends.
     */
    public LiveRun demand(DemandDriver driver) {
        this.demand = driver;
        return this;
    }

    /**
     * Hands {@code sink} a snapshot of the run every {@code everyMillis} while it runs (the live report), on the
     * run's thread.
     */
    public LiveRun snapshots(long everyMillis, Consumer<LiveOutcome> sink) {
        if (everyMillis <= 0) {
            throw new IllegalArgumentException("snapshot period must be positive");
        }
        this.snapshotMillis = everyMillis;
        this.snapshots = sink;
        return this;
    }

    /** Asks the run to end after the current step; safe from any thread. */
    public void requestStop() {
        stopRequested = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /**
     * Runs a fresh instance of {@code spec}'s strategy until the duration is over, a stop is requested or a cap is
     * reached, and returns what it did.
     *
     * @throws IOException when the exchange cannot be reached at the start (nothing has been ordered then)
     */
    public LiveOutcome run(StrategySpec spec) throws IOException {
        this.spec = spec;
        now = clock.millis();
        List<JsonNode> earlier = Journal.read(journal.file());
        JsonNode first = earlier.isEmpty() ? null : earlier.get(0);
        resumed = first != null && first.path("type").asText().equals("start");
        if (first != null && !resumed) {
            throw new IllegalArgumentException(journal.file() + ":1:1: not a run journal (no start entry)");
        }
        if (resumed) {
            requireSameRun(first, spec);
        }
        long start = resumed ? time(first) : now;
        startMillis = start;
        nextSnapshot = now + snapshotMillis;
        runId = resumed ? first.path("run_id").asText()
                : String.format("%08x", ThreadLocalRandom.current().nextInt());
        // The tape holds the prints polled since this process started: an order's life VWAP is over the prints seen
        // from the poll before its placement to the poll after its end (one poll interval of slack at each side).
        long plannedEnd = settings.durationMillis() == 0 ? start + 86_400_000L : start + settings.durationMillis();
        recorder = new RunRecorder(Math.max(1_000, settings.pollMillis()), start, plannedEnd, tape);
        orders = new LiveOrders(api, journal, settings.caps(), settings.marketId(), runId, settings.paper(), market,
                () -> now, recorder);
        if (resumed) {
            orders.restore(earlier);
            restoreTimers(earlier);
            journal.write(journal.entry("resume").put("run_id", runId).put("orders", orders.all().size())
                    .put("open_orders", orders.openOrders()));
            log.accept("resuming run " + runId + " from " + journal.file() + ": " + orders.all().size()
                    + " orders journaled, " + orders.openOrders() + " open");
        } else {
            ObjectNode started = journal.entry("start").put("run_id", runId).put("strategy", spec.name())
                    .put("strategy_type", spec.type()).put("market_id", settings.marketId())
                    .put("instrument", settings.instrumentName()).put("paper", settings.paper())
                    .put("duration_ms", settings.durationMillis());
            started.set("parameters", Journal.JSON.valueToTree(spec.parameters()));
            journal.write(started);
        }

        loadHistory();
        pollTicker();
        pollTrades(false);
        pollBalance();
        log.accept("market " + settings.marketId() + ": " + market.barCount() + " bars of history, last price "
                + Prices.format(market.lastPrice()) + ", balance " + account.balanceTokens() + " tokens"
                + (settings.paper() ? " (paper: nothing will be placed)" : ""));

        Strategy strategy = spec.newStrategy();
        long end = settings.durationMillis() == 0 ? Long.MAX_VALUE : start + settings.durationMillis();
        String reason = null;
        try {
            if (resumed) {
                // The strategy's own state is not journaled; its orders, timers and the caps' counts are. Calling
                // onStart again would repeat its first decisions (fixed-ceiling's first window) on top of them.
                orders.poll();
            } else {
                event("start");
                strategy.onStart(this);
            }
            reason = stopReason(end);
            while (reason == null) {
                waitForNextStep(end);
                now = clock.millis();
                reason = stopReason(end);
                if (reason == null) {
                    step(strategy);
                    reason = stopReason(end);
                }
            }
        } catch (RuntimeException e) {
            reason = "error: " + e;
            journal.write(journal.entry("error").put("error", e.toString()));
        }
        now = clock.millis();
        if (settings.cancelOnExit()) {
            int canceled = orders.cancelAll();
            log.accept("canceled " + canceled + " resting order" + (canceled == 1 ? "" : "s") + " on exit");
        }
        account.finish(now);
        if (demand != null) {
            demand.finish(now);
        }
        orders.recordOpenAtEnd();
        LiveOutcome outcome = outcome(reason);
        StrategyResult result = outcome.result();
        journal.write(journal.entry("end").put("reason", reason).put("orders", result.ordersPlaced())
                .put("units", result.unitsBought()).put("cost_cents", result.costCents())
                .put("open_orders", result.ordersOpenAtEnd()).put("poll_errors", pollErrors));
        return outcome;
    }

    /** What the run has done so far (the result at the end, or a snapshot while it runs). */
    private LiveOutcome outcome(String reason) {
        recorder.balance(now, account.balanceTokens());
        recorder.close();
        RunRecorder.Consumption consumption;
        if (demand != null) {
            consumption = new RunRecorder.Consumption(account.balanceTokens(), demand.consumedTokens(),
                    demand.stockOutMillis(), demand.stockOuts(), demand.unmetTokens(), demand.jobsTotal(),
                    demand.jobsStarted(), demand.jobWaits());
        } else {
            consumption = new RunRecorder.Consumption(account.balanceTokens(), account.consumedTokens(),
                    account.stockOutMillis(), account.stockOuts(), 0, 0, 0, new long[0]);
        }
        StrategyResult result = recorder.result(spec.name(), spec.type(), spec.parameters(), consumption);
        return new LiveOutcome(result, reason, resumed, runId, startMillis, now, orders.rejected(), api.refusals(),
                api.retries(), journal.file(), market.recordedBars(), market.recordedTrades());
    }

    private void requireSameRun(JsonNode start, StrategySpec spec) {
        String strategy = start.path("strategy").asText();
        String marketId = start.path("market_id").asText();
        boolean paper = start.path("paper").asBoolean();
        if (!strategy.equals(spec.name()) || !marketId.equals(settings.marketId()) || paper != settings.paper()) {
            throw new IllegalArgumentException(journal.file() + " is the journal of a run of strategy '" + strategy
                    + "' on " + marketId + (paper ? " (paper)" : "") + ", not of '" + spec.name() + "' on "
                    + settings.marketId() + (settings.paper() ? " (paper)" : "")
                    + ": resume it with the same options, or give another --journal");
        }
    }

    private static long time(JsonNode entry) {
        return Instant.parse(entry.path("t").asText()).toEpochMilli();
    }

    /**
     * The strategy's timers as journaled. A periodic timer that came due while the run was down fires once at the
     * first step, then keeps its period from there; a one-shot timer fires unless it came due before the last
     * journal entry (it fired then).
     */
    private void restoreTimers(List<JsonNode> entries) {
        long lastEntry = time(entries.get(entries.size() - 1));
        for (JsonNode e : entries) {
            if (!e.path("type").asText().equals("timer")) {
                continue;
            }
            long due = e.path("due").asLong();
            long period = e.path("period_ms").asLong();
            if (period > 0) {
                while (due + period <= now) {
                    due += period;
                }
                timers.add(Math.max(due, now), period);
            } else if (due > lastEntry) {
                timers.add(Math.max(due, now), 0);
            }
        }
    }

    private String stopReason(long end) {
        if (orders.stopReason() != null) {
            return "cap: " + orders.stopReason();
        }
        if (stopRequested) {
            return "stopped";
        }
        return now >= end ? "duration" : null;
    }

    /** Sleeps until the next poll, the next timer or the end, whichever is first; a stop request wakes it. */
    private void waitForNextStep(long end) {
        long until = Math.min(end, Math.min(now + settings.pollMillis(), timers.next()));
        synchronized (wake) {
            long left;
            while (!stopRequested && (left = until - clock.millis()) > 0) {
                try {
                    wake.wait(Math.max(1, clock.realMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                }
            }
        }
    }

    private void step(Strategy strategy) {
        boolean ranDry = false;
        try {
            pollTicker();
            for (TradePrint t : pollTrades(true)) {
                market.print(t);
                tape.add(t.priceTicks(), t.quantity());
                orders.paperPrint(t);
                strategy.onTrade(this, t.priceTicks(), t.quantity(), t.aggressor() == Side.BUY);
            }
            deliverFills(strategy);
            int before = market.barCount();
            pollBars();
            for (int i = before; i < market.barCount(); i++) {
                event("bar");
                strategy.onBar(this);
            }
            orders.poll();
            deliverFills(strategy);
            ranDry = pollBalance();
        } catch (IOException e) {
            pollErrors++;
            journal.write(journal.entry("error").put("error", e.getMessage()));
            log.accept("poll failed (will retry): " + e.getMessage());
        }
        if (demand != null) {
            DemandDriver.Step d = demand.tick(now, account.balanceTokens());
            account.waitingJobTokens(demand.waitingJobTokens());
            account.demandStockedOut(demand.stockedOut());
            ranDry |= d.ranDry();
            for (long tokens : d.arrivedJobTokens()) {
                event("job");
                strategy.onJob(this, tokens);
            }
        }
        if (ranDry) {
            event("stock_out");
            strategy.onStockOut(this);
        }
        fireTimers(strategy);
        if (now >= nextStatus) {
            nextStatus = now + STATUS_MILLIS;
            log.accept(status());
        }
        if (snapshots != null && now >= nextSnapshot) {
            nextSnapshot = now + snapshotMillis;
            snapshots.accept(outcome("running"));
        }
    }

    private String status() {
        return "orders " + recorder.ordersPlaced() + " (" + orders.openOrders() + " open, " + orders.openUnits()
                + " units), bought " + recorder.unitsFilled() + " units for USD " + Prices.format(recorder.costCents())
                + ", balance " + account.balanceTokens() + " tokens, last price " + Prices.format(market.lastPrice())
                + (demand == null ? "" : ", demand served " + demand.consumedTokens() + " tokens, unmet "
                + demand.unmetTokens() + ", not yet sent " + demand.behindTokens(now));
    }

    private void deliverFills(Strategy strategy) {
        for (FillEvent f : orders.takeFills()) {
            if (settings.paper()) {
                account.paperFill(f.quantity() * Prices.TOKENS_PER_UNIT);
            } else {
                account.filled(f.quantity() * Prices.TOKENS_PER_UNIT);
            }
            strategy.onFill(this, f.orderId(), f.priceTicks(), f.quantity());
        }
    }

    private void fireTimers(Strategy strategy) {
        if (timers.fire(now) > 0) {
            event("timer");
            strategy.onTimer(this);
        }
    }

    private void event(String callback) {
        journal.write(journal.entry("event").put("callback", callback).put("balance_tokens", account.balanceTokens())
                .put("open_units", orders.openUnits()).put("last_price", Prices.format(market.lastPrice())));
    }

    // ---- polling ----

    private String marketPath() {
        return TRADING + "/markets/" + settings.marketId();
    }

    /** The last 24 hours of closed 1-minute bars, so relative prices ({@code vwap(6h)}) are known from the start. */
    private void loadHistory() throws IOException {
        long to = now - Math.floorMod(now, BAR_MILLIS);
        long from = to - HISTORY_MILLIS;
        while (from < to) {
            long pageEnd = Math.min(to, from + MAX_CANDLES * BAR_MILLIS);
            for (JsonNode bar : candles(from, pageEnd)) {
                market.addBar(bar);
            }
            from = pageEnd;
        }
        barsCheckedUntil = to;
    }

    private JsonNode candles(long from, long to) throws IOException {
        return api.get(marketPath() + "/candles?interval=1m&start=" + Instant.ofEpochMilli(from) + "&end="
                + Instant.ofEpochMilli(to) + "&limit=" + MAX_CANDLES).path("data");
    }

    /** Bars that closed since the last check (a quiet minute has none). */
    private void pollBars() throws IOException {
        long to = now - Math.floorMod(now, BAR_MILLIS);
        if (to <= barsCheckedUntil) {
            return;
        }
        for (JsonNode bar : candles(barsCheckedUntil, to)) {
            market.addBar(bar);
        }
        barsCheckedUntil = to;
    }

    private void pollTicker() throws IOException {
        market.ticker(api.get(marketPath() + "/ticker").path("data"));
    }

    /**
     * Prints newer than the last one seen, oldest first. The API lists newest first, so pages are followed back
     * until a print already seen (at most {@value #MAX_TRADE_PAGES} pages a poll).
     */
    private List<TradePrint> pollTrades(boolean deliver) throws IOException {
        List<TradePrint> fresh = new ArrayList<>();
        String cursor = null;
        boolean reachedSeen = false;
        for (int page = 0; page < MAX_TRADE_PAGES && !reachedSeen; page++) {
            JsonNode answer = api.get(marketPath() + "/trades?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            for (JsonNode t : answer.path("data")) {
                TradePrint print = LiveMarket.trade(t);
                if (print.timestampMillis() < lastTradeTime || print.timestampMillis() == lastTradeTime
                        && tradesAtLastTime.contains(print.tradeId())) {
                    reachedSeen = true;
                    break;
                }
                fresh.add(print);
            }
            JsonNode next = answer.path("pagination").path("next_cursor");
            if (!deliver || !next.isTextual() || lastTradeTime == Long.MIN_VALUE) {
                break;
            }
            cursor = next.asText();
        }
        Collections.reverse(fresh);
        for (TradePrint t : fresh) {
            if (t.timestampMillis() > lastTradeTime) {
                lastTradeTime = t.timestampMillis();
                tradesAtLastTime.clear();
            }
            tradesAtLastTime.add(t.tradeId());
        }
        return deliver ? fresh : List.of();
    }

    /** Reads the consumption balance; true when it has just run dry. */
    private boolean pollBalance() throws IOException {
        long tokens = 0;
        for (JsonNode a : api.get(TRADING + "/consumption-accounts").path("data")) {
            if (settings.instrumentName().equals(a.path("instrument_name").asText())) {
                tokens = a.path("available_tokens").asLong();
            }
        }
        long previous = account.balanceTokens();
        boolean ranDry = account.observe(now, tokens);
        recorder.balance(now, account.balanceTokens());
        if (account.balanceTokens() != previous) {
            journal.write(journal.entry("balance").put("tokens", account.balanceTokens()));
        }
        return ranDry;
    }

    // ---- StrategyContext ----

    @Override
    public long now() {
        return now;
    }

    @Override
    public MarketState market() {
        return market;
    }

    @Override
    public OrderGateway orders() {
        return orders;
    }

    @Override
    public AccountState account() {
        return account;
    }

    @Override
    public void every(long periodMillis) {
        long due = timers.every(now, periodMillis);
        journal.write(journal.entry("timer").put("due", due).put("period_ms", periodMillis));
    }

    @Override
    public void at(long epochMillis) {
        long due = timers.at(now, epochMillis);
        journal.write(journal.entry("timer").put("due", due).put("period_ms", 0));
    }
}
