package io.gridbench.backtest.analysis;

import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.DayBlocks;
import io.gridbench.backtest.metrics.OrderLog;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.metrics.Timeline;
import io.gridbench.backtest.sweep.SweepResults;
import io.gridbench.backtest.sweep.VariantResult;
import io.gridbench.exchange.market.Prices;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest's or a sweep's results as Tablesaw {@link Table}s, for slicing: filter, group, pivot, join, plot.
 * Column names are the snake_case names of the CSV files; prices are USD per unit, times UTC. Built from the
 * results in memory (after a run, or read back with {@link ResultsFile}); nothing here is on the replay's path.
 *
 * <pre>
 *   BacktestResults r = ResultsFile.read(Path.of("reports/backtest-2026-12-02T08-00-00Z"));
 *   Table weeks = Tables.weekly(r);
 *   System.out.println(weeks.where(weeks.stringColumn("strategy").isEqualTo("spread-tracking")).printAll());
 *   Table byPrice = Tables.variants(sweep).summarize("vs_auto_pct", AggregateFunctions.mean).by("max_price");
 * </pre>
 */
public final class Tables {
    private static final double TICKS = Prices.TICKS_PER_DOLLAR;
    private static final double TOKENS = Prices.TOKENS_PER_UNIT;

    private Tables() {
    }

    /**
     * One row per strategy: {@code strategy, type, cost_usd, units, avg_price_usd, vs_auto_pct, unused_units,
     * orders, orders_filled, ttf_p50_ms, ttf_p90_ms, ttf_max_ms, stockout_ms, unmet_units}.
     */
    public static Table strategies(BacktestResults results) {
        double auto = results.baselineResult().averagePrice();
        Table t = Table.create("strategies", StringColumn.create("strategy"), StringColumn.create("type"),
                DoubleColumn.create("cost_usd"), LongColumn.create("units"), DoubleColumn.create("avg_price_usd"),
                DoubleColumn.create("vs_auto_pct"), DoubleColumn.create("unused_units"), LongColumn.create("orders"),
                LongColumn.create("orders_filled"), LongColumn.create("ttf_p50_ms"), LongColumn.create("ttf_p90_ms"),
                LongColumn.create("ttf_max_ms"), LongColumn.create("stockout_ms"), DoubleColumn.create("unmet_units"));
        for (StrategyResult r : results.strategies()) {
            t.stringColumn("strategy").append(r.name());
            t.stringColumn("type").append(r.type());
            t.doubleColumn("cost_usd").append(r.costUsd());
            t.longColumn("units").append(r.unitsBought());
            t.doubleColumn("avg_price_usd").append(r.averagePrice());
            t.doubleColumn("vs_auto_pct").append(pct(r.averagePrice(), auto));
            t.doubleColumn("unused_units").append(r.unusedUnits());
            t.longColumn("orders").append(r.ordersPlaced());
            t.longColumn("orders_filled").append(r.ordersFilled());
            t.longColumn("ttf_p50_ms").append(r.timeToFill().p50());
            t.longColumn("ttf_p90_ms").append(r.timeToFill().p90());
            t.longColumn("ttf_max_ms").append(r.timeToFill().max());
            t.longColumn("stockout_ms").append(r.stockOutMillis());
            t.doubleColumn("unmet_units").append(r.unmetUnits());
        }
        return t;
    }

    /** Every fill of every strategy, in time order per strategy: {@code strategy, time, price_usd, units}. */
    public static Table fills(BacktestResults results) {
        Table t = Table.create("fills", StringColumn.create("strategy"), InstantColumn.create("time"),
                DoubleColumn.create("price_usd"), LongColumn.create("units"));
        for (StrategyResult r : results.strategies()) {
            Timeline tl = r.timeline();
            for (int i = 0; i < tl.fillTime().length; i++) {
                t.stringColumn("strategy").append(r.name());
                t.instantColumn("time").append(Instant.ofEpochMilli(tl.fillTime()[i]));
                t.doubleColumn("price_usd").append(tl.fillPrice()[i] / TICKS);
                t.longColumn("units").append(tl.fillQuantity()[i]);
            }
        }
        return t;
    }

    /**
     * Every order of every strategy, in placement order: {@code strategy, order (id), placed_at, limit_usd (NaN for
     * a market order), quantity, filled, first_fill, full_fill, canceled (times; missing when it did not happen),
     * avg_fill_usd, arrival_usd (the estimated mid at placement), life_vwap_usd (the market's VWAP over the order's
     * life)}.
     */
    public static Table orders(BacktestResults results) {
        Table t = Table.create("orders", StringColumn.create("strategy"), IntColumn.create("order"),
                InstantColumn.create("placed_at"), DoubleColumn.create("limit_usd"), LongColumn.create("quantity"),
                LongColumn.create("filled"), InstantColumn.create("first_fill"), InstantColumn.create("full_fill"),
                InstantColumn.create("canceled"), DoubleColumn.create("avg_fill_usd"),
                DoubleColumn.create("arrival_usd"), DoubleColumn.create("life_vwap_usd"));
        for (StrategyResult r : results.strategies()) {
            OrderLog o = r.orders();
            for (int i = 0; i < o.size(); i++) {
                t.stringColumn("strategy").append(r.name());
                t.intColumn("order").append(i + 1);
                t.instantColumn("placed_at").append(Instant.ofEpochMilli(o.placedAt()[i]));
                t.doubleColumn("limit_usd").append(o.limitTicks()[i] == 0 ? Double.NaN : o.limitTicks()[i] / TICKS);
                t.longColumn("quantity").append(o.quantity()[i]);
                t.longColumn("filled").append(o.filled()[i]);
                appendTime(t.instantColumn("first_fill"), o.firstFillAt()[i]);
                appendTime(t.instantColumn("full_fill"), o.fullFillAt()[i]);
                appendTime(t.instantColumn("canceled"), o.canceledAt()[i]);
                t.doubleColumn("avg_fill_usd").append(o.filled()[i] == 0 ? Double.NaN
                        : o.costCents()[i] / (double) o.filled()[i] / TICKS);
                t.doubleColumn("arrival_usd").append(o.arrivalTicks()[i] == 0 ? Double.NaN
                        : o.arrivalTicks()[i] / TICKS);
                t.doubleColumn("life_vwap_usd").append(o.lifeVwap()[i] / TICKS);
            }
        }
        return t;
    }

    private static void appendTime(InstantColumn c, long millis) {
        if (millis < 0) {
            c.appendMissing();
        } else {
            c.append(Instant.ofEpochMilli(millis));
        }
    }

    /**
     * Each strategy's consumption balance over time, as the report draws it (the minimum of each time bucket, so
     * stock-outs show as zero): {@code strategy, time, balance_units}.
     */
    public static Table balance(BacktestResults results) {
        Table t = Table.create("balance", StringColumn.create("strategy"), InstantColumn.create("time"),
                DoubleColumn.create("balance_units"));
        for (StrategyResult r : results.strategies()) {
            Timeline tl = r.timeline();
            for (int i = 0; i < tl.balanceTime().length; i++) {
                t.stringColumn("strategy").append(r.name());
                t.instantColumn("time").append(Instant.ofEpochMilli(tl.balanceTime()[i]));
                t.doubleColumn("balance_units").append(tl.balanceTokens()[i] / TOKENS);
            }
        }
        return t;
    }

    /**
     * One row per strategy and UTC day: {@code strategy, day, week (its Monday), cost_usd, units,
     * orders_completed}. The blocks of the confidence intervals' day bootstrap.
     */
    public static Table daily(BacktestResults results) {
        Table t = Table.create("daily", StringColumn.create("strategy"), DateColumn.create("day"),
                DateColumn.create("week"), DoubleColumn.create("cost_usd"), LongColumn.create("units"),
                IntColumn.create("orders_completed"));
        for (StrategyResult r : results.strategies()) {
            DayBlocks d = r.days();
            int[] completed = new int[d.days()];
            for (int day : d.orderDay()) {
                completed[day]++;
            }
            for (int i = 0; i < d.days(); i++) {
                LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(d.firstDayMillis() + i * DayBlocks.DAY_MILLIS),
                        ZoneOffset.UTC);
                t.stringColumn("strategy").append(r.name());
                t.dateColumn("day").append(day);
                t.dateColumn("week").append(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                t.doubleColumn("cost_usd").append(d.costCents()[i] / TICKS);
                t.longColumn("units").append(d.units()[i]);
                t.intColumn("orders_completed").append(completed[i]);
            }
        }
        return t;
    }

    /**
     * One row per strategy and calendar week (Monday to Sunday, UTC; the first and last may be partial, see
     * {@code days}), summed from {@link #daily}: {@code strategy, week, days, cost_usd, units, orders_completed,
     * avg_price_usd, vs_auto_pct} (against the Auto baseline's average price in the same week).
     */
    public static Table weekly(BacktestResults results) {
        Table daily = daily(results);
        Table weeks = daily.summarize("cost_usd", "units", "orders_completed", AggregateFunctions.sum,
                AggregateFunctions.count).by("strategy", "week");
        Table t = Table.create("weekly", weeks.stringColumn("strategy"), weeks.dateColumn("week"),
                weeks.doubleColumn("Count [units]").asIntColumn().setName("days"),
                weeks.doubleColumn("Sum [cost_usd]").setName("cost_usd"),
                weeks.doubleColumn("Sum [units]").asLongColumn().setName("units"),
                weeks.doubleColumn("Sum [orders_completed]").asIntColumn().setName("orders_completed"));
        DoubleColumn avg = t.doubleColumn("cost_usd").divide(t.longColumn("units")).setName("avg_price_usd");
        t.addColumns(avg);
        Map<LocalDate, Double> autoByWeek = new HashMap<>();
        String baseline = results.baseline();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("strategy").get(i).equals(baseline)) {
                autoByWeek.put(t.dateColumn("week").get(i), avg.getDouble(i));
            }
        }
        DoubleColumn vs = DoubleColumn.create("vs_auto_pct");
        for (int i = 0; i < t.rowCount(); i++) {
            vs.append(pct(avg.getDouble(i), autoByWeek.getOrDefault(t.dateColumn("week").get(i), Double.NaN)));
        }
        t.addColumns(vs);
        return t.sortAscendingOn("week", "strategy");
    }

    /**
     * One row per sweep variant, in grid order: {@code variant, rank}, one text column per swept key, then
     * {@code cost_with_shortfall_usd} (the ranking key), {@code cost_usd, units, avg_price_usd, vs_auto_pct,
     * ttf_p50_ms, unmet_units, met_demand}.
     */
    public static Table variants(SweepResults results) {
        double auto = results.baseline().averagePrice();
        List<VariantResult> ranked = results.ranked();
        int[] rank = new int[results.variants().size()];
        for (int i = 0; i < ranked.size(); i++) {
            rank[ranked.get(i).variant().index()] = i + 1;
        }
        Table t = Table.create("variants", IntColumn.create("variant"), IntColumn.create("rank"));
        for (String k : results.keys()) {
            t.addColumns(StringColumn.create(k));
        }
        t.addColumns(DoubleColumn.create("cost_with_shortfall_usd"), DoubleColumn.create("cost_usd"),
                LongColumn.create("units"), DoubleColumn.create("avg_price_usd"), DoubleColumn.create("vs_auto_pct"),
                LongColumn.create("ttf_p50_ms"), DoubleColumn.create("unmet_units"), StringColumn.create("met_demand"));
        for (VariantResult v : results.variants()) {
            StrategyResult r = v.result();
            t.intColumn("variant").append(v.variant().index());
            t.intColumn("rank").append(rank[v.variant().index()]);
            for (String k : results.keys()) {
                t.stringColumn(k).append(v.variant().values().get(k));
            }
            t.doubleColumn("cost_with_shortfall_usd").append(v.costWithShortfallUsd(auto));
            t.doubleColumn("cost_usd").append(r.costUsd());
            t.longColumn("units").append(r.unitsBought());
            t.doubleColumn("avg_price_usd").append(r.averagePrice());
            t.doubleColumn("vs_auto_pct").append(pct(r.averagePrice(), auto));
            t.longColumn("ttf_p50_ms").append(r.timeToFill().p50());
            t.doubleColumn("unmet_units").append(r.unmetUnits());
            t.stringColumn("met_demand").append(v.metDemand() ? "yes" : "no");
        }
        return t;
    }

    /**
     * The sweep's ranking key, cost plus unmet demand at Auto's price (USD), over two swept keys: one row per value
     * of {@code rowKey}, one column per value of {@code columnKey}, each cell the best (lowest) over the other
     * keys. Values keep the order of the grid.
     *
     * @throws IllegalArgumentException when a key was not swept, or both are the same
     */
    public static Table pivot(SweepResults results, String rowKey, String columnKey) {
        if (!results.keys().contains(rowKey) || !results.keys().contains(columnKey) || rowKey.equals(columnKey)) {
            throw new IllegalArgumentException("pivot needs two different swept keys of " + results.keys()
                    + ", got " + rowKey + " and " + columnKey);
        }
        Table best = variants(results).summarize("cost_with_shortfall_usd", AggregateFunctions.min)
                .by(rowKey, columnKey);
        Table wide = best.pivot(rowKey, columnKey, "Min [cost_with_shortfall_usd]", AggregateFunctions.min);
        return wide.setName(rowKey + " \u00d7 " + columnKey + ": best cost + shortfall USD");
    }

    /**
     * Prints every decimal column of {@code table} with {@code decimals} places (the values are unchanged; only
     * {@link Table#print()} and friends are affected). Returns the table, for chaining.
     */
    public static Table formatted(Table table, int decimals) {
        for (Column<?> c : table.columns()) {
            if (c instanceof DoubleColumn d) {
                d.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(decimals));
            }
        }
        return table;
    }

    private static double pct(double value, double reference) {
        if (Double.isNaN(value) || Double.isNaN(reference) || reference == 0) {
            return Double.NaN;
        }
        return (value / reference - 1) * 100;
    }
}
