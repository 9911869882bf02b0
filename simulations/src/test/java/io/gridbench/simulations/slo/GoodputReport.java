package io.gridbench.simulations.slo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.html.HtmlText;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a {@link GoodputSummary} as {@value #JSON} (for machines and the capacity search) and {@value #HTML} (for
 * people) into a folder, normally the Gatling run folder beside its {@code index.html}. Rendering only. Stateless.
 */
public final class GoodputReport {
    public static final String JSON = "goodput.json";
    public static final String HTML = "goodput.html";
    private static final double[] PERCENTILES = {50, 90, 95, 99, 99.9};
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoodputReport() {
    }

    /**
     * @param simulation the simulation's short name
     * @param load       the load shape, as one line
     * @return the JSON file written
     */
    public static Path write(Path folder, String simulation, String load, GoodputSummary s) {
        try {
            Files.createDirectories(folder);
            Path json = folder.resolve(JSON);
            MAPPER.writeValue(json.toFile(), json(simulation, load, s));
            Files.writeString(folder.resolve(HTML), html(simulation, load, s), StandardCharsets.UTF_8);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the goodput report into " + folder, e);
        }
    }

    /** Writes the report into {@code folder} and prints the summary and where it is. */
    public static void publish(Path folder, String simulation, String load, GoodputSummary s) {
        System.out.println("gridbench: " + s.consoleLine());
        System.out.println("gridbench: goodput report in " + write(folder, simulation, load, s).resolveSibling(HTML));
    }

    static ObjectNode json(String simulation, String load, GoodputSummary s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("simulation", simulation);
        root.put("load", load);
        root.put("generated_at", Instant.now().toString());
        root.put("slo", s.slo().toString());
        root.put("meets_slo", s.meetsSlo());
        root.put("window_seconds", round(s.windowSeconds()));
        root.put("arrival_span_seconds", round(s.arrivalSpanSeconds()));
        root.put("requests", s.attempts());
        root.put("succeeded", s.succeeded());
        root.put("failed", s.failed());
        root.put("good", s.good());
        root.put("error_pct", round(s.errorPct()));
        root.put("throughput_per_second", round(s.throughput()));
        root.put("goodput_per_second", round(s.goodput()));
        root.put("latency_growth", orNull(s.latencyGrowth()));
        root.put("latency_first_quarter_ms", orNull(s.firstQuarterLatency()));
        root.put("latency_last_quarter_ms", orNull(s.lastQuarterLatency()));
        ArrayNode verdicts = root.putArray("objectives");
        for (GoodputSummary.Verdict v : s.verdicts()) {
            ObjectNode node = verdicts.addObject();
            node.put("term", v.term());
            node.put("threshold", v.thresholdMs());
            node.put("unit", v.term().equals("errors") ? "%" : "ms");
            if (!Double.isNaN(v.measuredMs())) {
                node.put("measured", round(v.measuredMs()));
            }
            node.put("samples", v.samples());
            node.put("held", v.held());
        }
        root.set("latency_ms", distribution(s.latencyMs()));
        root.set("ttft_ms", distribution(s.ttftMs()));
        ArrayNode timeline = root.putArray("mean_latency_ms_by_second");
        for (int i = 0; i < s.successesBySecond().length; i++) {
            double mean = s.meanLatency(i, i + 1);
            timeline.add(orNull(mean));
        }
        return root;
    }

    private static ObjectNode distribution(Histogram h) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("count", h.getTotalCount());
        if (h.getTotalCount() == 0) {
            return node;
        }
        node.put("mean", round(h.getMean()));
        for (double p : PERCENTILES) {
            node.put("p" + Slo.percentileLabel(p), h.getValueAtPercentile(p));
        }
        node.put("max", h.getMaxValue());
        return node;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String html(String simulation, String load, GoodputSummary s) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(HtmlText.escape(simulation))
                .append(" goodput</title><style>body{font-family:system-ui,sans-serif;margin:1.5em 2em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;")
                .append("text-align:right}th:first-child,td:first-child{text-align:left}.ok{color:#2b8a3e}")
                .append(".missed{color:#c92a2a;font-weight:bold}</style></head><body><h1>")
                .append(HtmlText.escape(simulation)).append(": goodput</h1><p>").append(HtmlText.escape(load))
                .append(". Gatling's own report: <a href=\"index.html\">index.html</a>.</p><p><b>")
                .append(String.format(Locale.ROOT, "Goodput %.1f requests/s</b> of %.1f/s throughput: %d of %d "
                                + "requests met every objective, %d failed (%.2f %%), over %.1f s.", s.goodput(),
                        s.throughput(), s.good(), s.attempts(), s.failed(), s.errorPct(), s.windowSeconds()))
                .append("</p>");
        if (s.slo().isEmpty()) {
            out.append("<p>No SLO was given (<code>--slo</code>), so every successful request is good.</p>");
        } else {
            out.append("<table><tr><th>objective</th><th>threshold</th><th>measured</th><th>samples</th><th></th>")
                    .append("</tr>");
            for (GoodputSummary.Verdict v : s.verdicts()) {
                String unit = v.term().equals("errors") ? " %" : " ms";
                out.append("<tr><td>").append(HtmlText.escape(v.term())).append("</td><td>")
                        .append(number(v.thresholdMs())).append(unit).append("</td><td>")
                        .append(Double.isNaN(v.measuredMs()) ? "no sample" : number(v.measuredMs()) + unit)
                        .append("</td><td>").append(v.samples()).append("</td><td class=\"")
                        .append(v.held() ? "ok\">held" : "missed\">missed").append("</td></tr>");
            }
            out.append("</table><p>The run <b>").append(s.meetsSlo() ? "met" : "missed").append("</b> the SLO ")
                    .append(HtmlText.escape(s.slo().toString())).append(".</p>");
        }
        out.append("<p>A request is good when it succeeded and its own latency (and, for a stream, its time to ")
                .append("first token), counted from its intended start, is within every threshold that applies to ")
                .append("it; percentiles judge the run as a whole.</p></body></html>\n");
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
