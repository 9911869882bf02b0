package io.gridbench.simulations.slo;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gridbench.simulations.load.IntendedStart;

import static io.gatling.javaapi.core.CoreDsl.exec;

/**
 * Wraps single-request chains so each request counts once in {@link RequestOutcomes}, for simulations whose journey
 * is a sequence of plain requests (the orders traders). The first request of an iteration was meant to start at the
 * iteration's intended start; a later one is sent when the previous answered, so its own send is its intended start.
 * Stateless; the stamps live in each user's session.
 */
public final class MeasuredRequests {
    private static final String STARTED = "gridbench.requestStartMs";
    private static final String ITERATION = "gridbench.measuredIterationMs";

    private MeasuredRequests() {
    }

    /** {@code request}, measured: one attempt before it, one success after it when it did not fail. */
    public static ChainBuilder measured(RequestOutcomes outcomes, ChainBuilder request) {
        return exec(session -> before(outcomes, session)).exec(request).exec(session -> {
            if (!session.isFailed()) {
                outcomes.succeeded(session.getLong(STARTED), System.currentTimeMillis(), -1);
            }
            return session;
        });
    }

    private static Session before(RequestOutcomes outcomes, Session session) {
        long intended = IntendedStart.of(session);
        boolean laterInIteration = session.contains(ITERATION) && session.getLong(ITERATION) == intended;
        long start = laterInIteration ? System.currentTimeMillis() : intended;
        if (laterInIteration) {
            outcomes.attemptWithinIteration(start);
        } else {
            outcomes.attempt(start);
        }
        // Gatling's failed flag sticks to the session; cleared here so each request is judged on its own outcome
        // (the orders journey never branches on it, and Gatling's own statistics are logged per request anyway).
        Session fresh = session.isFailed() ? session.markAsSucceeded() : session;
        return fresh.set(STARTED, start).set(ITERATION, intended);
    }
}
