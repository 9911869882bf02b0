package io.gridbench.simulations.load;

import io.gatling.javaapi.core.OpenInjectionStep;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;

/**
 * Arrival schedules Gatling's own injection profiles do not have, as arrival offsets in milliseconds from the start
 * of the load, and their translation into injection steps. Stateless.
 *
 * <p><b>Bursty arrivals</b> are a gamma process, as vLLM's benchmark draws them: the gaps between arrivals are
 * Gamma-distributed with shape {@code burstiness} and scale {@code 1 / (rate * burstiness)}, so the mean rate is
 * {@code rate} whatever the burstiness. Burstiness 1 is the exponential distribution (a Poisson process); below 1
 * arrivals bunch into bursts separated by lulls (0.25: the gaps' coefficient of variation is 2), above 1 they are
 * more even than Poisson. Drawn with Apache Commons RNG from a seed, so a run's schedule is reproducible.
 */
public final class Arrivals {

    private Arrivals() {
    }

    /**
     * Offsets of a gamma process of {@code rate} arrivals per second during {@code duration}.
     *
     * @param burstiness the gamma shape; 1 = Poisson, smaller = burstier
     */
    public static long[] gamma(double rate, double burstiness, Duration duration, long seed) {
        if (!(rate > 0) || !(burstiness > 0)) {
            throw new IllegalArgumentException("a gamma process needs a rate and a burstiness above 0");
        }
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ContinuousSampler gaps = AhrensDieterMarsagliaTsangGammaSampler.of(random, burstiness,
                1.0 / (rate * burstiness));
        double endSeconds = duration.toMillis() / 1000.0;
        long[] offsets = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.ceil(rate * endSeconds * 1.5) + 16)];
        int n = 0;
        double t = gaps.sample();
        while (t < endSeconds) {
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[n++] = (long) (t * 1000);
            t += gaps.sample();
        }
        return Arrays.copyOf(offsets, n);
    }

    /**
     * Gatling injection steps that start one user at each offset (sorted, milliseconds): users due in the same
     * millisecond arrive together, and the time between is waited out. No offset at all is one empty pause, since
     * Gatling wants at least one step per population.
     */
    public static List<OpenInjectionStep> steps(long[] offsetsMs) {
        if (offsetsMs.length == 0) {
            return List.of(nothingFor(Duration.ofMillis(1)));
        }
        List<OpenInjectionStep> steps = new ArrayList<>();
        long now = 0;
        int i = 0;
        while (i < offsetsMs.length) {
            long at = offsetsMs[i];
            int together = 0;
            while (i < offsetsMs.length && offsetsMs[i] == at) {
                together++;
                i++;
            }
            if (at > now) {
                steps.add(nothingFor(Duration.ofMillis(at - now)));
                now = at;
            }
            steps.add(atOnceUsers(together));
        }
        return steps;
    }

    /** The coefficient of variation of the gaps between offsets (1 for Poisson arrivals); NaN under three. */
    public static double gapVariation(long[] offsetsMs) {
        if (offsetsMs.length < 3) {
            return Double.NaN;
        }
        double sum = 0;
        double squares = 0;
        int n = offsetsMs.length - 1;
        for (int i = 1; i < offsetsMs.length; i++) {
            double gap = offsetsMs[i] - offsetsMs[i - 1];
            sum += gap;
            squares += gap * gap;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean)) / mean;
    }
}
