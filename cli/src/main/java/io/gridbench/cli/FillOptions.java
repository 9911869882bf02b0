package io.gridbench.cli;

import io.gridbench.backtest.config.Durations;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.QueueEstimate;
import picocli.CommandLine.Option;

/**
 * The backtest's fill options ({@code --fill}, {@code --queue}, {@code --participation}, {@code --latency},
 * {@code --spread-ticks}, {@code --depth-units}), one picocli mixin shared by {@code backtest}, {@code sweep} and
 * {@code fidelity}, so the three spell and check them alike.
 */
final class FillOptions {
    @Option(names = "--fill", defaultValue = FillModel.DEFAULT_NAME, paramLabel = "MODEL",
            description = "Whether volume at a resting limit, after the queue ahead, fills it: touch (yes) |"
                    + " trade-through (no); volume below the limit always does (default: ${DEFAULT-VALUE}).")
    String fill;

    @Option(names = "--queue", defaultValue = "none", paramLabel = "MODE",
            description = "Queue ahead estimate: none | printed | risk-averse | probabilistic (the last two read"
                    + " --quotes; without them they fall back to printed) (default: ${DEFAULT-VALUE}).")
    String queue;

    @Option(names = "--participation", defaultValue = "25", paramLabel = "PCT",
            description = "Max share of each print's/bar's reachable volume all of a strategy's orders take"
                    + " together, percent: 10 or 10%%"
                    + " (default: ${DEFAULT-VALUE}%%).")
    String participation;

    @Option(names = "--latency", defaultValue = "200ms", paramLabel = "DURATION",
            description = "Order latency, e.g. 200ms (default: ${DEFAULT-VALUE}).")
    String latency;

    @Option(names = "--spread-ticks", defaultValue = "2", paramLabel = "TICKS",
            description = "Assumed bid-ask spread: with prints the ask is this far above a sell-aggressor"
                    + " print (a buy-aggressor print is the ask); with bars only, half of it above the close"
                    + " (default: ${DEFAULT-VALUE}).")
    long spreadTicks;

    @Option(names = "--depth-units", defaultValue = "40", paramLabel = "UNITS",
            description = "Units resting at each ask level, one tick apart, that market orders walk (default:"
                    + " ${DEFAULT-VALUE}, the simulated Grid's ladders).")
    long depthUnits;

    /** The fill model named by {@code --fill}; a bad name is an {@link IllegalArgumentException} naming it. */
    FillModel model() {
        return FillModel.named(fill);
    }

    FillConfig config() {
        if (depthUnits < 1) {
            throw new IllegalArgumentException("--depth-units must be at least 1, got " + depthUnits);
        }
        return new FillConfig(participationBps(participation), QueueEstimate.fromWire(queue),
                FillConfig.DEFAULTS.queueLookbackMillis(), Durations.parseMillis(latency), spreadTicks, depthUnits);
    }

    /** A percentage, {@code 10} or {@code 10%}, in basis points; 0.01% (one basis point) to 100%. */
    static int participationBps(String text) {
        String number = text.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        try {
            double percent = Double.parseDouble(number);
            long bps = Math.round(percent * 100);
            if (bps >= 1 && percent <= 100) {
                return (int) bps;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException("--participation must be a percentage from 0.01 to 100, e.g. 10 or 10%,"
                + " got '" + text + "'");
    }
}
