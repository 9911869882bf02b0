package io.gridbench.backtest.live;

import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;

import java.nio.file.Path;
import java.util.List;

/**
 * What a live run did: the same metrics as a backtest, why it stopped, how the API behaved, and the market data it
 * saw (so the backtester can replay the same interval). Immutable.
 *
 * @param result      cost, units, fill rate, time to fill, stock-outs, as a backtest reports them
 * @param stopReason  {@code duration}, {@code stopped} (Ctrl-C), or the cap or error that ended it
 * @param resumed     whether it continued an earlier run's journal
 * @param runId       the run's id, the middle of its client order ids ({@code gb-<runId>-<n>})
 * @param startMillis when this run (or the run it resumed) started
 * @param endMillis   when it ended
 * @param rejected    orders the exchange refused (4xx)
 * @param refusals    4xx answers of any request
 * @param retries     requests repeated after a transient failure
 * @param journal     the journal file
 * @param bars        the closed 1-minute bars seen, history included
 * @param trades      the prints seen during the run
 */
public record LiveOutcome(StrategyResult result, String stopReason, boolean resumed, String runId,
                          long startMillis, long endMillis, long rejected, long refusals, long retries,
                          Path journal, List<Candle> bars, List<TradePrint> trades) {
}
