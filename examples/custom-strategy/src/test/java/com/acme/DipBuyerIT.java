package com.acme;

import io.gridbench.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar runs through the gridbench CLI exactly as README.md here shows: {@code backtest --classpath
 * target/custom-strategy.jar --strategy dip-buyer.yaml}, on a week of the shipped chat-fast data.
 */
class DipBuyerIT {
    private static final Path DATA = Path.of("..", "..", "data", "chat-fast");

    @Test
    void theJarRunsThroughTheCommandLineBesideABuiltInStrategy() throws IOException {
        Path jar = Path.of("target", "custom-strategy.jar");
        assertThat(jar).exists();
        Path out = Path.of("target", "it-backtest");
        int code = Main.commandLine().execute("backtest", "--candles", DATA.resolve("candles-1m.csv.gz").toString(),
                "--trades", DATA.resolve("trades.csv.gz").toString(), "--from", "2026-09-01", "--to", "2026-09-08",
                "--classpath", jar.toString(), "--strategy", "dip-buyer.yaml",
                "--strategy", Path.of("..", "strategies", "auto.yaml").toString(), "--out", out.toString());
        assertThat(code).isZero();
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertThat(csv.get(1)).startsWith("dip-buyer,com.acme.DipBuyer,");
        assertThat(csv).hasSize(3);
    }
}
