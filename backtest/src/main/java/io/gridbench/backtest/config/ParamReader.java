package io.gridbench.backtest.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.backtest.strategy.LimitPrice;
import io.gridbench.exchange.config.ConfigTree;
import io.gridbench.exchange.market.Prices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to one flat block of a YAML/JSON file. Values given as text (as {@code --set} gives them) are
 * accepted where a number or boolean is expected. Every key read is remembered: {@link #finish()} rejects any key
 * nobody asked for ({@link ConfigTree#unknownKey}), so a typo never silently falls back to a default. Errors name
 * the file and the key, with the line and column of the key or value when the file was read as a {@link ConfigTree}.
 */
public final class ParamReader {
    private final String file;
    private final String prefix;
    private final ObjectNode node;
    private final Map<String, String> origins;
    private final ConfigTree locations;
    private final List<Object> path;
    private final Set<String> used = new LinkedHashSet<>();
    private final Map<String, Object> effective = new LinkedHashMap<>();

    public ParamReader(String file, String prefix, ObjectNode node) {
        this(file, prefix, node, Map.of());
    }

    /** @param origins keys whose value came from elsewhere than the file, and where (e.g. {@code --set k=v}) */
    public ParamReader(String file, String prefix, ObjectNode node, Map<String, String> origins) {
        this(file, prefix, node, origins, null);
    }

    /**
     * @param locations the file as read, whose line and column errors point at; null when there is no file
     *                  (built-in defaults)
     */
    public ParamReader(String file, String prefix, ObjectNode node, Map<String, String> origins,
                       ConfigTree locations) {
        this.file = file;
        this.prefix = prefix;
        this.node = node;
        this.origins = origins;
        this.locations = locations;
        this.path = path(prefix);
    }

    /** {@code jobs[2].} as the path {@code [jobs, 2]}. */
    private static List<Object> path(String dotted) {
        List<Object> path = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            int bracket = part.indexOf('[');
            path.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0 && part.endsWith("]")) {
                path.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        path.removeIf(""::equals);
        return path;
    }

    public String file() {
        return file;
    }

    /**
     * An error about the value of {@code key} of this block (which may end in an index, {@code weights[3]}), naming
     * the override that set it, or the file with the value's line and column, and the full key.
     */
    public ConfigException error(String key, String detail) {
        return new ConfigException(where(key, false), prefix + key, detail);
    }

    private String where(String key, boolean atKey) {
        String origin = origins.get(key);
        if (origin != null || locations == null) {
            return origin != null ? origin : file;
        }
        List<Object> at = new ArrayList<>(path);
        at.addAll(path(key));
        return atKey ? locations.keyAt(at) : locations.valueAt(at);
    }

    public boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    private JsonNode get(String key) {
        used.add(key);
        return has(key) ? node.get(key) : null;
    }

    /** A decimal USD price converted to ticks; must be a positive whole number of cents. */
    public long price(String key, Long defaultTicks) {
        JsonNode v = get(key);
        if (v == null) {
            return required(key, defaultTicks);
        }
        if (!v.isNumber() && !v.isTextual()) {
            throw error(key, "expected a price in USD such as 2.50 but was " + v);
        }
        long ticks;
        try {
            ticks = Prices.toTicks(new BigDecimal(v.asText().trim()));
        } catch (NumberFormatException e) {
            throw error(key, "expected a price in USD such as 2.50 but was '" + v.asText() + "'");
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
        if (ticks <= 0) {
            throw error(key, "price must be positive");
        }
        effective.put(key, Prices.format(ticks));
        return ticks;
    }

    /**
     * A limit price: a USD number as for {@link #price}, or a price relative to the market in the grammar of
     * {@link LimitPrices} ({@code vwap-1%}, {@code mid-0.02}, {@code last+1%}). Required.
     */
    public LimitPrice limitPrice(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.isNumber() || !v.isTextual() || !startsWithLetter(v.asText())) {
            return LimitPrice.fixed(price(key, null));
        }
        used.add(key);
        LimitPrice p;
        try {
            p = LimitPrices.parse(v.asText());
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
        effective.put(key, p.toString());
        return p;
    }

    private static boolean startsWithLetter(String text) {
        String t = text.trim();
        return !t.isEmpty() && Character.isLetter(t.charAt(0));
    }

    /** A whole number, at least {@code min}. */
    public long whole(String key, Long defaultValue, long min) {
        JsonNode v = get(key);
        if (v == null) {
            return required(key, defaultValue);
        }
        long n;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            n = v.asLong();
        } else if (v.isTextual()) {
            try {
                n = Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                throw error(key, "expected a whole number but was '" + v.asText() + "'");
            }
        } else {
            throw error(key, "expected a whole number but was " + v);
        }
        if (n < min) {
            throw error(key, "must be at least " + min + " but was " + n);
        }
        effective.put(key, n);
        return n;
    }

    /** A decimal number, at least {@code min}. */
    public double number(String key, Double defaultValue, double min) {
        JsonNode v = get(key);
        if (v == null) {
            if (defaultValue == null) {
                throw error(key, "is required");
            }
            effective.put(key, defaultValue);
            return defaultValue;
        }
        double d;
        if (v.isNumber()) {
            d = v.asDouble();
        } else if (v.isTextual()) {
            try {
                d = Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                throw error(key, "expected a number but was '" + v.asText() + "'");
            }
        } else {
            throw error(key, "expected a number but was " + v);
        }
        if (!(d >= min) || Double.isInfinite(d)) {
            throw error(key, "must be a finite number of at least " + min + " but was " + v.asText());
        }
        effective.put(key, d);
        return d;
    }

    /** A signed whole number of ticks. */
    public long signedWhole(String key, long defaultValue) {
        return whole(key, defaultValue, Long.MIN_VALUE);
    }

    public boolean bool(String key, boolean defaultValue) {
        JsonNode v = get(key);
        boolean b;
        if (v == null) {
            b = defaultValue;
        } else if (v.isBoolean()) {
            b = v.asBoolean();
        } else if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            b = Boolean.parseBoolean(v.asText());
        } else {
            throw error(key, "expected true or false but was " + v);
        }
        effective.put(key, b);
        return b;
    }

    /** A duration such as {@code 5m}, or a whole number of milliseconds. */
    public long duration(String key, String defaultValue) {
        JsonNode v = get(key);
        String text = v == null ? defaultValue : v.asText();
        if (text == null) {
            throw error(key, "is required");
        }
        if (v != null && !v.isTextual() && !v.isIntegralNumber()) {
            throw error(key, "expected a duration such as 5m but was " + v);
        }
        long ms;
        try {
            ms = v != null && v.isIntegralNumber() ? v.asLong() : Durations.parseMillis(text);
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
        effective.put(key, text);
        return ms;
    }

    /** One of the allowed words. */
    public String choice(String key, String defaultValue, String... allowed) {
        JsonNode v = get(key);
        String text = v == null ? defaultValue : v.isTextual() ? v.asText() : null;
        if (text == null) {
            throw error(key, v == null ? "is required" : "expected one of " + String.join(", ", allowed)
                    + " but was " + v);
        }
        for (String a : allowed) {
            if (a.equals(text)) {
                effective.put(key, text);
                return text;
            }
        }
        throw error(key, "expected one of " + String.join(", ", allowed) + " but was '" + text + "'");
    }

    /** A nested value for callers that read structures (lists, blocks) themselves. */
    public JsonNode raw(String key) {
        return get(key);
    }

    private long required(String key, Long defaultValue) {
        if (defaultValue == null) {
            throw error(key, "is required");
        }
        effective.put(key, defaultValue);
        return defaultValue;
    }

    /** The parameters as read, defaults included, for the report. */
    public Map<String, Object> effective() {
        return effective;
    }

    /** @throws ConfigException for the first key present in the file that no one read, at the key */
    public void finish() {
        Optional<String> unknown = ConfigTree.unknownKey(node, used);
        if (unknown.isPresent()) {
            String k = unknown.get();
            throw new ConfigException(where(k, true), prefix + k, "unknown key (known: " + String.join(", ", used)
                    + ")");
        }
    }
}
