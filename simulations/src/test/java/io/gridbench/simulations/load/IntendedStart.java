package io.gridbench.simulations.load;

import io.gatling.javaapi.core.Session;

import java.time.Duration;
import java.util.function.Function;

/**
 * Stamps each iteration of a virtual user with the time it was <em>meant</em> to start, in epoch milliseconds, under
 * the session key {@value #KEY}, so latencies can be counted from the plan as well as from the actual send
 * (coordinated-omission correction). Stateless; the stamps live in each user's session.
 *
 * <p><b>Open model.</b> A user arrives on the injector's schedule, which does not wait for responses, so its arrival
 * is its intended start.
 *
 * <p><b>Closed model.</b> The plan is exactly what Gatling's {@code pace} does, no more: pace lets an iteration start
 * no earlier than one pace after the <em>actual start</em> of the previous one, and when the previous iteration
 * overran, it starts the next at once and re-anchors there; it never catches up on missed slots. So the intended
 * start of iteration {@code k+1} is {@code actualStart(k) + pace}, and its {@link #LAG_KEY lag} is how late it
 * really started: {@code max(0, end(k) - actualStart(k) - pace)}, the overrun of the previous iteration, bounded by
 * one iteration's length. An earlier version planned {@code previousPlan + pace}, a fixed-rate schedule that pace
 * never follows: with iterations of seconds and a pace of 200 ms that plan fell further behind every iteration and
 * the "latency from intended start" grew with the run's length, measuring the plan rather than the server.
 * "Previous end + pace" (think time) was rejected too: pace is start-to-start, not a pause after the response.
 */
public final class IntendedStart {
    public static final String KEY = "gridbench.intendedStartMs";
    /** Closed model: milliseconds the current iteration started after its plan; absent in the open model. */
    public static final String LAG_KEY = "gridbench.scheduleLagMs";
    private static final String ACTUAL_KEY = "gridbench.actualStartMs";

    private IntendedStart() {
    }

    /** Open model: the user's arrival is its intended start. */
    public static Function<Session, Session> arrival() {
        return session -> session.set(KEY, System.currentTimeMillis());
    }

    /** Closed model: the first iteration is planned for now; each later one one pace after the previous start. */
    public static Function<Session, Session> nextIteration(Duration pace) {
        long paceMs = pace.toMillis();
        return session -> {
            long now = System.currentTimeMillis();
            long intended = session.contains(ACTUAL_KEY) ? plan(session.getLong(ACTUAL_KEY), paceMs) : now;
            return session.set(KEY, intended).set(ACTUAL_KEY, now).set(LAG_KEY, lag(intended, now));
        };
    }

    /** The intended start of the iteration after one that actually started at {@code previousStartMs}. */
    static long plan(long previousStartMs, long paceMs) {
        return previousStartMs + paceMs;
    }

    /** How late an iteration started; never negative (Gatling's timer may fire a millisecond early by rounding). */
    static long lag(long intendedMs, long actualMs) {
        return Math.max(0, actualMs - intendedMs);
    }

    /** The stamp of the current iteration; a journey that forgot to stamp falls back to now. */
    public static long of(Session session) {
        return session.contains(KEY) ? session.getLong(KEY) : System.currentTimeMillis();
    }

    /** The current iteration's schedule lag in ms, or -1 in the open model (no schedule to lag behind). */
    public static long lagOf(Session session) {
        return session.contains(LAG_KEY) ? session.getLong(LAG_KEY) : -1;
    }
}
