package io.gridbench.benchmarks.json;

import java.util.concurrent.Callable;

/**
 * Runs a benchmark's code in {@code @Setup} until it is compiled, so that short warm-up settings (the quick gate's
 * two seconds) measure compiled code. The tree-based JSON paths call into hundreds of JDK and Jackson methods
 * (date formatting, BigDecimal, tree serialisation); on a busy two-core machine the JIT needed four or more seconds
 * to compile them all, and a quick run measured them ten times too slow.
 */
final class JitWarmUp {

    private static final long MAX_NANOS = 3_000_000_000L;
    private static final int MAX_CALLS = 300_000;

    private JitWarmUp() {
    }

    /** Calls {@code work} up to 300,000 times or for 3 seconds, whichever ends first. */
    static int run(Callable<?> work) throws Exception {
        long deadline = System.nanoTime() + MAX_NANOS;
        int sink = 0;
        for (int i = 0; i < MAX_CALLS && System.nanoTime() < deadline; i++) {
            sink += System.identityHashCode(work.call()) & 1;
        }
        return sink;
    }
}
