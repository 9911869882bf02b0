package io.gridbench.benchmarks.gate;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What identifies one JMH result: the benchmark method's full name, the mode ({@code thrpt}, {@code avgt},
 * {@code sample}, {@code ss}) and the {@code @Param} values it ran with.
 */
public record BenchmarkId(String benchmark, String mode, SortedMap<String, String> params) {

    private static final String PACKAGE_PREFIX = "io.gridbench.benchmarks.";

    public BenchmarkId {
        params = new TreeMap<>(params);
    }

    public static BenchmarkId of(String benchmark, String mode, Map<String, String> params) {
        return new BenchmarkId(benchmark, mode, new TreeMap<>(params));
    }

    /** Whether a higher score is better ({@code thrpt}) rather than a lower one (a time per operation). */
    public boolean higherIsBetter() {
        return "thrpt".equals(mode);
    }

    /** A short readable name: {@code book.MatchingEngineBenchmark.mixed [thrpt] book=array}. */
    public String display() {
        String name = benchmark.startsWith(PACKAGE_PREFIX) ? benchmark.substring(PACKAGE_PREFIX.length()) : benchmark;
        String paramText = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return name + " [" + mode + "]" + (paramText.isEmpty() ? "" : " " + paramText);
    }

    @Override
    public String toString() {
        return display();
    }
}
