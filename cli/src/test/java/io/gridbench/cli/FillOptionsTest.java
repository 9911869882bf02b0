package io.gridbench.cli;

import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class FillOptionsTest {

    @Test
    void theCommandLineDefaultsAreTheLibrarysDefaults() {
        BacktestCommand command = new BacktestCommand();
        new CommandLine(command).parseArgs("--candles", "c.csv", "--strategy", "s.yaml");
        assertThat(command.replay.fills.model().name()).isEqualTo(FillModel.DEFAULT_NAME);
        assertThat(command.replay.fills.config()).isEqualTo(FillConfig.DEFAULTS);
    }
}
