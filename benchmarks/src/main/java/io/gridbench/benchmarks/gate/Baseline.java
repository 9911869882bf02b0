package io.gridbench.benchmarks.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.files.AtomicFiles;
import org.openjdk.jmh.profile.Profiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The committed expectations, {@code benchmarks/baseline.json}: which benchmark is the calibration reference, the
 * default threshold, and one {@link BaselineEntry} per benchmark. Immutable; {@link #updatedWith} returns a new one.
 *
 * <pre>{@code
 * {
 *   "reference": "io.gridbench.benchmarks.calibration.CalibrationBenchmark.reference",
 *   "defaultMinRatio": 0.5,
 *   "recordedOn": "2 cores, AMD EPYC (family 26, model 2, stepping 1), OpenJDK ..., quick run in 3 forks ...",
 *   "recordedCpu": "AMD EPYC (family 26, model 2, stepping 1)",
 *   "benchmarks": [
 *     { "benchmark": "...MatchingEngineBenchmark.mixed", "mode": "thrpt", "params": {"book": "array"},
 *       "opsPerSecond": 6.1E6, "relative": 0.029, "target": 5.0E6, "maxAllocBytesPerOp": 1.0,
 *       "threshold": 0.87, "samples": [0.0391, 0.0402, ...] }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code samples} and {@code threshold} are what the rank test uses ({@link RatioTest}); {@code relative} and
 * {@code minRatio} the best-iteration rule of entries without samples or with a {@code minRatio} of their own.
 *
 * @param recordedOn  the machine and procedure of the last recording, for people
 * @param recordedCpu the CPU of the last recording ({@link CpuModel}), which the gate compares with its own; empty
 *                    in a baseline recorded before it was kept
 */
public record Baseline(String reference, double defaultMinRatio, String recordedOn, String recordedCpu,
                       List<BaselineEntry> entries, List<RatioEntry> ratios) {

    /** The lowest and highest rank-test threshold a baseline entry gets, whatever its spread. */
    public static final double MIN_THRESHOLD = 0.5;
    public static final double MAX_THRESHOLD = 0.90;
    /** How far below its slowest recorded fork an entry's threshold lies. */
    public static final double THRESHOLD_MARGIN = 0.10;
    /** The threshold of an entry recorded in one fork, whose spread between forks is unknown. */
    public static final double SINGLE_FORK_THRESHOLD = 0.80;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Baseline {
        entries = List.copyOf(entries);
        ratios = List.copyOf(ratios);
    }

    /** A baseline without ratio entries that does not name its CPU. */
    public Baseline(String reference, double defaultMinRatio, String recordedOn, List<BaselineEntry> entries) {
        this(reference, defaultMinRatio, recordedOn, "", entries, List.of());
    }

    public Optional<BaselineEntry> entry(BenchmarkId id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** This baseline with another default threshold (entries with their own keep it). */
    public Baseline withDefaultMinRatio(double minRatio) {
        return new Baseline(reference, minRatio, recordedOn, recordedCpu, entries, ratios);
    }

    /**
     * The profilers the ratio entries need for a run of these benchmarks: those of every entry with a side the
     * pattern selects, in the order of the entries, without repeats.
     */
    public List<String> profilersFor(Pattern selection) {
        return ratios.stream()
                .filter(r -> r.sides().stream().anyMatch(side -> selection.matcher(side.id().benchmark()).find()))
                .flatMap(r -> r.profilers().stream())
                .distinct()
                .toList();
    }

    /** The threshold of an entry: its own {@code minRatio} or the default. */
    public double minRatio(BaselineEntry entry) {
        return Double.isNaN(entry.minRatio()) ? defaultMinRatio : entry.minRatio();
    }

    /**
     * The rank-test threshold for a benchmark recorded in these forks: {@link #THRESHOLD_MARGIN} below the median of
     * its slowest fork (as a fraction of the median of all samples), kept within {@link #MIN_THRESHOLD} and
     * {@link #MAX_THRESHOLD}. A fork is one JVM with its own JIT decisions, and those move a benchmark by more than
     * its iterations within one fork do: the spread between forks is what a gate run can land anywhere in.
     */
    public static double thresholdFor(List<List<Double>> forks) {
        List<List<Double>> measured = forks.stream().filter(f -> !f.isEmpty()).toList();
        if (measured.size() < 2) {
            return SINGLE_FORK_THRESHOLD;
        }
        double pooled = median(measured.stream().flatMap(List::stream).toList());
        double slowest = measured.stream().mapToDouble(Baseline::median).min().orElseThrow();
        return Math.max(MIN_THRESHOLD, Math.min(MAX_THRESHOLD, slowest / pooled - THRESHOLD_MARGIN));
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * A baseline re-recorded from a run: every measured benchmark gets its new speed, ratio, samples and threshold,
     * keeping the budgets and targets it had; benchmarks not in the run keep their old entries. The baseline then
     * names {@code machine} and {@code cpu}, the machine of this run, whatever the kept entries were recorded on.
     *
     * @throws GateException when the run lacks the reference benchmark
     */
    public Baseline updatedWith(List<BenchmarkScore> scores, String machine, String cpu) {
        double referenceSpeed = referenceSpeed(scores);
        Map<BenchmarkId, BaselineEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        for (BenchmarkScore s : scores) {
            if (s.id().benchmark().equals(reference)) {
                continue;
            }
            double speed = s.opsPerSecond();
            List<Double> samples = s.pooledRatioSamples().stream().map(Baseline::fourDigits).toList();
            double threshold = samples.isEmpty() ? Double.NaN : fourDigits(thresholdFor(s.ratioSamples()));
            BaselineEntry old = byId.get(s.id());
            byId.put(s.id(), old != null
                    ? old.remeasured(speed, speed / referenceSpeed, samples, threshold)
                    : new BaselineEntry(s.id(), speed, speed / referenceSpeed, Double.NaN, Double.NaN, Double.NaN,
                    samples, threshold));
        }
        List<BaselineEntry> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing((BaselineEntry e) -> e.id().benchmark())
                .thenComparing(e -> e.id().mode())
                .thenComparing(e -> e.id().params().toString()));
        List<RatioEntry> rerecorded = ratios.stream().map(r -> rerecorded(r, scores)).toList();
        return new Baseline(reference, defaultMinRatio, machine, cpu, sorted, rerecorded);
    }

    /** The entries a run did not measure: {@link #updatedWith} keeps them as they were recorded. */
    public List<BaselineEntry> notMeasuredIn(List<BenchmarkScore> scores) {
        return entries.stream().filter(e -> find(scores, e.id()) == null).toList();
    }

    /** A ratio entry recorded again when the run has both its sides, else as it was. */
    private static RatioEntry rerecorded(RatioEntry ratio, List<BenchmarkScore> scores) {
        BenchmarkScore top = find(scores, ratio.numerator().id());
        BenchmarkScore bottom = ratio.denominator() == null ? null : find(scores, ratio.denominator().id());
        return top == null || (bottom == null && ratio.denominator() != null) ? ratio : ratio.rerecorded(top, bottom);
    }

    private static BenchmarkScore find(List<BenchmarkScore> scores, BenchmarkId id) {
        return scores.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
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
        JsonNode ratioList = root.path("ratios");
        if (!ratioList.isMissingNode() && !ratioList.isArray()) {
            throw new GateException(source + ": 'ratios' must be an array");
        }
        List<RatioEntry> ratios = new ArrayList<>();
        for (int i = 0; i < ratioList.size(); i++) {
            RatioEntry ratio = ratio(ratioList.get(i), source + ": ratios[" + i + "]");
            if (ratios.stream().anyMatch(r -> r.name().equals(ratio.name()))) {
                throw new GateException(source + ": ratios[" + i + "]: 'name' " + ratio.name() + " is used twice");
            }
            ratios.add(ratio);
        }
        return new Baseline(reference, defaultMinRatio, root.path("recordedOn").asText(""),
                root.path("recordedCpu").asText(""), entries, ratios);
    }

    private static RatioEntry ratio(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new GateException(where + ": expected an object");
        }
        String name = requiredText(node, "name", where);
        String at = where + " (" + name + ")";
        JsonNode about = node.get("about");
        if (about != null && !about.isTextual()) {
            throw new GateException(at + ": field 'about' must be text");
        }
        RatioSide numerator = side(node.get("numerator"), at, "numerator");
        JsonNode bottom = node.get("denominator");
        RatioSide denominator = bottom == null || bottom.isNull() ? null : side(bottom, at, "denominator");
        double recorded = positiveOrNaN(node, "recorded", at);
        double floor = positiveOrNaN(node, "floor", at);
        double goal = positiveOrNaN(node, "goal", at);
        if (Double.isNaN(goal)) {
            throw new GateException(at + ": missing field 'goal' (a positive number)");
        }
        return new RatioEntry(name, about == null ? "" : about.asText(), numerator, denominator, recorded, floor,
                goal);
    }

    private static RatioSide side(JsonNode node, String where, String field) {
        if (node == null || !node.isObject()) {
            throw new GateException(where + ": missing object '" + field + "'");
        }
        String at = where + "." + field;
        Map<String, String> params = new TreeMap<>();
        JsonNode paramNode = node.path("params");
        if (!paramNode.isMissingNode() && !paramNode.isObject()) {
            throw new GateException(at + ": field 'params' must be an object of @Param values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = paramNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            params.put(e.getKey(), e.getValue().asText());
        }
        String mode = node.has("mode") ? requiredText(node, "mode", at) : "thrpt";
        BenchmarkId id = BenchmarkId.of(requiredText(node, "benchmark", at), mode, params);
        String metric = requiredText(node, "metric", at);
        double scale = positiveOrNaN(node, "scale", at);
        String profiler = node.has("profiler") ? requiredText(node, "profiler", at) : null;
        if (profiler != null) {
            requireProfiler(profiler, at);
        }
        return new RatioSide(id, metric, Double.isNaN(scale) ? 1 : scale, profiler);
    }

    private static void requireProfiler(String className, String where) {
        try {
            if (!Profiler.class.isAssignableFrom(Class.forName(className))) {
                throw new GateException(where + ": field 'profiler': " + className + " is not a JMH profiler");
            }
        } catch (ClassNotFoundException e) {
            throw new GateException(where + ": field 'profiler': no class " + className + " in benchmarks.jar");
        }
    }

    private static double positiveOrNaN(JsonNode node, String field, String where) {
        double value = optionalNumber(node, field, where);
        if (!Double.isNaN(value) && value <= 0) {
            throw new GateException(where + ": field '" + field + "' must be a positive number, was " + value);
        }
        return value;
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
        List<Double> samples = new ArrayList<>();
        JsonNode sampleList = node.path("samples");
        if (!sampleList.isMissingNode() && !sampleList.isArray()) {
            throw new GateException(where + " (" + id + "): 'samples' must be an array of positive numbers");
        }
        for (JsonNode sample : sampleList) {
            if (!sample.isNumber() || sample.asDouble() <= 0) {
                throw new GateException(where + " (" + id + "): 'samples' must hold positive numbers, found "
                        + sample);
            }
            samples.add(sample.asDouble());
        }
        double threshold = optionalNumber(node, "threshold", where);
        if (!samples.isEmpty() && (Double.isNaN(threshold) || threshold <= 0 || threshold > 1)) {
            throw new GateException(where + " (" + id + "): 'threshold' must be in (0, 1] when there are samples");
        }
        return new BaselineEntry(id, optionalNumber(node, "opsPerSecond", where), relative, minRatio,
                optionalNumber(node, "target", where), optionalNumber(node, "maxAllocBytesPerOp", where), samples,
                threshold);
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
        if (!recordedCpu.isEmpty()) {
            root.put("recordedCpu", recordedCpu);
        }
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
            if (!e.samples().isEmpty()) {
                node.put("threshold", e.threshold());
                ArrayNode samples = node.putArray("samples");
                e.samples().forEach(samples::add);
            }
        }
        if (!ratios.isEmpty()) {
            ArrayNode ratioList = root.putArray("ratios");
            ratios.forEach(r -> writeRatio(ratioList.addObject(), r));
        }
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new GateException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeRatio(ObjectNode node, RatioEntry r) {
        node.put("name", r.name());
        if (!r.about().isEmpty()) {
            node.put("about", r.about());
        }
        writeSide(node.putObject("numerator"), r.numerator());
        if (r.denominator() != null) {
            writeSide(node.putObject("denominator"), r.denominator());
        }
        putIfSet(node, "recorded", r.recorded());
        putIfSet(node, "floor", r.floor());
        node.put("goal", r.goal());
    }

    private static void writeSide(ObjectNode node, RatioSide side) {
        node.put("benchmark", side.id().benchmark());
        node.put("mode", side.id().mode());
        if (!side.id().params().isEmpty()) {
            ObjectNode params = node.putObject("params");
            side.id().params().forEach(params::put);
        }
        node.put("metric", side.metric());
        if (side.scale() != 1) {
            node.put("scale", side.scale());
        }
        if (side.profiler() != null) {
            node.put("profiler", side.profiler());
        }
    }

    private static double fourDigits(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", value));
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
