package io.gridbench.simulations.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.html.ChartLibrary;
import io.gridbench.exchange.html.HtmlText;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link StreamMetrics.Snapshot} as {@value #JSON} (for machines) and {@value #HTML} (for people: a table
 * and one percentile-distribution chart per metric, uPlot inlined so the page opens offline) into a folder, normally
 * the Gatling run folder beside its {@code index.html}. Every metric carries a one-line explanation in both files.
 * Rendering only; the numbers come in whole. Stateless.
 */
public final class StreamReport {
    public static final String JSON = "streaming-metrics.json";
    public static final String HTML = "streaming-metrics.html";
    static final String SERVICE = "service";
    static final String FROM_INTENDED = "from_intended_start";
    private static final double[] PERCENTILES = {50, 90, 95, 99, 99.9};
    /** Chart x positions: 1 / (1 - percentile), ten steps a decade, as HdrHistogram's plots do. */
    private static final int STEPS_PER_DECADE = 10;
    /** Above this share of 0 ms gaps the stream delivery is reported as bursty. */
    static final double BURSTY_SHARE = 0.2;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StreamReport() {
    }

    /** One distribution of one metric, in report units ({@code divisor} turns recorded units into them). */
    record Series(String basis, String label, String explanation, Histogram histogram, double divisor) {
        double value(double percentile) {
            return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / divisor;
        }
    }

    /** A metric: one table block and one chart of its series. */
    record Metric(String key, String title, String unit, List<Series> series, String note) {
    }

    /**
     * @param title      the simulation's name
     * @param load       the load shape, as one line
     * @param runSeconds wall time of the run, for overall tokens per second
     * @return the HTML file written
     */
    public static Path write(Path folder, String title, String load, double runSeconds, StreamMetrics.Snapshot s) {
        List<Metric> metrics = metrics(s);
        ObjectNode root = json(title, load, runSeconds, s, metrics);
        try {
            Files.createDirectories(folder);
            MAPPER.writeValue(folder.resolve(JSON).toFile(), root);
            Path html = folder.resolve(HTML);
            Files.writeString(html, html(title, load, runSeconds, s, metrics), StandardCharsets.UTF_8);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the streaming report into " + folder, e);
        }
    }

    static List<Metric> metrics(StreamMetrics.Snapshot s) {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("time_to_first_token_ms", "Time to first token", "ms", List.of(
                new Series(SERVICE, "service time", "from sending the completion's first request to the first "
                        + "content event: what the server made this request wait", s.ttftServiceMs(), 1),
                new Series(FROM_INTENDED, "from intended start", "from when the load model meant to send it: "
                        + "service time plus any wait for the generator's schedule (coordinated-omission "
                        + "corrected)", s.ttftFromIntendedMs(), 1)), null));
        metrics.add(new Metric("full_response_ms", "Full response", "ms", List.of(
                new Series(SERVICE, "service time", "from sending the first request to the whole answer "
                        + "(streams: [DONE]); whole and streamed completions together", s.fullServiceMs(), 1),
                new Series(FROM_INTENDED, "from intended start", "the same, counted from the intended start",
                        s.fullFromIntendedMs(), 1)), null));
        metrics.add(new Metric("inter_chunk_gap_ms", "Inter-chunk gap", "ms", List.of(
                new Series("per_event", "per event", "time between consecutive content events (one SSE event "
                        + "carries a chunk of several tokens), from the second content event on",
                        s.interChunkGapMs(), 1)), sameMillisecondNote(s)));
        metrics.add(new Metric("inter_token_latency_ms", "Inter-token latency", "ms per token", List.of(
                new Series("per_token", "per token", "gap before an arrival (events in the same ms merged) "
                        + "divided by the tokens it carried", s.perTokenLatencyMicros(), 1000)), null));
        metrics.add(new Metric("tokens_per_second_per_stream", "Tokens per second per stream", "tokens/s",
                List.of(new Series("per_stream", "per stream", "tokens after the first timed arrival divided by "
                        + "the first-to-last content event span", s.tokensPerSecond(), 1)), exclusionNote(s)));
        metrics.add(new Metric("schedule_lag_ms", "Schedule lag (closed model)", "ms", List.of(
                new Series("per_iteration", "per iteration", "how much later than its pace allowed each "
                        + "iteration started (the previous one overran the pace)", s.scheduleLagMs(), 1)),
                scheduleVerdict(s)));
        return metrics;
    }

    /** One line on the closed model's backlog: whether latencies from the intended start include it. */
    static String scheduleVerdict(StreamMetrics.Snapshot s) {
        Histogram lag = s.scheduleLagMs();
        if (lag.getTotalCount() == 0) {
            return "open model: each request's intended start is its arrival; no schedule to fall behind";
        }
        if (s.lateIterations() == 0) {
            return "every iteration started within " + StreamMetrics.LATE_MS + " ms of its pace";
        }
        return String.format(Locale.ROOT, "iterations took longer than the pace: %d of %d started late, the plan "
                        + "fell up to %.1f s behind (p50 %.1f s); latencies from intended start include that backlog",
                s.lateIterations(), lag.getTotalCount(), lag.getMaxValue() / 1000.0,
                lag.getValueAtPercentile(50) / 1000.0);
    }

    /**
     * One line on whether the events reached the client as paced or in bursts. A paced server leaves tens of
     * milliseconds between chunks; when more than {@value #BURSTY_SHARE} of the gaps are 0 ms, delivery was bunched
     * (the generator or the target's event loop fell behind), and gaps and tokens/s describe that, not the pacing.
     */
    static String deliveryVerdict(StreamMetrics.Snapshot s) {
        long gaps = s.interChunkGapMs().getTotalCount();
        if (gaps == 0) {
            return "no inter-chunk gaps recorded";
        }
        double share = (double) s.sameMillisecondGaps() / gaps;
        if (share <= BURSTY_SHARE) {
            return String.format(Locale.ROOT, "events arrived as paced: %.1f %% of gaps are 0 ms", 100 * share);
        }
        return String.format(Locale.ROOT, "events arrived in bursts: %.1f %% of gaps are 0 ms, so inter-chunk gaps "
                + "and tokens/s describe delivery to a saturated client (or a stalled target), not the server's "
                + "pacing; lower the load or run the target on other cores", 100 * share);
    }

    private static String sameMillisecondNote(StreamMetrics.Snapshot s) {
        long gaps = s.interChunkGapMs().getTotalCount();
        return String.format(Locale.ROOT, "%d of %d gaps (%.1f %%) are 0 ms: events stamped in the same "
                        + "millisecond, usually one network read (Gatling stamps whole ms)", s.sameMillisecondGaps(),
                gaps, gaps == 0 ? 0.0 : 100.0 * s.sameMillisecondGaps() / gaps);
    }

    private static String exclusionNote(StreamMetrics.Snapshot s) {
        return String.format(Locale.ROOT, "excluded: %d streams with fewer than two timed content events, %d whose "
                + "timed events all share one millisecond", s.excludedSingleEvent(), s.excludedZeroSpan());
    }

    private static ObjectNode json(String title, String load, double runSeconds, StreamMetrics.Snapshot s,
                                   List<Metric> metrics) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("simulation", title);
        root.put("load", load);
        root.put("generated_at", Instant.now().toString());
        root.put("clock", "whole milliseconds (Gatling's clocks)");
        root.put("completions", s.completions());
        root.put("streamed", s.streamed());
        root.put("output_tokens", s.outputTokens());
        root.put("run_seconds", runSeconds);
        root.put("output_tokens_per_second", runSeconds > 0 ? s.outputTokens() / runSeconds : 0);
        ObjectNode schedule = root.putObject("schedule");
        schedule.put("iterations", s.scheduleLagMs().getTotalCount());
        schedule.put("late_iterations", s.lateIterations());
        schedule.put("late_threshold_ms", StreamMetrics.LATE_MS);
        schedule.put("verdict", scheduleVerdict(s));
        root.put("delivery", deliveryVerdict(s));
        ObjectNode out = root.putObject("metrics");
        for (Metric metric : metrics) {
            ObjectNode node = out.putObject(metric.key());
            node.put("unit", metric.unit());
            if (metric.note() != null) {
                node.put("note", metric.note());
            }
            for (Series series : metric.series()) {
                node.set(series.basis(), summary(series));
            }
        }
        ObjectNode gaps = (ObjectNode) out.get("inter_chunk_gap_ms");
        gaps.put("same_millisecond_gaps", s.sameMillisecondGaps());
        ObjectNode rates = (ObjectNode) out.get("tokens_per_second_per_stream");
        rates.put("excluded_single_event", s.excludedSingleEvent());
        rates.put("excluded_zero_span", s.excludedZeroSpan());
        return root;
    }

    private static ObjectNode summary(Series series) {
        Histogram h = series.histogram();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("explanation", series.explanation());
        node.put("count", h.getTotalCount());
        node.put("min", round(h.getTotalCount() == 0 ? 0 : h.getMinValue() / series.divisor()));
        node.put("mean", round(h.getTotalCount() == 0 ? 0 : h.getMean() / series.divisor()));
        for (double p : PERCENTILES) {
            node.put("p" + label(p), round(series.value(p)));
        }
        node.put("max", round(h.getMaxValue() / series.divisor()));
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String label(double percentile) {
        return percentile == Math.rint(percentile) ? Long.toString((long) percentile) : Double.toString(percentile);
    }

    /** x = 1 / (1 - percentile) from 1 (p0) up to the largest series' sample count, the last point being p100. */
    static double[] chartX(List<Series> series) {
        long count = 1;
        for (Series s : series) {
            count = Math.max(count, s.histogram().getTotalCount());
        }
        List<Double> xs = new ArrayList<>();
        for (int k = 0; Math.pow(10, (double) k / STEPS_PER_DECADE) < count; k++) {
            xs.add(Math.pow(10, (double) k / STEPS_PER_DECADE));
        }
        xs.add((double) Math.max(count, 2));
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String chartData(List<Metric> metrics) {
        ArrayNode charts = MAPPER.createArrayNode();
        for (Metric metric : metrics) {
            if (metric.series().stream().allMatch(s -> s.histogram().getTotalCount() == 0)) {
                continue;
            }
            ObjectNode chart = charts.addObject();
            chart.put("id", metric.key());
            chart.put("title", metric.title());
            chart.put("unit", metric.unit());
            double[] xs = chartX(metric.series());
            ArrayNode x = chart.putArray("x");
            for (double v : xs) {
                x.add(v);
            }
            ArrayNode series = chart.putArray("series");
            for (Series s : metric.series()) {
                ObjectNode node = series.addObject();
                node.put("label", s.label());
                ArrayNode values = node.putArray("values");
                for (int i = 0; i < xs.length; i++) {
                    values.add(round(s.value(i == xs.length - 1 ? 100 : 100 * (1 - 1 / xs[i]))));
                }
            }
        }
        try {
            return MAPPER.writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT).writeValueAsString(charts)
                    .replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data did not serialise", e);
        }
    }

    private static String html(String title, String load, double runSeconds, StreamMetrics.Snapshot s,
                               List<Metric> metrics) {
        StringBuilder out = new StringBuilder(80_000);
        out.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append(" streaming metrics</title><style>").append(ChartLibrary.css())
                .append("body{font-family:system-ui,sans-serif;margin:1.5em 2em;color:#222;max-width:1240px}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;")
                .append("text-align:right;vertical-align:top}th:first-child,td:first-child{text-align:left}")
                .append(".why{color:#666;font-size:.85em;max-width:30em;display:block}")
                .append(".note{color:#8a5300;font-size:.85em}.warn{background:#fff4e0;border-left:4px solid #e69500;")
                .append("padding:.5em 1em}.grid{display:grid;grid-template-columns:repeat(2,600px);gap:1.5em}")
                .append(".grid h3{margin:.2em 0;font-size:1em}</style></head><body><h1>").append(escape(title))
                .append(": streaming metrics</h1><p>").append(escape(load)).append("<br>").append(s.completions())
                .append(" completions (").append(s.streamed()).append(" streamed), ").append(s.outputTokens())
                .append(" output tokens in ").append(String.format(Locale.ROOT, "%.1f", runSeconds))
                .append(" s. Clocks are whole milliseconds. Gatling's own report: <a href=\"index.html\">index.html")
                .append("</a>.</p><p class=\"").append(s.lateIterations() > 0 ? "warn" : "")
                .append("\"><b>Schedule:</b> ").append(escape(scheduleVerdict(s))).append("</p><p class=\"")
                .append(s.sameMillisecondGaps() > BURSTY_SHARE * s.interChunkGapMs().getTotalCount() ? "warn" : "")
                .append("\"><b>Delivery:</b> ").append(escape(deliveryVerdict(s))).append("</p>");
        table(out, metrics);
        out.append("<h2>Percentile distributions</h2><p class=\"why\" style=\"max-width:none\">x: percentile on a ")
                .append("log scale of 1/(1&minus;p), as HdrHistogram plots; the last point is the maximum.</p>")
                .append("<div class=\"grid\" id=\"charts\"></div><script>").append(ChartLibrary.script())
                .append("</script><script>const CHARTS=").append(chartData(metrics)).append(";\n")
                .append(CHART_SCRIPT).append("</script></body></html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, List<Metric> metrics) {
        out.append("<table><tr><th>metric</th><th>unit</th><th>count</th><th>min</th><th>mean</th>");
        for (double p : PERCENTILES) {
            out.append("<th>p").append(label(p)).append("</th>");
        }
        out.append("<th>max</th></tr>");
        for (Metric metric : metrics) {
            for (Series series : metric.series()) {
                Histogram h = series.histogram();
                out.append("<tr><td><b>").append(metric.key()).append("</b> ").append(series.basis())
                        .append("<span class=\"why\">").append(escape(series.explanation())).append("</span></td><td>")
                        .append(escape(metric.unit())).append("</td><td>").append(h.getTotalCount()).append("</td>")
                        .append(cell(h.getTotalCount() == 0 ? 0 : h.getMinValue() / series.divisor()))
                        .append(cell(h.getTotalCount() == 0 ? 0 : h.getMean() / series.divisor()));
                for (double p : PERCENTILES) {
                    out.append(cell(series.value(p)));
                }
                out.append(cell(h.getMaxValue() / series.divisor())).append("</tr>");
            }
            if (metric.note() != null) {
                out.append("<tr><td colspan=\"").append(PERCENTILES.length + 6).append("\" class=\"note\">")
                        .append(escape(metric.note())).append("</td></tr>");
            }
        }
        out.append("</table>");
    }

    private static String cell(double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, value < 10 ? "%.3f" : "%.1f", value);
        return "<td>" + text + "</td>";
    }

    private static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** Draws CHARTS: one uPlot per metric, x on a log scale of 1/(1-p) labelled as percentiles. */
    private static final String CHART_SCRIPT = String.join("\n",
            "const COLORS=['#1f6fb4','#d9480f','#2b8a3e'];",
            "const pct=x=>{const d=Math.max(0,Math.round(Math.log10(x))-2);return (100-100/x).toFixed(d)+'%';};",
            "const decades=(u,i,min,max)=>{const s=[];for(let x=1;x<=max*1.0001;x*=10){if(x>=min*0.9999)s.push(x);}"
                    + "return s;};",
            "const root=document.getElementById('charts');",
            "for(const c of CHARTS){",
            "  const box=document.createElement('div');root.appendChild(box);",
            "  const h=document.createElement('h3');h.textContent=c.title+' ('+c.unit+')';box.appendChild(h);",
            "  const series=[{label:'percentile',value:(u,v)=>v==null?'':pct(v)}].concat(c.series.map((s,i)=>",
            "    ({label:s.label,stroke:COLORS[i%COLORS.length],width:2,dash:i>0?[7,5]:undefined,",
            "      points:{show:false}})));",
            "  const xMax=c.x[c.x.length-1];",
            "  new uPlot({width:600,height:280,legend:{live:false},cursor:{show:false},",
            "    scales:{x:{time:false,distr:3,log:10,range:()=>[1,xMax]}},series:series,",
            "    axes:[{label:'percentile',splits:decades,values:(u,v)=>v.map(pct)},{label:c.unit,size:60}]},",
            "    [c.x].concat(c.series.map(s=>s.values)),box);",
            "}");
}
