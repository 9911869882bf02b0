package io.gridbench.backtest.report;

import io.gridbench.backtest.sweep.SweepResults;
import io.gridbench.backtest.sweep.VariantResult;
import io.gridbench.backtest.uncertainty.DayBootstrap;
import io.gridbench.backtest.uncertainty.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a top variant of a sweep is distinguishable from the best: its average price against the best
 * variant's, percent, with a day-bootstrap interval (the two paired on the same drawn days). An interval that
 * includes zero means the ranking between the two is within the noise of this much data.
 *
 * @param rank      1-based rank in {@link SweepResults#ranked()}
 * @param label     the variant's {@code key=value} label
 * @param vsBestPct average price against the best variant's, percent ({@link Interval#none} for the best itself)
 */
public record RankInterval(int rank, String label, Interval vsBestPct) {

    /** Intervals for the first {@code n} ranked variants. */
    public static List<RankInterval> top(SweepResults results, int n, DayBootstrap bootstrap) {
        List<VariantResult> ranked = results.ranked();
        List<RankInterval> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            return out;
        }
        VariantResult best = ranked.get(0);
        for (int i = 0; i < Math.min(n, ranked.size()); i++) {
            VariantResult v = ranked.get(i);
            Interval vs = i == 0 ? Interval.none(0.95)
                    : bootstrap.averagePriceVsPct(v.result().days(), best.result().days());
            out.add(new RankInterval(i + 1, v.variant().label(), vs));
        }
        return out;
    }

    /** {@code +0.12% (95% CI -0.30% to +0.55%)}, and whether that excludes zero. */
    public String text() {
        if (!vsBestPct.isKnown()) {
            return "-";
        }
        return TextTable.pct(vsBestPct.estimate()) + " (" + Math.round(vsBestPct.level() * 100) + "% CI "
                + TextTable.pct(vsBestPct.low()) + " to " + TextTable.pct(vsBestPct.high()) + ")"
                + (vsBestPct.excludes(0) ? "" : " not distinguishable");
    }
}
