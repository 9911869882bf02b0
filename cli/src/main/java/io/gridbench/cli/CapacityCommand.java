package io.gridbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./gridbench capacity SIMULATION --slo ...}: finds the highest request rate that meets an SLO. Steps of
 * doubling rate (open model, each after a warm-up) until one misses the SLO or is over-saturated, then bisection
 * between the last passing and the first failing rate. Runs in a child JVM on the simulations' test classpath, as
 * {@code load} does; the engine is {@code io.gridbench.simulations.capacity.CapacityRun}.
 *
 * <p>Exit code: 0 when the answer reached {@code --assert-min-rate} (or none was given), 2 when it did not (also for
 * bad input), 1 when the run broke.
 */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Finds the highest rate (requests/s) at which a simulation meets an SLO: doubling steps, then "
                + "bisection; stops early when over-saturated.",
                "SIMULATION: completions | orders.",
                "Report: reports/capacity-SIMULATION-TIME/index.html and capacity.json.",
                "Exit 0: --assert-min-rate held (or none given), 2: it did not, 1: the run broke."})
public final class CapacityCommand implements Callable<Integer> {
    static final String LAUNCHER = "io.gridbench.simulations.capacity.CapacityRun";
    static final Set<String> SIMULATIONS = Set.of("completions", "orders");
    /** Properties each step sets itself: a -D for them would be overwritten, so it is refused. */
    static final Set<String> SET_BY_CAPACITY = Set.of("model", "rate", "rampTo", "users", "duration", "warmup",
            "maxSeconds", "slo", "assert.errorPct", "trace.rate", "trace.speed");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SIMULATION", description = "completions | orders")
    String simulation;

    @Option(names = "--slo", required = true, paramLabel = "TERMS",
            description = "What must hold at a rate, e.g. ttft_p95=800ms,p99=1s,errors=0.5%% (terms: ttft_pNN, pNN, "
                    + "errors).")
    String slo;

    @Option(names = "--from-rate", paramLabel = "R", defaultValue = "8",
            description = "First step's requests/s (default ${DEFAULT-VALUE}).")
    double fromRate;

    @Option(names = "--to-rate", paramLabel = "R", defaultValue = "16384",
            description = "Highest rate tried (default ${DEFAULT-VALUE}).")
    double toRate;

    @Option(names = "--step-duration", paramLabel = "DURATION", defaultValue = "30s",
            description = "Measured length of each step, whole seconds: 30s, 2m (default ${DEFAULT-VALUE}).")
    String stepDuration;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "10s",
            description = "Load before each step's measurement (default ${DEFAULT-VALUE}; 0s for none).")
    String warmup;

    @Option(names = "--target", paramLabel = "simulated|live", defaultValue = "simulated",
            description = "simulated (default): an in-process exchange per step; live: the environment's endpoints "
                    + "(costs money).")
    String target;

    @Option(names = "--assert-min-rate", paramLabel = "R",
            description = "Gate: exit 2 unless the answer is at least R requests/s.")
    Double assertMinRate;

    @Option(names = "-D", paramLabel = "NAME=VALUE",
            description = "Another simulation property, as for load (e.g. -D fastInference=false).")
    Map<String, String> properties = new TreeMap<>();

    @Option(names = "--home", hidden = true, defaultValue = "${sys:gridbench.home:-.}",
            description = "The gridbench checkout (where simulations/target is).")
    Path home;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path reports = home.resolve("reports").resolve("capacity-" + simulation + "-"
                + Workspace.folderTime(Instant.now()));
        List<String> command = childCommand(reports);
        if (target.equals("live")) {
            List<String> missing = LoadCommand.missingLiveVariables(System.getenv());
            if (!missing.isEmpty()) {
                spec.commandLine().getErr().println("gridbench capacity: --target live needs the environment variable"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + " (see simulations/README.md, Live target)");
                return 2;
            }
        }
        Files.createDirectories(reports);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** The child JVM's command line; validates the options first. */
    List<String> childCommand(Path folder) {
        int stepSeconds = seconds("--step-duration", stepDuration);
        int warmupSeconds = seconds("--warmup", warmup);
        validate(stepSeconds);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LoadCommand.GATLING_JVM_FLAGS);
        Map<String, String> props = new TreeMap<>(properties);
        props.put("target", target);
        props.forEach((name, value) -> command.add("-Dgridbench." + name + "=" + value));
        command.add("-cp");
        command.add(LoadCommand.simulationsClasspath(home, spec.commandLine()));
        command.add(LAUNCHER);
        command.add(simulation);
        command.add(folder.toAbsolutePath().toString());
        command.add("slo=" + slo);
        command.add("from=" + fromRate);
        command.add("to=" + toRate);
        command.add("step=" + stepSeconds);
        command.add("warmup=" + warmupSeconds);
        if (assertMinRate != null) {
            command.add("minRate=" + assertMinRate);
        }
        return command;
    }

    private void validate(int stepSeconds) {
        if (!SIMULATIONS.contains(simulation)) {
            throw invalid("SIMULATION: capacity drives completions or orders, not '" + simulation + "'");
        }
        if (!(fromRate > 0) || !(toRate >= fromRate)) {
            throw invalid("--from-rate and --to-rate: need 0 < from <= to, got " + fromRate + " and " + toRate);
        }
        if (stepSeconds < 1) {
            throw invalid("--step-duration must be at least 1s, got " + stepDuration);
        }
        if (assertMinRate != null && !(assertMinRate > 0)) {
            throw invalid("--assert-min-rate must be above 0, got " + assertMinRate);
        }
        if (!target.equals("simulated") && !target.equals("live")) {
            throw invalid("--target must be simulated or live, got '" + target + "'");
        }
        for (String name : properties.keySet()) {
            if (!LoadCommand.PROPERTIES.contains(name)) {
                throw invalid("-D " + name + ": unknown simulation property; known: "
                        + String.join(", ", LoadCommand.PROPERTIES));
            }
            if (SET_BY_CAPACITY.contains(name)) {
                throw invalid("-D " + name + ": capacity sets it for every step; use its own options instead");
            }
        }
    }

    /** {@code 30s}, {@code 2m}, {@code 30} (seconds) or {@code 5000ms} as whole seconds. */
    private int seconds(String option, String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(option + ": expected a duration such as 30s or 2m, got '" + value + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis % 1000 != 0) {
            throw invalid(option + ": whole seconds only (Gatling's steps), got '" + value + "'");
        }
        return (int) (millis / 1000);
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
