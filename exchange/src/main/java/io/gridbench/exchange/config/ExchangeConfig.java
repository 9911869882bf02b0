package io.gridbench.exchange.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The simulated exchange's settings, read from YAML: {@code server}, {@code accounts}, {@code retention},
 * {@code instruments} and the
 * Consumption API's {@code inference}, which its owner reads with {@link #section(String, Function)}. Every key is
 * checked: an unknown top-level section, an unknown key in any section or nested mapping, or a value of the wrong
 * kind is an error naming the file, line and column of that key or value. Immutable once loaded.
 */
public final class ExchangeConfig {
    /** Classpath location of the built-in defaults. */
    public static final String DEFAULT_RESOURCE = "/gridbench-exchange.yaml";

    /** The top-level sections a config file may have. */
    public static final List<String> SECTIONS = List.of("server", "accounts", "retention", "instruments",
            "inference");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private final ConfigTree tree;
    private final ServerSettings server;
    private final AccountSettings accounts;
    private final RetentionSettings retention;
    private final List<InstrumentSettings> instruments;

    private ExchangeConfig(ConfigTree tree) {
        this.tree = tree;
        JsonNode root = tree.root();
        if (root == null || root.isNull()) {
            throw new ExchangeConfigException(tree.source() + ": the file is empty", null);
        }
        if (!root.isObject()) {
            throw new ExchangeConfigException(tree.valueAt(List.of()) + ": the file must be a mapping of sections ("
                    + String.join(", ", SECTIONS) + ")", null);
        }
        tree.unknownKey(List.of(), SECTIONS).ifPresent(name -> {
            throw new ExchangeConfigException(tree.keyAt(List.of(name)) + ": unknown section '" + name + "' (known: "
                    + String.join(", ", SECTIONS) + ")", null);
        });
        this.server = bind("server", YAML.constructType(ServerSettings.class), ServerSettings.defaults());
        this.accounts = bind("accounts", YAML.constructType(AccountSettings.class), AccountSettings.defaults());
        this.retention = bind("retention", YAML.constructType(RetentionSettings.class), RetentionSettings.defaults());
        List<InstrumentSettings> list = bind("instruments",
                YAML.getTypeFactory().constructType(new TypeReference<List<InstrumentSettings>>() { }), null);
        if (list == null || list.isEmpty()) {
            throw new ExchangeConfigException(tree.keyAt(List.of("instruments")) + ": instruments: at least one instrument"
                    + " is required", null);
        }
        this.instruments = List.copyOf(list);
        requireUnique();
    }

    /** The built-in defaults ({@value #DEFAULT_RESOURCE}). */
    public static ExchangeConfig defaults() {
        try (InputStream in = ExchangeConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new ExchangeConfigException("cannot read " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a config file; errors name the file, line and column. */
    public static ExchangeConfig load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExchangeConfigException("cannot read config file " + file + ": " + e, e);
        }
        return parse(bytes, file.toString());
    }

    static ExchangeConfig parse(byte[] yaml, String source) {
        ConfigTree tree;
        try {
            tree = ConfigTree.read(yaml, source, YAML);
        } catch (JsonProcessingException e) {
            throw new ExchangeConfigException(source + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ExchangeConfigException(source + ": " + e.getMessage(), e);
        }
        return new ExchangeConfig(tree);
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private <T> T bind(String section, JavaType type, T absent) {
        JsonNode node = tree.root().path(section);
        if (node.isMissingNode() || node.isNull()) {
            return absent;
        }
        try {
            return YAML.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw located(section, e);
        } catch (IllegalArgumentException e) {
            throw new ExchangeConfigException(tree.keyAt(List.of(section)) + ": " + e.getMessage(), e);
        }
    }

    /** Turns a Jackson binding error into one that names the key, its position and what was expected. */
    private ExchangeConfigException located(String section, JsonProcessingException e) {
        List<Object> path = new ArrayList<>();
        path.add(section);
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                path.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            if (!u.getPropertyName().equals(path.get(path.size() - 1))) {
                path.add(u.getPropertyName());
            }
            return new ExchangeConfigException(tree.keyAt(path) + ": unknown key '" + u.getPropertyName() + "' in section '"
                    + label(path.subList(0, path.size() - 1)) + "' (known: "
                    + String.join(", ", knownKeys(u.getReferringClass(), u.getKnownPropertyIds())) + ")", e);
        }
        if (e instanceof ValueInstantiationException v && e.getCause() != null) {
            String message = e.getCause().getMessage();
            return new ExchangeConfigException(tree.valueAt(keyNamedIn(message, v.getType().getRawClass(), path)) + ": "
                    + message, e);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            JsonNode value = tree.node(path);
            String shown = value.isObject() ? "a mapping" : value.isArray() ? "a list" : "'" + value.asText() + "'";
            return new ExchangeConfigException(tree.valueAt(path) + ": '" + label(path.subList(path.size() - 1, path.size()))
                    + "' must be " + expected(m.getTargetType()) + ", was " + shown, e);
        }
        return new ExchangeConfigException(tree.valueAt(path) + ": " + e.getOriginalMessage(), e);
    }

    /**
     * The path of the key a settings record's refusal names ({@code server.event_loops must be ...}), when that key
     * is in the file; otherwise the record's own path.
     */
    private List<Object> keyNamedIn(String message, Class<?> type, List<Object> path) {
        for (String key : knownKeys(type, List.of())) {
            List<Object> keyPath = new ArrayList<>(path);
            keyPath.add(key);
            if (Pattern.compile("(^|[ .'])" + Pattern.quote(key) + "\\b").matcher(message).find()
                    && !tree.node(keyPath).isMissingNode()) {
                return keyPath;
            }
        }
        return path;
    }

    private static String label(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(segment);
            }
        }
        return sb.toString();
    }

    /** The keys of a settings record in declaration order (Jackson's own list has no stable order). */
    private static Collection<String> knownKeys(Class<?> type, Collection<Object> jacksonKnown) {
        if (type == null || !type.isRecord()) {
            List<String> names = new ArrayList<>();
            jacksonKnown.forEach(k -> names.add(k.toString()));
            return names;
        }
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(SNAKE_CASE.translate(c.getName()));
        }
        return names;
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class
                || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a mapping";
    }

    private void requireUnique() {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < instruments.size(); n++) {
            InstrumentSettings i = instruments.get(n);
            for (String key : List.of(i.name(), i.instrumentId(), i.marketId())) {
                if (!seen.add(key)) {
                    throw new ExchangeConfigException(tree.keyAt(List.of("instruments", n)) + ": instruments: '" + key
                            + "' appears more than once", null);
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

    public RetentionSettings retention() {
        return retention;
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
     * Reads a top-level section with its owner's reader, or empty when the file has none. The reader gets the
     * section's tree; a {@link SettingException} it throws is reported at the line and column of the key or value.
     *
     * @throws ExchangeConfigException      when the reader refuses the section
     * @throws IllegalArgumentException when {@code name} is not one of {@link #SECTIONS}
     */
    public <T> Optional<T> section(String name, Function<JsonNode, T> reader) {
        if (!SECTIONS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a config section (known: "
                    + String.join(", ", SECTIONS) + ")");
        }
        JsonNode node = tree.root().path(name);
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reader.apply(node));
        } catch (SettingException e) {
            String where = e.unknownKey() ? tree.keyAt(e.path()) : tree.valueAt(e.path());
            throw new ExchangeConfigException(where + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ExchangeConfigException(tree.keyAt(List.of(name)) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a top-level section into {@code type} with the same snake_case naming and strict key checks, or empty
     * when absent.
     *
     * @throws ExchangeConfigException when the section does not fit {@code type}
     */
    public <T> Optional<T> section(String name, Class<T> type) {
        if (!SECTIONS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a config section (known: "
                    + String.join(", ", SECTIONS) + ")");
        }
        return Optional.ofNullable(bind(name, YAML.constructType(type), null));
    }

    /** Names of the sections present in the file, in file order. */
    public Set<String> sectionNames() {
        Set<String> names = new LinkedHashSet<>();
        tree.root().fieldNames().forEachRemaining(names::add);
        return Collections.unmodifiableSet(names);
    }
}
