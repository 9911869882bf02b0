package io.gridbench.benchmarks.slowdown;

import java.util.Locale;

/**
 * A known slowdown injected into one hot path, to measure the performance gate itself: how often it catches a
 * regression of known size (and, without it, how often it fails unchanged code). Test-only: it acts only when the
 * system property {@value #PROPERTY} is set ({@code matching=1.5}, {@code replay=1.5} or {@code verify=1.5}), which
 * only the gate's {@code --slowdown} option does; benchmarks read it once, in their setup.
 *
 * <p>The extra work is the path's own: a benchmark invocation repeats its operation {@link #owed()} more times, which
 * averages {@code factor - 1} per invocation (1.5: every other invocation does it twice). So a slowdown of 1.5 is
 * exactly half as much work again, of the same kind, whatever the machine's load or the JIT's progress; work that
 * is timed in the setup and burnt with a CPU-spinning loop instead came out between 1.1x and 1.6x from fork to
 * fork on this project's loaded machine.
 *
 * <p>Single-threaded, like the benchmark state that owns it.
 */
public final class Slowdown {

    /** {@code PATH=FACTOR}, e.g. {@code matching=1.5}. */
    public static final String PROPERTY = "gridbench.bench.slowdown";

    private static final Slowdown NONE = new Slowdown(0);

    /** The hot paths a slowdown can be injected into. */
    public enum Path {
        /** {@code MatchingEngineBenchmark}: one order-flow operation on the book. */
        MATCHING,
        /** {@code ReplayBenchmark}: one whole backtest replay. */
        REPLAY,
        /** {@code Ed25519VerifyBenchmark.bouncyCastle}: one signature verification. */
        VERIFY
    }

    /** A parsed {@code PATH=FACTOR}. */
    public record Request(Path path, double factor) {

        /** @throws IllegalArgumentException naming what is wrong with the text */
        public static Request parse(String text) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("slowdown must be PATH=FACTOR (matching, replay or verify), was '"
                        + text + "'");
            }
            Path path;
            try {
                path = Path.valueOf(text.substring(0, eq).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("slowdown path must be matching, replay or verify, was '"
                        + text.substring(0, eq) + "'", e);
            }
            double factor;
            try {
                factor = Double.parseDouble(text.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("slowdown factor must be a number > 1, was '"
                        + text.substring(eq + 1) + "'", e);
            }
            if (!(factor > 1 && factor <= 10)) {
                throw new IllegalArgumentException("slowdown factor must be in (1, 10], was " + factor);
            }
            return new Request(path, factor);
        }

        /** The system property's value that requests this slowdown. */
        public String propertyValue() {
            return path.name().toLowerCase(Locale.ROOT) + "=" + factor;
        }
    }

    /** Extra repetitions per invocation, on average; 0 when this path is not slowed. */
    private final double extra;
    private double owed;

    private Slowdown(double extra) {
        this.extra = extra;
    }

    /** The slowdown {@value #PROPERTY} asks of this path: none unless it names it. */
    public static Slowdown of(Path path) {
        String requested = System.getProperty(PROPERTY);
        if (requested == null || requested.isBlank()) {
            return NONE;
        }
        Request request = Request.parse(requested);
        return request.path() == path ? new Slowdown(request.factor() - 1) : NONE;
    }

    /** How many more times this invocation repeats its operation: always 0 in a normal run. */
    public int owed() {
        if (extra == 0) {
            return 0;
        }
        owed += extra;
        int repeats = (int) owed;
        owed -= repeats;
        return repeats;
    }
}
