package io.gridbench.backtest.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gridbench.backtest.strategy.AutoStrategy;
import io.gridbench.backtest.strategy.BufferReplenishStrategy;
import io.gridbench.backtest.strategy.FixedCeilingStrategy;
import io.gridbench.backtest.strategy.SpreadTrackingStrategy;
import io.gridbench.backtest.strategy.Strategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads strategy files (YAML or JSON: {@code type}, optional {@code name}, then the type's parameters) and applies
 * {@code --set} overrides. An override {@code key=value} applies to every strategy that has that parameter;
 * {@code name.key=value} to the named strategy only. Unknown keys, wrong types and unused overrides are errors.
 * Parameters of each type are listed in {@code examples/strategies/*.yaml}.
 */
public final class StrategyFiles {
    public static final List<String> TYPES = List.of("fixed-ceiling", "spread-tracking", "buffer-replenish", "auto");
    /** Parameters of each type, for routing unscoped {@code --set} overrides. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "fixed-ceiling", List.of("max_price", "include_existing_balance", "units_per_window", "window"),
            "spread-tracking", List.of("offset_ticks", "reference", "max_price", "reprice_ticks", "min_balance",
                    "buy_quantity"),
            "buffer-replenish", List.of("min_balance", "buy_quantity", "order_type", "max_price", "check_every",
                    "count_open_orders"),
            "auto", List.of("buy_quantity", "low_balance"));
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private StrategyFiles() {
    }

    /** Reads a YAML or JSON file (JSON is YAML) into an object node; errors name the file. */
    static ObjectNode readTree(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ConfigException(file.toString(), null, "not valid YAML/JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new ConfigException(file.toString(), null, "cannot read: " + e.getMessage());
        }
        if (!(root instanceof ObjectNode)) {
            throw new ConfigException(file.toString(), null, "expected a mapping of keys to values");
        }
        return (ObjectNode) root;
    }

    /**
     * Loads each file and applies the overrides.
     *
     * @param overrides {@code key=value} or {@code name.key=value}
     */
    public static List<StrategySpec> load(List<Path> files, List<String> overrides) {
        List<ObjectNode> trees = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            ObjectNode tree = readTree(f);
            trees.add(tree);
            JsonNode n = tree.get("name");
            String base = f.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
            names.add(n != null && n.isTextual() ? n.asText() : base);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                throw new ConfigException(files.get(i).toString(), "name", "duplicate strategy name '"
                        + names.get(i) + "': give each file a distinct name");
            }
        }
        for (String o : overrides) {
            applyOverride(o, files, trees, names);
        }
        List<StrategySpec> specs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            specs.add(build(files.get(i).toString(), names.get(i), trees.get(i)));
        }
        return specs;
    }

    private static void applyOverride(String o, List<Path> files, List<ObjectNode> trees, List<String> names) {
        int eq = o.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--set", o, "expected key=value or name.key=value");
        }
        String key = o.substring(0, eq);
        String value = o.substring(eq + 1);
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            String name = key.substring(0, dot);
            int i = names.indexOf(name);
            if (i < 0) {
                throw new ConfigException("--set", key, "no strategy named '" + name + "' (have " + names + ")");
            }
            set(trees.get(i), key.substring(dot + 1), value);
            return;
        }
        boolean applied = false;
        for (int i = 0; i < trees.size(); i++) {
            if (accepts(trees.get(i), key)) {
                set(trees.get(i), key, value);
                applied = true;
            }
        }
        if (!applied) {
            throw new ConfigException("--set", key, "no strategy has a parameter '" + key + "'");
        }
    }

    private static void set(ObjectNode tree, String key, String value) {
        tree.set(key, TextNode.valueOf(value));
    }

    private static boolean accepts(ObjectNode tree, String key) {
        List<String> keys = KEYS.get(tree.path("type").asText("").toLowerCase(Locale.ROOT));
        return tree.has(key) || keys != null && keys.contains(key);
    }

    private static StrategySpec build(String file, String name, ObjectNode tree) {
        JsonNode typeNode = tree.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new ConfigException(file, "type", "is required: one of " + String.join(", ", TYPES));
        }
        String type = typeNode.asText().toLowerCase(Locale.ROOT);
        ObjectNode params = tree.deepCopy();
        params.remove("type");
        params.remove("name");
        ParamReader r = new ParamReader(file, "", params);
        Strategy s = create(r, type);
        r.finish();
        return new StrategySpec(name, type, Map.copyOf(r.effective()), s);
    }

    /** The Auto Mode baseline with its default parameters. */
    public static StrategySpec autoBaseline(String name) {
        ParamReader r = new ParamReader("(built-in auto baseline)", "", YAML.createObjectNode());
        return new StrategySpec(name, "auto", Map.copyOf(r.effective()), create(r, "auto"));
    }

    private static Strategy create(ParamReader r, String type) {
        switch (type) {
            case "fixed-ceiling":
                return new FixedCeilingStrategy(r.price("max_price", null),
                        r.bool("include_existing_balance", false), r.whole("units_per_window", 0L, 0),
                        r.duration("window", "4h"));
            case "spread-tracking":
                return new SpreadTrackingStrategy(r.signedWhole("offset_ticks", 0),
                        SpreadTrackingStrategy.Reference.valueOf(r.choice("reference", "bid", "bid", "mid")
                                .toUpperCase(Locale.ROOT)), r.price("max_price", null),
                        r.whole("reprice_ticks", 1L, 1), r.whole("min_balance", 5L, 0),
                        r.whole("buy_quantity", 10L, 1));
            case "buffer-replenish": {
                long min = r.whole("min_balance", 5L, 0);
                long qty = r.whole("buy_quantity", 10L, 1);
                boolean market = "market".equals(r.choice("order_type", "limit", "limit", "market"));
                long price = market && !r.has("max_price") ? 0 : r.price("max_price", null);
                return new BufferReplenishStrategy(min, qty, market, price, r.duration("check_every", "5m"),
                        r.bool("count_open_orders", true));
            }
            case "auto":
                return new AutoStrategy(r.whole("buy_quantity", 1L, 1), r.whole("low_balance", 0L, 0));
            default:
                throw new ConfigException(r.file(), "type", "unknown strategy type '" + type + "': use one of "
                        + String.join(", ", TYPES));
        }
    }
}
