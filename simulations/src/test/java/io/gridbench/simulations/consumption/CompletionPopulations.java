package io.gridbench.simulations.consumption;

import io.gridbench.simulations.load.Settings;

/**
 * Which of the completions simulation's two populations run, read from {@code -Dgridbench.populations}:
 * {@code both} (default: whole and streamed completions, each under the whole load shape), {@code streamed} or
 * {@code whole}. A streams-only run holds as many streams as the load shape offers users with none of its
 * connections spent on whole completions, which matters where each process may open only so many files.
 * Immutable.
 *
 * @param whole    whether the whole-completion population runs
 * @param streamed whether the streaming population runs
 */
public record CompletionPopulations(boolean whole, boolean streamed) {
    public static final String PROPERTY = "populations";

    /** Reads {@code -Dgridbench.populations}; a value other than both, streamed or whole is refused by name. */
    public static CompletionPopulations fromProperties() {
        return switch (Settings.choice("populations", "both", "both", "streamed", "whole")) {
            case "streamed" -> new CompletionPopulations(false, true);
            case "whole" -> new CompletionPopulations(true, false);
            default -> new CompletionPopulations(true, true);
        };
    }

    /** How many populations share a rate (the capacity search divides its request rate by this). */
    public int count() {
        return (whole ? 1 : 0) + (streamed ? 1 : 0);
    }
}
