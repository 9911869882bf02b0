package io.gridbench.backtest.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

/**
 * One strategy file read once, from which many variants are built by applying {@code key=value} overrides (a
 * parameter sweep builds thousands). Immutable: every {@link #variant} works on its own copy of the parsed file.
 */
public final class StrategyTemplate {
    private final Path file;
    private final String name;
    private final ObjectNode tree;

    private StrategyTemplate(Path file, String name, ObjectNode tree) {
        this.file = file;
        this.name = name;
        this.tree = tree;
    }

    /**
     * Reads the file and applies the base overrides ({@code key=value} as for {@code --set}).
     *
     * @throws ConfigException naming the file and key when the file or an override is wrong
     */
    public static StrategyTemplate load(Path file, List<String> overrides) {
        ObjectNode tree = StrategyFiles.readTree(file);
        String name = StrategyFiles.nameOf(file, tree);
        for (String o : overrides) {
            StrategyFiles.applyOverride(o, List.of(file), List.of(tree), List.of(name));
        }
        StrategyTemplate t = new StrategyTemplate(file, name, tree);
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
        for (String o : overrides) {
            StrategyFiles.applyOverride(o, List.of(file), List.of(copy), List.of(name));
        }
        return StrategyFiles.build(file.toString(), variantName, copy);
    }
}
