package io.gridbench.backtest.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyParameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * A plug-in strategy class named by a strategy file ({@code class: com.acme.MyStrategy}), checked once when the
 * file is read and then constructed for every replay. Immutable; safe to share between replay threads.
 */
final class PlugInStrategies {
    private final String className;
    private final Constructor<? extends Strategy> constructor;
    private final boolean takesParameters;

    private PlugInStrategies(String className, Constructor<? extends Strategy> constructor, boolean takesParameters) {
        this.className = className;
        this.constructor = constructor;
        this.takesParameters = takesParameters;
    }

    /**
     * Finds the class named by {@code key} and its constructor.
     *
     * @throws ConfigException at the key's value when the class is missing, is not a {@link Strategy}, or has no
     *                         public constructor taking {@link StrategyParameters} (or none)
     */
    static PlugInStrategies find(ParamReader r, String key, ClassLoader classes) {
        JsonNode v = r.raw(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw r.error(key, "is required with type: class: the strategy's fully qualified class name, e.g."
                    + " com.acme.DipBuyer");
        }
        String name = v.asText().strip();
        Class<?> c;
        try {
            c = Class.forName(name, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            throw r.error(key, "class '" + name + "' not found; put its jar or classes folder on --classpath");
        }
        if (!Strategy.class.isAssignableFrom(c)) {
            throw r.error(key, "class '" + name + "' does not implement " + Strategy.class.getName());
        }
        Class<? extends Strategy> strategy = c.asSubclass(Strategy.class);
        try {
            return new PlugInStrategies(name, strategy.getConstructor(StrategyParameters.class), true);
        } catch (NoSuchMethodException withoutParameters) {
            try {
                return new PlugInStrategies(name, strategy.getConstructor(), false);
            } catch (NoSuchMethodException none) {
                throw r.error(key, "class '" + name + "' needs a public constructor taking StrategyParameters (or"
                        + " one taking nothing)");
            }
        }
    }

    String className() {
        return className;
    }

    /**
     * A new instance reading its parameters from {@code r}.
     *
     * @throws ConfigException when the constructor rejects a parameter (its own error, or any
     *                         {@link IllegalArgumentException} it throws, named after the file and the class)
     */
    Strategy create(ParamReader r) {
        try {
            return takesParameters ? constructor.newInstance(new PluginParameters(r)) : constructor.newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException ce) {
                throw ce;
            }
            if (cause instanceof IllegalArgumentException) {
                throw new ConfigException(r.file(), null, className + ": " + cause.getMessage());
            }
            throw new IllegalStateException(className + " failed to start: " + cause, cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ConfigException(r.file(), null, "cannot create " + className + " (is it a public, non-abstract"
                    + " class?): " + e.getMessage());
        }
    }
}
