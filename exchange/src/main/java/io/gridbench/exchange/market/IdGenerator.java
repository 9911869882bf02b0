package io.gridbench.exchange.market;

/**
 * Deterministic, opaque, unique ids such as {@code order_3f9a0c12e4b7d615}: a counter passed through a bijective
 * 64-bit mix keyed by a seed, so the same seed replays the same ids and no two calls collide. Not thread-safe; the
 * venue's core thread owns it.
 */
public final class IdGenerator {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final long seed;
    private long counter;

    public IdGenerator(long seed) {
        this.seed = seed;
    }

    /** The next id with the given prefix, for example {@code next("trade")} gives {@code trade_...}. */
    public String next(String prefix) {
        long x = ++counter * GOLDEN + seed;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        String hex = Long.toHexString(x);
        return prefix + "_" + "0".repeat(16 - hex.length()) + hex;
    }
}
