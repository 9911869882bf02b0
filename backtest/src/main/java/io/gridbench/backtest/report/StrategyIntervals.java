package io.gridbench.backtest.report;

import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.uncertainty.DayBootstrap;
import io.gridbench.backtest.uncertainty.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * One strategy's day-bootstrap intervals: its average price against Auto's, percent, and its time-to-fill p50,
 * milliseconds. Shared by the console, results.json and the HTML page.
 */
public record StrategyIntervals(String name, Interval vsAutoPct, Interval ttfP50Millis) {

    /** Intervals for every strategy of a run, in the run's order (the baseline's price interval is none). */
    public static List<StrategyIntervals> of(BacktestResults results, DayBootstrap bootstrap) {
        StrategyResult auto = results.baselineResult();
        List<StrategyIntervals> out = new ArrayList<>();
        for (StrategyResult r : results.strategies()) {
            Interval price = r == auto ? Interval.none(0.95)
                    : bootstrap.averagePriceVsPct(r.days(), auto.days());
            out.add(new StrategyIntervals(r.name(), price, bootstrap.waitP50(r.days())));
        }
        return out;
    }

    /** {@code spread-tracking: -2.21% vs auto (95% CI -2.60% to -1.83%); ttf p50 1.2h (95% CI 52.0m to 1.5h)}. */
    public String sentence() {
        StringBuilder sb = new StringBuilder(name).append(": ");
        if (vsAutoPct.isKnown()) {
            sb.append(TextTable.pct(vsAutoPct.estimate())).append(" vs auto (").append(level(vsAutoPct)).append(" CI ")
                    .append(TextTable.pct(vsAutoPct.low())).append(" to ").append(TextTable.pct(vsAutoPct.high()))
                    .append(vsAutoPct.excludes(0) ? ")" : ", not distinguishable from auto)").append("; ");
        }
        if (ttfP50Millis.isKnown()) {
            sb.append("ttf p50 ").append(DurationFormat.human((long) ttfP50Millis.estimate())).append(" (")
                    .append(level(ttfP50Millis)).append(" CI ")
                    .append(DurationFormat.human((long) ttfP50Millis.low())).append(" to ")
                    .append(DurationFormat.human((long) ttfP50Millis.high())).append(')');
        } else {
            sb.append("no order filled completely");
        }
        return sb.toString();
    }

    private static String level(Interval i) {
        return Math.round(i.level() * 100) + "%";
    }
}
