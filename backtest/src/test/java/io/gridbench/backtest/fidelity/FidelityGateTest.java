package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.history.GeneratorRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backtest-fidelity gate of {@code ./mvnw verify}: a short fidelity run (the four example strategies, the
 * chat-app demand, the default fill options) whose errors must stay within the limits recorded in
 * {@code fidelity/gate.properties}. It fails when a change makes the backtest less faithful; when one makes it more
 * faithful, tighten the limits (the file says how).
 */
class FidelityGateTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String[] STRATEGIES = {"fixed-ceiling", "spread-tracking", "buffer-replenish", "auto"};

    @TempDir
    Path dir;

    @Test
    void theBacktestsErrorStaysWithinTheRecordedLimits() throws IOException {
        Properties gate = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/fidelity/gate.properties")) {
            gate.load(in);
        }
        MarketSetup setup = new MarketSetup(gate.getProperty("instrument"), Long.parseLong(gate.getProperty("seed")),
                LocalDate.parse(gate.getProperty("start")), Integer.parseInt(gate.getProperty("days")),
                MarketSetup.DEFAULT_WARM_UP_MILLIS, GeneratorRun.defaultSettings());
        List<Path> files = new ArrayList<>();
        for (String s : STRATEGIES) {
            files.add(EXAMPLES.resolve("strategies").resolve(s + ".yaml"));
        }
        List<StrategySpec> specs = StrategyFiles.load(files, List.of());
        FidelityResults results = new FidelityRun(setup, specs, DemandFiles.load(
                EXAMPLES.resolve("demand/chat-app.yaml"), setup.startMillis(), setup.endMillis(), setup.seed()),
                FillModel.named(FillModel.DEFAULT_NAME), FillConfig.DEFAULTS, 2).run(dir, false);

        List<String> failures = new ArrayList<>();
        for (StrategyFidelity s : results.strategies()) {
            check(failures, gate, s, StrategyFidelity.AVG_PRICE);
            check(failures, gate, s, StrategyFidelity.FILL_RATE);
            check(failures, gate, s, StrategyFidelity.TTF_P50);
        }
        assertThat(failures).as("fidelity errors past fidelity/gate.properties; measured:%n%s",
                FidelityTables.summary(results)).isEmpty();
    }

    private static void check(List<String> failures, Properties gate, StrategyFidelity s, String metric) {
        String key = s.name() + "." + metric;
        String limit = gate.getProperty(key);
        assertThat(limit).as("gate.properties has no limit for %s", key).isNotNull();
        double error = s.metric(metric).error();
        if (!(Math.abs(error) <= Double.parseDouble(limit))) {
            failures.add(key + ": |" + FidelityTables.error(s.metric(metric)) + "| > " + limit);
        }
    }
}
