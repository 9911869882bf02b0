package io.gridbench.simulations.load;

import java.util.Locale;

/**
 * Typed reads of the {@code -Dgridbench.*} system properties that steer a run. A bad value fails at start-up with
 * the property's name, so a typo in CI never silently runs the default load. Stateless.
 */
public final class Settings {
    public static final String PREFIX = "gridbench.";

    private Settings() {
    }

    public static String string(String name, String fallback) {
        String value = System.getProperty(PREFIX + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static boolean isSet(String name) {
        String value = System.getProperty(PREFIX + name);
        return value != null && !value.isBlank();
    }

    public static int positiveInt(String name, int fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed <= 0) {
                throw invalid(name, value, "a whole number above 0");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, value, "a whole number above 0");
        }
    }

    public static double nonNegativeDouble(String name, double fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= 0) || Double.isInfinite(parsed)) {
                throw invalid(name, value, "a number of at least 0");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(name, value, "a number of at least 0");
        }
    }

    public static boolean bool(String name, boolean fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(name, value, "true or false");
        };
    }

    /** One of {@code choices}, compared case-insensitively, returned in lower case. */
    public static String choice(String name, String fallback, String... choices) {
        String value = string(name, fallback).toLowerCase(Locale.ROOT);
        for (String choice : choices) {
            if (choice.equals(value)) {
                return value;
            }
        }
        throw invalid(name, value, "one of " + String.join(", ", choices));
    }

    private static IllegalArgumentException invalid(String name, String value, String expected) {
        return new IllegalArgumentException("-D" + PREFIX + name + "=" + value + ": expected " + expected);
    }
}
