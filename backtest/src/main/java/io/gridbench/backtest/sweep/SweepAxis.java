package io.gridbench.backtest.sweep;

import io.gridbench.backtest.config.ConfigException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One swept parameter and the values it takes, parsed from {@code key=v1,v2,...} or {@code key=from..to:step}
 * (inclusive decimal range, e.g. {@code max_price=2.30..2.45:0.05}). Values stay text: the strategy file reader
 * checks each one, so a sweep accepts exactly what {@code --set} accepts. Immutable.
 */
public record SweepAxis(String key, List<String> values) {
    /** More values than this in one range is almost certainly a typo in the step. */
    static final int MAX_RANGE_VALUES = 10_000;
    private static final String FORMS = "expected key=v1,v2,... or key=from..to:step";

    public SweepAxis {
        values = List.copyOf(values);
    }

    /**
     * Parses one {@code --vary} argument.
     *
     * @throws ConfigException naming {@code --vary} and the key
     */
    public static SweepAxis parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--vary", null, "'" + spec + "': " + FORMS);
        }
        String key = spec.substring(0, eq).trim();
        String list = spec.substring(eq + 1).trim();
        if (key.isEmpty() || !key.matches("[A-Za-z0-9_.-]+")) {
            throw new ConfigException("--vary", key, "'" + spec + "': not a parameter name; " + FORMS);
        }
        if (list.isEmpty()) {
            throw new ConfigException("--vary", key, "no values: " + FORMS);
        }
        List<String> values = list.contains("..") ? range(key, list) : items(key, list);
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                throw new ConfigException("--vary", key, "value '" + v + "' is listed twice");
            }
        }
        return new SweepAxis(key, values);
    }

    private static List<String> items(String key, String list) {
        List<String> values = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            String v = item.trim();
            if (v.isEmpty()) {
                throw new ConfigException("--vary", key, "empty value in '" + list + "'");
            }
            values.add(v);
        }
        return values;
    }

    private static List<String> range(String key, String text) {
        int dots = text.indexOf("..");
        int colon = text.indexOf(':', dots);
        if (colon < 0) {
            throw new ConfigException("--vary", key, "range '" + text + "' needs a step: from..to:step");
        }
        BigDecimal from = decimal(key, text.substring(0, dots), "from");
        BigDecimal to = decimal(key, text.substring(dots + 2, colon), "to");
        BigDecimal step = decimal(key, text.substring(colon + 1), "step");
        if (step.signum() <= 0) {
            throw new ConfigException("--vary", key, "range step must be positive, got " + step.toPlainString());
        }
        if (to.compareTo(from) < 0) {
            throw new ConfigException("--vary", key, "range end " + to.toPlainString() + " is below its start "
                    + from.toPlainString());
        }
        BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR);
        if (count.compareTo(BigDecimal.valueOf(MAX_RANGE_VALUES)) >= 0) {
            throw new ConfigException("--vary", key, "range '" + text + "' has more than " + MAX_RANGE_VALUES
                    + " values");
        }
        int scale = Math.max(Math.max(from.scale(), to.scale()), Math.max(step.scale(), 0));
        List<String> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            values.add(v.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString());
        }
        return values;
    }

    private static BigDecimal decimal(String key, String text, String part) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("--vary", key, "range " + part + " '" + text.trim() + "' is not a number");
        }
    }
}
