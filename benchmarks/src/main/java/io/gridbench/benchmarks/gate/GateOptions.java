package io.gridbench.benchmarks.gate;

import io.gridbench.benchmarks.slowdown.Slowdown;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The gate's command line, parsed. Immutable.
 *
 * @param quick          a few seconds per benchmark (1 fork, 1 warm-up iteration of 2 s, 8 measurement
 *                       iterations of 250 ms) instead of each benchmark's own annotations
 * @param pattern        JMH include regular expression (found anywhere in the benchmark's full name)
 * @param results        gate this existing JMH JSON file instead of running JMH; null to run
 * @param retries        how many times benchmarks that regressed are measured again before the gate fails
 * @param minRatio       the best-iteration threshold for baseline entries without their own and without samples;
 *                       NaN for the mode's default
 * @param forks          JVMs per benchmark; a baseline is recorded in several, so that its samples and thresholds
 *                       cover the spread between JIT outcomes
 * @param slowdown       test-only: a known slowdown injected into one hot path, to measure the gate; null normally
 * @param params         {@code @Param} values to run instead of each benchmark's own ({@code --param book=array}),
 *                       by parameter name; empty for all
 */
public record GateOptions(boolean quick, Pattern pattern, Path baseline, Path reports, Path results,
                          boolean updateBaseline, boolean enforceTargets, int retries, double minRatio,
                          int forks, Slowdown.Request slowdown, Map<String, List<String>> params, boolean help) {

    public GateOptions {
        params = Map.copyOf(params);
    }

    /** The pattern when none is given: every benchmark of the module. */
    public static final String ALL_BENCHMARKS = "io\\.gridbench\\.benchmarks\\.";

    /** Forks of a baseline recording unless {@code --forks} says otherwise. */
    public static final int BASELINE_FORKS = 3;

    /**
     * The quick gate's default threshold. One-second iterations on a shared machine swing by 2x, so the quick gate
     * catches gross regressions (and, exactly, allocation); the full run holds the baseline's own threshold.
     */
    public static final double QUICK_MIN_RATIO = 0.3;

    public static final String USAGE = String.join("\n",
            "Usage: BenchGate [--quick | --mode quick|full] [--update-baseline [--forks N]] [--enforce-targets]",
            "                 [--baseline FILE] [--reports DIR] [--results JMH_JSON] [--retries N]",
            "                 [--param NAME=V1,V2]... [--slowdown PATH=FACTOR] [PATTERN]",
            "  PATTERN            JMH include regexp, e.g. MatchingEngine (default: all benchmarks)",
            "  --quick            1 fork, 1 warm-up x 2 s, 8 measurements x 250 ms per benchmark",
            "  --update-baseline  record a new baseline (the quick procedure, in --forks JVMs, default 3)",
            "  --param N=V1,V2    run only these values of @Param N, e.g. book=array (repeatable)",
            "  --slowdown P=F     test-only: make matching, replay or verify F times slower, to measure the gate",
            "  --enforce-targets  also fail benchmarks below their absolute target",
            "  --baseline FILE    default benchmarks/baseline.json",
            "  --reports DIR      default reports (a bench-<timestamp> folder is created in it)",
            "  --results FILE     gate an existing JMH JSON result file instead of running JMH",
            "  --retries N        re-measure regressed benchmarks N times before failing (default 1)",
            "  --min-ratio R      best-iteration rule: fail below R of the baseline (default: the baseline's, quick "
                    + 0.3 + ")");

    /** @throws GateException naming the bad option */
    public static GateOptions parse(String... args) {
        boolean quick = false;
        String pattern = null;
        Path baseline = Path.of("benchmarks", "baseline.json");
        Path reports = Path.of("reports");
        Path results = null;
        boolean update = false;
        boolean enforce = false;
        int retries = -1;
        double minRatio = Double.NaN;
        int forks = 0;
        Slowdown.Request slowdown = null;
        Map<String, List<String>> params = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--mode" -> {
                    String mode = value(args, ++i, arg);
                    if (!mode.equals("quick") && !mode.equals("full")) {
                        throw new GateException("--mode must be 'quick' or 'full', was '" + mode + "'");
                    }
                    quick = mode.equals("quick");
                }
                case "--update-baseline" -> update = true;
                case "--enforce-targets" -> enforce = true;
                case "--baseline" -> baseline = Path.of(value(args, ++i, arg));
                case "--reports" -> reports = Path.of(value(args, ++i, arg));
                case "--results" -> results = Path.of(value(args, ++i, arg));
                case "--retries" -> retries = nonNegative(value(args, ++i, arg), arg);
                case "--min-ratio" -> minRatio = ratio(value(args, ++i, arg), arg);
                case "--forks" -> forks = positive(value(args, ++i, arg), arg);
                case "--slowdown" -> slowdown = slowdown(value(args, ++i, arg));
                case "--param" -> param(value(args, ++i, arg), params);
                case "-h", "--help" -> help = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new GateException("unknown option '" + arg + "'\n" + USAGE);
                    }
                    if (pattern != null) {
                        throw new GateException("only one PATTERN is allowed, got '" + pattern + "' and '" + arg
                                + "' (use a regexp alternation: 'A|B')");
                    }
                    pattern = arg;
                }
            }
        }
        if (update && slowdown != null) {
            throw new GateException("--slowdown measures the gate; it cannot record a baseline");
        }
        if (forks > 0 && !update) {
            throw new GateException("--forks applies to --update-baseline only (a gate run measures in one fork and "
                    + "re-measures what regressed)");
        }
        return new GateOptions(quick || update, compile(pattern == null ? ALL_BENCHMARKS : pattern),
                baseline, reports, results, update, enforce, retries >= 0 ? retries : 1, minRatio,
                forks > 0 ? forks : update ? BASELINE_FORKS : 1, slowdown, params, help);
    }

    private static void param(String text, Map<String, List<String>> params) {
        int eq = text.indexOf('=');
        List<String> values = eq < 0 ? List.of() : Arrays.stream(text.substring(eq + 1).split(","))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
        if (eq <= 0 || values.isEmpty()) {
            throw new GateException("--param must be NAME=VALUE[,VALUE...], was '" + text + "'");
        }
        if (params.put(text.substring(0, eq).trim(), values) != null) {
            throw new GateException("--param " + text.substring(0, eq).trim() + " is given twice");
        }
    }

    private static Slowdown.Request slowdown(String text) {
        try {
            return Slowdown.Request.parse(text);
        } catch (IllegalArgumentException e) {
            throw new GateException("--slowdown: " + e.getMessage());
        }
    }

    private static int positive(String text, String option) {
        int n = nonNegative(text, option);
        if (n == 0) {
            throw new GateException(option + " must be a whole number >= 1, was '" + text + "'");
        }
        return n;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new GateException("option " + option + " needs a value");
        }
        return args[index];
    }

    private static int nonNegative(String text, String option) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the option's name
        }
        throw new GateException(option + " must be a whole number >= 0, was '" + text + "'");
    }

    private static double ratio(String text, String option) {
        try {
            double r = Double.parseDouble(text);
            if (r > 0 && r <= 1) {
                return r;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the option's name
        }
        throw new GateException(option + " must be a number in (0, 1], was '" + text + "'");
    }

    /** The threshold for entries without their own: the option, else the quick default, else the baseline's. */
    public double effectiveMinRatio(Baseline baseline) {
        if (!Double.isNaN(minRatio)) {
            return minRatio;
        }
        return quick ? QUICK_MIN_RATIO : baseline.defaultMinRatio();
    }

    private static Pattern compile(String regexp) {
        try {
            return Pattern.compile(regexp);
        } catch (PatternSyntaxException e) {
            throw new GateException("PATTERN '" + regexp + "' is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
