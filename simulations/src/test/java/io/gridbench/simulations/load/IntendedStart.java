package io.gridbench.simulations.load;

import io.gatling.javaapi.core.Session;

import java.time.Duration;
import java.util.function.Function;

/**
 * Stamps each iteration of a virtual user with the time it was <em>meant</em> to start, in epoch milliseconds, under
 * the session key {@value #KEY}. Timing from this stamp instead of from the actual send avoids coordinated omission:
 * in the closed model a slow response delays the next iteration, but its latency is still counted from the slot the
 * pacing had planned for it. In the open model a user arrives on the injector's schedule, which does not wait for
 * responses, so its arrival is its intended start.
 */
public final class IntendedStart {
    public static final String KEY = "gridbench.intendedStartMs";

    private IntendedStart() {
    }

    /** Open model: the user's arrival is its intended start. */
    public static Function<Session, Session> arrival() {
        return session -> session.set(KEY, System.currentTimeMillis());
    }

    /** Closed model: the first iteration starts now; each later one exactly one pace after the previous plan. */
    public static Function<Session, Session> nextIteration(Duration pace) {
        long paceMs = pace.toMillis();
        return session -> session.set(KEY, session.contains(KEY)
                ? session.getLong(KEY) + paceMs
                : System.currentTimeMillis());
    }

    /** The stamp of the current iteration; a journey that forgot to stamp falls back to now. */
    public static long of(Session session) {
        return session.contains(KEY) ? session.getLong(KEY) : System.currentTimeMillis();
    }
}
