package io.gridbench.simulations.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

/**
 * How much load a simulation offers, read from system properties. Two models:
 * <ul>
 *   <li><b>open</b> (default): users arrive at {@code gridbench.rate} per second (ramping to {@code gridbench.rampTo}
 *   when set), with Poisson-distributed gaps unless {@code gridbench.poisson=false}; each user runs its journey once.
 *   Arrivals do not wait for responses, so a slow server cannot slow the offered load down.</li>
 *   <li><b>closed</b>: {@code gridbench.users} users loop for the whole run, each starting an iteration every
 *   {@code gridbench.paceMs} at most.</li>
 * </ul>
 * A warm-up ({@code gridbench.warmup} seconds, default 0) runs the same load before the measured duration; the
 * goodput and SLO figures leave it out (Gatling's own report does not).
 * Immutable.
 *
 * @param duration how long users keep arriving (open) or looping (closed) after the warm-up
 * @param warmup   how long the same load runs first, unmeasured
 * @param pace     closed model: the least time from one iteration's start to the next; open model: unused
 */
public record LoadShape(String model, double rate, double rampTo, boolean poisson, int users, Duration duration,
                        Duration pace, Duration warmup) {
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    /**
     * Reads the shape, falling back to a simulation's own defaults. The defaults keep a run well under a minute.
     *
     * @param defaultRate  open-model arrivals per second
     * @param defaultUsers closed-model concurrency
     */
    public static LoadShape fromProperties(double defaultRate, int defaultUsers) {
        String model = Settings.choice("model", OPEN, OPEN, CLOSED);
        double rate = Settings.nonNegativeDouble("rate", defaultRate);
        double rampTo = Settings.nonNegativeDouble("rampTo", rate);
        if (OPEN.equals(model) && rate == 0 && rampTo == 0) {
            throw new IllegalArgumentException("-Dgridbench.rate: an open model needs a rate above 0");
        }
        return new LoadShape(model, rate, rampTo,
                Settings.bool("poisson", true),
                Settings.positiveInt("users", defaultUsers),
                Duration.ofSeconds(Settings.positiveInt("duration", 10)),
                Duration.ofMillis(Settings.positiveInt("paceMs", 200)),
                Duration.ofMillis(Math.round(1000 * Settings.nonNegativeDouble("warmup", 0))));
    }

    public boolean isClosed() {
        return CLOSED.equals(model);
    }

    /** The population of {@code scenario} under this shape. */
    public PopulationBuilder inject(ScenarioBuilder scenario) {
        if (isClosed()) {
            return scenario.injectClosed(constantConcurrentUsers(users).during(total()));
        }
        OpenInjectionStep arrivals = rate == rampTo
                ? randomizedIf(constantUsersPerSec(rate).during(total()))
                : randomizedIf(rampUsersPerSec(rate).to(rampTo).during(total()));
        return scenario.injectOpen(arrivals);
    }

    private OpenInjectionStep randomizedIf(OpenInjectionStep.ConstantRate.ConstantRateOpenInjectionStep step) {
        return poisson ? step.randomized() : step;
    }

    private OpenInjectionStep randomizedIf(OpenInjectionStep.RampRate.RampRateOpenInjectionStep step) {
        return poisson ? step.randomized() : step;
    }

    /**
     * A user's journey under this shape: once per user in the open model; in the closed model repeated for the
     * whole run, an iteration starting every {@link #pace} at most. Each iteration first stamps its intended start
     * ({@link IntendedStart}), so latencies can also count from when the work was meant to begin, not only from when a
     * late previous iteration let it.
     */
    public ChainBuilder journey(ChainBuilder once) {
        if (!isClosed()) {
            return exec(IntendedStart.arrival()).exec(once);
        }
        return during(total()).on(CoreDsl.pace(pace).exec(IntendedStart.nextIteration(pace)).exec(once));
    }

    /** Warm-up and measured duration together: how long load is offered. */
    public Duration total() {
        return warmup.plus(duration);
    }

    /** One line for the console and the streaming report. */
    public String describe() {
        String warm = warmup.isZero() ? "" : " after a " + warmup.toMillis() / 1000.0 + " s warm-up";
        if (isClosed()) {
            return "closed: " + users + " users, pace " + pace.toMillis() + " ms, " + duration.toSeconds() + " s"
                    + warm;
        }
        String rates = rate == rampTo ? rate + "/s" : rate + " -> " + rampTo + "/s";
        return "open: " + rates + (poisson ? " (Poisson)" : "") + ", " + duration.toSeconds() + " s" + warm;
    }
}
