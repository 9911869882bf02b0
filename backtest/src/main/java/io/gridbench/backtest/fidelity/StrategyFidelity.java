package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.metrics.Percentiles;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.ArrayList;
import java.util.List;

/**
 * One strategy's backtest next to its ground truth on the matching engine, and the errors. Immutable.
 *
 * @param backtest          the backtest on the counterfactual record
 * @param truth             the same strategy trading in the agent market
 * @param counterfactualVwap VWAP of the market without the strategy, USD/unit (what the backtest assumes)
 * @param truthVwap         VWAP of the market with the strategy in it: the difference is its market impact
 * @param metrics           the side-by-side table, in a fixed order
 */
public record StrategyFidelity(String name, String type, StrategyResult backtest, StrategyResult truth,
                               double counterfactualVwap, double truthVwap, List<MetricError> metrics) {
    public static final String AVG_PRICE = "avg_price_usd";
    public static final String FILL_RATE = "fill_rate";
    public static final String TTF_P50 = "ttf_p50_s";

    /** Compares a backtest with its truth. */
    public static StrategyFidelity of(StrategyResult backtest, StrategyResult truth, double counterfactualVwap,
                                      double truthVwap) {
        List<MetricError> m = new ArrayList<>();
        m.add(MetricError.percent("cost_usd", "USD", backtest.costUsd(), truth.costUsd()));
        m.add(MetricError.percent("units", "units", backtest.unitsBought(), truth.unitsBought()));
        m.add(MetricError.percent(AVG_PRICE, "USD/unit", nanToZero(backtest.averagePrice()),
                nanToZero(truth.averagePrice())));
        m.add(MetricError.difference(FILL_RATE, "%", backtest.fillRate() * 100, truth.fillRate() * 100));
        m.add(MetricError.percent("orders", "orders", backtest.ordersPlaced(), truth.ordersPlaced()));
        Percentiles b = backtest.timeToFill();
        Percentiles t = truth.timeToFill();
        m.add(MetricError.percent(TTF_P50, "s", b.p50() / 1000.0, t.p50() / 1000.0));
        m.add(MetricError.percent("ttf_p90_s", "s", b.p90() / 1000.0, t.p90() / 1000.0));
        m.add(MetricError.percent("ttf_p99_s", "s", b.p99() / 1000.0, t.p99() / 1000.0));
        m.add(MetricError.percent("ttf_max_s", "s", b.max() / 1000.0, t.max() / 1000.0));
        m.add(MetricError.difference("stock_out_h", "h", backtest.stockOutMillis() / 3_600_000.0,
                truth.stockOutMillis() / 3_600_000.0));
        m.add(MetricError.difference("unmet_units", "units", backtest.unmetUnits(), truth.unmetUnits()));
        m.add(MetricError.percent("market_vwap_usd", "USD/unit", counterfactualVwap, truthVwap));
        return new StrategyFidelity(backtest.name(), backtest.type(), backtest.withoutTimeline(),
                truth.withoutTimeline(), counterfactualVwap, truthVwap, List.copyOf(m));
    }

    /** The named metric. */
    public MetricError metric(String name) {
        for (MetricError e : metrics) {
            if (e.metric().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no metric " + name);
    }

    /** The strategy's market impact: how far its presence moved the VWAP, percent. */
    public double impactPct() {
        return (truthVwap - counterfactualVwap) / counterfactualVwap * 100;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
