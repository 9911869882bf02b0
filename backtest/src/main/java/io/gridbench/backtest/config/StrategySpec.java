package io.gridbench.backtest.config;

import io.gridbench.backtest.strategy.Strategy;

import java.util.Map;

/**
 * A strategy ready to run, built from a file: its report name, type, the parameters it actually uses (defaults
 * filled in) and a fresh instance (strategies hold state, so one spec runs once).
 */
public record StrategySpec(String name, String type, Map<String, Object> parameters, Strategy strategy) {
}
