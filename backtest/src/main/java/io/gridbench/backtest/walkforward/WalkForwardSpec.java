package io.gridbench.backtest.walkforward;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.Durations;

/**
 * The window lengths of a walk-forward run, parsed from {@code train=30d,test=7d} (optionally {@code ,step=7d};
 * the step defaults to the test length, so test windows tile the period without overlap). Immutable.
 *
 * @param trainMillis length of each training window, on which the best variant is chosen
 * @param testMillis  length of each test window, right after its training window, on which the choice is scored
 * @param stepMillis  how far the pair of windows moves each time
 */
public record WalkForwardSpec(long trainMillis, long testMillis, long stepMillis) {
    private static final String OPTION = "--walk-forward";

    public WalkForwardSpec {
        if (trainMillis <= 0 || testMillis <= 0 || stepMillis <= 0) {
            throw new ConfigException(OPTION, null, "train, test and step must be positive durations");
        }
    }

    /**
     * Parses {@code train=30d,test=7d[,step=7d]}.
     *
     * @throws ConfigException naming {@code --walk-forward} and the key
     */
    public static WalkForwardSpec parse(String text) {
        Long train = null;
        Long test = null;
        Long step = null;
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new ConfigException(OPTION, null, "expected train=DURATION,test=DURATION (e.g."
                        + " train=30d,test=7d), got '" + text + "'");
            }
            String key = part.substring(0, eq).strip();
            long millis;
            try {
                millis = Durations.parseMillis(part.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(OPTION, key, e.getMessage());
            }
            if (millis <= 0) {
                throw new ConfigException(OPTION, key, "must be longer than zero");
            }
            switch (key) {
                case "train" -> train = once(train, key, millis);
                case "test" -> test = once(test, key, millis);
                case "step" -> step = once(step, key, millis);
                default -> throw new ConfigException(OPTION, key, "unknown; expected train, test and optionally step");
            }
        }
        if (train == null || test == null) {
            throw new ConfigException(OPTION, train == null ? "train" : "test", "is required (e.g. train=30d,test=7d)");
        }
        return new WalkForwardSpec(train, test, step == null ? test : step);
    }

    private static Long once(Long previous, String key, long millis) {
        if (previous != null) {
            throw new ConfigException(OPTION, key, "given twice");
        }
        return millis;
    }
}
