package io.gridbench.simulations.gates;

import io.gatling.javaapi.core.Assertion;
import io.gridbench.simulations.load.Settings;

import java.util.ArrayList;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

/**
 * The CI gates of a run, as Gatling assertions built from system properties. A missed gate makes Gatling report the
 * run as failed: {@code gatling:test} then exits Maven with 1, Gatling's own launcher (and {@code ./gridbench load})
 * with 2. Gates left unset are not checked, except the error percentage, which defaults to
 * {@value #DEFAULT_ERROR_PCT} %.
 *
 * <ul>
 *   <li>{@code gridbench.assert.p95Ms}, {@code gridbench.assert.p99Ms}: response time of all requests</li>
 *   <li>{@code gridbench.assert.ttftP95Ms}, {@code gridbench.assert.ttftP99Ms}: time to first token of streamed
 *   completions (the {@value #FIRST_TOKEN} step; only simulations that stream have it)</li>
 *   <li>{@code gridbench.assert.errorPct}: failed requests, percent of all</li>
 * </ul>
 * Immutable.
 */
public record Gates(Integer p95Ms, Integer p99Ms, Integer ttftP95Ms, Integer ttftP99Ms, double errorPct) {
    public static final double DEFAULT_ERROR_PCT = 1.0;
    /** The Gatling request name of the first-token step of a streamed completion. */
    public static final String FIRST_TOKEN = "first token";

    public static Gates fromProperties() {
        return new Gates(optional("assert.p95Ms"), optional("assert.p99Ms"), optional("assert.ttftP95Ms"),
                optional("assert.ttftP99Ms"), Settings.nonNegativeDouble("assert.errorPct", DEFAULT_ERROR_PCT));
    }

    private static Integer optional(String name) {
        return Settings.isSet(name) ? Settings.positiveInt(name, 0) : null;
    }

    /**
     * The assertions for a simulation.
     *
     * @param streams whether the simulation has a {@value #FIRST_TOKEN} step the TTFT gates can apply to
     */
    public List<Assertion> assertions(boolean streams) {
        List<Assertion> gates = new ArrayList<>();
        gates.add(global().failedRequests().percent().lte(errorPct));
        if (p95Ms != null) {
            gates.add(global().responseTime().percentile(95).lte(p95Ms));
        }
        if (p99Ms != null) {
            gates.add(global().responseTime().percentile(99).lte(p99Ms));
        }
        if (streams && ttftP95Ms != null) {
            gates.add(details(FIRST_TOKEN).responseTime().percentile(95).lte(ttftP95Ms));
        }
        if (streams && ttftP99Ms != null) {
            gates.add(details(FIRST_TOKEN).responseTime().percentile(99).lte(ttftP99Ms));
        }
        return gates;
    }
}
