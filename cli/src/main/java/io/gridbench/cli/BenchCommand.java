package io.gridbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./gridbench bench}: runs the JMH benchmarks and the performance gate in a JVM of their own, on the shaded
 * {@code benchmarks/target/benchmarks.jar} (which the launcher builds when it is missing or stale), and returns the
 * gate's exit code: 0 passed, 1 a benchmark fell below its threshold, 2 the gate could not run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the JMH benchmarks and compare them with benchmarks/baseline.json.",
                "Writes jmh.json, summary.html and gate.txt to reports/bench-<timestamp>/."})
public final class BenchCommand implements Callable<Integer> {
    static final String GATE_CLASS = "io.gridbench.benchmarks.gate.BenchGate";

    @Parameters(arity = "0..1", paramLabel = "PATTERN",
            description = "JMH include regexp, e.g. MatchingEngine or 'Ed25519|Json' (default: all).")
    String pattern;

    @Option(names = "--quick",
            description = "A few seconds per benchmark: 1 fork, 1 warm-up of 2 s, 8 measurements of 250 ms.")
    boolean quick;

    @Option(names = "--update-baseline",
            description = {"Record a new baseline instead of gating: the quick procedure in --forks JVMs per benchmark",
                    "(keeps budgets and targets; derives each benchmark's threshold from its spread)."})
    boolean updateBaseline;

    @Option(names = "--enforce-targets", description = "Also fail benchmarks below their absolute target.")
    boolean enforceTargets;

    @Option(names = "--baseline", paramLabel = "FILE", defaultValue = "${sys:gridbench.home:-.}/benchmarks/baseline.json",
            description = "Baseline to compare with (default ${DEFAULT-VALUE}).")
    Path baseline;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "${sys:gridbench.home:-.}/reports",
            description = "Where the bench-<timestamp> folder goes (default ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--results", paramLabel = "JMH_JSON",
            description = "Gate an existing JMH JSON result file instead of running the benchmarks.")
    Path results;

    @Option(names = "--retries", paramLabel = "N",
            description = "Re-measure regressed benchmarks N times before failing (default 1).")
    Integer retries;

    @Option(names = "--min-ratio", paramLabel = "R",
            description = {"For entries judged on their best iteration: fail below R of the baseline",
                    "(default: the baseline's 0.5, with --quick 0.3)."})
    Double minRatio;

    @Option(names = "--param", paramLabel = "NAME=V1,V2",
            description = "Run only these values of a benchmark @Param, e.g. book=array (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--forks", paramLabel = "N",
            description = "With --update-baseline: JVMs per benchmark (default 3).")
    Integer forks;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "${sys:gridbench.home:-.}/benchmarks/target/benchmarks.jar",
            description = "The shaded benchmarks jar (default ${DEFAULT-VALUE}).")
    Path jar;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            err().println("bench: benchmarks jar " + jar + " not found; build it with "
                    + "./mvnw -q -B -DskipTests -Dbench.skip=true -pl benchmarks -am package "
                    + "(./gridbench bench builds it for you)");
            return 2;
        }
        Process gate = new ProcessBuilder(command()).inheritIO().start();
        return gate.waitFor();
    }

    /** The child JVM's command line: this JVM's java, the jar, the gate and the options passed through. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(jar.toString());
        command.add(GATE_CLASS);
        command.addAll(gateArguments());
        return command;
    }

    List<String> gateArguments() {
        List<String> args = new ArrayList<>();
        if (quick) {
            args.add("--quick");
        }
        if (updateBaseline) {
            args.add("--update-baseline");
        }
        if (enforceTargets) {
            args.add("--enforce-targets");
        }
        args.add("--baseline");
        args.add(baseline.toString());
        args.add("--reports");
        args.add(reports.toString());
        if (results != null) {
            args.add("--results");
            args.add(results.toString());
        }
        if (retries != null) {
            args.add("--retries");
            args.add(retries.toString());
        }
        for (String param : params) {
            args.add("--param");
            args.add(param);
        }
        if (forks != null) {
            args.add("--forks");
            args.add(forks.toString());
        }
        if (minRatio != null) {
            args.add("--min-ratio");
            args.add(minRatio.toString());
        }
        if (pattern != null) {
            args.add(pattern);
        }
        return args;
    }

    private static PrintStream err() {
        return System.err;
    }
}
