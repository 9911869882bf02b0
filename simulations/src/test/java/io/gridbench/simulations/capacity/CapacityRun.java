package io.gridbench.simulations.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.simulations.consumption.CompletionPopulations;
import io.gridbench.simulations.launch.GatlingRun;
import io.gridbench.simulations.load.Settings;
import io.gridbench.simulations.slo.GoodputReport;
import io.gridbench.simulations.slo.Slo;
import io.gridbench.simulations.streaming.ReportFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code ./gridbench capacity}'s engine: runs a {@link CapacitySearch} whose steps are Gatling runs of one simulation
 * in this JVM (open model, one rate each, after a warm-up, cut off a while after their load ends), reads each step's
 * {@code goodput.json}, measures the CPU each step used, and writes {@code capacity.json} and {@code index.html}
 * into the output folder, each step's Gatling report under {@code steps/}. The JVM needs Gatling's flags (see
 * {@link GatlingRun}); other {@code -Dgridbench.*} properties (target, fastInference, instrument...) reach every step.
 *
 * <pre>
 * java ... io.gridbench.simulations.capacity.CapacityRun completions reports/capacity-x slo=ttft_p95=500ms \
 *     from=8 to=16384 step=30 warmup=10 [minRate=100]
 * </pre>
 *
 * Rates are requests per second: one completion is one request (the completions simulation splits the rate between
 * its whole and streamed populations, or gives it all to one with {@code -Dgridbench.populations}); an orders journey is {@value #ORDERS_REQUESTS_PER_JOURNEY} requests, so
 * traders arrive at a seventh of the rate. Exit code: 0 when the highest passing rate reached {@code minRate} (or
 * none was asked), 2 when it did not, 1 when a step broke (Gatling crashed) or an argument is wrong.
 */
public final class CapacityRun {
    /** Requests of one orders journey: ticker, limit buy, poll, list, cancel, market order, poll. */
    static final int ORDERS_REQUESTS_PER_JOURNEY = 7;
    /** How long after its load ends a step may still wait for answers before it is cut off. */
    static final int GRACE_SECONDS = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A simulation the search can drive: how many populations share the rate, requests per arrival. */
    record Workload(String simulationClass, int populations, int requestsPerArrival) {
        double arrivalsPerPopulation(double requestRate) {
            return requestRate / populations / requestsPerArrival;
        }
    }

    static final Map<String, Workload> WORKLOADS = Map.of(
            "completions", new Workload(GatlingRun.SIMULATIONS.get("completions"), 2, 1),
            "orders", new Workload(GatlingRun.SIMULATIONS.get("orders"), 1, ORDERS_REQUESTS_PER_JOURNEY));

    /** The simulation's workload; completions shares the rate only among the populations that run. */
    static Workload workload(String simulation) {
        Workload workload = WORKLOADS.get(simulation);
        return simulation.equals("completions")
                ? new Workload(workload.simulationClass(), CompletionPopulations.fromProperties().count(), 1)
                : workload;
    }

    /**
     * What to search, from the command line.
     *
     * @param minRate the rate the answer must reach for exit 0, or NaN
     */
    record Options(String simulation, Path folder, Slo slo, SearchPlan plan, int stepSeconds, int warmupSeconds,
                   double minRate) {
    }

    private final Options options;
    private final Workload workload;
    private final Map<String, Optional<String>> saved = new TreeMap<>();
    private int stepCount;

    CapacityRun(Options options) {
        this.options = options;
        this.workload = workload(options.simulation());
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
            GatlingRun.checkInput();
        } catch (IllegalArgumentException e) {
            System.err.println("gridbench capacity: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    /** Runs the search and writes the report; returns the exit code. */
    static int run(Options options) {
        CapacityRun run = new CapacityRun(options);
        try {
            CapacityResult result = CapacitySearch.run(options.plan(), run::step);
            String answer = result.answer(options.simulation(), options.slo().toString());
            Path html = CapacityReport.write(options.folder(), options, result, answer);
            System.out.println("gridbench: " + answer);
            System.out.println("gridbench: capacity report: " + html);
            if (!Double.isNaN(options.minRate())) {
                boolean held = result.highestPassingRate() >= options.minRate();
                System.out.println("gridbench: --assert-min-rate " + CapacitySearch.rate(options.minRate()) + "/s "
                        + (held ? "held (exit 0)" : "missed (exit 2)"));
                return held ? 0 : 2;
            }
            return 0;
        } catch (Exception e) {
            System.err.println("gridbench capacity: the run broke: " + e);
            return 1;
        } finally {
            run.restoreProperties();
        }
    }

    /** One step: a Gatling run at {@code rate} requests per second. */
    StepResult step(double rate) throws IOException, ClassNotFoundException {
        stepCount++;
        String name = String.format(Locale.ROOT, "step-%02d-%s", stepCount, CapacitySearch.rate(rate));
        Path folder = options.folder().resolve("steps").resolve(name);
        System.out.println("gridbench: capacity step " + stepCount + ": " + CapacitySearch.rate(rate)
                + " requests/s for " + options.stepSeconds() + " s after a " + options.warmupSeconds()
                + " s warm-up");
        setStepProperties(rate);
        int code;
        CpuUse cpu;
        try (CpuSampler sampler = CpuSampler.start()) {
            code = GatlingRun.run(workload.simulationClass(), folder);
            cpu = sampler.stop();
        }
        if (code != 0 && code != 2) {
            throw new IllegalStateException("step " + name + ": Gatling exited " + code);
        }
        Path run = ReportFolder.of(Class.forName(workload.simulationClass(), false, getClass().getClassLoader()));
        Path goodput = run.resolve(GoodputReport.JSON);
        if (!Files.exists(goodput)) {
            throw new IllegalStateException("step " + name + " wrote no " + goodput);
        }
        StepResult result = read(rate, JSON.readTree(goodput.toFile()), cpu, options.stepSeconds(),
                options.folder().relativize(run.resolve("index.html")).toString());
        System.out.println("gridbench: step " + stepCount + (result.passed() ? " passed" : " failed: "
                + result.failure()) + String.format(Locale.ROOT, " (throughput %.1f/s, goodput %.1f/s; %s)",
                result.achievedRate(), result.goodput(), cpu.describe()));
        return result;
    }

    /** The properties a step sets, by name without the {@code gridbench.} prefix; {@code null} clears one. */
    Map<String, String> stepProperties(double rate) {
        Map<String, String> props = new TreeMap<>();
        props.put("model", "open");
        props.put("rate", Double.toString(workload.arrivalsPerPopulation(rate)));
        props.put("rampTo", null);
        if (Settings.isSet("trace")) {
            // a trace keeps its own shape and mix; only its pace follows the step's rate
            props.put("trace.rate", Double.toString(rate / workload.requestsPerArrival()));
        }
        props.put("duration", Integer.toString(options.stepSeconds()));
        props.put("warmup", Integer.toString(options.warmupSeconds()));
        props.put("maxSeconds", Integer.toString(options.warmupSeconds() + options.stepSeconds() + GRACE_SECONDS));
        props.put("slo", options.slo().toString());
        // The SLO judges the step; Gatling's own error gate would only turn a measured failure into exit 2.
        props.put("assert.errorPct", "100");
        return props;
    }

    private void setStepProperties(double rate) {
        stepProperties(rate).forEach((name, value) -> {
            String key = Settings.PREFIX + name;
            saved.putIfAbsent(key, Optional.ofNullable(System.getProperty(key)));
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /** Puts back the properties the steps changed, so a JVM that runs more than a search sees its own again. */
    private void restoreProperties() {
        saved.forEach((key, value) -> value.ifPresentOrElse(v -> System.setProperty(key, v),
                () -> System.clearProperty(key)));
    }

    /** A step's result from its {@code goodput.json}. */
    static StepResult read(double rate, JsonNode goodput, CpuUse cpu, int stepSeconds, String report) {
        List<StepResult.Measurement> measurements = new ArrayList<>();
        for (JsonNode o : goodput.path("objectives")) {
            measurements.add(new StepResult.Measurement(o.path("term").asText(), o.path("threshold").asDouble(),
                    o.has("measured") ? o.path("measured").asDouble() : Double.NaN, o.path("held").asBoolean()));
        }
        double achieved = goodput.path("throughput_per_second").asDouble();
        JsonNode latency = goodput.path("latency_ms");
        // Throughput is compared with the requests that really arrived in the measured window, not the planned rate:
        // randomised arrivals put a random share of a step's users in its warm-up, which would read as a lag.
        double arrived = goodput.path("requests").asDouble() / stepSeconds;
        String saturation = Saturation.of(arrived, achieved, number(goodput.path("latency_first_quarter_ms")),
                number(goodput.path("latency_last_quarter_ms")));
        return new StepResult(rate, achieved, goodput.path("goodput_per_second").asDouble(),
                goodput.path("error_pct").asDouble(), measurements, goodput.path("meets_slo").asBoolean(),
                saturation, number(latency.path("p50")), number(latency.path("p95")), number(latency.path("p99")),
                cpu, Math.max(0, goodput.path("arrival_span_seconds").asDouble() - stepSeconds), report);
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /**
     * {@code SIMULATION FOLDER key=value...}; keys: {@code slo} (required), {@code from}, {@code to},
     * {@code step}, {@code warmup} (whole seconds), {@code minRate}, {@code resolution}, {@code bisections}.
     */
    static Options parse(String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: CapacityRun SIMULATION FOLDER slo=TERMS [from=R] [to=R] "
                    + "[step=S] [warmup=S] [minRate=R] [resolution=F] [bisections=N]");
        }
        if (!WORKLOADS.containsKey(args[0])) {
            throw new IllegalArgumentException("SIMULATION: capacity drives completions or orders, not '" + args[0]
                    + "'");
        }
        Map<String, String> values = new TreeMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + args[i] + "'");
            }
            values.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Slo slo = Slo.parse(values.get("slo"));
        if (slo.isEmpty()) {
            throw new IllegalArgumentException("--slo is required: the search needs objectives to hold");
        }
        SearchPlan plan = new SearchPlan(number(values, "from", 8), number(values, "to", SearchPlan.DEFAULT_TO_RATE),
                number(values, "resolution", SearchPlan.DEFAULT_RESOLUTION),
                (int) number(values, "bisections", SearchPlan.DEFAULT_MAX_BISECTIONS));
        int step = (int) number(values, "step", 30);
        int warmup = (int) number(values, "warmup", 10);
        if (step < 1 || warmup < 0) {
            throw new IllegalArgumentException("step must be at least 1 s and warmup at least 0 s");
        }
        return new Options(args[0], Path.of(args[1]).toAbsolutePath(), slo, plan, step, warmup,
                number(values, "minRate", Double.NaN));
    }

    private static double number(Map<String, String> values, String key, double fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected a number, got '" + value + "'");
        }
    }
}
