package io.gridbench.benchmarks.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed expectations, {@code benchmarks/baseline.json}: which benchmark is the calibration reference, the
 * default threshold, and one {@link BaselineEntry} per benchmark. Immutable; {@link #updatedWith} returns a new one.
 *
 * <pre>{@code
 * {
 *   "reference": "io.gridbench.benchmarks.calibration.CalibrationBenchmark.reference",
 *   "defaultMinRatio": 0.5,
 *   "benchmarks": [
 *     { "benchmark": "...MatchingEngineBenchmark.mixed", "mode": "thrpt", "params": {"book": "array"},
 *       "opsPerSecond": 6.1E6, "relative": 0.029, "target": 5.0E6, "maxAllocBytesPerOp": 1.0 }
 *   ]
 * }
 * }</pre>
 */
public record Baseline(String reference, double defaultMinRatio, String recordedOn, List<BaselineEntry> entries) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Baseline {
        entries = List.copyOf(entries);
    }

    public Optional<BaselineEntry> entry(BenchmarkId id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** This baseline with another default threshold (entries with their own keep it). */
    public Baseline withDefaultMinRatio(double minRatio) {
        return new Baseline(reference, minRatio, recordedOn, entries);
    }

    /** The threshold of an entry: its own {@code minRatio} or the default. */
    public double minRatio(BaselineEntry entry) {
        return Double.isNaN(entry.minRatio()) ? defaultMinRatio : entry.minRatio();
    }

    /**
     * A baseline re-recorded from a run: every measured benchmark gets its new speed and ratio, keeping the
     * thresholds and targets it had; benchmarks not in the run keep their old entries.
     *
     * @throws GateException when the run lacks the reference benchmark
     */
    public Baseline updatedWith(List<BenchmarkScore> scores, String machine) {
        double referenceSpeed = referenceSpeed(scores);
        Map<BenchmarkId, BaselineEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        for (BenchmarkScore s : scores) {
            if (s.id().benchmark().equals(reference)) {
                continue;
            }
            double speed = s.opsPerSecond();
            BaselineEntry old = byId.get(s.id());
            byId.put(s.id(), old != null
                    ? old.remeasured(speed, speed / referenceSpeed)
                    : new BaselineEntry(s.id(), speed, speed / referenceSpeed, Double.NaN, Double.NaN, Double.NaN));
        }
        List<BaselineEntry> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing((BaselineEntry e) -> e.id().benchmark())
                .thenComparing(e -> e.id().mode())
                .thenComparing(e -> e.id().params().toString()));
        return new Baseline(reference, defaultMinRatio, machine, sorted);
    }

    /** The reference benchmark's speed in a run (the best if it ran several times). */
    public double referenceSpeed(List<BenchmarkScore> scores) {
        return scores.stream()
                .filter(s -> s.id().benchmark().equals(reference))
                .mapToDouble(BenchmarkScore::opsPerSecond)
                .max()
                .orElseThrow(() -> new GateException("the run has no result for the calibration benchmark "
                        + reference + ": it must run with every gate"));
    }

    /** @throws GateException naming the file and the field at fault */
    public static Baseline read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new GateException("cannot read baseline " + file + ": " + e.getMessage()
                    + " (record one with ./gridbench bench --update-baseline)");
        }
    }

    public static Baseline parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GateException(source + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new GateException(source + ": expected a JSON object");
        }
        String reference = requiredText(root, "reference", source);
        double defaultMinRatio = optionalNumber(root, "defaultMinRatio", source);
        if (Double.isNaN(defaultMinRatio) || defaultMinRatio <= 0 || defaultMinRatio > 1) {
            throw new GateException(source + ": 'defaultMinRatio' must be a number in (0, 1]");
        }
        JsonNode list = root.path("benchmarks");
        if (!list.isArray()) {
            throw new GateException(source + ": missing array 'benchmarks'");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(list.get(i), source + ": benchmarks[" + i + "]"));
        }
        return new Baseline(reference, defaultMinRatio, root.path("recordedOn").asText(""), entries);
    }

    private static BaselineEntry entry(JsonNode node, String where) {
        Map<String, String> params = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        BenchmarkId id = BenchmarkId.of(requiredText(node, "benchmark", where), requiredText(node, "mode", where),
                params);
        double relative = optionalNumber(node, "relative", where);
        if (Double.isNaN(relative) || relative <= 0) {
            throw new GateException(where + " (" + id + "): 'relative' must be a positive number");
        }
        double minRatio = optionalNumber(node, "minRatio", where);
        if (!Double.isNaN(minRatio) && (minRatio <= 0 || minRatio > 1)) {
            throw new GateException(where + " (" + id + "): 'minRatio' must be in (0, 1]");
        }
        return new BaselineEntry(id, optionalNumber(node, "opsPerSecond", where), relative, minRatio,
                optionalNumber(node, "target", where), optionalNumber(node, "maxAllocBytesPerOp", where));
    }

    private static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new GateException(where + ": missing or non-text field '" + field + "'");
        }
        return value.asText();
    }

    private static double optionalNumber(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new GateException(where + ": field '" + field + "' must be a number, was " + value);
        }
        return value.asDouble();
    }

    /** Writes this baseline as indented JSON, one entry per benchmark, optional fields only when set. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("reference", reference);
        root.put("defaultMinRatio", defaultMinRatio);
        root.put("recordedOn", recordedOn);
        ArrayNode list = root.putArray("benchmarks");
        for (BaselineEntry e : entries) {
            ObjectNode node = list.addObject();
            node.put("benchmark", e.id().benchmark());
            node.put("mode", e.id().mode());
            if (!e.id().params().isEmpty()) {
                ObjectNode params = node.putObject("params");
                e.id().params().forEach(params::put);
            }
            putIfSet(node, "opsPerSecond", round(e.opsPerSecond()));
            node.put("relative", e.relative());
            putIfSet(node, "minRatio", e.minRatio());
            putIfSet(node, "target", e.target());
            putIfSet(node, "maxAllocBytesPerOp", e.maxAllocBytesPerOp());
        }
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new GateException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10.0) / 10.0;
    }

    private static void putIfSet(ObjectNode node, String field, double value) {
        if (!Double.isNaN(value)) {
            node.put(field, value);
        }
    }
}
