package io.gridbench.cli;

import io.gridbench.backtest.history.GeneratorRun;
import io.gridbench.backtest.history.HistoryGenerator;
import io.gridbench.exchange.agents.AgentSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./gridbench generate-data}: synthetic market history from the simulated exchange and its market agents,
 * in the schema the backtester reads ({@code data/<instrument>/candles-1m.csv.gz}, {@code trades.csv.gz},
 * {@code generator.json}).
 */
@Command(name = "generate-data", mixinStandardHelpOptions = true,
        description = "Simulate the exchange with its market agents and write 1m candles and trades per instrument.")
public final class GenerateDataCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", description = "Simulated days (default: ${DEFAULT-VALUE}).")
    int days = GeneratorRun.DEFAULT_DAYS;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD",
            description = "First day, from 00:00 UTC (default: ${DEFAULT-VALUE}).")
    LocalDate start = GeneratorRun.DEFAULT_START;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = GeneratorRun.DEFAULT_SEED;

    @Option(names = "--instrument", paramLabel = "NAME",
            description = "Instrument to generate; repeatable (default: chat-fast and text-prime).")
    List<String> instruments;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("data");

    @Override
    public Integer call() throws IOException {
        AgentSettings settings = GeneratorRun.defaultSettings();
        List<String> names = instruments == null || instruments.isEmpty()
                ? GeneratorRun.DEFAULT_INSTRUMENTS : instruments;
        for (String name : names) {
            if (!settings.referencePrices().containsKey(name)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--instrument: unknown instrument '"
                        + name + "'; known: " + String.join(", ", settings.referencePrices().keySet()));
            }
        }
        if (days < 1 || days > 3660) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--days must be 1..3660, got " + days);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: " + out + " is not a folder");
        }
        GeneratorRun run = new GeneratorRun(seed, days, start, names, settings);
        PrintWriter err = spec.commandLine().getErr();
        long began = System.nanoTime();
        List<Path> files = new HistoryGenerator(run, version(), line -> {
            err.println("generate-data: " + line);
            err.flush();
        }).generate(out);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path f : files) {
            stdout.printf("%s  %,d bytes%n", f, Files.size(f));
        }
        err.printf("generate-data: done in %.1f s%n", (System.nanoTime() - began) / 1e9);
        err.flush();
        stdout.flush();
        return 0;
    }

    private String version() {
        String[] v = spec.root().version();
        return v.length == 0 ? "unknown" : v[0].replaceFirst("^gridbench ", "");
    }
}
