package io.gridbench.simulations.targets;

import io.gridbench.simulations.load.Settings;

/**
 * Picks the target from {@code -Dgridbench.target}: {@code simulated} (the default: an in-process exchange started
 * and stopped by the simulation) or {@code live} (a real deployment from environment variables; spends money).
 */
public final class Targets {
    public static final String SIMULATED = "simulated";
    public static final String LIVE = "live";

    private Targets() {
    }

    public static Target fromProperties(AccountNeeds needs) {
        String target = Settings.choice("target", SIMULATED, SIMULATED, LIVE);
        return LIVE.equals(target) ? new LiveTarget(System.getenv()) : new SimulatedTarget(needs,
                Settings.positiveInt("seed", 42), Settings.bool("fastInference", true));
    }
}
