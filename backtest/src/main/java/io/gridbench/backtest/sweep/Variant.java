package io.gridbench.backtest.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a sweep grid: its position in grid order and the value of each swept key, in axis order. Immutable.
 *
 * @param index  0-based position in grid order (first axis varies slowest)
 * @param values swept key to value, in the order the axes were given
 */
public record Variant(int index, Map<String, String> values) {
    public Variant {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** {@code key=value key=value}: the variant's name in reports. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** The values as {@code key=value} overrides. */
    public List<String> overrides() {
        List<String> o = new ArrayList<>(values.size());
        values.forEach((k, v) -> o.add(k + "=" + v));
        return o;
    }
}
