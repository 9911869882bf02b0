package io.gridbench.backtest.fidelity;

/**
 * One measured quantity of one strategy, as the backtest estimated it and as it really happened on the engine, and
 * the backtest's error. Percent errors are {@code (backtest - truth) / truth * 100}; point errors and differences
 * are {@code backtest - truth}. NaN where the error is undefined (a percent of a zero truth).
 *
 * @param metric    e.g. {@code avg_price_usd}
 * @param unit      the unit of the two values, e.g. {@code USD/unit}
 * @param errorUnit {@code %}, {@code pts} (percentage points) or the value's own unit for a difference
 */
public record MetricError(String metric, String unit, double backtest, double truth, double error,
                          String errorUnit) {

    /** A percent error; NaN when the truth is 0 (0 when both are). */
    static MetricError percent(String metric, String unit, double backtest, double truth) {
        double error;
        if (truth == 0) {
            error = backtest == 0 ? 0 : Double.NaN;
        } else {
            error = (backtest - truth) / Math.abs(truth) * 100;
        }
        return new MetricError(metric, unit, backtest, truth, error, "%");
    }

    /** A difference in the values' own unit ({@code pts} for a percentage). */
    static MetricError difference(String metric, String unit, double backtest, double truth) {
        return new MetricError(metric, unit, backtest, truth, backtest - truth, unit.equals("%") ? "pts" : unit);
    }
}
