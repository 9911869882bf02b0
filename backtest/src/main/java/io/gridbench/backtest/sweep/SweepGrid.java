package io.gridbench.backtest.sweep;

import io.gridbench.backtest.config.ConfigException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cartesian product of several {@link SweepAxis}: every combination of their values, in a fixed order (the
 * first axis varies slowest, like nested loops). Immutable.
 */
public record SweepGrid(List<SweepAxis> axes) {
    /** A guard against a grid that would run for days by mistake. */
    public static final int MAX_VARIANTS = 100_000;

    public SweepGrid {
        axes = List.copyOf(axes);
        if (axes.isEmpty()) {
            throw new ConfigException("--vary", null, "give at least one key=v1,v2,... to sweep");
        }
        Set<String> keys = new HashSet<>();
        long size = 1;
        for (SweepAxis a : axes) {
            if (!keys.add(a.key())) {
                throw new ConfigException("--vary", a.key(), "is swept twice; list all its values in one --vary");
            }
            size *= a.values().size();
            if (size > MAX_VARIANTS) {
                throw new ConfigException("--vary", a.key(), "the grid has more than " + MAX_VARIANTS
                        + " variants; sweep fewer values");
            }
        }
    }

    /** Parses {@code --vary} arguments in order. */
    public static SweepGrid parse(List<String> specs) {
        List<SweepAxis> axes = new ArrayList<>();
        for (String s : specs) {
            axes.add(SweepAxis.parse(s));
        }
        return new SweepGrid(axes);
    }

    public List<String> keys() {
        List<String> k = new ArrayList<>();
        for (SweepAxis a : axes) {
            k.add(a.key());
        }
        return k;
    }

    public int size() {
        int n = 1;
        for (SweepAxis a : axes) {
            n *= a.values().size();
        }
        return n;
    }

    /** All variants in grid order. */
    public List<Variant> variants() {
        int n = size();
        List<Variant> out = new ArrayList<>(n);
        int[] digit = new int[axes.size()];
        for (int i = 0; i < n; i++) {
            Map<String, String> v = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                v.put(axes.get(a).key(), axes.get(a).values().get(digit[a]));
            }
            out.add(new Variant(i, v));
            for (int a = axes.size() - 1; a >= 0; a--) {
                if (++digit[a] < axes.get(a).values().size()) {
                    break;
                }
                digit[a] = 0;
            }
        }
        return out;
    }
}
