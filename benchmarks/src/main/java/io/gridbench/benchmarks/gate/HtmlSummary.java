package io.gridbench.benchmarks.gate;

import io.gridbench.exchange.files.AtomicFiles;
import io.gridbench.exchange.html.HtmlText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link GateReport} as one self-contained HTML page (inline CSS, no scripts, nothing fetched): the
 * verdict, a row per benchmark with a bar of its speed as a share of the baseline, and latency percentiles of the
 * {@code sample}-mode benchmarks.
 */
public final class HtmlSummary {

    private HtmlSummary() {
    }

    public static void write(Path file, GateReport report, RunContext context) {
        try {
            AtomicFiles.writeString(file, render(report, context));
        } catch (IOException e) {
            throw new GateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static String render(GateReport report, RunContext context) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>gridbench benchmarks ").append(started(context))
                .append("</title>\n<style>")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}")
                .append(".scroll{overflow-x:auto}table{border-collapse:collapse;margin:12px 0;font-size:13px}")
                .append("th,td{padding:4px 8px;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}")
                .append("th:first-child,td:first-child{text-align:left;white-space:normal}")
                .append(".verdict{padding:10px 14px;border-radius:6px;font-weight:600;display:inline-block}")
                .append(".ok{background:#e3f4e3;color:#1d5e1d}.bad{background:#fbe3e3;color:#8a1c1c}")
                .append(".PASS{color:#1d5e1d}.NEW,.BELOW_TARGET{color:#8a6d00}")
                .append(".REGRESSED,.ALLOCATES,.MISSING{color:#8a1c1c;font-weight:600}")
                .append(".bar{position:relative;width:110px;height:12px;background:#eee;display:inline-block}")
                .append(".fill{position:absolute;left:0;top:0;bottom:0;background:#5b8def}")
                .append(".min{position:absolute;top:-2px;bottom:-2px;width:2px;background:#c33}")
                .append("code{background:#f4f4f4;padding:1px 4px}</style></head><body>\n");
        html.append("<h1>gridbench benchmarks</h1>\n<p>")
                .append(report.passed()
                        ? "<span class=\"verdict ok\">Gate passed</span>"
                        : "<span class=\"verdict bad\">Gate failed: " + report.failures().size()
                        + " benchmark(s)</span>")
                .append("</p>\n<p>Started ").append(started(context))
                .append(" &middot; mode <b>").append(escape(context.mode())).append("</b> &middot; pattern <code>")
                .append(escape(context.pattern())).append("</code><br>Machine: ").append(escape(context.machine()))
                .append("<br>Calibration: ").append(ScoreUnits.humanRate(report.referenceSpeed()))
                .append(" ops/s. Each benchmark's speed (its best iteration, in operations per second) is divided ")
                .append("by it; the bar shows that ratio as a share of the baseline's, the red mark the threshold ")
                .append("below which the gate fails (when the absolute speed is below it too).</p>\n");
        List<Finding> failures = report.failures();
        if (!failures.isEmpty()) {
            html.append("<h2>Failures</h2><ul>\n");
            failures.forEach(f -> html.append("<li>").append(escape(f.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        appendResults(html, report);
        appendPercentiles(html, report);
        html.append("<p>Refresh the baseline with <code>./gridbench bench --update-baseline</code> after a full run ")
                .append("on a quiet machine; raw JMH results are in <code>jmh.json</code> beside this page.</p>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    private static void appendResults(StringBuilder html, GateReport report) {
        html.append("<h2>Results</h2>\n<div class=\"scroll\"><table><tr><th>benchmark</th><th>score (mean)</th>")
                .append("<th>best ops/s</th>")
                .append("<th>vs baseline</th><th></th><th>alloc B/op</th><th>target ops/s</th><th>verdict</th></tr>\n");
        for (Finding f : report.findings()) {
            BenchmarkScore s = f.score();
            html.append("<tr><td>").append(escape(f.id().display())).append("</td><td>")
                    .append(s == null ? "-" : formatScore(s)).append("</td><td>")
                    .append(s == null ? "-" : ScoreUnits.humanRate(s.opsPerSecond())).append("</td><td>")
                    .append(percent(f.fractionOfBaseline())).append("</td><td>")
                    .append(bar(f.fractionOfBaseline(), f.minRatio())).append("</td><td>")
                    .append(s == null ? "-" : ScoreUnits.human(s.allocBytesPerOp()))
                    .append("</td><td>")
                    .append(f.expected() == null ? "-" : ScoreUnits.humanRate(f.expected().target()))
                    .append("</td><td class=\"").append(f.verdict().name()).append("\">")
                    .append(f.verdict().name()).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void appendPercentiles(StringBuilder html, GateReport report) {
        List<Finding> sampled = report.findings().stream()
                .filter(f -> f.score() != null && !f.score().percentiles().isEmpty())
                .toList();
        if (sampled.isEmpty()) {
            return;
        }
        double[] wanted = {50.0, 90.0, 99.0, 99.9, 99.99, 100.0};
        html.append("<h2>Latency per operation (sample mode)</h2>\n<div class=\"scroll\"><table><tr>")
                .append("<th>benchmark</th><th>unit</th>");
        for (double p : wanted) {
            html.append("<th>p").append(p == 100.0 ? "max" : trim(p)).append("</th>");
        }
        html.append("</tr>\n");
        for (Finding f : sampled) {
            Map<Double, Double> percentiles = f.score().percentiles();
            html.append("<tr><td>").append(escape(f.id().display())).append("</td><td>")
                    .append(escape(f.score().unit())).append("</td>");
            for (double p : wanted) {
                Double v = percentiles.get(p);
                html.append("<td>").append(v == null ? "-" : ScoreUnits.human(v)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static String formatScore(BenchmarkScore s) {
        String error = Double.isNaN(s.error()) ? "" : " &plusmn; " + ScoreUnits.human(s.error());
        return ScoreUnits.human(s.score()) + error + " " + escape(s.unit());
    }

    /** Seconds are plenty for a run that takes minutes; JMH's clock gives nanoseconds. */
    private static String started(RunContext context) {
        return escape(context.startedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static String bar(double fraction, double minRatio) {
        if (Double.isNaN(fraction)) {
            return "";
        }
        // The bar spans 0..150 % of the baseline.
        double width = Math.min(fraction, 1.5) / 1.5 * 100;
        double mark = minRatio / 1.5 * 100;
        return String.format(Locale.ROOT, "<span class=\"bar\"><span class=\"fill\" style=\"width:%.1f%%\"></span>"
                + "<span class=\"min\" style=\"left:%.1f%%\"></span></span>", width, mark);
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private static String trim(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
