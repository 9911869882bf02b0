package io.gridbench.benchmarks.calibration;

import java.util.SplittableRandom;

/**
 * The calibration work itself, shared by {@link CalibrationBenchmark} (its own JMH benchmark) and the gate's
 * profiler, which runs it between the iterations of every other benchmark. Stateless.
 *
 * <p>It must never change: editing it shifts every ratio in {@code benchmarks/baseline.json} at once.
 */
public final class CalibrationLoop {

    /** Elements per pass: one operation of the calibration is one element. */
    public static final int SIZE = 4096;

    private CalibrationLoop() {
    }

    /** The fixed input: {@link #SIZE} values from a seeded generator. */
    public static long[] values() {
        long[] values = new long[SIZE];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SIZE; i++) {
            values[i] = random.nextLong(1_000_000);
        }
        return values;
    }

    /** One pass, {@link #SIZE} operations: per element a read, a mix, a compare and a data-dependent branch. */
    public static long pass(long[] values) {
        long acc = 0;
        long best = Long.MIN_VALUE;
        for (int i = 0; i < SIZE; i++) {
            long v = values[i] ^ (acc >>> 7);
            acc += v * 0x9E3779B97F4A7C15L;
            if (v > best) {
                best = v;
            } else {
                acc ^= best;
            }
        }
        return acc + best;
    }
}
