package io.gridbench.exchange.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document read as a tree together with the line and column of every key and value, so that a problem
 * found after parsing (an unknown key, a value of the wrong type) can still be reported where it is in the file.
 * Jackson's tree model drops locations, hence this walk over the parser's tokens. The one reader of gridbench's
 * config files: the exchange config and the backtester's strategy and demand files. A key that appears twice is an
 * error; {@link #unknownKey} is the one rule for keys nobody reads. Immutable once read.
 */
public final class ConfigTree {
    private final String source;
    private final JsonNode root;
    private final Map<String, JsonLocation> keys = new HashMap<>();
    private final Map<String, JsonLocation> values = new HashMap<>();

    private ConfigTree(String source, JsonParser parser, ObjectMapper mapper) throws IOException {
        this.source = source;
        this.root = parser.nextToken() == null ? null : read(parser, mapper, new ArrayList<>());
    }

    /** Reads the whole document; the root is null when the file holds no document. */
    /**
     * @param source how errors name the file, usually its path
     * @throws IOException on YAML that does not parse
     * @throws ExchangeConfigException on a key that appears twice in one mapping, with its line and column
     */
    public static ConfigTree read(byte[] yaml, String source, ObjectMapper mapper) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(yaml)) {
            return new ConfigTree(source, parser, mapper);
        }
    }

    public JsonNode root() {
        return root;
    }

    public String source() {
        return source;
    }

    /**
     * {@code source:line:column} of the key at the end of {@code path} (field names and list indexes), or of its
     * nearest parent that has one.
     */
    public String keyAt(List<?> path) {
        for (int n = path.size(); n > 0; n--) {
            JsonLocation location = keys.get(pointer(path.subList(0, n)));
            if (location != null) {
                return format(location);
            }
        }
        return source;
    }

    /** {@code source:line:column} of the value at {@code path}, or of its key when the value has none. */
    public String valueAt(List<?> path) {
        JsonLocation location = values.get(pointer(path));
        return location == null ? keyAt(path) : format(location);
    }

    /**
     * The first key of the mapping at {@code path} that is not in {@code known}, if any: the caller reports it
     * (at {@link #keyAt} of its path) with its own wording, so a typo never silently falls back to a default.
     */
    public Optional<String> unknownKey(List<?> path, Collection<String> known) {
        return unknownKey(node(path), known);
    }

    /** The first key of {@code mapping} that is not in {@code known}, if any (for mappings built after reading). */
    public static Optional<String> unknownKey(JsonNode mapping, Collection<String> known) {
        for (Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The node at {@code path}, or a missing node. */
    public JsonNode node(List<?> path) {
        JsonNode node = root == null ? MissingNode.getInstance() : root;
        for (Object segment : path) {
            node = segment instanceof Integer i ? node.path(i) : node.path(segment.toString());
        }
        return node;
    }

    private String format(JsonLocation location) {
        return source + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private JsonNode read(JsonParser p, ObjectMapper mapper, List<Object> path) throws IOException {
        values.put(pointer(path), p.currentTokenLocation());
        if (p.currentToken() == JsonToken.START_OBJECT) {
            ObjectNode object = mapper.createObjectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                path.add(name);
                if (object.has(name)) {
                    throw new ExchangeConfigException(format(p.currentTokenLocation()) + ": key '" + name
                            + "' appears twice", null);
                }
                keys.put(pointer(path), p.currentTokenLocation());
                p.nextToken();
                object.set(name, read(p, mapper, path));
                path.remove(path.size() - 1);
            }
            return object;
        }
        if (p.currentToken() == JsonToken.START_ARRAY) {
            ArrayNode array = mapper.createArrayNode();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                path.add(index++);
                keys.put(pointer(path), p.currentTokenLocation());
                array.add(read(p, mapper, path));
                path.remove(path.size() - 1);
            }
            return array;
        }
        return p.currentToken() == JsonToken.VALUE_NULL ? NullNode.getInstance() : mapper.readTree(p);
    }

    private static String pointer(List<?> path) {
        StringBuilder sb = new StringBuilder();
        for (Object segment : path) {
            sb.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
