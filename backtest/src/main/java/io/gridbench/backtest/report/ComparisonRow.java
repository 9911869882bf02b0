package io.gridbench.backtest.report;

import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the comparison table: a strategy's headline numbers next to the market VWAP and the Auto Mode
 * baseline. Derived from {@link BacktestResults}; shared by the console table, the CSV and the HTML.
 *
 * @param vsVwapPct     average price relative to the market VWAP, percent (negative = cheaper)
 * @param vsBaselinePct average price relative to the Auto baseline, percent (negative = cheaper)
 * @param ordersFilled  orders filled completely: the time-to-fill percentiles mean nothing when it is 0
 * @param ordersPartlyFilled orders that ended (canceled or open at the end) part filled
 * @param ordersNeverFilled  orders that ended with nothing filled
 * @param ordersFirstFilled  orders that filled at all: the time-to-first-fill percentiles mean nothing when it is 0
 */
public record ComparisonRow(String name, String type, double costUsd, long unitsBought, double averagePrice,
                            double vsVwapPct, double vsBaselinePct, double unusedUnits, long ordersPlaced,
                            long ordersCanceled, long ordersRepriced, long ordersOpenAtEnd, double fillRate,
                            long ordersFilled, long ordersPartlyFilled, long ordersNeverFilled,
                            long ordersFirstFilled, long firstP50Millis, long firstP90Millis, long firstMaxMillis,
                            long ttfP50Millis, long ttfP90Millis, long ttfP99Millis, long ttfMaxMillis,
                            long stockOutMillis, int stockOuts, double unmetUnits, int jobsStarted, int jobsTotal,
                            long jobWaitP50Millis, long jobWaitMaxMillis) {

    public static List<ComparisonRow> of(BacktestResults results) {
        double vwap = results.market().vwap();
        double base = results.baselineResult().averagePrice();
        List<ComparisonRow> rows = new ArrayList<>();
        for (StrategyResult r : results.strategies()) {
            rows.add(of(r, vwap, base));
        }
        return rows;
    }

    /** One strategy's row against a market VWAP and the baseline's average price (USD per unit). */
    public static ComparisonRow of(StrategyResult r, double vwap, double baselineAveragePrice) {
        double avg = r.averagePrice();
        return new ComparisonRow(r.name(), r.type(), r.costUsd(), r.unitsBought(), avg, pct(avg, vwap),
                pct(avg, baselineAveragePrice), r.unusedUnits(), r.ordersPlaced(), r.ordersCanceled(),
                r.ordersRepriced(), r.ordersOpenAtEnd(), r.fillRate(), r.ordersFilled(), r.ordersPartlyFilled(),
                r.ordersNeverFilled(), r.timeToFirstFill().count(), r.timeToFirstFill().p50(),
                r.timeToFirstFill().p90(), r.timeToFirstFill().max(), r.timeToFill().p50(),
                r.timeToFill().p90(), r.timeToFill().p99(), r.timeToFill().max(), r.stockOutMillis(),
                r.stockOuts(), r.unmetUnits(), r.jobsStarted(), r.jobsTotal(), r.jobWait().p50(),
                r.jobWait().max());
    }

    private static double pct(double value, double reference) {
        if (Double.isNaN(value) || Double.isNaN(reference) || reference == 0) {
            return Double.NaN;
        }
        return (value / reference - 1) * 100;
    }

    /** CSV header matching {@link #csv()}. */
    public static String csvHeader() {
        return "strategy,type,cost_usd,units_bought,avg_price_usd,vs_vwap_pct,vs_auto_pct,unused_units,"
                + "orders_placed,orders_canceled,orders_repriced,orders_open_at_end,fill_rate,orders_filled,"
                + "orders_partly_filled,orders_never_filled,first_fill_p50_ms,first_fill_p90_ms,first_fill_max_ms,"
                + "ttf_p50_ms,"
                + "ttf_p90_ms,ttf_p99_ms,ttf_max_ms,stockout_ms,stockouts,unmet_units,jobs_started,jobs_total,"
                + "job_wait_p50_ms,job_wait_max_ms";
    }

    public String csv() {
        return String.join(",", quote(name), type, num(costUsd, 2), Long.toString(unitsBought), num(averagePrice, 4),
                num(vsVwapPct, 2), num(vsBaselinePct, 2), num(unusedUnits, 6), Long.toString(ordersPlaced),
                Long.toString(ordersCanceled), Long.toString(ordersRepriced), Long.toString(ordersOpenAtEnd),
                num(fillRate, 4), Long.toString(ordersFilled), Long.toString(ordersPartlyFilled),
                Long.toString(ordersNeverFilled), first(firstP50Millis), first(firstP90Millis),
                first(firstMaxMillis), ttf(ttfP50Millis), ttf(ttfP90Millis),
                ttf(ttfP99Millis), ttf(ttfMaxMillis), Long.toString(stockOutMillis),
                Integer.toString(stockOuts), num(unmetUnits, 6), Integer.toString(jobsStarted),
                Integer.toString(jobsTotal), Long.toString(jobWaitP50Millis), Long.toString(jobWaitMaxMillis));
    }

    /** A time-to-fill figure for the CSV: empty when no order filled completely (0 would read as instant). */
    private String ttf(long millis) {
        return ordersFilled == 0 ? "" : Long.toString(millis);
    }

    /** A time-to-fill figure for tables: a dash when no order filled completely. */
    String ttfHuman(long millis) {
        return ordersFilled == 0 ? "-" : DurationFormat.human(millis);
    }

    /** A time-to-first-fill figure for the CSV: empty when no order filled at all. */
    private String first(long millis) {
        return ordersFirstFilled == 0 ? "" : Long.toString(millis);
    }

    /** A time-to-first-fill figure for tables: a dash when no order filled at all. */
    String firstHuman(long millis) {
        return ordersFirstFilled == 0 ? "-" : DurationFormat.human(millis);
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
