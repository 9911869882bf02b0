package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.report.DurationFormat;

import java.util.Locale;

/**
 * The fidelity results as text: the console table, {@code results.csv} and {@code fill-ranking.csv}. Numbers are
 * formatted with a fixed number of decimals and no locale, so the same run gives the same bytes.
 */
public final class FidelityTables {
    /** Labels and decimals of each metric, in the order {@link StrategyFidelity#of} lists them. */
    private static final String[][] LABELS = {
            {"cost_usd", "cost USD", "2"}, {"units", "units", "0"}, {"avg_price_usd", "avg price USD", "4"},
            {"fill_rate", "fill rate %", "1"}, {"orders", "orders", "0"}, {"ttf_p50_s", "ttf p50", "t"},
            {"ttf_p90_s", "ttf p90", "t"}, {"ttf_p99_s", "ttf p99", "t"}, {"ttf_max_s", "ttf max", "t"},
            {"stock_out_h", "stock-out", "t"}, {"unmet_units", "unmet units", "2"},
            {"market_vwap_usd", "market VWAP USD", "4"}};

    private FidelityTables() {
    }

    /** The console table: per strategy, every metric as backtest / truth / error. */
    public static String console(FidelityResults results) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-18s %-16s %12s %12s %10s%n";
        sb.append(String.format(Locale.ROOT, fmt, "strategy", "metric", "backtest", "truth", "error"));
        for (StrategyFidelity s : results.strategies()) {
            String name = s.name();
            for (MetricError e : s.metrics()) {
                sb.append(String.format(Locale.ROOT, fmt, name, label(e.metric()), value(e, e.backtest()),
                        value(e, e.truth()), error(e)));
                name = "";
            }
        }
        sb.append("errors: backtest minus truth, percent of truth (pts: percentage points; h, units: difference)."
                + " market VWAP: without the strategy (what the backtest assumes) / with it.\n");
        return sb.toString();
    }

    /** One line per strategy with the figures the compass goal is about. */
    public static String summary(FidelityResults results) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-18s %12s %12s %12s %12s %10s%n";
        sb.append(String.format(Locale.ROOT, fmt, "strategy", "avg price", "fill rate", "ttf p50", "ttf p90",
                "impact"));
        for (StrategyFidelity s : results.strategies()) {
            sb.append(String.format(Locale.ROOT, fmt, s.name(), error(s.metric(StrategyFidelity.AVG_PRICE)),
                    error(s.metric(StrategyFidelity.FILL_RATE)), error(s.metric(StrategyFidelity.TTF_P50)),
                    error(s.metric("ttf_p90_s")), signed(s.impactPct(), 2) + "%"));
        }
        return sb.toString();
    }

    /** {@code results.csv}: one row per strategy and metric. */
    public static String csv(FidelityResults results) {
        StringBuilder sb = new StringBuilder("strategy,type,metric,unit,backtest,truth,error,error_unit\n");
        for (StrategyFidelity s : results.strategies()) {
            for (MetricError e : s.metrics()) {
                sb.append(quote(s.name())).append(',').append(s.type()).append(',').append(e.metric()).append(',')
                        .append(e.unit()).append(',').append(num(e.backtest(), 6)).append(',')
                        .append(num(e.truth(), 6)).append(',').append(num(e.error(), 6)).append(',')
                        .append(e.errorUnit()).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code fill-ranking.csv}: one row per fill setting, closest first, with each strategy's two key errors. */
    public static String rankingCsv(FidelityResults results) {
        StringBuilder sb = new StringBuilder("rank,fill,queue,participation_pct,score,mean_abs_avg_price_error_pct,"
                + "mean_abs_ttf_p50_error_pct,mean_abs_fill_rate_error_pts");
        for (StrategyFidelity s : results.strategies()) {
            sb.append(',').append(quote(s.name() + " avg_price_error_pct")).append(',')
                    .append(quote(s.name() + " ttf_p50_error_pct"));
        }
        sb.append('\n');
        for (FillScore f : results.fillRanking()) {
            sb.append(f.rank()).append(',').append(f.setting().model()).append(',')
                    .append(f.setting().queue().wire()).append(',').append(num(f.setting().participationBps() / 100.0,
                            2)).append(',').append(num(f.score(), 4)).append(',').append(num(f.meanAbsPricePct(), 4))
                    .append(',').append(num(f.meanAbsTtfP50Pct(), 4)).append(',').append(num(f.meanAbsFillPts(), 4));
            for (StrategyFidelity s : f.strategies()) {
                sb.append(',').append(num(s.metric(StrategyFidelity.AVG_PRICE).error(), 4)).append(',')
                        .append(num(s.metric(StrategyFidelity.TTF_P50).error(), 4));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The fill ranking as a console table (top {@code limit} rows). */
    public static String ranking(FidelityResults results, int limit) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%4s  %-13s %-7s %6s %8s %11s %11s %11s%n";
        sb.append(String.format(Locale.ROOT, fmt, "rank", "fill", "queue", "cap", "score", "|price| %",
                "|ttf p50| %", "|fill| pts"));
        for (FillScore f : results.fillRanking().subList(0, Math.min(limit, results.fillRanking().size()))) {
            sb.append(String.format(Locale.ROOT, fmt, f.rank(), f.setting().model(), f.setting().queue().wire(),
                    f.setting().participationBps() / 100 + "%", num(f.score(), 2), num(f.meanAbsPricePct(), 2),
                    num(f.meanAbsTtfP50Pct(), 1), num(f.meanAbsFillPts(), 2)));
        }
        return sb.toString();
    }

    static String label(String metric) {
        for (String[] l : LABELS) {
            if (l[0].equals(metric)) {
                return l[1];
            }
        }
        return metric;
    }

    /** A value as the tables show it: durations in human units, the rest with the metric's decimals. */
    static String value(MetricError e, double v) {
        for (String[] l : LABELS) {
            if (l[0].equals(e.metric())) {
                if (l[2].equals("t")) {
                    long ms = Math.round(v * (e.unit().equals("h") ? 3_600_000 : 1000));
                    return DurationFormat.human(ms);
                }
                return num(v, Integer.parseInt(l[2]));
            }
        }
        return num(v, 4);
    }

    /** An error with its sign and unit, or {@code n/a} where it is undefined. */
    public static String error(MetricError e) {
        if (Double.isNaN(e.error())) {
            return "n/a";
        }
        switch (e.errorUnit()) {
            case "%":
                return signed(e.error(), 2) + "%";
            case "pts":
                return signed(e.error(), 2) + " pts";
            case "h":
                return (e.error() < 0 ? "-" : "+") + value(e, Math.abs(e.error()));
            default:
                return signed(e.error(), 2);
        }
    }

    static String signed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return (v > 0 ? "+" : "") + num(v, decimals);
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
