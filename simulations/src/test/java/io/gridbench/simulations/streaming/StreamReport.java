package io.gridbench.simulations.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link StreamMetrics.Snapshot} as {@value #JSON} (for machines) and {@value #HTML} (for people) into a
 * folder, normally the Gatling run folder beside its {@code index.html}. Rendering only; the numbers come in whole.
 */
public final class StreamReport {
    public static final String JSON = "streaming-metrics.json";
    public static final String HTML = "streaming-metrics.html";
    private static final double[] PERCENTILES = {50, 90, 95, 99, 99.9};
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StreamReport() {
    }

    /**
     * @param title       the simulation's name
     * @param load        the load shape, as one line
     * @param runSeconds  wall time of the run, for overall tokens per second
     * @return the HTML file written
     */
    public static Path write(Path folder, String title, String load, double runSeconds, StreamMetrics.Snapshot s) {
        Map<String, Histogram> metrics = new LinkedHashMap<>();
        metrics.put("time_to_first_token_ms", s.timeToFirstTokenMs());
        metrics.put("inter_token_latency_ms", s.interTokenLatencyMs());
        metrics.put("full_response_ms", s.fullResponseMs());
        metrics.put("tokens_per_second_per_stream", s.tokensPerSecond());

        ObjectNode root = MAPPER.createObjectNode();
        root.put("simulation", title);
        root.put("load", load);
        root.put("generated_at", Instant.now().toString());
        root.put("measured_from", "intended start (coordinated-omission corrected)");
        root.put("completions", s.completions());
        root.put("streamed", s.streamed());
        root.put("output_tokens", s.outputTokens());
        root.put("run_seconds", runSeconds);
        root.put("output_tokens_per_second", runSeconds > 0 ? s.outputTokens() / runSeconds : 0);
        ObjectNode histograms = root.putObject("metrics");
        metrics.forEach((name, h) -> histograms.set(name, summary(h)));
        try {
            Files.createDirectories(folder);
            MAPPER.writeValue(folder.resolve(JSON).toFile(), root);
            Path html = folder.resolve(HTML);
            Files.writeString(html, html(title, load, s, runSeconds, metrics), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the streaming report into " + folder, e);
        }
    }

    private static ObjectNode summary(Histogram h) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("count", h.getTotalCount());
        node.put("min", h.getTotalCount() == 0 ? 0 : h.getMinValue());
        node.put("mean", h.getMean());
        for (double p : PERCENTILES) {
            node.put("p" + label(p), h.getValueAtPercentile(p));
        }
        node.put("max", h.getMaxValue());
        return node;
    }

    private static String label(double percentile) {
        return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
    }

    private static String html(String title, String load, StreamMetrics.Snapshot s, double runSeconds,
                               Map<String, Histogram> metrics) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append(" streaming metrics</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.3em .7em;")
                .append("text-align:right}th:first-child,td:first-child{text-align:left}")
                .append(".bar{background:#4a7ebb;height:.7em;display:inline-block}</style></head><body>")
                .append("<h1>").append(escape(title)).append(": streaming metrics</h1><p>")
                .append(escape(load)).append("<br>").append(s.completions()).append(" completions (")
                .append(s.streamed()).append(" streamed), ").append(s.outputTokens()).append(" output tokens in ")
                .append(String.format("%.1f", runSeconds)).append(" s")
                .append("<br>Times in ms from each request's intended start; Gatling's own report is in ")
                .append("<a href=\"index.html\">index.html</a>.</p><table><tr><th>metric</th><th>count</th>")
                .append("<th>min</th><th>mean</th>");
        for (double p : PERCENTILES) {
            out.append("<th>p").append(label(p)).append("</th>");
        }
        out.append("<th>max</th><th>p99 vs max</th></tr>");
        for (Map.Entry<String, Histogram> metric : metrics.entrySet()) {
            Histogram h = metric.getValue();
            out.append("<tr><td>").append(metric.getKey()).append("</td><td>").append(h.getTotalCount())
                    .append("</td><td>").append(h.getTotalCount() == 0 ? 0 : h.getMinValue()).append("</td><td>")
                    .append(String.format("%.1f", h.getMean())).append("</td>");
            for (double p : PERCENTILES) {
                out.append("<td>").append(h.getValueAtPercentile(p)).append("</td>");
            }
            long max = h.getMaxValue();
            int width = max == 0 ? 0 : (int) (100 * h.getValueAtPercentile(99) / max);
            out.append("<td>").append(max).append("</td><td style=\"text-align:left\"><span class=\"bar\" style=\"")
                    .append("width:").append(width).append("px\"></span></td></tr>");
        }
        return out.append("</table></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
