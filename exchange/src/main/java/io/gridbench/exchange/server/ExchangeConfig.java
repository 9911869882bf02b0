package io.gridbench.exchange.server;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated exchange's settings, read from YAML: {@code server}, {@code accounts} and {@code instruments}.
 * Keys inside those sections are checked strictly (a typo is an error with its line and column); any other top-level
 * section is kept as a tree and read by its owner with {@link #section(String, Class)}, so new features (such as the
 * Consumption API's latency profiles) add their section without touching this class. Immutable once loaded.
 */
public final class ExchangeConfig {
    /** Classpath location of the built-in defaults. */
    public static final String DEFAULT_RESOURCE = "/gridbench-exchange.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final ServerSettings server;
    private final AccountSettings accounts;
    private final List<InstrumentSettings> instruments;
    private final Map<String, JsonNode> sections = new LinkedHashMap<>();

    @JsonCreator
    ExchangeConfig(@JsonProperty("server") ServerSettings server,
                   @JsonProperty("accounts") AccountSettings accounts,
                   @JsonProperty("instruments") List<InstrumentSettings> instruments) {
        this.server = server == null ? ServerSettings.defaults() : server;
        this.accounts = accounts == null ? AccountSettings.defaults() : accounts;
        if (instruments == null || instruments.isEmpty()) {
            throw new IllegalArgumentException("instruments: at least one instrument is required");
        }
        this.instruments = List.copyOf(instruments);
        requireUnique();
    }

    @JsonAnySetter
    void otherSection(String name, JsonNode value) {
        sections.put(name, value);
    }

    /** The built-in defaults ({@value #DEFAULT_RESOURCE}). */
    public static ExchangeConfig defaults() {
        try (InputStream in = ExchangeConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a config file; errors name the file, line and column. */
    public static ExchangeConfig load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e, e);
        }
        return parse(bytes, file.toString());
    }

    static ExchangeConfig parse(byte[] yaml, String source) {
        try {
            ExchangeConfig config = YAML.readValue(yaml, ExchangeConfig.class);
            if (config == null) {
                throw new ConfigException(source + ": the file is empty", null);
            }
            return config;
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + where(e.getLocation()) + ": " + reason(e), e);
        } catch (IOException e) {
            throw new ConfigException(source + ": " + e.getMessage(), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        return e.getOriginalMessage();
    }

    private void requireUnique() {
        Set<String> seen = new HashSet<>();
        for (InstrumentSettings i : instruments) {
            for (String key : List.of(i.name(), i.instrumentId(), i.marketId())) {
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("instruments: '" + key + "' appears more than once");
                }
            }
        }
    }

    public ServerSettings server() {
        return server;
    }

    public AccountSettings accounts() {
        return accounts;
    }

    public List<InstrumentSettings> instruments() {
        return instruments;
    }

    /** The instrument with this name ({@code chat-fast}); throws if the config has none. */
    public InstrumentSettings instrument(String name) {
        for (InstrumentSettings i : instruments) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no instrument named '" + name + "' in the exchange config");
    }

    /**
     * Reads an extra top-level section into {@code type} with the same snake_case naming, or empty when absent.
     *
     * @throws ConfigException when the section does not fit {@code type}
     */
    public <T> Optional<T> section(String name, Class<T> type) {
        JsonNode node = sections.get(name);
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(YAML.treeToValue(node, type));
        } catch (JsonProcessingException e) {
            throw new ConfigException("config section '" + name + "': " + reason(e), e);
        }
    }

    /** Names of the extra top-level sections, in file order. */
    public Set<String> sectionNames() {
        return java.util.Collections.unmodifiableSet(sections.keySet());
    }
}
