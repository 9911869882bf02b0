package io.gridbench.simulations.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.html.ChartLibrary;
import io.gridbench.exchange.html.HtmlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes a capacity search as {@value #JSON} and {@value #HTML}: the answer in one sentence at the top, throughput
 * and goodput against the offered rate, latency percentiles and each SLO term against the rate with the SLO's
 * threshold drawn as a line (uPlot inlined: the page opens offline), and every step with a link to its Gatling
 * report. Rendering only. Stateless.
 */
final class CapacityReport {
    static final String JSON = "capacity.json";
    static final String HTML = "index.html";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CapacityReport() {
    }

    /** Writes both files into {@code folder}; returns the HTML file. */
    static Path write(Path folder, CapacityRun.Options options, CapacityResult result, String answer) {
        try {
            Files.createDirectories(folder);
            ObjectNode json = json(options, result, answer);
            MAPPER.writeValue(folder.resolve(JSON).toFile(), json);
            Path html = folder.resolve(HTML);
            Files.writeString(html, html(options, result, answer), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the capacity report into " + folder, e);
        }
    }

    static ObjectNode json(CapacityRun.Options options, CapacityResult result, String answer) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("simulation", options.simulation());
        root.put("slo", options.slo().toString());
        root.put("generated_at", Instant.now().toString());
        root.put("answer", answer);
        root.put("highest_passing_rate", orNull(result.highestPassingRate()));
        root.put("lowest_failing_rate", orNull(result.lowestFailingRate()));
        root.put("knee_rate", orNull(result.kneeRate()));
        root.put("search_end", result.end());
        StepResult bound = result.generatorBound();
        root.put("generator_bound_from_rate", bound == null ? null : bound.offeredRate());
        ObjectNode plan = root.putObject("plan");
        plan.put("from_rate", options.plan().fromRate());
        plan.put("to_rate", options.plan().toRate());
        plan.put("resolution", options.plan().resolution());
        plan.put("max_bisections", options.plan().maxBisections());
        plan.put("step_seconds", options.stepSeconds());
        plan.put("warmup_seconds", options.warmupSeconds());
        plan.put("rate_unit", "requests per second");
        ArrayNode steps = root.putArray("steps");
        int order = 0;
        for (StepResult s : result.steps()) {
            ObjectNode step = steps.addObject();
            step.put("order", ++order);
            step.put("offered_rate", s.offeredRate());
            step.put("achieved_rate", round(s.achievedRate()));
            step.put("goodput", round(s.goodput()));
            step.put("error_pct", round(s.errorPct()));
            step.put("passed", s.passed());
            step.put("failure", s.failure());
            step.put("over_saturated", s.saturation());
            step.put("latency_p50_ms", orNull(s.latencyP50Ms()));
            step.put("latency_p95_ms", orNull(s.latencyP95Ms()));
            step.put("latency_p99_ms", orNull(s.latencyP99Ms()));
            ArrayNode terms = step.putArray("slo");
            for (StepResult.Measurement m : s.measurements()) {
                ObjectNode term = terms.addObject();
                term.put("term", m.term());
                term.put("threshold", m.threshold());
                term.put("measured", orNull(m.measured()));
                term.put("held", m.held());
            }
            ObjectNode cpu = step.putObject("cpu_cores");
            cpu.put("generator", round(s.cpu().generatorCores()));
            cpu.put("server", round(s.cpu().serverCores()));
            cpu.put("available", s.cpu().availableCores());
            cpu.put("generator_bound", s.cpu().generatorBound());
            step.put("schedule_lag_seconds", round(s.scheduleLagSeconds()));
            step.put("generator_bound", s.generatorBound());
            cpu.put("machine_load", orNull(s.cpu().machineLoad()));
            step.put("gatling_report", s.report());
        }
        return root;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String html(CapacityRun.Options options, CapacityResult result, String answer) {
        StringBuilder out = new StringBuilder(80_000);
        out.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>capacity: ")
                .append(HtmlText.escape(options.simulation())).append("</title><style>").append(ChartLibrary.css())
                .append("body{font-family:system-ui,sans-serif;margin:1.5em 2em;color:#222;max-width:1260px}")
                .append(".answer{font-size:1.15em;background:#eef6ee;border-left:4px solid #2b8a3e;padding:.6em 1em}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;")
                .append("text-align:right}td:last-child,th:last-child,td.why{text-align:left}.fail{color:#c92a2a}")
                .append(".grid{display:grid;grid-template-columns:repeat(2,600px);gap:1.5em}")
                .append(".grid h3{margin:.2em 0;font-size:1em}.muted{color:#666;font-size:.9em}</style></head><body>")
                .append("<h1>Capacity of ").append(HtmlText.escape(options.simulation())).append("</h1>")
                .append("<p class=\"answer\">").append(HtmlText.escape(answer)).append("</p><p class=\"muted\">SLO ")
                .append(HtmlText.escape(options.slo().toString())).append("; rates in requests per second; steps of ")
                .append(options.stepSeconds()).append(" s after a ").append(options.warmupSeconds())
                .append(" s warm-up, doubling from ").append(CapacitySearch.rate(options.plan().fromRate()))
                .append("/s up to ").append(CapacitySearch.rate(options.plan().toRate()))
                .append("/s, then bisection; ").append(HtmlText.escape(result.end())).append(".</p>")
                .append("<div class=\"grid\" id=\"charts\"></div>");
        table(out, result);
        out.append("<p class=\"muted\">A step passes when every SLO term held and it was not over-saturated ")
                .append("(throughput below 90 % of the offered rate, or mean latency of the last quarter of arrivals ")
                .append("more than twice the first quarter's and by 250 ms, in steps of 8 s or more). CPU: cores ")
                .append("used by the load generator and by the ")
                .append("in-process simulated exchange; when the cores are nearly all busy and the generator holds ")
                .append("most of them, or its arrivals fell more than a second behind schedule, the step measured ")
                .append("the machine with the generator on it.</p><script>")
                .append(ChartLibrary.script()).append("</script><script>const CHARTS=").append(charts(result))
                .append(";\n").append(CHART_SCRIPT).append("</script></body></html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, CapacityResult result) {
        out.append("<table><tr><th>step</th><th>offered/s</th><th>throughput/s</th><th>goodput/s</th>")
                .append("<th>errors</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>CPU cores gen + server; machine busy</th>")
                .append("<th>verdict</th><th>Gatling report</th></tr>");
        int order = 0;
        for (StepResult s : result.steps()) {
            out.append("<tr><td>").append(++order).append("</td><td>").append(CapacitySearch.rate(s.offeredRate()))
                    .append("</td>").append(cell(s.achievedRate())).append(cell(s.goodput()))
                    .append("<td>").append(String.format(Locale.ROOT, "%.2f %%", s.errorPct())).append("</td>")
                    .append(cell(s.latencyP50Ms())).append(cell(s.latencyP95Ms())).append(cell(s.latencyP99Ms()))
                    .append("<td>").append(String.format(Locale.ROOT, "%.2f + %.2f", s.cpu().generatorCores(),
                            s.cpu().serverCores())).append(s.generatorBound() ? " (generator-bound)" : "")
                    .append(Double.isNaN(s.cpu().machineLoad()) ? "" : String.format(Locale.ROOT,
                            "; machine %.0f %%", 100 * s.cpu().machineLoad()))
                    .append("</td><td class=\"why").append(s.passed() ? "\">passed" : " fail\">"
                            + HtmlText.escape(s.failure())).append("</td><td><a href=\"")
                    .append(HtmlText.escape(s.report())).append("\">report</a></td></tr>");
        }
        out.append("</table>");
    }

    private static String cell(double value) {
        return "<td>" + (Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value)) + "</td>";
    }

    /** Two charts over the steps sorted by offered rate. */
    private static String charts(CapacityResult result) {
        List<StepResult> steps = result.byRate();
        ArrayNode charts = MAPPER.createArrayNode();
        ObjectNode rates = chart(charts, "Throughput and goodput against offered rate", "requests/s", steps);
        series(rates, "offered", steps.stream().mapToDouble(StepResult::offeredRate).toArray(), true);
        series(rates, "throughput", steps.stream().mapToDouble(StepResult::achievedRate).toArray(), false);
        series(rates, "goodput", steps.stream().mapToDouble(StepResult::goodput).toArray(), false);
        ObjectNode latency = chart(charts, "Latency and SLO terms against offered rate", "ms", steps);
        series(latency, "latency p50", steps.stream().mapToDouble(StepResult::latencyP50Ms).toArray(), false);
        series(latency, "latency p95", steps.stream().mapToDouble(StepResult::latencyP95Ms).toArray(), false);
        series(latency, "latency p99", steps.stream().mapToDouble(StepResult::latencyP99Ms).toArray(), false);
        if (!steps.isEmpty()) {
            List<StepResult.Measurement> terms = steps.get(0).measurements();
            for (int t = 0; t < terms.size(); t++) {
                String term = terms.get(t).term();
                if (term.equals("errors")) {
                    continue;
                }
                int index = t;
                series(latency, term + " measured", steps.stream()
                        .mapToDouble(s -> s.measurements().get(index).measured()).toArray(), false);
                series(latency, term + " SLO", steps.stream()
                        .mapToDouble(s -> s.measurements().get(index).threshold()).toArray(), true);
            }
        }
        try {
            return MAPPER.writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT).writeValueAsString(charts)
                    .replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data did not serialise", e);
        }
    }

    private static ObjectNode chart(ArrayNode charts, String title, String unit, List<StepResult> steps) {
        ObjectNode chart = charts.addObject();
        chart.put("title", title);
        chart.put("unit", unit);
        ArrayNode x = chart.putArray("x");
        steps.forEach(s -> x.add(s.offeredRate()));
        chart.putArray("series");
        return chart;
    }

    private static void series(ObjectNode chart, String label, double[] values, boolean dashed) {
        ObjectNode node = ((ArrayNode) chart.get("series")).addObject();
        node.put("label", label);
        node.put("dashed", dashed);
        ArrayNode v = node.putArray("values");
        for (double value : values) {
            v.add(Double.isNaN(value) ? null : round(value));
        }
    }

    /** Draws CHARTS with uPlot: x is the offered rate on a log-2 scale; dashed series are references. */
    private static final String CHART_SCRIPT = String.join("\n",
            "const COLORS=['#1f6fb4','#d9480f','#2b8a3e','#7048e8','#e67700','#c92a2a','#495057'];",
            "const root=document.getElementById('charts');",
            "for(const c of CHARTS){",
            "  const box=document.createElement('div');root.appendChild(box);",
            "  const h=document.createElement('h3');h.textContent=c.title+' ('+c.unit+')';box.appendChild(h);",
            "  const series=[{label:'offered/s'}].concat(c.series.map((s,i)=>({label:s.label,",
            "    stroke:s.dashed?'#888':COLORS[i%COLORS.length],width:2,dash:s.dashed?[7,5]:undefined,",
            "    points:{show:!s.dashed,size:6}})));",
            "  const log=c.x.length>1&&c.x[0]>0;",
            "  new uPlot({width:600,height:300,scales:{x:{time:false,distr:log?3:1,log:2}},series:series,",
            "    axes:[{label:'offered requests/s'},{label:c.unit,size:60}]},",
            "    [c.x].concat(c.series.map(s=>s.values)),box);",
            "}");
}
