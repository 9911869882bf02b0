package io.gridbench.benchmarks.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the JSON that JMH writes with {@code -rf json} into {@link BenchmarkScore}s. */
public final class JmhResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhResults() {
    }

    /** @throws GateException naming the file and what is wrong with it */
    public static List<BenchmarkScore> read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new GateException("cannot read JMH results " + file + ": " + e.getMessage());
        }
    }

    /** @param source names the text in error messages (a file name) */
    public static List<BenchmarkScore> parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GateException(source + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new GateException(source + ": expected a JSON array of JMH results");
        }
        List<BenchmarkScore> scores = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            scores.add(score(root.get(i), source + "[" + i + "]"));
        }
        return scores;
    }

    private static BenchmarkScore score(JsonNode node, String where) {
        String benchmark = text(node, "benchmark", where);
        String mode = text(node, "mode", where);
        Map<String, String> params = new TreeMap<>();
        JsonNode paramNode = node.path("params");
        for (Iterator<Map.Entry<String, JsonNode>> it = paramNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        JsonNode primary = node.path("primaryMetric");
        if (!primary.isObject()) {
            throw new GateException(where + ": missing field 'primaryMetric' (" + benchmark + ")");
        }
        double score = number(primary, "score", where + ".primaryMetric");
        String unit = text(primary, "scoreUnit", where + ".primaryMetric");
        double error = primary.path("scoreError").asDouble(Double.NaN);
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = primary.path("scorePercentiles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            percentiles.put(Double.parseDouble(e.getKey()), e.getValue().asDouble());
        }
        if (!"sample".equals(mode)) {
            percentiles.clear();
        }
        double best = bestIteration(primary.path("rawData"), score, "thrpt".equals(mode));
        if ("sample".equals(mode)) {
            best = score;
        }
        double alloc = node.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
        JsonNode secondary = node.path("secondaryMetrics");
        List<List<Double>> ratios = positiveIterations(secondary.path(CpuRatioProfiler.RATIO).path("rawData"));
        Map<String, List<List<Double>>> iterations = new LinkedHashMap<>();
        if (!"sample".equals(mode)) {
            iterations.put(BenchmarkScore.PRIMARY, positiveIterations(primary.path("rawData")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = secondary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            iterations.put(e.getKey(), positiveIterations(e.getValue().path("rawData")));
        }
        try {
            ScoreUnits.opsPerSecond(score, unit);
        } catch (IllegalArgumentException e) {
            throw new GateException(where + ".primaryMetric.scoreUnit: " + e.getMessage());
        }
        return new BenchmarkScore(BenchmarkId.of(benchmark, mode, params), score, error, best, unit, alloc,
                percentiles, ratios, iterations);
    }

    /**
     * A metric's rawData, one array of iteration values per fork, keeping positive numbers: a profiler that could
     * not measure an iteration reports NaN or 0 (JMH writes NaN as a string).
     */
    private static List<List<Double>> positiveIterations(JsonNode rawData) {
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : rawData) {
            List<Double> values = new ArrayList<>();
            for (JsonNode iteration : fork) {
                if (iteration.isNumber() && iteration.asDouble() > 0) {
                    values.add(iteration.asDouble());
                }
            }
            forks.add(values);
        }
        return forks;
    }

    /** rawData is one array of iteration scores per fork; the best is the highest throughput or the lowest time. */
    private static double bestIteration(JsonNode rawData, double fallback, boolean higherIsBetter) {
        double best = Double.NaN;
        for (JsonNode fork : rawData) {
            for (JsonNode iteration : fork) {
                if (iteration.isNumber()) {
                    double v = iteration.asDouble();
                    best = Double.isNaN(best) || (higherIsBetter ? v > best : v < best) ? v : best;
                }
            }
        }
        return Double.isNaN(best) ? fallback : best;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new GateException(where + ": missing or non-text field '" + field + "'");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new GateException(where + ": missing or non-numeric field '" + field + "'");
        }
        return value.asDouble();
    }
}
