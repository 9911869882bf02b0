package io.gridbench.backtest.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.config.ConfigTree;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One strategy file read once, from which many variants are built by applying {@code key=value} overrides (a
 * parameter sweep builds thousands). Immutable: every {@link #variant} works on its own copy of the parsed file.
 */
public final class StrategyTemplate {
    private final Path file;
    private final String name;
    private final ObjectNode tree;
    private final Map<String, String> origins;
    private final ConfigTree locations;
    private final ClassLoader classes;

    private StrategyTemplate(Path file, String name, ObjectNode tree, Map<String, String> origins,
                             ConfigTree locations, ClassLoader classes) {
        this.file = file;
        this.name = name;
        this.tree = tree;
        this.origins = Map.copyOf(origins);
        this.locations = locations;
        this.classes = classes;
    }

    /**
     * Reads the file and applies the base overrides ({@code key=value} as for {@code --set}).
     *
     * @throws ConfigException naming the file and key when the file or an override is wrong
     */
    public static StrategyTemplate load(Path file, List<String> overrides) {
        return load(file, overrides, StrategyTemplate.class.getClassLoader());
    }

    /** {@link #load(Path, List)} with plug-in strategy classes ({@code type: class}) from {@code classes}. */
    public static StrategyTemplate load(Path file, List<String> overrides, ClassLoader classes) {
        ConfigTree read = StrategyFiles.read(file);
        ObjectNode tree = StrategyFiles.mapping(read);
        String name = StrategyFiles.nameOf(file, tree);
        Map<String, String> origins = new HashMap<>();
        for (String o : overrides) {
            StrategyFiles.applyOverride(o, "--set", List.of(file), List.of(tree), List.of(name), List.of(origins));
        }
        StrategyTemplate t = new StrategyTemplate(file, name, tree, origins, read, classes);
        t.variant(name, List.of());
        return t;
    }

    /** The strategy's name in the file (or the file name). */
    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /**
     * The strategy with these overrides applied on top of the file and the base overrides.
     *
     * @throws ConfigException naming the key when an override names no parameter or has a bad value
     */
    public StrategySpec variant(String variantName, List<String> overrides) {
        ObjectNode copy = tree.deepCopy();
        // The sweep names the variant itself when its values are wrong; only the base --set values are labelled.
        List<Map<String, String>> unlabelled = List.of(new HashMap<>());
        for (String o : overrides) {
            StrategyFiles.applyOverride(o, "--set", List.of(file), List.of(copy), List.of(name), unlabelled);
        }
        return StrategyFiles.build(file.toString(), variantName, copy, origins, locations, classes);
    }
}
