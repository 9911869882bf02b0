package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's {@code --max-price} option (how the batch's limit follows the market: MeteredBatchTest). */
class DemoLimitTest {

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
