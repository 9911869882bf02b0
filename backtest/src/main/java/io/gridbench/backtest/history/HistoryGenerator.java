package io.gridbench.backtest.history;

import io.gridbench.exchange.agents.MarketAgents;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.venue.Page;
import io.gridbench.exchange.venue.SimulatedVenue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Makes synthetic market history: runs a {@link SimulatedVenue} and the {@link MarketAgents} in simulated time,
 * jumping the clock from one agent event to the next, collects every trade and writes, per instrument,
 * {@code <out>/<instrument>/candles-1m.csv.gz}, {@code trades.csv.gz}, {@code quotes.csv.gz} and
 * {@code generator.json}. One thread, no
 * wall clock: the same run gives the same bytes.
 */
public final class HistoryGenerator {
    public static final String MANIFEST_FILE = "generator.json";
    private static final long DRAIN_INTERVAL_MILLIS = 10 * 60_000L;
    private static final int TRADE_PAGE = 100;
    private static final long DAY = 86_400_000L;

    private final GeneratorRun run;
    private final String version;
    private final Consumer<String> progress;
    private final Map<String, QuoteTape> quotes = new LinkedHashMap<>();

    /**
     * @param version  the gridbench version recorded in {@code generator.json}
     * @param progress receives one line per simulated day (the CLI prints them on stderr)
     */
    public HistoryGenerator(GeneratorRun run, String version, Consumer<String> progress) {
        this.run = run;
        this.version = version;
        this.progress = progress;
    }

    /**
     * Simulates the whole run; returns every trade per instrument name, oldest first. The top of each book is
     * recorded too, after every agent event: {@link #quotes()}.
     */
    public Map<String, List<TradePrint>> simulate() {
        List<Instrument> instruments = new ArrayList<>();
        for (String name : run.instruments()) {
            instruments.add(Instrument.named(name, name));
        }
        long start = run.startMillis();
        long end = run.endMillis();
        SimulatedClock clock = new SimulatedClock(start);
        SimulatedVenue venue = new SimulatedVenue(instruments, clock, run.seed());
        // Weeks of agent orders would otherwise fill the heap; the agents never look at one finished a day ago.
        venue.retainFinishedOrdersFor(DAY);
        MarketAgents agents = new MarketAgents(instruments, run.settings(), run.seed());
        agents.install(venue, start);

        Map<String, List<TradePrint>> trades = new LinkedHashMap<>();
        Map<String, String> newestSeen = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            trades.put(i.name(), new ArrayList<>());
            quotes.put(i.name(), new QuoteTape());
        }
        long nextDrain = start + DRAIN_INTERVAL_MILLIS;
        long nextDay = start + DAY;
        while (true) {
            long at = Math.min(agents.nextEventAtMillis(), end);
            while (nextDrain <= at) {
                drainAll(venue, instruments, trades, newestSeen);
                nextDrain += DRAIN_INTERVAL_MILLIS;
            }
            while (nextDay <= at) {
                progress.accept(String.format("day %d/%d simulated (%s)", (nextDay - start) / DAY, run.days(),
                        tradeCounts(trades)));
                nextDay += DAY;
            }
            if (at >= end) {
                break;
            }
            clock.set(at);
            agents.onTick(venue, at);
            for (Instrument i : instruments) {
                quotes.get(i.name()).observe(at, venue.depth(i.marketId()));
            }
        }
        drainAll(venue, instruments, trades, newestSeen);
        if (agents.rejectedOrders() > 0) {
            progress.accept("warning: the venue rejected " + agents.rejectedOrders() + " agent orders");
        }
        return trades;
    }

    /** The best bid and ask of each instrument at every change during the last {@link #simulate()}. */
    public Map<String, QuoteTape> quotes() {
        return quotes;
    }

    /** Simulates and writes every instrument's files under {@code outDir}; returns the files written. */
    public List<Path> generate(Path outDir) throws IOException {
        Map<String, List<TradePrint>> trades = simulate();
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<TradePrint>> e : trades.entrySet()) {
            written.addAll(writeRecord(outDir.resolve(e.getKey()), e.getValue(), quotes.get(e.getKey()),
                    run.startMillis(), run.endMillis(), manifest(e.getKey(), e.getValue().size())));
        }
        return written;
    }

    /**
     * Writes one instrument's record into {@code dir}: gap-free 1-minute candles over [start, end), the trades inside
     * that span, and {@code generator.json} with {@code manifest}. Trades before the start (a warm-up) are not
     * written; the last of them gives the price of empty bars before the first trade. Every simulated-time run
     * (generate-data, the fidelity run's counterfactual) writes its data through here, so the files are alike; the
     * quotes in force at the start are stamped at the start.
     *
     * @param trades time-sorted
     * @param quotes the top of the book at every change, written as {@code quotes.csv.gz}; null for none
     * @return the files written
     */
    public static List<Path> writeRecord(Path dir, List<TradePrint> trades, QuoteTape quotes, long startMillis,
                                         long endMillis, Map<String, Object> manifest) throws IOException {
        Files.createDirectories(dir);
        Path candles = dir.resolve(HistoryCsv.CANDLES_FILE);
        HistoryCsv.writeCandles(candles, GapFreeBars.fromTrades(trades, CandleInterval.ONE_MINUTE.millis(),
                startMillis, endMillis));
        List<TradePrint> inSpan = new ArrayList<>(trades.size());
        for (TradePrint t : trades) {
            if (t.timestampMillis() >= startMillis && t.timestampMillis() < endMillis) {
                inSpan.add(t);
            }
        }
        Path tradesFile = dir.resolve(HistoryCsv.TRADES_FILE);
        HistoryCsv.writeTrades(tradesFile, inSpan);
        Path manifestFile = dir.resolve(MANIFEST_FILE);
        HistoryCsv.writeJson(manifestFile, manifest);
        if (quotes == null) {
            return List.of(candles, tradesFile, manifestFile);
        }
        Path quotesFile = dir.resolve(HistoryCsv.QUOTES_FILE);
        HistoryCsv.writeQuotes(quotesFile, quotes, startMillis, endMillis);
        return List.of(candles, tradesFile, quotesFile, manifestFile);
    }

    private Map<String, Object> manifest(String instrument, int tradeCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "gridbench generate-data");
        m.put("gridbench_version", version);
        m.put("instrument", instrument);
        m.put("instruments", run.instruments());
        m.put("seed", run.seed());
        m.put("days", run.days());
        m.put("start", run.start().toString());
        m.put("trades", tradeCount);
        m.put("agent_settings", run.settings());
        return m;
    }

    /** Appends the trades printed since the last drain: pages newest first back to the newest one already seen. */
    private static void drainAll(SimulatedVenue venue, List<Instrument> instruments,
                                 Map<String, List<TradePrint>> trades, Map<String, String> newestSeen) {
        for (Instrument instrument : instruments) {
            String seen = newestSeen.get(instrument.name());
            List<TradePrint> fresh = new ArrayList<>();
            String cursor = null;
            page:
            while (true) {
                Page<TradePrint> page = venue.trades(instrument.marketId(), cursor, TRADE_PAGE);
                for (TradePrint t : page.items()) {
                    if (t.tradeId().equals(seen)) {
                        break page;
                    }
                    fresh.add(t);
                }
                cursor = page.nextCursor();
                if (cursor == null) {
                    break;
                }
            }
            if (!fresh.isEmpty()) {
                newestSeen.put(instrument.name(), fresh.get(0).tradeId());
                List<TradePrint> all = trades.get(instrument.name());
                for (int i = fresh.size() - 1; i >= 0; i--) {
                    all.add(fresh.get(i));
                }
            }
        }
    }

    private static String tradeCounts(Map<String, List<TradePrint>> trades) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, List<TradePrint>> e : trades.entrySet()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(e.getKey()).append(": ").append(e.getValue().size()).append(" trades");
        }
        return s.toString();
    }
}
