package io.gridbench.simulations.slo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service-level objective: latency percentiles that must stay under a threshold, and a ceiling on failed
 * requests. Written as comma-separated terms, for example {@code ttft_p95=800ms,p99=1s,errors=0.5%}:
 * <ul>
 *   <li>{@code ttft_pNN=DURATION}: time to first token of streamed completions, percentile NN (95, 99, 99.9)</li>
 *   <li>{@code pNN=DURATION} (or {@code latency_pNN}): each request's whole response time</li>
 *   <li>{@code errors=P%}: failed requests, percent of all</li>
 * </ul>
 * Durations take {@code ms} or {@code s}. Latencies count from each request's intended start (see
 * {@link io.gridbench.simulations.load.IntendedStart}).
 *
 * <p>Two readings of the same terms. A <b>run</b> meets the SLO when every percentile and the error share stay
 * under their thresholds. A <b>request</b> is good (counts toward goodput) when it succeeded and each of its own
 * latencies is under every threshold that applies to it: a whole completion has no first token, so only the
 * latency terms judge it. Immutable.
 *
 * @param objectives  the latency terms, in the order given
 * @param maxErrorPct the error ceiling in percent, or {@code NaN} when none was given
 */
public record Slo(List<Objective> objectives, double maxErrorPct) {
    /** No objective: every successful request is good. */
    public static final Slo NONE = new Slo(List.of(), Double.NaN);
    private static final Pattern TERM = Pattern.compile("(ttft_|latency_)?p(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%?");

    public Slo {
        objectives = List.copyOf(objectives);
    }

    /** What a latency term measures. */
    public enum Metric {
        /** Time to first token of a streamed completion. */
        TTFT("ttft_"),
        /** The whole response of any request. */
        LATENCY("");

        private final String prefix;

        Metric(String prefix) {
            this.prefix = prefix;
        }
    }

    /**
     * One latency term: the {@code percentile} of {@code metric} must be at most {@code thresholdMs}.
     */
    public record Objective(Metric metric, double percentile, long thresholdMs) {
        /** The term as written back, {@code ttft_p95=800ms}. */
        public String label() {
            return metric.prefix + "p" + percentileLabel(percentile);
        }

        @Override
        public String toString() {
            return label() + "=" + thresholdMs + "ms";
        }
    }

    /**
     * Parses {@code spec}; blank means {@link #NONE}.
     *
     * @throws IllegalArgumentException naming the term that is wrong and what was expected
     */
    public static Slo parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        List<Objective> objectives = new ArrayList<>();
        double errors = Double.NaN;
        for (String raw : spec.split(",")) {
            String term = raw.strip().toLowerCase(Locale.ROOT);
            int eq = term.indexOf('=');
            if (eq < 0) {
                throw invalid(raw, "expected NAME=VALUE, e.g. ttft_p95=800ms, p99=1s or errors=0.5%");
            }
            String name = term.substring(0, eq).strip();
            String value = term.substring(eq + 1).strip();
            if (name.equals("errors")) {
                if (!Double.isNaN(errors)) {
                    throw invalid(raw, "errors is given twice");
                }
                errors = percent(raw, value);
                continue;
            }
            Matcher m = TERM.matcher(name);
            if (!m.matches()) {
                throw invalid(raw, "unknown objective '" + name + "'; known: ttft_pNN, pNN (latency_pNN), errors");
            }
            double percentile = Double.parseDouble(m.group(2));
            if (!(percentile > 0 && percentile < 100)) {
                throw invalid(raw, "the percentile must be above 0 and below 100");
            }
            Metric metric = "ttft_".equals(m.group(1)) ? Metric.TTFT : Metric.LATENCY;
            Objective objective = new Objective(metric, percentile, millis(raw, value));
            if (objectives.stream().anyMatch(o -> o.label().equals(objective.label()))) {
                throw invalid(raw, objective.label() + " is given twice");
            }
            objectives.add(objective);
        }
        return new Slo(objectives, errors);
    }

    /** Whether anything is asked at all. */
    public boolean isEmpty() {
        return objectives.isEmpty() && Double.isNaN(maxErrorPct);
    }

    /** The strictest threshold of {@code metric}, or {@link Long#MAX_VALUE} when no term measures it. */
    public long strictestMs(Metric metric) {
        long strictest = Long.MAX_VALUE;
        for (Objective o : objectives) {
            if (o.metric() == metric) {
                strictest = Math.min(strictest, o.thresholdMs());
            }
        }
        return strictest;
    }

    /** The terms as written back, normalised: {@code ttft_p95=800ms,errors=0.5%}; empty for {@link #NONE}. */
    @Override
    public String toString() {
        List<String> terms = new ArrayList<>();
        objectives.forEach(o -> terms.add(o.toString()));
        if (!Double.isNaN(maxErrorPct)) {
            terms.add("errors=" + percentileLabel(maxErrorPct) + "%");
        }
        return String.join(",", terms);
    }

    static String percentileLabel(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static long millis(String term, String value) {
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw invalid(term, "expected a duration with its unit, e.g. 800ms or 1.5s");
        }
        double amount = Double.parseDouble(m.group(1));
        long ms = Math.round(m.group(2).equals("s") ? amount * 1000 : amount);
        if (ms <= 0) {
            throw invalid(term, "the duration must be at least 1 ms");
        }
        return ms;
    }

    private static double percent(String term, String value) {
        Matcher m = PERCENT.matcher(value);
        if (!m.matches() || Double.parseDouble(m.group(1)) > 100) {
            throw invalid(term, "expected a percentage from 0 to 100, e.g. 0.5%");
        }
        return Double.parseDouble(m.group(1));
    }

    private static IllegalArgumentException invalid(String term, String problem) {
        return new IllegalArgumentException("SLO term '" + term.strip() + "': " + problem);
    }
}
