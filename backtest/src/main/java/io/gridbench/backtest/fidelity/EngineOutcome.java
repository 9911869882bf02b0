package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.history.QuoteTape;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.marketdata.TradePrint;

import java.util.BitSet;
import java.util.List;

/**
 * What one run of the agent market produced: every trade print from the warm-up on, which of them the strategy
 * bought, and the strategy's result measured exactly as the backtest measures it. Immutable by convention.
 *
 * @param trades         every print, oldest first, warm-up included
 * @param firstInSpan    index of the first print at or after the span's start
 * @param strategyBought indices of the prints in which the strategy's account was the buyer
 * @param result         the strategy's result, or null for the run without a strategy
 * @param quotes         the best bid and ask at every change, warm-up included
 */
public record EngineOutcome(List<TradePrint> trades, int firstInSpan, BitSet strategyBought, StrategyResult result,
                            QuoteTape quotes) {

    /** The prints inside the span, the part the record's trades file holds. */
    public List<TradePrint> spanTrades() {
        return trades.subList(firstInSpan, trades.size());
    }

    /** Volume-weighted average price of the span's prints, USD per unit; NaN without prints. */
    public double vwap() {
        long q = 0;
        double notional = 0;
        for (TradePrint t : spanTrades()) {
            q += t.quantity();
            notional += (double) t.priceTicks() * t.quantity();
        }
        return q == 0 ? Double.NaN : notional / q / Prices.TICKS_PER_DOLLAR;
    }

    /** Units and cost in cents of the prints the strategy bought. */
    public long[] strategyUnitsAndCents() {
        long units = 0;
        long cents = 0;
        for (int i = strategyBought.nextSetBit(0); i >= 0; i = strategyBought.nextSetBit(i + 1)) {
            units += trades.get(i).quantity();
            cents += trades.get(i).quantity() * trades.get(i).priceTicks();
        }
        return new long[]{units, cents};
    }
}
