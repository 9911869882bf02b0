package io.gridbench.simulations.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

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
 *   {@code gridbench.paceMs} at most; the last iteration of each runs to its end.</li>
 * </ul>
 * Two more arrival shapes of the open model ({@link Arrivals}): <b>bursty</b> arrivals, a gamma process with
 * {@code gridbench.burstiness} (1 = Poisson, the default; below 1 burstier) at {@code gridbench.rate}, seeded by
 * {@code gridbench.seed}; and a <b>trace</b> ({@code gridbench.trace}, a CSV read by {@link TraceFile}) replayed at
 * its own timing times {@code gridbench.trace.speed}, or scaled so the whole trace arrives at
 * {@code gridbench.trace.rate} requests per second, cycling through it when {@code gridbench.duration} is longer
 * (by default a replay lasts one pass of the trace).
 * A warm-up ({@code gridbench.warmup} seconds, default 0) runs the same load before the measured duration; the
 * goodput and SLO figures leave it out (Gatling's own report does not).
 * Immutable.
 *
 * @param duration how long users keep arriving (open) or looping (closed) after the warm-up
 * @param warmup   how long the same load runs first, unmeasured
 * @param pace     closed model: the least time from one iteration's start to the next; open model: unused
 * @param burstiness the gamma shape of bursty arrivals; 1 keeps Gatling's own (Poisson or even) arrivals
 * @param trace    the recorded traffic to replay, or {@code null}
 * @param speed    a trace's replay speed (2 = twice as fast as recorded)
 * @param seed     seeds the bursty arrivals (the same {@code gridbench.seed} that seeds the simulated exchange)
 */
public record LoadShape(String model, double rate, double rampTo, boolean poisson, int users, Duration duration,
                        Duration pace, Duration warmup, double burstiness, Trace trace, double speed, long seed) {
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
        double burstiness = Settings.nonNegativeDouble("burstiness", 1);
        Trace trace = Settings.isSet("trace") ? TraceFile.read(Path.of(Settings.string("trace", ""))) : null;
        if (!(burstiness > 0)) {
            throw new IllegalArgumentException("-Dgridbench.burstiness=0: expected a number above 0 (1 = Poisson)");
        }
        if (CLOSED.equals(model) && (burstiness != 1 || trace != null)) {
            throw new IllegalArgumentException("-Dgridbench.burstiness and -Dgridbench.trace shape arrivals: they "
                    + "need the open model");
        }
        if (burstiness != 1 && rate != rampTo) {
            throw new IllegalArgumentException("-Dgridbench.burstiness: bursty arrivals need a constant rate, not a "
                    + "ramp");
        }
        double speed = trace == null ? 1 : Settings.isSet("trace.rate")
                ? above0("trace.rate", Settings.nonNegativeDouble("trace.rate", 1)) / trace.meanRate()
                : above0("trace.speed", Settings.nonNegativeDouble("trace.speed", 1));
        Duration duration = trace != null && !Settings.isSet("duration")
                ? Duration.ofMillis((long) Math.ceil(trace.cycleMs() / speed))
                : Duration.ofSeconds(Settings.positiveInt("duration", 10));
        return new LoadShape(model, rate, rampTo,
                Settings.bool("poisson", true),
                Settings.positiveInt("users", defaultUsers),
                duration,
                Duration.ofMillis(Settings.positiveInt("paceMs", 200)),
                Duration.ofMillis(Math.round(1000 * Settings.nonNegativeDouble("warmup", 0))),
                burstiness, trace, speed, Settings.positiveInt("seed", 42));
    }

    private static double above0(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("-Dgridbench." + name + "=0: expected a number above 0");
        }
        return value;
    }

    public boolean isClosed() {
        return CLOSED.equals(model);
    }

    /** The population of {@code scenario} under this shape: the simulation's only one, replaying all the trace. */
    public PopulationBuilder inject(ScenarioBuilder scenario) {
        return inject(scenario, 0, trace);
    }

    /**
     * The population of {@code scenario} under this shape.
     *
     * @param population a number of its own per population, so each draws its own bursty arrivals
     * @param part       the part of the trace this population replays (ignored without a trace)
     */
    public PopulationBuilder inject(ScenarioBuilder scenario, int population, Trace part) {
        if (isClosed()) {
            return scenario.injectClosed(constantConcurrentUsers(users).during(total()));
        }
        if (trace != null) {
            return scenario.injectOpen(Arrivals.steps(part.schedule(speed, total())));
        }
        if (burstiness != 1) {
            return scenario.injectOpen(Arrivals.steps(Arrivals.gamma(rate, burstiness, total(),
                    seed * 31 + population)));
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
        // exitASAP off: an iteration under way when the time is up runs to its end. Cut off, it would count as a
        // failed request in goodput, one per user whatever the server did (10,000 of a 10,000-user run).
        return during(total(), false).on(CoreDsl.pace(pace).exec(IntendedStart.nextIteration(pace)).exec(once));
    }

    /**
     * {@code setUp}, cut off after {@code gridbench.maxSeconds} when that is set: requests still in flight then are
     * abandoned (goodput counts them as failed). A capacity step past saturation would otherwise wait out every
     * queued request's timeout.
     */
    public static Simulation.SetUp bounded(Simulation.SetUp setUp) {
        return Settings.isSet("maxSeconds")
                ? setUp.maxDuration(Duration.ofSeconds(Settings.positiveInt("maxSeconds", 1))) : setUp;
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
        if (trace != null) {
            return String.format(Locale.ROOT, "open: trace %s (%d requests a pass, %.1f/s as recorded) at %.2fx, "
                    + "%.1f s", trace.source(), trace.rows().size(), trace.meanRate(), speed,
                    duration.toMillis() / 1000.0) + warm;
        }
        String rates = rate == rampTo ? rate + "/s" : rate + " -> " + rampTo + "/s";
        String shape = burstiness != 1 ? " (gamma, burstiness " + burstiness + ")" : poisson ? " (Poisson)" : "";
        return "open: " + rates + shape + ", " + duration.toSeconds() + " s" + warm;
    }
}
