package io.gridbench.exchange.market;

import java.util.Arrays;

/**
 * Deterministic, opaque, unique ids such as {@code order_3f9a0c12e4b7d615}: a counter per prefix passed through a
 * bijective 64-bit mix keyed by the seed and the prefix, so the same seed replays the same ids and no two calls
 * collide. Each prefix counts on its own, so placing more orders never changes the ids of trades: two runs of a
 * market that differ only by orders that never trade print the same trade ids (the backtest-fidelity
 * counterfactual relies on it). Not thread-safe; the venue's core thread owns it.
 */
public final class IdGenerator {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final long seed;
    /** The prefixes seen so far and their counters: a handful, so a scan beats a map on this hot path. */
    private String[] prefixes = new String[4];
    private long[] counters = new long[4];
    private int size;

    public IdGenerator(long seed) {
        this.seed = seed;
    }

    /** The next id with the given prefix, for example {@code next("trade")} gives {@code trade_...}. */
    public String next(String prefix) {
        int i = slot(prefix);
        long x = ++counters[i] * GOLDEN + seed + prefix.hashCode() * 0xD1B54A32D192ED03L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        String hex = Long.toHexString(x);
        return prefix + "_" + "0".repeat(16 - hex.length()) + hex;
    }

    private int slot(String prefix) {
        for (int i = 0; i < size; i++) {
            if (prefixes[i].equals(prefix)) {
                return i;
            }
        }
        if (size == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, size * 2);
            counters = Arrays.copyOf(counters, size * 2);
        }
        prefixes[size] = prefix;
        return size++;
    }
}
