package io.gridbench.exchange.inference;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.server.ExchangeConfig;

import java.util.Iterator;
import java.util.LinkedHashMap;
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
 *   profiles:
 *     text-standard: {ttft_ms: 1200, tokens_per_second: 110, jitter: 0.1}
 *     text-prime:    {ttft_ms: 4620, tokens_per_second: 40,  jitter: 0.1}
 * </pre>
 *
 * Profiles given in the file are merged over the built-in ones, so naming one instrument does not drop the others.
 */
public record InferenceSettings(boolean fast, int defaultMaxTokens, long autoBuyUnits, long chunkIntervalMillis,
                                double rateLimitPerSecond, int rateLimitBurst, boolean supplierRedirect,
                                long supplierTicketTtlMillis, int maxBodyBytes, LatencyProfile defaultProfile,
                                Map<String, LatencyProfile> profiles) {

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
     * or null node gives the defaults.
     *
     * @throws IllegalArgumentException naming the offending key (e.g. {@code inference.profiles.text-max.jitter})
     */
    public static InferenceSettings fromJson(JsonNode node) {
        InferenceSettings d = defaults();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return d;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("inference must be a mapping");
        }
        JsonNode rate = node.path("rate_limit");
        Map<String, LatencyProfile> profiles = new LinkedHashMap<>(d.profiles);
        JsonNode profileNodes = node.path("profiles");
        if (!profileNodes.isMissingNode() && !profileNodes.isNull()) {
            if (!profileNodes.isObject()) {
                throw new IllegalArgumentException("inference.profiles must be a mapping of instrument name to profile");
            }
            Iterator<Map.Entry<String, JsonNode>> it = profileNodes.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                profiles.put(e.getKey(), profile(e.getValue(), "inference.profiles." + e.getKey(),
                        d.profiles.getOrDefault(e.getKey(), d.defaultProfile)));
            }
        }
        try {
            return new InferenceSettings(
                    bool(node, "fast", d.fast),
                    (int) number(node, "default_max_tokens", d.defaultMaxTokens),
                    (long) number(node, "auto_buy_units", d.autoBuyUnits),
                    (long) number(node, "chunk_interval_ms", d.chunkIntervalMillis),
                    number(rate, "rate_limit.", "requests_per_second", d.rateLimitPerSecond),
                    (int) number(rate, "rate_limit.", "burst", d.rateLimitBurst),
                    bool(node, "supplier_redirect", d.supplierRedirect),
                    (long) number(node, "supplier_ticket_ttl_ms", d.supplierTicketTtlMillis),
                    (int) number(node, "max_body_bytes", d.maxBodyBytes),
                    profile(node.path("default_profile"), "inference.default_profile", d.defaultProfile),
                    profiles);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("inference") ? e : new IllegalArgumentException("inference." + e.getMessage());
        }
    }

    /** The {@code inference} section of an exchange config, or the defaults when it has none. */
    public static InferenceSettings from(ExchangeConfig config) {
        return fromJson(config.section("inference", JsonNode.class).orElse(null));
    }

    private static LatencyProfile profile(JsonNode node, String path, LatencyProfile base) {
        if (node.isMissingNode() || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + " must be a mapping with ttft_ms, tokens_per_second, jitter");
        }
        try {
            return new LatencyProfile((long) number(node, "ttft_ms", base.ttftMillis()),
                    number(node, "tokens_per_second", base.tokensPerSecond()),
                    number(node, "jitter", base.jitter()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + e.getMessage());
        }
    }

    private static double number(JsonNode node, String key, double fallback) {
        return number(node, "", key, fallback);
    }

    private static double number(JsonNode node, String prefix, String key, double fallback) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(prefix + key + " must be a number, was " + value);
        }
        return value.asDouble();
    }

    private static boolean bool(JsonNode node, String key, boolean fallback) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(key + " must be true or false, was " + value);
        }
        return value.asBoolean();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
