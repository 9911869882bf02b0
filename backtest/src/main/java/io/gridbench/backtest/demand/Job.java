package io.gridbench.backtest.demand;

/**
 * A batch job (seed 000): it arrives, needs {@code tokens} at once, and starts only when the balance covers it.
 *
 * @param arrivalMillis when the job is submitted
 * @param tokens        tokens it will consume
 */
public record Job(long arrivalMillis, long tokens) {
    public Job {
        if (tokens <= 0) {
            throw new IllegalArgumentException("a job needs a positive token estimate");
        }
    }
}
