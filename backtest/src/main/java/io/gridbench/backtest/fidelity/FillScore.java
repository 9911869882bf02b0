package io.gridbench.backtest.fidelity;

import java.util.List;

/**
 * How close one fill setting's backtests came to the truth, over all strategies. The score is in units of the
 * compass goal (average price within 1 %, time-to-fill p50 within 10 %): per strategy the larger of
 * |avg price error| / 1 % and |ln(backtest p50 / truth p50)| / ln(1.1), averaged over the strategies; 1.0 means
 * "just at the goal", lower is better. Time to fill counts by its ratio, so ten times too slow weighs the same for an
 * order that really filled in a second as for one that took an hour (a percent error would let the one-second order
 * decide the ranking alone). A strategy whose p50 is 0 or undefined on either side counts by its price alone.
 *
 * @param rank              1 = closest
 * @param strategies        per strategy, in the order given, its errors under this setting
 * @param meanAbsPricePct   mean |avg price error|, percent
 * @param meanAbsTtfP50Pct  mean |ttf p50 error|, percent, over strategies where it is defined
 * @param meanAbsFillPts    mean |fill rate error|, percentage points
 */
public record FillScore(int rank, FillSetting setting, double score, double meanAbsPricePct,
                        double meanAbsTtfP50Pct, double meanAbsFillPts, List<StrategyFidelity> strategies) {
    static final double PRICE_GOAL_PCT = 1.0;
    static final double TTF_GOAL_PCT = 10.0;
    private static final double TTF_GOAL_LOG = Math.log(1 + TTF_GOAL_PCT / 100);

    /** Scores a setting from its per-strategy comparisons (rank 0: not ranked yet). */
    static FillScore of(FillSetting setting, List<StrategyFidelity> strategies) {
        double score = 0;
        double price = 0;
        double ttf = 0;
        int ttfCount = 0;
        double fill = 0;
        for (StrategyFidelity s : strategies) {
            double p = Math.abs(s.metric(StrategyFidelity.AVG_PRICE).error());
            MetricError p50 = s.metric(StrategyFidelity.TTF_P50);
            double f = Math.abs(s.metric(StrategyFidelity.FILL_RATE).error());
            double worst = p / PRICE_GOAL_PCT;
            if (p50.backtest() > 0 && p50.truth() > 0) {
                worst = Math.max(worst, Math.abs(Math.log(p50.backtest() / p50.truth())) / TTF_GOAL_LOG);
            }
            if (!Double.isNaN(p50.error())) {
                ttf += Math.abs(p50.error());
                ttfCount++;
            }
            score += worst;
            price += p;
            fill += f;
        }
        int n = Math.max(1, strategies.size());
        return new FillScore(0, setting, score / n, price / n, ttfCount == 0 ? Double.NaN : ttf / ttfCount, fill / n,
                List.copyOf(strategies));
    }

    FillScore ranked(int newRank) {
        return new FillScore(newRank, setting, score, meanAbsPricePct, meanAbsTtfP50Pct, meanAbsFillPts, strategies);
    }
}
