package io.gridbench.exchange.inference;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.SettingException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the simulated Consumption API, loadable from the {@code inference:} node of the exchange YAML
 * (or any JSON tree). Every key is optional; absent keys keep the defaults of {@link #defaults()}:
 *
 * <pre>
 * inference:
 *   fast: false                 # true: no artificial latency at all (load tests measuring the server itself)
 *   default_max_tokens: 256     # completion budget when a request names none (OpenAI surface)
 *   auto_buy_units: 1           # units an Auto Mode account market-buys when its balance is short
 *   chunk_interval_ms: 50       # streamed chunks carry about this much generation time each (>= 1 token)
 *   rate_limit:
 *     requests_per_second: 0    # per consumption key; 0 disables the limiter
 *     burst: 1                  # requests allowed back to back before the rate applies
 *   supplier_redirect: false    # answer inference calls with 307 to /supplier/... (see SupplierTickets)
 *   supplier_ticket_ttl_ms: 30000
 *   max_body_bytes: 4194304
 *   default_profile: {ttft_ms: 800, tokens_per_second: 80, jitter: 0.1}   # for instruments not listed below
 *   # each profile may also set max_tokens: the largest completion budget a request may ask for (default 16384)
 *   profiles:
 *     text-standard: {ttft_ms: 1200, tokens_per_second: 110, jitter: 0.1}
 *     text-prime:    {ttft_ms: 4620, tokens_per_second: 40,  jitter: 0.1}
 * </pre>
 *
 * Profiles given in the file are merged over the built-in ones, so naming one instrument does not drop the others.
 * Any other key, at any level, is an error.
 */
public record InferenceSettings(boolean fast, int defaultMaxTokens, long autoBuyUnits, long chunkIntervalMillis,
                                double rateLimitPerSecond, int rateLimitBurst, boolean supplierRedirect,
                                long supplierTicketTtlMillis, int maxBodyBytes, LatencyProfile defaultProfile,
                                Map<String, LatencyProfile> profiles) {
    private static final String SECTION = "inference";
    private static final List<String> KEYS = List.of("fast", "default_max_tokens", "auto_buy_units",
            "chunk_interval_ms", "rate_limit", "supplier_redirect", "supplier_ticket_ttl_ms", "max_body_bytes",
            "default_profile", "profiles");
    private static final List<String> RATE_LIMIT_KEYS = List.of("requests_per_second", "burst");
    private static final List<String> PROFILE_KEYS = List.of("ttft_ms", "tokens_per_second", "jitter", "max_tokens");

    public InferenceSettings {
        require(defaultMaxTokens >= 1, "default_max_tokens must be >= 1");
        require(autoBuyUnits >= 1, "auto_buy_units must be >= 1");
        require(chunkIntervalMillis >= 1, "chunk_interval_ms must be >= 1");
        require(rateLimitPerSecond >= 0, "rate_limit.requests_per_second must be >= 0");
        require(rateLimitBurst >= 1, "rate_limit.burst must be >= 1");
        require(supplierTicketTtlMillis >= 1, "supplier_ticket_ttl_ms must be >= 1");
        require(maxBodyBytes >= 1024, "max_body_bytes must be >= 1024");
        profiles = Map.copyOf(profiles);
    }

    /**
     * The built-in defaults: the published latency of each Grid instrument (text-standard answers within 1.32 s at
     * over 100 tokens/s; text-prime 4.62 s and 40 tokens/s; text-max 3.50 s and 30 tokens/s), no rate limit, no
     * redirect, real pacing.
     */
    public static InferenceSettings defaults() {
        Map<String, LatencyProfile> profiles = new LinkedHashMap<>();
        profiles.put("text-standard", new LatencyProfile(1_200, 110, 0.1));
        profiles.put("text-prime", new LatencyProfile(4_620, 40, 0.1));
        profiles.put("text-max", new LatencyProfile(3_500, 30, 0.1));
        profiles.put("code-max", new LatencyProfile(2_500, 45, 0.1));
        profiles.put("chat-fast", new LatencyProfile(300, 150, 0.1));
        return new InferenceSettings(false, 256, 1, 50, 0, 1, false, 30_000, 4 * 1024 * 1024,
                new LatencyProfile(800, 80, 0.1), profiles);
    }

    /** The latency profile of an instrument by name, or the default profile for instruments not configured. */
    public LatencyProfile profileFor(String instrumentName) {
        return profiles.getOrDefault(instrumentName, defaultProfile);
    }

    public InferenceSettings withFast(boolean enabled) {
        return new InferenceSettings(enabled, defaultMaxTokens, autoBuyUnits, chunkIntervalMillis, rateLimitPerSecond,
                rateLimitBurst, supplierRedirect, supplierTicketTtlMillis, maxBodyBytes, defaultProfile, profiles);
    }

    public InferenceSettings withSupplierRedirect(boolean enabled) {
        return new InferenceSettings(fast, defaultMaxTokens, autoBuyUnits, chunkIntervalMillis, rateLimitPerSecond,
                rateLimitBurst, enabled, supplierTicketTtlMillis, maxBodyBytes, defaultProfile, profiles);
    }

    public InferenceSettings withRateLimit(double requestsPerSecond, int burst) {
        return new InferenceSettings(fast, defaultMaxTokens, autoBuyUnits, chunkIntervalMillis, requestsPerSecond,
                burst, supplierRedirect, supplierTicketTtlMillis, maxBodyBytes, defaultProfile, profiles);
    }

    public InferenceSettings withProfile(String instrumentName, LatencyProfile profile) {
        Map<String, LatencyProfile> merged = new LinkedHashMap<>(profiles);
        merged.put(instrumentName, profile);
        return new InferenceSettings(fast, defaultMaxTokens, autoBuyUnits, chunkIntervalMillis, rateLimitPerSecond,
                rateLimitBurst, supplierRedirect, supplierTicketTtlMillis, maxBodyBytes, defaultProfile, merged);
    }

    public InferenceSettings withAutoBuyUnits(long units) {
        return new InferenceSettings(fast, defaultMaxTokens, units, chunkIntervalMillis, rateLimitPerSecond,
                rateLimitBurst, supplierRedirect, supplierTicketTtlMillis, maxBodyBytes, defaultProfile, profiles);
    }

    /**
     * Reads settings from a JSON/YAML tree (the {@code inference} node), starting from {@link #defaults()}. A missing
     * or null node gives the defaults. Every key is checked, in nested mappings too.
     *
     * @throws SettingException naming the offending key (e.g. {@code inference.profiles.text-max.jitter})
     */
    public static InferenceSettings fromJson(JsonNode node) {
        InferenceSettings d = defaults();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return d;
        }
        List<String> root = List.of(SECTION);
        requireMapping(node, root, KEYS);
        JsonNode rate = node.path("rate_limit");
        if (!rate.isMissingNode() && !rate.isNull()) {
            requireMapping(rate, path(root, "rate_limit"), RATE_LIMIT_KEYS);
        }
        Map<String, LatencyProfile> profiles = new LinkedHashMap<>(d.profiles);
        JsonNode profileNodes = node.path("profiles");
        if (!profileNodes.isMissingNode() && !profileNodes.isNull()) {
            requireMapping(profileNodes, path(root, "profiles"), null);
            Iterator<Map.Entry<String, JsonNode>> it = profileNodes.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                profiles.put(e.getKey(), profile(e.getValue(), path(root, "profiles", e.getKey()),
                        d.profiles.getOrDefault(e.getKey(), d.defaultProfile)));
            }
        }
        try {
            return new InferenceSettings(
                    bool(node, root, "fast", d.fast),
                    (int) whole(node, root, "default_max_tokens", d.defaultMaxTokens, Integer.MAX_VALUE),
                    whole(node, root, "auto_buy_units", d.autoBuyUnits, Long.MAX_VALUE),
                    whole(node, root, "chunk_interval_ms", d.chunkIntervalMillis, Long.MAX_VALUE),
                    number(rate, path(root, "rate_limit"), "requests_per_second", d.rateLimitPerSecond),
                    (int) whole(rate, path(root, "rate_limit"), "burst", d.rateLimitBurst, Integer.MAX_VALUE),
                    bool(node, root, "supplier_redirect", d.supplierRedirect),
                    whole(node, root, "supplier_ticket_ttl_ms", d.supplierTicketTtlMillis, Long.MAX_VALUE),
                    (int) whole(node, root, "max_body_bytes", d.maxBodyBytes, Integer.MAX_VALUE),
                    profile(node.path("default_profile"), path(root, "default_profile"), d.defaultProfile),
                    profiles);
        } catch (SettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // The constructor's messages start with the key they are about (rate_limit.burst must be >= 1).
            String key = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            List<String> at = new ArrayList<>(root);
            at.addAll(List.of(key.split("\\.")));
            throw SettingException.badValue(at, SECTION + "." + e.getMessage());
        }
    }

    /** The {@code inference} section of an exchange config, or the defaults when it has none. */
    public static InferenceSettings from(ExchangeConfig config) {
        return config.section(SECTION, InferenceSettings::fromJson).orElse(defaults());
    }

    private static LatencyProfile profile(JsonNode node, List<String> path, LatencyProfile base) {
        if (node.isMissingNode() || node.isNull()) {
            return base;
        }
        requireMapping(node, path, PROFILE_KEYS);
        long ttft = whole(node, path, "ttft_ms", base.ttftMillis(), Long.MAX_VALUE);
        double rate = number(node, path, "tokens_per_second", base.tokensPerSecond());
        double jitter = number(node, path, "jitter", base.jitter());
        int maxTokens = (int) whole(node, path, "max_tokens", base.maxTokens(), Integer.MAX_VALUE);
        try {
            return new LatencyProfile(ttft, rate, jitter, maxTokens);
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            throw SettingException.badValue(path(path, key), dotted(path) + "." + e.getMessage());
        }
    }

    /** Fails unless {@code node} is a mapping whose keys are all in {@code known} (null: any key). */
    private static void requireMapping(JsonNode node, List<String> path, List<String> known) {
        if (!node.isObject()) {
            throw SettingException.badValue(path, dotted(path) + " must be a mapping"
                    + (known == null ? "" : " with keys " + String.join(", ", known)) + ", was " + shown(node));
        }
        if (known == null) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw SettingException.unknownKey(path(path, name), known);
            }
        }
    }

    private static double number(JsonNode node, List<String> path, String key, double fallback) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw SettingException.badValue(path(path, key), dotted(path(path, key)) + " must be a number, was "
                    + shown(value));
        }
        return value.asDouble();
    }

    private static long whole(JsonNode node, List<String> path, String key, long fallback, long max) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber()) {
            throw SettingException.badValue(path(path, key), dotted(path(path, key)) + " must be a whole number, was "
                    + shown(value));
        }
        if (!value.canConvertToLong() || value.asLong() > max) {
            throw SettingException.badValue(path(path, key), dotted(path(path, key)) + " must be at most " + max
                    + ", was " + shown(value));
        }
        return value.asLong();
    }

    private static boolean bool(JsonNode node, List<String> path, String key, boolean fallback) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw SettingException.badValue(path(path, key), dotted(path(path, key)) + " must be true or false, was "
                    + shown(value));
        }
        return value.asBoolean();
    }

    private static String shown(JsonNode value) {
        return value.isObject() ? "a mapping" : value.isArray() ? "a list" : "'" + value.asText() + "'";
    }

    private static List<String> path(List<String> parent, String... keys) {
        List<String> path = new ArrayList<>(parent);
        path.addAll(List.of(keys));
        return path;
    }

    private static String dotted(List<String> path) {
        return String.join(".", path);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
