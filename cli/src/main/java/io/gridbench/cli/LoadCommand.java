package io.gridbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code ./gridbench load SIMULATION}: runs one Gatling simulation and exits with its verdict. Gatling runs in a
 * child JVM on the simulations module's test classpath ({@code simulations/target/classpath.txt}, written at
 * test-compile): Gatling needs its own JVM flags and a Scala/Netty classpath the CLI should not carry, and a child
 * JVM starts in about a second where the Maven plugin would first spend several seconds on Maven itself.
 *
 * <p>Exit code: 0 every gate held; 2 a gate failed (Gatling's own code; also a bad option, an unknown {@code -D}
 * property or a live target without its environment variables); 1 the run itself failed.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Runs a Gatling load test against the simulated exchange (default) or a live one.",
                "SIMULATION: orders | completions | batch | replenish.",
                "Reports land in reports/load-SIMULATION-TIME/. Exit 0: gates held, 2: a gate failed, 1: run failed.",
                "A live target spends real money: orders trade and completions are billed."})
public final class LoadCommand implements Callable<Integer> {
    static final Set<String> SIMULATIONS = Set.of("orders", "completions", "batch", "replenish");
    static final String LAUNCHER = "io.gridbench.simulations.launch.GatlingRun";
    /** What {@code -D} accepts: a misspelled gate would otherwise be silently ignored and the run pass. */
    static final SortedSet<String> PROPERTIES = knownProperties();
    /** The environment a live run reads (simulations' LiveTarget): both base URLs and one or many traders. */
    static final List<String> LIVE_URLS = List.of("TRADING_BASE_URL", "CONSUMPTION_BASE_URL");
    static final String LIVE_ACCOUNTS_CSV = "GRID_ACCOUNTS_CSV";
    static final List<String> LIVE_TRADER = List.of("GRID_TRADING_PRIVATE_KEY", "GRID_CONSUMPTION_API_KEY");
    static final List<String> LIVE_TRADER_ID = List.of("GRID_TRADING_FINGERPRINT", "GRID_TRADING_PUBLIC_KEY");
    static final List<String> GATLING_JVM_FLAGS = List.of("-Xmx1G", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SIMULATION", description = "orders | completions | batch | replenish")
    String simulation;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "How long load is offered (default 10).")
    Integer duration;

    @ArgGroup(exclusive = true)
    Load load;

    @Option(names = "--target", paramLabel = "simulated|live", defaultValue = "simulated",
            description = "simulated (default): an in-process exchange; live: the environment's endpoints (costs money).")
    String target;

    @Option(names = "--assert-p99-ms", paramLabel = "N", description = "Gate: p99 response time of all requests.")
    Integer assertP99Ms;

    @Option(names = "--assert-error-pct", paramLabel = "P", description = "Gate: failed requests, percent (default 1).")
    Double assertErrorPct;

    @Option(names = "--slo", paramLabel = "TERMS",
            description = "Service-level objective for goodput, e.g. ttft_p95=800ms,p99=1s,errors=0.5%%: goodput "
                    + "counts the requests per second within every threshold (console, goodput.json, goodput.html).")
    String slo;

    @Option(names = "-D", paramLabel = "NAME=VALUE",
            description = "Any other simulation property (simulations/README.md, Properties) without its gridbench."
                    + " prefix, e.g. -D assert.p95Ms=50, or -D populations=streamed (completions: streams only, no"
                    + " whole completions); unknown names are refused.")
    Map<String, String> properties = new TreeMap<>();

    @Option(names = "--home", hidden = true, defaultValue = "${sys:gridbench.home:-.}",
            description = "The gridbench checkout (where simulations/target is).")
    Path home;

    /** Open model by arrival rate, or closed model by concurrency: not both. */
    static final class Load {
        @Option(names = "--rate", paramLabel = "PER_SECOND", description = "Open model: user arrivals per second.")
        Double rate;

        @Option(names = "--users", paramLabel = "N", description = "Closed model: concurrent users.")
        Integer users;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path reports = home.resolve("reports").resolve("load-" + simulation + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        List<String> command = childCommand(reports);
        if (target.equals("live")) {
            List<String> missing = missingLiveVariables(System.getenv());
            if (!missing.isEmpty()) {
                spec.commandLine().getErr().println("gridbench load: --target live needs the environment variable"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + " (see simulations/README.md, Live target)");
                return 2;
            }
        }
        Files.createDirectories(reports);
        int code = new ProcessBuilder(command).inheritIO().start().waitFor();
        spec.commandLine().getOut().println("gridbench: load reports in " + reports.toAbsolutePath());
        return code;
    }

    /** The child JVM's command line; validates the options first. */
    List<String> childCommand(Path resultsFolder) {
        validate();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(GATLING_JVM_FLAGS);
        systemProperties().forEach((name, value) -> command.add("-Dgridbench." + name + "=" + value));
        command.add("-cp");
        command.add(simulationsClasspath(home, spec.commandLine()));
        command.add(LAUNCHER);
        command.add(simulation);
        command.add(resultsFolder.toAbsolutePath().toString());
        return command;
    }

    /** What the simulation reads, by name without the {@code gridbench.} prefix. */
    Map<String, String> systemProperties() {
        Map<String, String> props = new TreeMap<>(properties);
        props.put("target", target);
        if (duration != null) {
            props.put("duration", duration.toString());
        }
        if (load != null && load.rate != null) {
            props.put("model", "open");
            props.put("rate", load.rate.toString());
        }
        if (load != null && load.users != null) {
            props.put("model", "closed");
            props.put("users", load.users.toString());
        }
        if (assertP99Ms != null) {
            props.put("assert.p99Ms", assertP99Ms.toString());
        }
        if (assertErrorPct != null) {
            props.put("assert.errorPct", assertErrorPct.toString());
        }
        if (slo != null) {
            props.put("slo", slo);
        }
        return props;
    }

    private void validate() {
        if (!SIMULATIONS.contains(simulation)) {
            throw invalid("SIMULATION: unknown simulation '" + simulation
                    + "'; choose one of batch, completions, orders, replenish");
        }
        for (String name : properties.keySet()) {
            if (!PROPERTIES.contains(name)) {
                throw invalid("-D " + name + ": unknown simulation property; known: " + String.join(", ", PROPERTIES));
            }
        }
        if (!target.equals("simulated") && !target.equals("live")) {
            throw invalid("--target must be simulated or live, got '" + target + "'");
        }
        if (duration != null && duration <= 0) {
            throw invalid("--duration must be above 0 seconds, got " + duration);
        }
        if (load != null && load.rate != null && !(load.rate > 0)) {
            throw invalid("--rate must be above 0 per second, got " + load.rate);
        }
        if (load != null && load.users != null && load.users <= 0) {
            throw invalid("--users must be above 0, got " + load.users);
        }
        if (assertP99Ms != null && assertP99Ms <= 0) {
            throw invalid("--assert-p99-ms must be above 0, got " + assertP99Ms);
        }
        if (assertErrorPct != null && !(assertErrorPct >= 0 && assertErrorPct <= 100)) {
            throw invalid("--assert-error-pct must be 0..100, got " + assertErrorPct);
        }
    }

    /** The live target's variables missing from {@code environment}, as LiveTarget would find them one by one. */
    static List<String> missingLiveVariables(Map<String, String> environment) {
        List<String> missing = new ArrayList<>();
        for (String url : LIVE_URLS) {
            if (blank(environment.get(url))) {
                missing.add(url);
            }
        }
        if (!blank(environment.get(LIVE_ACCOUNTS_CSV))) {
            return missing;
        }
        List<String> trader = new ArrayList<>();
        for (String variable : LIVE_TRADER) {
            if (blank(environment.get(variable))) {
                trader.add(variable);
            }
        }
        if (LIVE_TRADER_ID.stream().allMatch(v -> blank(environment.get(v)))) {
            trader.add(String.join(" or ", LIVE_TRADER_ID));
        }
        if (!trader.isEmpty()) {
            missing.add(LIVE_ACCOUNTS_CSV + " or " + String.join(", ", trader));
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static SortedSet<String> knownProperties() {
        try (InputStream in = LoadCommand.class.getResourceAsStream("simulation-properties.txt")) {
            SortedSet<String> names = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return Collections.unmodifiableSortedSet(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read simulation-properties.txt from the cli jar", e);
        }
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The simulations' test classes and their test classpath, where Gatling and its runners live. */
    static String simulationsClasspath(Path home, CommandLine commandLine) {
        Path built = home.resolve("simulations").resolve("target");
        Path dependencies = built.resolve("classpath.txt");
        if (!Files.exists(dependencies)) {
            throw new ParameterException(commandLine, dependencies + " is missing: build the simulations with "
                    + "./mvnw -q -B -pl simulations -am test-compile (./gridbench does it for you)");
        }
        try {
            return built.resolve("test-classes").toAbsolutePath() + File.pathSeparator
                    + Files.readString(dependencies, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dependencies, e);
        }
    }
}
