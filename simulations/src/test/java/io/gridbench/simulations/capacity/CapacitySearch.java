package io.gridbench.simulations.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the highest offered rate that meets an SLO, guidellm-style: steps of doubling rate from the plan's first
 * rate until one fails (or the last rate is reached), then bisection between the last passing and the first failing
 * rate. A failing step ends the doubling at once: past an over-saturated rate a higher one only queues more, so the
 * search never spends a step deeper in saturation than the first one it met. Runs steps one after another on the
 * calling thread; the step itself is a function, so the search is tested on a synthetic target.
 */
public final class CapacitySearch {

    /** Runs one step at an offered rate. */
    @FunctionalInterface
    public interface Step {
        StepResult run(double rate) throws Exception;
    }

    private CapacitySearch() {
    }

    /** Runs the search; an exception from a step ends it and is rethrown (the run broke). */
    public static CapacityResult run(SearchPlan plan, Step step) throws Exception {
        List<StepResult> steps = new ArrayList<>();
        double pass = Double.NaN;
        double fail = Double.NaN;
        double rate = plan.fromRate();
        while (true) {
            StepResult result = step.run(rate);
            steps.add(result);
            if (!result.passed()) {
                fail = rate;
                break;
            }
            pass = rate;
            if (rate >= plan.toRate()) {
                break;
            }
            rate = Math.min(rate * 2, plan.toRate());
        }
        String end;
        if (Double.isNaN(fail)) {
            end = String.format(Locale.ROOT, "every step up to --to-rate %s/s passed", rate(plan.toRate()));
        } else if (Double.isNaN(pass)) {
            end = String.format(Locale.ROOT, "the first step, %s/s, already failed: %s", rate(fail),
                    steps.get(0).failure());
        } else {
            int bisections = 0;
            while (bisections < plan.maxBisections() && fail - pass > plan.resolution() * pass) {
                double mid = round((pass + fail) / 2);
                if (mid <= pass || mid >= fail) {
                    break;
                }
                StepResult result = step.run(mid);
                steps.add(result);
                bisections++;
                if (result.passed()) {
                    pass = mid;
                } else {
                    fail = mid;
                }
            }
            end = String.format(Locale.ROOT, "bisected to between %s/s (passed) and %s/s (failed) in %d steps",
                    rate(pass), rate(fail), bisections);
        }
        return new CapacityResult(steps, pass, fail, end);
    }

    /** Rates are kept to two decimals so each step's rate reads as it was run. */
    static double round(double rate) {
        return Math.round(rate * 100) / 100.0;
    }

    static String rate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : String.format(Locale.ROOT, "%.2f", rate);
    }
}
