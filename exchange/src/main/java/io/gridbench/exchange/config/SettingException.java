package io.gridbench.exchange.config;

import java.util.List;

/**
 * A config value that a section's reader refused, with the path of the key at fault (from the top of the file,
 * e.g. {@code [inference, rate_limit, burst]}) so that {@link ExchangeConfig} can report its line and column.
 */
public final class SettingException extends IllegalArgumentException {
    private final List<String> path;
    private final boolean unknownKey;

    private SettingException(List<String> path, boolean unknownKey, String message) {
        super(message);
        this.path = List.copyOf(path);
        this.unknownKey = unknownKey;
    }

    /** A key that the section does not have; the error points at the key. */
    public static SettingException unknownKey(List<String> path, List<String> known) {
        String section = String.join(".", path.subList(0, path.size() - 1));
        return new SettingException(path, true, "unknown key '" + path.get(path.size() - 1) + "' in section '"
                + section + "' (known: " + String.join(", ", known) + ")");
    }

    /** A value that is of the wrong kind or out of range; the error points at the value. */
    public static SettingException badValue(List<String> path, String message) {
        return new SettingException(path, false, message);
    }

    public List<String> path() {
        return path;
    }

    /** True when the key itself is the problem (report its position), false when its value is. */
    public boolean unknownKey() {
        return unknownKey;
    }
}
