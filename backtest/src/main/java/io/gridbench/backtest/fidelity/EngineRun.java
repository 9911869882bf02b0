package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.demand.ConsumptionAccount;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.history.QuoteTape;
import io.gridbench.backtest.history.SimulatedClock;
import io.gridbench.backtest.metrics.MarketTape;
import io.gridbench.backtest.metrics.RunRecorder;
import io.gridbench.backtest.replay.TimerQueue;
import io.gridbench.backtest.strategy.AccountState;
import io.gridbench.backtest.strategy.MarketState;
import io.gridbench.backtest.strategy.OrderGateway;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import io.gridbench.exchange.agents.MarketAgents;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.matching.Trade;
import io.gridbench.exchange.venue.SimulatedVenue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Runs the agent market on the exchange's real matching engine ({@link SimulatedVenue} and {@link MarketAgents}) in
 * simulated time, with or without one strategy trading in it: the ground truth a backtest is measured against.
 * There is no wall clock: the clock jumps from one event to the next, so 30 days take seconds.
 *
 * <p>The strategy is the backtest's own class, fed through the same interfaces: the market it sees is built from the
 * engine's prints by the replay's rules ({@link EngineMarket}), its orders go through {@link EngineGateway} after
 * the same latency, its consumption balance is drawn by the same demand model and its timers fire from the same
 * queue. Events at the same instant run in the replay's order: order activations, the bar that closes, agent events
 * (their prints), job arrivals, timers; continuous demand is drawn before each, and running dry is an event of its
 * own. One instance runs once, on the calling thread.
 */
public final class EngineRun implements StrategyContext {
    /** The strategy's account: funded far beyond any run, so no order is refused for cash. */
    static final String ACCOUNT = "acct_strategy";
    private static final long ACCOUNT_CASH_CENTS = 100_000_000_000L;
    /** Finished orders are forgotten after a simulated day: weeks of agent orders would otherwise fill the heap. */
    static final long ORDER_RETENTION_MILLIS = 86_400_000L;

    private final MarketSetup setup;
    private final Workload workload;
    private final long latencyMillis;
    private final long spreadTicks;
    private final TimerQueue timers = new TimerQueue();
    private final List<Trade> pending = new ArrayList<>();
    /** Everything the engine traded during the span: each order's life VWAP, as in the replay. */
    private final MarketTape tape = new MarketTape();
    private final List<TradePrint> prints = new ArrayList<>(1 << 14);
    private final BitSet strategyBought = new BitSet();
    /** The counterfactual's book, for the record's quotes file; runs with a strategy leave it empty. */
    private final QuoteTape quotes = new QuoteTape();
    private EngineMarket market;
    private EngineGateway gateway;
    private ConsumptionAccount account;
    private long now;
    private boolean used;

    /**
     * @param workload      the demand drawn from the strategy's balance (ignored without a strategy)
     * @param latencyMillis order latency, as the backtest's {@code --latency}
     * @param spreadTicks   the spread the market estimates assume until both sides printed, as the backtest's
     */
    public EngineRun(MarketSetup setup, Workload workload, long latencyMillis, long spreadTicks) {
        this.setup = setup;
        this.workload = workload;
        this.latencyMillis = latencyMillis;
        this.spreadTicks = spreadTicks;
    }

    /** The market alone: the record an analyst would have had. */
    public EngineOutcome runWithoutStrategy() {
        return run(null);
    }

    /**
     * The market with the strategy of {@code spec} trading in it.
     *
     * @param spec null for the market alone
     * @throws IllegalStateException if this instance already ran
     */
    public EngineOutcome run(StrategySpec spec) {
        if (used) {
            throw new IllegalStateException("an EngineRun runs once; create another");
        }
        used = true;
        long start = setup.startMillis();
        long end = setup.endMillis();
        Instrument instrument = Instrument.named(setup.instrument(), setup.instrument());
        SimulatedClock clock = new SimulatedClock(start - setup.warmUpMillis());
        SimulatedVenue venue = new SimulatedVenue(List.of(instrument), clock, setup.seed());
        venue.retainFinishedOrdersFor(ORDER_RETENTION_MILLIS);
        MarketAgents agents = new MarketAgents(List.of(instrument), setup.settings(), setup.seed());
        agents.install(venue, start - setup.warmUpMillis());
        venue.observeTrades(instrument.marketId(), pending::add);
        market = new EngineMarket(MarketSetup.BAR_MILLIS, spreadTicks);

        while (agents.nextEventAtMillis() < start) {
            long t = agents.nextEventAtMillis();
            clock.set(t);
            agents.onTick(venue, t);
            if (spec == null) {
                quotes.observe(t, venue.depth(instrument.marketId()));
            }
            for (Trade trade : pending) {
                prints.add(trade.print());
                market.warmUpPrint(trade.priceTicks());
            }
            pending.clear();
        }
        int firstInSpan = prints.size();

        Strategy strategy = spec == null ? null : spec.newStrategy();
        RunRecorder recorder = new RunRecorder(Math.max(MarketSetup.BAR_MILLIS, Math.max(1, end - start) / 1500),
                start, end, tape);
        account = new ConsumptionAccount(workload, start);
        if (strategy != null) {
            clock.set(start);
            venue.openAccount(ACCOUNT, ACCOUNT_CASH_CENTS, false);
        }
        gateway = new EngineGateway(venue, ACCOUNT, instrument.marketId(), latencyMillis, recorder, account, this);
        now = start;
        if (strategy != null) {
            strategy.onStart(this);
        }
        long nextBarClose = start + MarketSetup.BAR_MILLIS;
        while (true) {
            long tAct = strategy == null ? Long.MAX_VALUE : gateway.nextActivation();
            long tBar = nextBarClose <= end ? nextBarClose : Long.MAX_VALUE;
            long tAgent = agents.nextEventAtMillis() < end ? agents.nextEventAtMillis() : Long.MAX_VALUE;
            long tJob = strategy == null ? Long.MAX_VALUE : account.nextJobArrival();
            long tTimer = timers.next();
            long t = Math.min(Math.min(tAct, tBar), Math.min(tAgent, Math.min(tJob, tTimer)));
            if (t > end) {
                break;
            }
            if (strategy != null) {
                long ranOut = account.advance(t);
                if (ranOut < t) {
                    now = ranOut;
                    strategy.onStockOut(this);
                    continue;
                }
            }
            now = t;
            clock.set(t);
            if (tAct == t) {
                gateway.activate(t);
                deliver(strategy);
                gateway.settleSent();
            } else if (tBar == t) {
                market.closeBar(t - MarketSetup.BAR_MILLIS, Math.round(agents.referenceTicks(setup.instrument())));
                nextBarClose += MarketSetup.BAR_MILLIS;
                if (strategy != null) {
                    recorder.balance(t, account.balanceTokens());
                    strategy.onBar(this);
                }
            } else if (tAgent == t) {
                agents.onTick(venue, t);
                if (strategy == null) {
                    quotes.observe(t, venue.depth(instrument.marketId()));
                }
                deliver(strategy);
            } else if (tJob == t) {
                long tokens = account.arriveJob(t);
                strategy.onJob(this, tokens);
            } else {
                timers.fire(t);
                strategy.onTimer(this);
            }
        }
        if (agents.rejectedOrders() > 0) {
            throw new IllegalStateException("the venue rejected " + agents.rejectedOrders() + " agent orders");
        }
        if (strategy == null) {
            return new EngineOutcome(List.copyOf(prints), firstInSpan, strategyBought, null, quotes);
        }
        account.finish(end);
        now = end;
        recorder.balance(end, account.balanceTokens());
        recorder.close();
        gateway.finish();
        return new EngineOutcome(List.copyOf(prints), firstInSpan, strategyBought,
                recorder.result(spec.name(), spec.type(), spec.parameters(), account), quotes);
    }

    /** Hands the trades of the last venue call to the market, the gateway (our fills) and the strategy, in order. */
    private void deliver(Strategy strategy) {
        if (pending.isEmpty()) {
            return;
        }
        List<Trade> trades = List.copyOf(pending);
        pending.clear();
        for (Trade trade : trades) {
            boolean buy = trade.aggressor() == Side.BUY;
            market.print(trade.priceTicks(), trade.quantity(), buy);
            tape.add(trade.priceTicks(), trade.quantity());
            if (ACCOUNT.equals(trade.buyerAccountId())) {
                strategyBought.set(prints.size());
                gateway.onOwnTrade(trade, now, strategy);
            }
            prints.add(trade.print());
            if (strategy != null) {
                strategy.onTrade(this, trade.priceTicks(), trade.quantity(), buy);
            }
        }
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
        return gateway;
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
