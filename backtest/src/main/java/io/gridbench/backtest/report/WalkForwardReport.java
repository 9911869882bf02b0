package io.gridbench.backtest.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gridbench.backtest.data.Timestamps;
import io.gridbench.backtest.walkforward.WalkForwardResults;
import io.gridbench.backtest.walkforward.WalkForwardWindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a walk-forward run's {@code walk-forward.csv} and {@code walk-forward.json} (one row per window) and a
 * self-contained {@code report.html}, and renders the console table: per window the chosen parameters, their cost
 * against Auto in-sample and out-of-sample, the choice's rank on the test window and what hindsight would have
 * picked; then the pooled figures.
 */
public final class WalkForwardReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WalkForwardReport() {
    }

    public static void write(WalkForwardResults results, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("walk-forward.csv"), csv(results));
        JSON.writeValue(dir.resolve("walk-forward.json").toFile(), json(results));
        Files.writeString(dir.resolve("report.html"), html(results));
    }

    /** The console table. */
    public static String text(WalkForwardResults r) {
        String[] head = {"window", "train", "test", "chosen on train", "in-sample", "out-of-sample",
                "rank on test", "hindsight best on test", "hindsight"};
        List<String[]> rows = new ArrayList<>();
        for (WalkForwardWindow w : r.windows()) {
            rows.add(new String[]{Integer.toString(w.index() + 1), period(w.trainFrom(), w.trainTo()),
                    period(w.testFrom(), w.testTo()), w.chosen().label(), TextTable.pct(w.inSampleVsAutoPct()),
                    TextTable.pct(w.outOfSampleVsAutoPct()), w.outOfSampleRank() + "/" + w.variants(),
                    w.hindsight().label(), TextTable.pct(w.hindsightVsAutoPct())});
        }
        rows.add(new String[]{"pooled", "", "", "", TextTable.pct(r.pooledInSampleVsAutoPct()),
                TextTable.pct(r.pooledOutOfSampleVsAutoPct()), "", "", TextTable.pct(r.pooledHindsightVsAutoPct())});
        return TextTable.columns(head, rows.toArray(String[][]::new));
    }

    /** {@code 08-01..08-31}: dates are enough when windows are whole days; times otherwise. */
    static String period(long from, long to) {
        return shortTime(from) + ".." + shortTime(to);
    }

    private static String shortTime(long millis) {
        String iso = Timestamps.format(millis);
        return millis % 86_400_000L == 0 ? iso.substring(5, 10) : iso.substring(5, 16).replace('T', ' ');
    }

    static String csv(WalkForwardResults r) {
        StringBuilder sb = new StringBuilder("window,train_from,train_to,test_from,test_to,");
        for (String k : r.keys()) {
            sb.append(k).append(',');
        }
        sb.append("in_sample_avg_usd,in_sample_auto_avg_usd,in_sample_cost_vs_auto_pct,out_of_sample_avg_usd,"
                + "out_of_sample_auto_avg_usd,out_of_sample_cost_vs_auto_pct,out_of_sample_unmet_units,"
                + "out_of_sample_rank,variants,hindsight,hindsight_cost_vs_auto_pct\n");
        for (WalkForwardWindow w : r.windows()) {
            sb.append(w.index() + 1).append(',').append(Timestamps.format(w.trainFrom())).append(',')
                    .append(Timestamps.format(w.trainTo())).append(',').append(Timestamps.format(w.testFrom()))
                    .append(',').append(Timestamps.format(w.testTo())).append(',');
            for (String k : r.keys()) {
                sb.append(w.chosen().values().get(k)).append(',');
            }
            sb.append(String.join(",", ComparisonRow.num(w.inSample().averagePrice(), 4),
                    ComparisonRow.num(w.inSampleAuto().averagePrice(), 4), ComparisonRow.num(w.inSampleVsAutoPct(), 2),
                    ComparisonRow.num(w.outOfSample().averagePrice(), 4),
                    ComparisonRow.num(w.outOfSampleAuto().averagePrice(), 4),
                    ComparisonRow.num(w.outOfSampleVsAutoPct(), 2), ComparisonRow.num(w.outOfSample().unmetUnits(), 2),
                    Integer.toString(w.outOfSampleRank()), Integer.toString(w.variants()),
                    "\"" + w.hindsight().label() + "\"", ComparisonRow.num(w.hindsightVsAutoPct(), 2))).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Object> json(WalkForwardResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created_at", r.createdAt());
        m.put("inputs", r.inputs());
        m.put("settings", r.settings());
        m.put("strategy", r.strategy());
        m.put("type", r.type());
        m.put("keys", r.keys());
        m.put("train_ms", r.spec().trainMillis());
        m.put("test_ms", r.spec().testMillis());
        m.put("step_ms", r.spec().stepMillis());
        m.put("pooled_in_sample_cost_vs_auto_pct", r.pooledInSampleVsAutoPct());
        m.put("pooled_out_of_sample_cost_vs_auto_pct", r.pooledOutOfSampleVsAutoPct());
        m.put("pooled_hindsight_cost_vs_auto_pct", r.pooledHindsightVsAutoPct());
        List<Map<String, Object>> windows = new ArrayList<>();
        for (WalkForwardWindow w : r.windows()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("window", w.index() + 1);
            e.put("train", List.of(Timestamps.format(w.trainFrom()), Timestamps.format(w.trainTo())));
            e.put("test", List.of(Timestamps.format(w.testFrom()), Timestamps.format(w.testTo())));
            e.put("chosen", w.chosen().values());
            e.put("in_sample", ComparisonRow.of(w.inSample(), Double.NaN, w.inSampleAuto().averagePrice()));
            e.put("in_sample_auto_avg_usd", w.inSampleAuto().averagePrice());
            e.put("out_of_sample", ComparisonRow.of(w.outOfSample(), Double.NaN,
                    w.outOfSampleAuto().averagePrice()));
            e.put("out_of_sample_auto_avg_usd", w.outOfSampleAuto().averagePrice());
            e.put("out_of_sample_rank", w.outOfSampleRank());
            e.put("variants", w.variants());
            e.put("hindsight", w.hindsight().values());
            e.put("in_sample_cost_vs_auto_pct", w.inSampleVsAutoPct());
            e.put("out_of_sample_cost_vs_auto_pct", w.outOfSampleVsAutoPct());
            e.put("hindsight_cost_vs_auto_pct", w.hindsightVsAutoPct());
            windows.add(e);
        }
        m.put("windows", windows);
        return m;
    }

    static String html(WalkForwardResults r) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gridbench walk-forward ")
                .append(HtmlReport.esc(r.strategy())).append(' ').append(HtmlReport.esc(r.createdAt()))
                .append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>Walk-forward: ").append(HtmlReport.esc(HtmlReport.nameAndType(r.strategy(), r.type())))
                .append(", ").append(r.windows().size()).append(" windows</h1>");
        h.append("<p class=\"sub\">On each training window every variant of ")
                .append(HtmlReport.esc(String.join(", ", r.keys())))
                .append(" was replayed and the best chosen (demand met first, then the lowest cost of demand);"
                        + " the choice was then replayed on the test window that follows. Pooled over all"
                        + " windows, the choice's cost of demand (average price times units consumed, plus unmet demand at"
                        + " Auto's average price; a buffer still held at a window's end is not charged) was <b>").append(TextTable.pct(r.pooledInSampleVsAutoPct()))
                .append("</b> against Auto in-sample and <b>").append(TextTable.pct(r.pooledOutOfSampleVsAutoPct()))
                .append("</b> out-of-sample; the difference is the selection bias of choosing on the data one is"
                        + " scored on. Hindsight (the best variant of each test window, unknowable in advance): ")
                .append(TextTable.pct(r.pooledHindsightVsAutoPct())).append(".</p>\n");
        h.append("<table><tr><th>#</th><th>train</th><th>test</th>");
        for (String k : r.keys()) {
            h.append("<th>").append(HtmlReport.esc(k)).append("</th>");
        }
        h.append("<th>in-sample cost vs auto</th><th>out-of-sample cost vs auto</th><th>out-of-sample unmet units</th>"
                + "<th>rank on test</th><th>hindsight best</th><th>hindsight cost vs auto</th></tr>\n");
        for (WalkForwardWindow w : r.windows()) {
            h.append("<tr><td>").append(w.index() + 1).append("</td><td class=\"nw\">")
                    .append(period(w.trainFrom(), w.trainTo())).append("</td><td class=\"nw\">")
                    .append(period(w.testFrom(), w.testTo())).append("</td>");
            for (String k : r.keys()) {
                h.append("<td>").append(HtmlReport.esc(w.chosen().values().get(k))).append("</td>");
            }
            h.append("<td>").append(TextTable.pct(w.inSampleVsAutoPct())).append("</td><td><b>")
                    .append(TextTable.pct(w.outOfSampleVsAutoPct())).append("</b></td><td")
                    .append(w.outOfSample().unmetUnits() >= 0.005 ? " class=\"bad\"" : "").append(">")
                    .append(ComparisonRow.num(w.outOfSample().unmetUnits(), 2)).append("</td><td>")
                    .append(w.outOfSampleRank()).append(" of ").append(w.variants()).append("</td><td>")
                    .append(HtmlReport.esc(w.hindsight().label())).append("</td><td>")
                    .append(TextTable.pct(w.hindsightVsAutoPct())).append("</td></tr>\n");
        }
        h.append("<tr class=\"grp\"><td colspan=\"").append(3 + r.keys().size()).append("\">pooled</td><td>")
                .append(TextTable.pct(r.pooledInSampleVsAutoPct())).append("</td><td><b>")
                .append(TextTable.pct(r.pooledOutOfSampleVsAutoPct())).append("</b></td><td></td><td></td><td></td>"
                        + "<td>").append(TextTable.pct(r.pooledHindsightVsAutoPct())).append("</td></tr></table>\n");
        h.append("<h2>Settings</h2><table class=\"kv\"><tr><th>setting</th><th>value</th></tr>");
        SettingsText.rows(h, r.settings());
        r.inputs().forEach((k, v) -> h.append("<tr><td>").append(HtmlReport.esc(k)).append("</td><td>")
                .append(HtmlReport.esc(v.get("path"))).append(" <code>").append(HtmlReport.esc(v.get("sha256")))
                .append("</code></td></tr>"));
        h.append("</table><p class=\"note\">Every window: walk-forward.csv / walk-forward.json beside this file."
                + " Each window is replayed as its own period: a fresh workload, strategies starting cold. Created ")
                .append(HtmlReport.esc(r.createdAt())).append(" by gridbench sweep --walk-forward.</p></body></html>\n");
        return h.toString();
    }

    private static final String STYLE = "\nbody{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;"
            + "max-width:1400px}h1{font-size:21px}h2{font-size:17px;margin-top:26px}.sub,.note{color:#555}"
            + ".note{font-size:12px}table{border-collapse:collapse;margin:8px 0;font-size:12.5px}td,th{border:1px"
            + " solid #ddd;padding:4px 7px;text-align:right}th{background:#f4f4f4}.bad{background:#fde2e1}"
            + "code{font-size:11px;word-break:break-all}.nw{white-space:nowrap}"
            + "table.kv td,table.kv th{text-align:left}tr.grp td{text-align:left;background:#f8f8f8;font-weight:600}\n";
}
