package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's limit price: how the default follows the market and a chosen price is kept. */
class DemoLimitTest {

    @Test
    void theDefaultLimitRisesToABestAskAboveIt() {
        assertThat(DemoCommand.batchLimit(250, 262, false)).isEqualTo(262);
    }

    @Test
    void aLimitTheUserChoseIsKeptWhateverTheAsk() {
        assertThat(DemoCommand.batchLimit(50, 262, true)).isEqualTo(50);
    }

    @Test
    void aBestAskAtOrBelowTheLimitOrNoAskLeavesItAlone() {
        assertThat(DemoCommand.batchLimit(250, 240, false)).isEqualTo(250);
        assertThat(DemoCommand.batchLimit(250, -1, false)).isEqualTo(250);
    }

    @Test
    void aMaxPriceThatIsNotAPriceIsAUsageErrorNamingTheOption() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("demo", "--max-price", "abc", "--skip-backtest", "--skip-load")).isEqualTo(2);
        assertThat(err.toString()).contains("--max-price must be a price above 0").contains("'abc'");
    }
}
