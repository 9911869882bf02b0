package io.gridbench.exchange.book;

/**
 * An open-addressing map from positive long keys to int values (order id to node slot), with linear probing and
 * backward-shift deletion so that no tombstones build up under constant add/cancel churn. Key 0 marks an empty
 * slot. Allocates only when it grows past half full. Owned by a single thread.
 */
final class LongIntHashMap {
    static final int MISSING = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private int[] values;
    private int mask;
    private int shift;
    private int size;

    LongIntHashMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    int size() {
        return size;
    }

    int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return MISSING;
            }
        }
    }

    void put(long key, int value) {
        if (key <= 0) {
            throw new IllegalArgumentException("key must be positive: " + key);
        }
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
        if (size * 2 > keys.length) {
            rehash(keys.length * 2);
        }
    }

    /** Removes a key; returns its value or {@link #MISSING}. */
    int remove(long key) {
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
        int removed = values[i];
        size--;
        // Shift later members of the probe run back so lookups never stop early at the hole.
        int hole = i;
        for (int j = (hole + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int ideal = slot(keys[j]);
            if (((j - ideal) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = 0;
        return removed;
    }

    private int slot(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int j = slot(oldKeys[i]);
                while (keys[j] != 0) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }
}
