package io.gridbench.backtest.walkforward;

import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.sweep.Variant;
import io.gridbench.exchange.market.Prices;

/**
 * One step of a walk-forward run: the variant chosen on the training window and how it did there (in-sample) and
 * on the test window that follows (out-of-sample), each beside the Auto Mode baseline over the same window and
 * workload. Immutable.
 *
 * <p>Cost here is the cost of the demand: average price paid times units consumed, plus unmet demand at Auto's
 * average price. Unlike a whole-run sweep's spend, it does not charge units left in the balance when a window ends:
 * that end is an artefact of the windowing, and over a 7-day window a 40-unit buffer would otherwise outweigh any
 * price difference. Choosing and scoring use the same figure, so in-sample and out-of-sample are comparable.
 *
 * @param index            0-based window number
 * @param trainFrom        training window {@code [trainFrom, trainTo)}, epoch milliseconds
 * @param testFrom         test window {@code [testFrom, testTo)}; {@code testFrom == trainTo}
 * @param chosen           the best variant on the training window (the sweep's ranking)
 * @param inSample         the chosen variant's result on the training window
 * @param inSampleAuto     Auto Mode on the training window
 * @param outOfSample      the chosen variant's result on the test window
 * @param outOfSampleAuto  Auto Mode on the test window
 * @param outOfSampleRank  where the chosen variant ranks among all variants on the test window (1 = best)
 * @param variants         how many variants were compared
 * @param hindsight        the variant that would have been best on the test window
 * @param hindsightResult  its result there: the out-of-sample figure a sweep could only have known afterwards
 */
public record WalkForwardWindow(int index, long trainFrom, long trainTo, long testFrom, long testTo, Variant chosen,
                                StrategyResult inSample, StrategyResult inSampleAuto, StrategyResult outOfSample,
                                StrategyResult outOfSampleAuto, int outOfSampleRank, int variants,
                                Variant hindsight, StrategyResult hindsightResult) {

    /** The chosen variant's cost against Auto's on the training window, percent (negative = cheaper). */
    public double inSampleVsAutoPct() {
        return costVsAutoPct(inSample, inSampleAuto);
    }

    /** The chosen variant's cost against Auto's on the test window, percent. */
    public double outOfSampleVsAutoPct() {
        return costVsAutoPct(outOfSample, outOfSampleAuto);
    }

    /** The hindsight-best variant's cost against Auto's on the test window, percent. */
    public double hindsightVsAutoPct() {
        return costVsAutoPct(hindsightResult, outOfSampleAuto);
    }

    /**
     * The cost of the demand {@code r} served, USD: its average price times the units consumed, plus unmet demand
     * at {@code auto}'s average price.
     */
    public static double demandCostUsd(StrategyResult r, StrategyResult auto) {
        double price = r.averagePrice();
        double autoPrice = auto.averagePrice();
        double consumed = r.consumedTokens() / (double) Prices.TOKENS_PER_UNIT;
        return (Double.isNaN(price) ? 0 : price * consumed) + (Double.isNaN(autoPrice) ? 0 : r.unmetUnits() * autoPrice);
    }

    static double costVsAutoPct(StrategyResult r, StrategyResult auto) {
        double b = demandCostUsd(auto, auto);
        return b == 0 ? Double.NaN : (demandCostUsd(r, auto) / b - 1) * 100;
    }
}
