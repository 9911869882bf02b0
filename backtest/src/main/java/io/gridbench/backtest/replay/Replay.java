package io.gridbench.backtest.replay;

import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.QuoteSeries;
import io.gridbench.backtest.data.TradeSeries;
import io.gridbench.backtest.demand.ConsumptionAccount;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.FillSimulator;
import io.gridbench.backtest.metrics.MarketTape;
import io.gridbench.backtest.metrics.RunRecorder;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.strategy.AccountState;
import io.gridbench.backtest.strategy.MarketState;
import io.gridbench.backtest.strategy.OrderGateway;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;

import java.util.Map;

/**
 * Replays market data against one strategy with an injected clock: the entry point of a backtest (and of the replay
 * benchmark). One instance runs one strategy once, on the calling thread.
 *
 * <p>Events are merged in time order; at equal instants the order is: activations of orders whose latency ended,
 * the bar that closes (visible from its close), prints, recorded quotes, job arrivals, timers. Before each event, continuous demand
 * is drawn from the balance; if it runs dry earlier, the stock-out is an event of its own at that instant.
 *
 * <pre>
 *   var result = new Replay(data, FillModel.named("touch"), FillConfig.DEFAULTS, workload)
 *           .run(strategy, "my-strategy", "custom", Map.of());
 * </pre>
 */
public final class Replay implements StrategyContext {
    private static final int PROGRESS_EVERY = 1 << 16;
    private final MarketData data;
    private final CandleSeries candles;
    private final TradeSeries trades;
    private final QuoteSeries quotes;
    private final FillSimulator sim;
    private final Workload workload;
    private final ReplayMarket market;
    private final TimerQueue timers = new TimerQueue();
    private final MarketTape tape = new MarketTape();
    private ConsumptionAccount account;
    private ReplayVenue venue;
    private ProgressListener progress = ProgressListener.NONE;
    private boolean withTimeline = true;
    private long now;
    private boolean used;

    public Replay(MarketData data, FillModel model, FillConfig config, Workload workload) {
        this.data = data;
        this.candles = data.candles();
        this.trades = data.hasTrades() ? data.trades() : null;
        this.quotes = data.hasQuotes() ? data.quotes() : null;
        this.sim = new FillSimulator(model, config);
        this.workload = workload;
        this.market = new ReplayMarket(candles, config.spreadTicks());
    }

    public Replay withProgress(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    /** Leaves the timeline out of the result ({@link StrategyResult#withoutTimeline()}) without building it. */
    public Replay withoutTimeline() {
        this.withTimeline = false;
        return this;
    }

    /** Total market events (bars plus prints): the denominator of progress. */
    public long eventCount() {
        return candles.size() + (trades == null ? 0 : trades.size());
    }

    /** Runs a fresh instance of {@code spec}'s strategy over the whole data set, under the spec's name. */
    public StrategyResult run(StrategySpec spec) {
        return run(spec.newStrategy(), spec.name(), spec.type(), spec.parameters());
    }

    /**
     * Runs the strategy over the whole data set and returns its result.
     *
     * @param parameters recorded in the result as given
     * @throws IllegalStateException if this instance already ran
     */
    public StrategyResult run(Strategy strategy, String name, String type, Map<String, Object> parameters) {
        if (used) {
            throw new IllegalStateException("a Replay runs once; create another");
        }
        used = true;
        long start = candles.openTime(0);
        long end = candles.closeTime(candles.size() - 1);
        long span = Math.max(1, end - start);
        RunRecorder recorder = new RunRecorder(Math.max(candles.intervalMillis(), span / 1500), start, end, tape);
        account = new ConsumptionAccount(workload, start);
        venue = new ReplayVenue(this, data, sim, market, account, recorder);
        now = start;
        strategy.onStart(this);
        loop(strategy, recorder, end);
        account.finish(end);
        now = end;
        recorder.balance(end, account.balanceTokens());
        recorder.close();
        venue.finish();
        return recorder.result(name, type, parameters, account, withTimeline);
    }

    private void loop(Strategy strategy, RunRecorder recorder, long end) {
        final int bars = candles.size();
        final int prints = trades == null ? 0 : trades.size();
        final int quoteRows = quotes == null ? 0 : quotes.size();
        int q = 0;
        final boolean barsFill = trades == null;
        int b = 0;
        int p = 0;
        long events = 0;
        final long total = eventCount();
        while (true) {
            long tBar = b < bars ? candles.closeTime(b) : Long.MAX_VALUE;
            long tPrint = p < prints ? trades.time(p) : Long.MAX_VALUE;
            long tQuote = q < quoteRows ? quotes.time(q) : Long.MAX_VALUE;
            long tAct = venue.nextActivation();
            long tJob = account.nextJobArrival();
            long tTimer = timers.next();
            long t = Math.min(Math.min(Math.min(tBar, tPrint), tQuote), Math.min(tAct, Math.min(tJob, tTimer)));
            if (t == Long.MAX_VALUE || t > end && b >= bars && p >= prints && q >= quoteRows) {
                break;
            }
            long ranOut = account.advance(t);
            if (ranOut < t) {
                now = ranOut;
                strategy.onStockOut(this);
                continue;
            }
            now = t;
            if (tAct == t) {
                venue.activate(t, strategy);
            } else if (tBar == t) {
                market.barClosed(barsFill);
                if (barsFill) {
                    // No prints: the bar's volume at its typical price stands in for what traded.
                    tape.add((candles.high(b) + candles.low(b) + candles.close(b)) / 3, candles.volume(b));
                }
                venue.onBar(b, t, barsFill, strategy);
                recorder.balance(t, account.balanceTokens());
                b++;
                strategy.onBar(this);
                if ((++events & (PROGRESS_EVERY - 1)) == 0) {
                    progress.progress(events, total);
                }
            } else if (tPrint == t) {
                // Prints are most events: replay the run of them that comes before anything else, without
                // looking at every other source again. A later print joins the run only if it is due before the
                // next bar and at or before the next quote and job (the order at equal instants), and before the
                // next activation and at or before the next timer, which the strategy may move at any print.
                int first = p;
                p = printRun(strategy, p, prints, tBar, Math.min(tQuote, tJob));
                events = countEvents(events, p - first, total);
            } else if (tQuote == t) {
                market.quote(quotes.bid(q), quotes.bidSize(q), quotes.ask(q), quotes.askSize(q));
                q++;
                venue.onQuote(t, strategy);
            } else if (tJob == t) {
                long tokens = account.arriveJob(t);
                strategy.onJob(this, tokens);
            } else {
                timers.fire(t);
                strategy.onTimer(this);
            }
        }
        progress.progress(total, total);
    }

    /**
     * Replays print {@code p}, due now, and the prints after it that are due first, as described in {@link #loop}.
     * Returns the index of the first print not replayed. Stops early, with {@link #now} at the instant, when the
     * balance runs out before a print: the stock-out is an event of its own, and the loop handles it.
     */
    private int printRun(Strategy strategy, int p, int prints, long nextBar, long nextQuoteOrJob) {
        long t = now;
        while (true) {
            long price = trades.price(p);
            long qty = trades.quantity(p);
            boolean buy = trades.buyAggressor(p);
            p++;
            venue.printCursor = p;
            market.print(price, buy);
            tape.add(price, qty);
            venue.onPrint(t, price, qty, strategy);
            strategy.onTrade(this, price, qty, buy);
            if (p >= prints) {
                return p;
            }
            t = trades.time(p);
            if (t >= nextBar || t > nextQuoteOrJob || t >= venue.nextActivation() || t > timers.next()) {
                return p;
            }
            long ranOut = account.advance(t);
            if (ranOut < t) {
                now = ranOut;
                strategy.onStockOut(this);
                return p;
            }
            now = t;
        }
    }

    /** Counts {@code n} more replayed events, telling the progress listener at every multiple of its period. */
    private long countEvents(long events, int n, long total) {
        long after = events + n;
        if ((events / PROGRESS_EVERY) != (after / PROGRESS_EVERY)) {
            progress.progress(after / PROGRESS_EVERY * PROGRESS_EVERY, total);
        }
        return after;
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
        return venue;
    }

    @Override
    public AccountState account() {
        return account;
    }

    @Override
    public void every(long periodMillis) {
        timers.every(now, periodMillis);
    }

    @Override
    public void at(long epochMillis) {
        timers.at(now, epochMillis);
    }
}
