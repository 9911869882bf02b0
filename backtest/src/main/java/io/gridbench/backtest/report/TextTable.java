package io.gridbench.backtest.report;

import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.OrderLog;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.List;

/**
 * The comparison as a fixed-width console table. Orders are counted by outcome (full, part and none add up to
 * orders); "1st p50" is the median time to an order's first fill, "ttf" the time to its complete fill.
 */
public final class TextTable {
    private TextTable() {
    }

    public static String render(List<ComparisonRow> rows, double vwap) {
        String[] head = {"strategy", "cost USD", "units", "avg USD", "vs VWAP", "vs auto", "unused", "orders",
                "full", "part", "none", "canceled", "fill rate", "1st p50", "ttf p50", "ttf p90", "ttf max",
                "stock-out", "unmet u"};
        String[][] cells = new String[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow r = rows.get(i);
            cells[i] = new String[]{r.name(), ComparisonRow.num(r.costUsd(), 2), Long.toString(r.unitsBought()),
                    ComparisonRow.num(r.averagePrice(), 4), pct(r.vsVwapPct()), pct(r.vsBaselinePct()),
                    ComparisonRow.num(r.unusedUnits(), 2), Long.toString(r.ordersPlaced()),
                    Long.toString(r.ordersFilled()), Long.toString(r.ordersPartlyFilled()),
                    Long.toString(r.ordersNeverFilled()), Long.toString(r.ordersCanceled()),
                    ComparisonRow.num(r.fillRate() * 100, 1) + "%", r.firstHuman(r.firstP50Millis()),
                    r.ttfHuman(r.ttfP50Millis()), r.ttfHuman(r.ttfP90Millis()), r.ttfHuman(r.ttfMaxMillis()),
                    DurationFormat.human(r.stockOutMillis()), ComparisonRow.num(r.unmetUnits(), 2)};
        }
        StringBuilder sb = new StringBuilder(columns(head, cells));
        sb.append("market VWAP ").append(ComparisonRow.num(vwap, 4)).append(" USD/unit\n");
        return sb.toString();
    }

    /** One sentence per strategy with its confidence intervals ({@link StrategyIntervals#sentence()}). */
    public static String intervals(List<StrategyIntervals> intervals) {
        StringBuilder sb = new StringBuilder("95% confidence intervals (block bootstrap by day):\n");
        for (StrategyIntervals i : intervals) {
            sb.append("  ").append(i.sentence()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Each strategy's fills against each order's own benchmarks: the estimated mid when it was placed (arrival
     * price) and the market's VWAP over the order's life. Unlike the period VWAP, neither moves when a strategy
     * simply buys at other times.
     */
    public static String orderBenchmarks(BacktestResults results) {
        StringBuilder sb = new StringBuilder("against each order's own benchmarks (implementation shortfall;"
                + " negative = paid less):\n");
        for (StrategyResult r : results.strategies()) {
            OrderLog o = r.orders();
            sb.append("  ").append(r.name()).append(": vs arrival mid ").append(pct(o.arrivalShortfallPct()))
                    .append(", vs VWAP over the order's life ").append(pct(o.lifeVwapShortfallPct())).append(" (")
                    .append(o.size()).append(" orders)\n");
        }
        return sb.toString();
    }

    /** The top variants' average price against the best's, with intervals ({@link RankInterval#text()}). */
    public static String rankIntervals(List<RankInterval> intervals) {
        StringBuilder sb = new StringBuilder("average price against #1, 95% confidence intervals (block bootstrap by"
                + " day):\n");
        String[][] cells = new String[Math.max(0, intervals.size() - 1)][];
        for (int i = 1; i < intervals.size(); i++) {
            RankInterval r = intervals.get(i);
            cells[i - 1] = new String[]{"#" + r.rank(), r.label(), r.text()};
        }
        return sb.append(columns(new String[]{"rank", "variant", "vs #1"}, cells)).toString();
    }

    /** Fixed-width columns: the first left-aligned, the rest right-aligned, two spaces apart. */
    static String columns(String[] head, String[][] cells) {
        int[] w = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            w[c] = head[c].length();
            for (String[] row : cells) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, head, w);
        for (String[] row : cells) {
            line(sb, row, w);
        }
        return sb.toString();
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "-" : (v > 0 ? "+" : "") + ComparisonRow.num(v, 2) + "%";
    }

    private static void line(StringBuilder sb, String[] cells, int[] w) {
        for (int c = 0; c < cells.length; c++) {
            String s = cells[c];
            if (c == 0) {
                sb.append(s).append(" ".repeat(w[c] - s.length()));
            } else {
                sb.append("  ").append(" ".repeat(w[c] - s.length())).append(s);
            }
        }
        sb.append('\n');
    }
}
