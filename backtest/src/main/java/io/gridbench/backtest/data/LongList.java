package io.gridbench.backtest.data;

import java.util.Arrays;

/** A growable array of primitive longs, so recording fills and samples never boxes. Single-threaded. */
public final class LongList {
    private long[] values;
    private int size;

    public LongList(int capacity) {
        values = new long[Math.max(4, capacity)];
    }

    public void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    public long get(int i) {
        return values[i];
    }

    public void set(int i, long v) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        values[i] = v;
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
