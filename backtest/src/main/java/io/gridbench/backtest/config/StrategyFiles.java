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
import io.gridbench.backtest.strategy.LimitPrice;
import io.gridbench.backtest.strategy.SpreadTrackingStrategy;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.exchange.config.ConfigTree;
import io.gridbench.exchange.config.ExchangeConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads strategy files (YAML or JSON: {@code type}, optional {@code name}, then the type's parameters) and applies
 * {@code --set} overrides. An override {@code key=value} applies to every strategy that has that parameter;
 * {@code name.key=value} to the named strategy only. Unknown keys, wrong types and unused overrides are errors.
 * Parameters of each type are listed in {@code examples/strategies/*.yaml}; {@code max_price} may be relative to the
 * market ({@code vwap-1%}, see {@link LimitPrices}).
 *
 * <p>A plug-in strategy is {@code type: class} with {@code class: com.acme.MyStrategy}: a public class implementing
 * {@link Strategy} with a public constructor taking {@link StrategyParameters} (or none, when it has no parameters),
 * found through the class loader given to {@link #load(List, List, ClassLoader)} (the CLI's {@code --classpath}).
 * The file's other keys are its parameters, checked as strictly as a built-in type's: a key the constructor did not
 * read is an error.
 */
public final class StrategyFiles {
    /** The built-in types; besides them, {@code class} names a plug-in. */
    public static final List<String> TYPES = List.of("fixed-ceiling", "spread-tracking", "buffer-replenish", "auto");
    /** The type of a plug-in: {@code class: com.acme.MyStrategy} names it, the other keys are its parameters. */
    static final String PLUG_IN = "class";
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

    /**
     * Reads a YAML or JSON file (JSON is YAML) with the exchange config's reader, which keeps every key's line and
     * column; errors name the file (and the line and column where known).
     */
    static ConfigTree read(Path file) {
        ConfigTree tree;
        try {
            tree = ConfigTree.read(Files.readAllBytes(file), file.toString(), YAML);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ConfigException(file + at, null, "not valid YAML/JSON: " + e.getOriginalMessage());
        } catch (ExchangeConfigException e) {
            throw new ConfigException(e.getMessage(), null, "give each key once");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), null, "cannot read: " + e.getMessage());
        }
        if (!(tree.root() instanceof ObjectNode)) {
            throw new ConfigException(file.toString(), null, "expected a mapping of keys to values");
        }
        return tree;
    }

    /** The file's top-level mapping (checked by {@link #read}). */
    static ObjectNode mapping(ConfigTree tree) {
        return (ObjectNode) tree.root();
    }

    /**
     * Loads each file and applies the overrides.
     *
     * @param overrides {@code key=value} or {@code name.key=value}
     */
    public static List<StrategySpec> load(List<Path> files, List<String> overrides) {
        return load(files, overrides, StrategyFiles.class.getClassLoader());
    }

    /**
     * Loads each file and applies the overrides; plug-in classes ({@code type: class}) come from {@code classes}.
     *
     * @param overrides {@code key=value} or {@code name.key=value}
     */
    public static List<StrategySpec> load(List<Path> files, List<String> overrides, ClassLoader classes) {
        List<ObjectNode> trees = new ArrayList<>();
        List<ConfigTree> located = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            ConfigTree read = read(f);
            ObjectNode tree = mapping(read);
            located.add(read);
            trees.add(tree);
            names.add(nameOf(f, tree));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                throw new ConfigException(files.get(i).toString(), "name", "duplicate strategy name '"
                        + names.get(i) + "': give each file a distinct name");
            }
        }
        List<Map<String, String>> origins = new ArrayList<>();
        for (int i = 0; i < trees.size(); i++) {
            origins.add(new HashMap<>());
        }
        for (String o : overrides) {
            applyOverride(o, "--set", files, trees, names, origins);
        }
        List<StrategySpec> specs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            specs.add(build(files.get(i).toString(), names.get(i), trees.get(i), origins.get(i), located.get(i),
                    classes));
        }
        return specs;
    }

    /** The strategy's {@code name}, or its file name without the extension. */
    static String nameOf(Path file, ObjectNode tree) {
        JsonNode n = tree.get("name");
        String base = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        return n != null && n.isTextual() ? n.asText() : base;
    }

    /**
     * Sets {@code o}'s value in the trees it applies to and records, per tree, that the key's value comes from
     * {@code option o} (e.g. {@code --set max_price=abc}) so a bad value is reported against the option, not the file.
     */
    static void applyOverride(String o, String option, List<Path> files, List<ObjectNode> trees, List<String> names,
                              List<Map<String, String>> origins) {
        int eq = o.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException(option, o, "expected key=value or name.key=value");
        }
        String key = o.substring(0, eq);
        String value = o.substring(eq + 1);
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            String name = key.substring(0, dot);
            int i = names.indexOf(name);
            if (i < 0) {
                throw new ConfigException(option, key, "no strategy named '" + name + "' (have " + names + ")");
            }
            set(trees.get(i), key.substring(dot + 1), value);
            origins.get(i).put(key.substring(dot + 1), option + " " + o);
            return;
        }
        boolean applied = false;
        for (int i = 0; i < trees.size(); i++) {
            if (accepts(trees.get(i), key)) {
                set(trees.get(i), key, value);
                origins.get(i).put(key, option + " " + o);
                applied = true;
            }
        }
        if (!applied) {
            throw new ConfigException(option, key, "no strategy has a parameter '" + key + "'");
        }
    }

    private static void set(ObjectNode tree, String key, String value) {
        tree.set(key, TextNode.valueOf(value));
    }

    private static boolean accepts(ObjectNode tree, String key) {
        List<String> keys = KEYS.get(tree.path("type").asText("").toLowerCase(Locale.ROOT));
        return tree.has(key) || keys != null && keys.contains(key);
    }

    /**
     * @param origins   where overridden keys got their value (e.g. {@code --set max_price=abc}), named in errors
     * @param locations the file as read, for the line and column of a key or value in errors
     */
    static StrategySpec build(String file, String name, ObjectNode tree, Map<String, String> origins,
                              ConfigTree locations, ClassLoader classes) {
        JsonNode typeNode = tree.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new ConfigException(typeNode == null ? file : locations.valueAt(List.of("type")), "type",
                    "is required: one of " + String.join(", ", TYPES) + ", or class (a plug-in)");
        }
        String type = typeNode.asText().toLowerCase(Locale.ROOT);
        ObjectNode params = tree.deepCopy();
        params.remove("type");
        params.remove("name");
        Map<String, String> labels = Map.copyOf(origins);
        if (PLUG_IN.equals(type)) {
            return plugIn(file, name, params, labels, locations, classes);
        }
        ParamReader r = new ParamReader(file, "", params, labels, locations);
        create(r, type);
        r.finish();
        // The tree was validated above and is never written again, so building from it again cannot fail and
        // concurrent reads are safe.
        return new StrategySpec(name, type, Map.copyOf(r.effective()),
                () -> create(new ParamReader(file, "", params, labels, locations), type));
    }

    /** A {@code type: class} strategy: its class checked and constructed once here, so a bad file fails early. */
    private static StrategySpec plugIn(String file, String name, ObjectNode params, Map<String, String> labels,
                                       ConfigTree locations, ClassLoader classes) {
        ParamReader r = new ParamReader(file, "", params, labels, locations);
        PlugInStrategies plugIn = PlugInStrategies.find(r, PLUG_IN, classes);
        params.remove(PLUG_IN);
        plugIn.create(r);
        r.finish();
        Map<String, Object> effective = new java.util.LinkedHashMap<>();
        effective.put(PLUG_IN, plugIn.className());
        effective.putAll(r.effective());
        return new StrategySpec(name, plugIn.className(), Map.copyOf(effective),
                () -> plugIn.create(new ParamReader(file, "", params, labels, locations)));
    }

    /** The Auto Mode baseline with its default parameters. */
    public static StrategySpec autoBaseline(String name) {
        ParamReader r = new ParamReader("(built-in auto baseline)", "", YAML.createObjectNode());
        create(r, "auto");
        return new StrategySpec(name, "auto", Map.copyOf(r.effective()),
                () -> create(new ParamReader("(built-in auto baseline)", "", YAML.createObjectNode()), "auto"));
    }

    private static Strategy create(ParamReader r, String type) {
        switch (type) {
            case "fixed-ceiling":
                return new FixedCeilingStrategy(r.limitPrice("max_price"),
                        r.bool("include_existing_balance", true), r.whole("units_per_window", 0L, 0),
                        r.duration("window", "4h"));
            case "spread-tracking":
                return new SpreadTrackingStrategy(r.signedWhole("offset_ticks", 0),
                        SpreadTrackingStrategy.Peg.valueOf(r.choice("reference", "bid", "bid", "mid")
                                .toUpperCase(Locale.ROOT)), r.limitPrice("max_price"),
                        r.whole("reprice_ticks", 1L, 1), r.whole("min_balance", 5L, 0),
                        r.whole("buy_quantity", 10L, 1));
            case "buffer-replenish": {
                long min = r.whole("min_balance", 5L, 0);
                long qty = r.whole("buy_quantity", 10L, 1);
                boolean market = "market".equals(r.choice("order_type", "limit", "limit", "market"));
                LimitPrice price = market && !r.has("max_price") ? null : r.limitPrice("max_price");
                return new BufferReplenishStrategy(min, qty, market, price, r.duration("check_every", "5m"),
                        r.bool("count_open_orders", true));
            }
            case "auto":
                return new AutoStrategy(r.whole("buy_quantity", 1L, 1), r.whole("low_balance", 0L, 0));
            default:
                throw r.error("type", "unknown strategy type '" + type + "': use one of "
                        + String.join(", ", TYPES) + ", or class (a plug-in class named by class:)");
        }
    }
}
