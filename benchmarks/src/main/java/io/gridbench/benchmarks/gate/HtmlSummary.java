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
 * verdict, a row per benchmark with its speed as a share of the baseline, the interval of that share, the
 * threshold and the rank test's p-value (and a bar showing the three), the baseline's ratio entries (each ratio
 * measured in this run beside the recorded one, the floor and the goal), and latency percentiles of the
 * {@code sample}-mode benchmarks. A baseline recorded on another CPU gets a warning under the verdict.
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
                .append(".warn{background:#fff4d6;color:#6b4f00;padding:10px 14px;border-radius:6px}")
                .append(".PASS{color:#1d5e1d}.NEW,.BELOW_TARGET{color:#8a6d00}")
                .append(".REGRESSED,.ALLOCATES,.MISSING,.BELOW_FLOOR{color:#8a1c1c;font-weight:600}")
                .append(".GOAL_MET{color:#1d5e1d}.GOAL_NOT_MET{color:#8a6d00}.NOT_EVALUATED{color:#777}")
                .append(".bar{position:relative;width:110px;height:12px;background:#eee;display:inline-block}")
                .append(".fill{position:absolute;left:0;top:0;bottom:0;background:#5b8def}")
                .append(".min{position:absolute;top:-2px;bottom:-2px;width:2px;background:#c33}")
                .append(".ci{position:absolute;top:3px;bottom:3px;background:#1f3f8f}")
                .append("code{background:#f4f4f4;padding:1px 4px}</style></head><body>\n");
        html.append("<h1>gridbench benchmarks</h1>\n<p>")
                .append(report.passed()
                        ? "<span class=\"verdict ok\">Gate passed</span>"
                        : "<span class=\"verdict bad\">Gate failed: " + report.failures().size()
                        + " benchmark(s)" + (report.ratioFailures().isEmpty() ? ""
                        : ", " + report.ratioFailures().size() + " ratio(s)") + "</span>")
                .append("</p>\n");
        context.cpuWarning().ifPresent(w -> html.append("<p class=\"warn\">").append(escape(w)).append("</p>\n"));
        html.append("<p>Started ").append(started(context))
                .append(" &middot; mode <b>").append(escape(context.mode())).append("</b> &middot; pattern <code>")
                .append(escape(context.pattern())).append("</code><br>Machine: ").append(escape(context.machine()))
                .append("<br>Baseline recorded on CPU: ").append(context.baselineCpu().isEmpty()
                        ? "not recorded (<code>--update-baseline</code> records it)" : escape(context.baselineCpu()))
                .append("<br>Calibration: ").append(ScoreUnits.humanRate(report.referenceSpeed()))
                .append(" ops/s.</p>\n<p>Each benchmark iteration's speed per CPU second is divided by that of a ")
                .append("calibration loop run beside it; a rank test (Mann-Whitney U, one-sided, p &lt; ")
                .append(trim(RatioTest.ALPHA)).append(") sets these ratios against the baseline's. <i>vs baseline</i> ")
                .append("is the estimated speed as a share of the baseline's, <i>interval</i> its ")
                .append(percentOf(1 - 2 * RatioTest.ALPHA)).append(" interval (the bar's dark span), ")
                .append("<i>threshold</i> the share (red mark) below which the gate fails when the test is ")
                .append("significant. Entries without a test are judged on their best iteration: they fail below ")
                .append("the threshold on both the ratio to the calibration benchmark and the absolute speed.</p>\n");
        List<Finding> failures = report.failures();
        if (!failures.isEmpty() || !report.ratioFailures().isEmpty()) {
            html.append("<h2>Failures</h2><ul>\n");
            failures.forEach(f -> html.append("<li>").append(escape(f.message())).append("</li>\n"));
            report.ratioFailures().forEach(r -> html.append("<li>").append(escape(r.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        appendRatios(html, report);
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
                .append("<th>vs baseline</th><th>interval</th><th>threshold</th><th>p</th><th></th>")
                .append("<th>alloc B/op</th><th>target ops/s</th><th>verdict</th></tr>\n");
        for (Finding f : report.findings()) {
            BenchmarkScore s = f.score();
            html.append("<tr><td>").append(escape(f.id().display())).append("</td><td>")
                    .append(s == null ? "-" : formatScore(s)).append("</td><td>")
                    .append(s == null ? "-" : ScoreUnits.humanRate(s.opsPerSecond())).append("</td><td>")
                    .append(percent(f.fractionOfBaseline())).append("</td><td>")
                    .append(f.test() == null ? "-" : percent(f.test().low()) + " &ndash; " + percent(f.test().high()))
                    .append("</td><td>").append(percent(f.minRatio())).append("</td><td>")
                    .append(f.test() == null ? "-" : String.format(Locale.ROOT, "%.2g", f.test().pValue()))
                    .append("</td><td>")
                    .append(bar(f.fractionOfBaseline(), f.test(), f.minRatio())).append("</td><td>")
                    .append(s == null ? "-" : ScoreUnits.human(s.allocBytesPerOp()))
                    .append("</td><td>")
                    .append(f.expected() == null ? "-" : ScoreUnits.humanRate(f.expected().target()))
                    .append("</td><td class=\"").append(f.verdict().name()).append("\">")
                    .append(f.verdict().name()).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void appendRatios(StringBuilder html, GateReport report) {
        if (report.ratios().isEmpty()) {
            return;
        }
        html.append("<h2>Side by side</h2>\n<p>Each ratio is one benchmark's figure over its anchor's, both ")
                .append("measured in this run (the median of every iteration of one over every iteration of the ")
                .append("other). The gate fails below the <i>floor</i>; the <i>goal</i> is reported, and fails the ")
                .append("gate only with <code>--enforce-targets</code>. A ratio whose sides did not both run is not ")
                .append("evaluated.</p>\n<div class=\"scroll\"><table><tr><th>ratio</th><th>this run</th>")
                .append("<th>recorded</th><th>floor</th><th>goal</th><th>standing</th><th>what over what</th>")
                .append("</tr>\n");
        for (RatioFinding r : report.ratios()) {
            RatioEntry e = r.entry();
            html.append("<tr><td><b>").append(escape(e.name())).append("</b>")
                    .append(e.about().isEmpty() ? "" : "<br>" + escape(e.about())).append("</td><td>")
                    .append(RatioEntry.figure(r.value())).append("</td><td>")
                    .append(RatioEntry.figure(e.recorded())).append("</td><td>")
                    .append(RatioEntry.figure(e.floor())).append("</td><td>&ge; ")
                    .append(RatioEntry.figure(e.goal())).append("</td><td class=\"").append(r.standing().name())
                    .append("\">").append(standing(r)).append("</td><td>").append(escape(e.fraction()))
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static String standing(RatioFinding r) {
        return switch (r.standing()) {
            case GOAL_MET -> "goal met";
            case GOAL_NOT_MET -> "goal not met";
            case BELOW_FLOOR -> "below floor";
            case NOT_EVALUATED -> "not evaluated: " + escape(r.message().replaceFirst("^.*?not evaluated, ", ""));
        };
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

    private static String bar(double fraction, RatioTest test, double minRatio) {
        if (Double.isNaN(fraction)) {
            return "";
        }
        // The bar spans 0..150 % of the baseline.
        String interval = test == null ? "" : String.format(Locale.ROOT,
                "<span class=\"ci\" style=\"left:%.1f%%;width:%.1f%%\"></span>", onBar(test.low()),
                Math.max(0.5, onBar(test.high()) - onBar(test.low())));
        return String.format(Locale.ROOT, "<span class=\"bar\"><span class=\"fill\" style=\"width:%.1f%%\"></span>"
                + "%s<span class=\"min\" style=\"left:%.1f%%\"></span></span>", onBar(fraction), interval,
                onBar(minRatio));
    }

    private static double onBar(double fraction) {
        return Math.max(0, Math.min(fraction, 1.5)) / 1.5 * 100;
    }

    private static String percentOf(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
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
