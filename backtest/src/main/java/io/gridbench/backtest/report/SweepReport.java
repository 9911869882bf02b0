package io.gridbench.backtest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gridbench.backtest.analysis.Tables;
import io.gridbench.backtest.sweep.SweepResults;
import io.gridbench.backtest.sweep.VariantResult;
import io.gridbench.backtest.uncertainty.DayBootstrap;
import io.gridbench.exchange.files.AtomicFiles;
import io.gridbench.exchange.html.ChartLibrary;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep's {@code results.csv} and {@code results.json} (one row per variant, in grid order) and a small
 * self-contained {@code report.html}: the best variants, the ranking key pivoted over each pair of swept keys, and
 * average price against time-to-fill for every variant (uPlot inlined, as in the backtest report).
 */
public final class SweepReport {
    /** Variants listed in the HTML table; the CSV has them all. */
    static final int TOP = 20;
    /** Swept keys whose pairs get a pivot table: 4 keys make 6 tables. */
    static final int PIVOT_KEYS = 4;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private SweepReport() {
    }

    /** @param bootstrap tells whether the best variants in the HTML table are distinguishable from the first */
    public static void write(SweepResults results, DayBootstrap bootstrap, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<RankInterval> top = RankInterval.top(results, TOP, bootstrap);
        AtomicFiles.writeString(dir.resolve("results.csv"), csv(results));
        Map<String, Object> json = json(results);
        json.put("top_vs_best", top);
        AtomicFiles.write(dir.resolve("results.json"), JSON.writeValueAsBytes(json));
        AtomicFiles.writeString(dir.resolve("report.html"), html(results, top));
    }

    private static double basePrice(SweepResults r) {
        return r.baseline().averagePrice();
    }

    private static ComparisonRow row(SweepResults r, VariantResult v) {
        return ComparisonRow.of(v.result(), r.market().vwap(), basePrice(r));
    }

    /** Ranks by variant index: 1 = best. */
    private static int[] ranks(SweepResults r) {
        int[] rank = new int[r.variants().size()];
        int k = 1;
        for (VariantResult v : r.ranked()) {
            rank[v.variant().index()] = k++;
        }
        return rank;
    }

    static String csv(SweepResults r) {
        StringBuilder sb = new StringBuilder("variant,rank,");
        for (String k : r.keys()) {
            sb.append(k).append(',');
        }
        sb.append("cost_with_shortfall_usd,").append(ComparisonRow.csvHeader()).append('\n');
        int[] rank = ranks(r);
        for (VariantResult v : r.variants()) {
            sb.append(v.variant().index()).append(',').append(rank[v.variant().index()]).append(',');
            for (String k : r.keys()) {
                sb.append(v.variant().values().get(k)).append(',');
            }
            sb.append(ComparisonRow.num(v.costWithShortfallUsd(basePrice(r)), 2)).append(',')
                    .append(row(r, v).csv()).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Object> json(SweepResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created_at", r.createdAt());
        m.put("inputs", r.inputs());
        m.put("settings", r.settings());
        m.put("strategy", r.strategy());
        m.put("type", r.type());
        m.put("keys", r.keys());
        m.put("market_vwap", r.market().vwap());
        m.put("baseline", ComparisonRow.of(r.baseline(), r.market().vwap(), basePrice(r)));
        int[] rank = ranks(r);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (VariantResult v : r.variants()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("variant", v.variant().index());
            e.put("rank", rank[v.variant().index()]);
            e.put("values", v.variant().values());
            e.put("parameters", new java.util.TreeMap<>(v.result().parameters()));
            e.put("cost_with_shortfall_usd", v.costWithShortfallUsd(basePrice(r)));
            e.put("comparison", row(r, v));
            rows.add(e);
        }
        m.put("variants", rows);
        return m;
    }

    static String html(SweepResults r, List<RankInterval> top) {
        StringBuilder h = new StringBuilder(128 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gridbench sweep ")
                .append(HtmlReport.esc(r.strategy())).append(' ').append(HtmlReport.esc(r.createdAt()))
                .append("</title>\n<style>").append(ChartLibrary.css()).append(STYLE).append("</style>\n<script>")
                .append(ChartLibrary.script()).append("</script></head><body>\n");
        h.append("<h1>Sweep: ").append(HtmlReport.esc(HtmlReport.nameAndType(r.strategy(), r.type())))
                .append(", ").append(r.variants().size()).append(" variants of ")
                .append(HtmlReport.esc(String.join(", ", r.keys()))).append("</h1>");
        h.append("<p class=\"sub\">").append(r.market().bars()).append(" bars")
                .append(r.market().prints() > 0 ? ", " + r.market().prints() + " prints" : " (fills from bars)")
                .append(", market VWAP <b>").append(ComparisonRow.num(r.market().vwap(), 4))
                .append(" USD/unit</b>; Auto Mode baseline <b>").append(ComparisonRow.num(basePrice(r), 4))
                .append(" USD/unit</b>, ").append(ComparisonRow.num(r.baseline().costUsd(), 2))
                .append(" USD. Fill model <b>").append(HtmlReport.esc(String.valueOf(r.settings().get("fill_model"))))
                .append("</b>: ").append(HtmlReport.esc(String.valueOf(r.settings().get("venue")))).append(".</p>\n");
        best(h, r, top);
        pivots(h, r);
        h.append("<h2>Cost against waiting</h2><p class=\"note\">One point per variant: average price paid against"
                + " time-to-fill p90 (placement to complete fill). Filled: demand met (less than one unit"
                + " unmet); hollow: demand unmet (cheaper partly because it bought less). Variants whose orders never filled completely"
                + " are left out. Hover a point for its parameters.</p><div id=\"tradeoff\"></div>"
                + "<p id=\"hover\" class=\"note\">&nbsp;</p>\n");
        h.append("<h2>Settings</h2><table class=\"kv\"><tr><th>setting</th><th>value</th></tr>");
        SettingsText.rows(h, r.settings());
        r.inputs().forEach((k, v) -> h.append("<tr><td>").append(HtmlReport.esc(k)).append("</td><td>")
                .append(HtmlReport.esc(v.get("path"))).append(" <code>").append(HtmlReport.esc(v.get("sha256")))
                .append("</code></td></tr>"));
        h.append("</table><p class=\"note\">All variants: results.csv / results.json beside this file. Created ")
                .append(HtmlReport.esc(r.createdAt())).append(" by gridbench sweep.</p>\n");
        h.append("<script>const DATA=").append(chartJson(r).replace("</", "<\\/")).append(";\n").append(SCRIPT)
                .append("</script></body></html>\n");
        return h.toString();
    }

    private static void best(StringBuilder h, SweepResults r, List<RankInterval> top) {
        List<VariantResult> ranked = r.ranked();
        int n = Math.min(TOP, ranked.size());
        h.append("<h2>Best ").append(n).append(" of ").append(ranked.size()).append(" by cost</h2>")
                .append("<p class=\"note\"><b>Demand met = less than 1 unit unmet</b> over the whole run (a"
                        + " variant can still have had short stock-outs). Variants that met demand first, then the"
                        + " rest; each by cost plus unmet demand bought at the Auto baseline's average price, so a"
                        + " variant cannot win by simply buying less. <b>vs #1</b>: average price against the first"
                        + " variant's, with a 95% interval from a block bootstrap by day; one that includes zero is"
                        + " not distinguishable from #1 on this data.</p><div class=\"scroll\"><table><tr>"
                        + "<th>#</th>");
        for (String k : r.keys()) {
            h.append("<th>").append(HtmlReport.esc(k)).append("</th>");
        }
        h.append("<th>cost + shortfall USD</th><th>cost USD</th><th>units</th><th>avg USD/unit</th><th>vs VWAP</th>"
                + "<th>vs auto</th><th>fill rate</th><th>time to fill p50 / p90 / max</th><th>stock-out</th>"
                + "<th>unmet units</th><th>unused units</th><th>vs #1</th></tr>\n");
        int columns = r.keys().size() + 13;
        Boolean group = null;
        for (int i = 0; i < n; i++) {
            VariantResult v = ranked.get(i);
            ComparisonRow c = row(r, v);
            if (group == null || group != v.metDemand()) {
                group = v.metDemand();
                h.append("<tr class=\"grp\"><td colspan=\"").append(columns).append("\">")
                        .append(group ? "Demand met (less than 1 unit unmet)" : "Demand not met (1 unit or more unmet)")
                        .append("</td></tr>\n");
            }
            h.append("<tr><td>").append(i + 1).append("</td>");
            for (String k : r.keys()) {
                h.append("<td>").append(HtmlReport.esc(v.variant().values().get(k))).append("</td>");
            }
            h.append("<td><b>").append(ComparisonRow.num(v.costWithShortfallUsd(basePrice(r)), 2))
                    .append("</b></td><td>").append(ComparisonRow.num(c.costUsd(), 2)).append("</td><td>")
                    .append(c.unitsBought()).append("</td><td>").append(ComparisonRow.num(c.averagePrice(), 4))
                    .append("</td><td>").append(pct(c.vsVwapPct())).append("</td><td>").append(pct(c.vsBaselinePct()))
                    .append("</td><td>").append(ComparisonRow.num(c.fillRate() * 100, 1))
                    .append("%</td><td class=\"nw\">").append(c.ttfHuman(c.ttfP50Millis())).append(" / ").append(c.ttfHuman(c.ttfP90Millis()))
                    .append(" / ").append(c.ttfHuman(c.ttfMaxMillis())).append("</td><td class=\"nw")
                    .append(c.stockOutMillis() > 0 ? " bad" : "").append("\">")
                    .append(DurationFormat.human(c.stockOutMillis())).append("</td><td")
                    .append(c.unmetUnits() >= 0.005 ? " class=\"bad\"" : "").append(">")
                    .append(ComparisonRow.num(c.unmetUnits(), 2)).append("</td><td>")
                    .append(ComparisonRow.num(c.unusedUnits(), 2)).append("</td><td class=\"nw\">")
                    .append(i < top.size() ? HtmlReport.esc(top.get(i).text()) : "").append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    /**
     * The ranking key over each pair of swept keys (Tablesaw pivots; the first {@link #PIVOT_KEYS} keys only, so a
     * wide grid does not bury the page in tables).
     */
    private static void pivots(StringBuilder h, SweepResults r) {
        List<String> keys = r.keys().subList(0, Math.min(PIVOT_KEYS, r.keys().size()));
        if (keys.size() < 2) {
            return;
        }
        h.append("<h2>Cost over two parameters</h2><p class=\"note\">Each cell: the lowest cost + shortfall (USD)"
                + " among the variants with that pair of values, whatever the other parameters; the lowest cell of"
                + " each table is marked. Read along a row or column to see how sensitive the cost is to one"
                + " parameter.</p>");
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                pivot(h, Tables.pivot(r, keys.get(i), keys.get(j)), keys.get(j));
            }
        }
    }

    private static void pivot(StringBuilder h, Table p, String columnKey) {
        double min = Double.MAX_VALUE;
        for (int c = 1; c < p.columnCount(); c++) {
            min = Math.min(min, p.numberColumn(c).min());
        }
        h.append("<div class=\"scroll\"><table><tr><th>").append(HtmlReport.esc(p.column(0).name()))
                .append(" \\ ").append(HtmlReport.esc(columnKey)).append("</th>");
        for (int c = 1; c < p.columnCount(); c++) {
            h.append("<th>").append(HtmlReport.esc(p.column(c).name())).append("</th>");
        }
        h.append("</tr>\n");
        for (int row = 0; row < p.rowCount(); row++) {
            h.append("<tr><th>").append(HtmlReport.esc(p.getString(row, 0))).append("</th>");
            for (int c = 1; c < p.columnCount(); c++) {
                double v = p.numberColumn(c).getDouble(row);
                h.append(v == min ? "<td><b>" : "<td>").append(ComparisonRow.num(v, 2))
                        .append(v == min ? "</b></td>" : "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></div>\n");
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "&ndash;" : (v > 0 ? "+" : "") + ComparisonRow.num(v, 2) + "%";
    }

    /**
     * Points sorted by time-to-fill (uPlot wants ascending x); met and unmet demand as two series sharing x, with
     * nulls where a point belongs to the other series.
     */
    private static String chartJson(SweepResults r) {
        double base = basePrice(r);
        List<VariantResult> pts = new ArrayList<>();
        for (VariantResult v : r.variants()) {
            if (v.result().ordersFilled() > 0) {
                pts.add(v);
            }
        }
        pts.sort(Comparator.comparingLong((VariantResult v) -> v.result().timeToFill().p90())
                .thenComparingInt(v -> v.variant().index()));
        int n = pts.size();
        double[] x = new double[n];
        Double[] met = new Double[n];
        Double[] unmet = new Double[n];
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            VariantResult v = pts.get(i);
            x[i] = v.result().timeToFill().p90() / 3_600_000d;
            boolean ok = v.metDemand();
            (ok ? met : unmet)[i] = v.result().averagePrice();
            ComparisonRow c = row(r, v);
            label[i] = v.variant().label() + ": " + ComparisonRow.num(c.averagePrice(), 4) + " USD/unit, cost "
                    + ComparisonRow.num(c.costUsd(), 2) + " USD, ttf p90 " + c.ttfHuman(c.ttfP90Millis())
                    + ", stock-out " + DurationFormat.human(c.stockOutMillis()) + ", unmet "
                    + ComparisonRow.num(c.unmetUnits(), 2) + " units";
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("x", x);
        d.put("met", met);
        d.put("unmet", unmet);
        d.put("label", label);
        d.put("base", Double.isNaN(base) ? null : base);
        d.put("vwap", r.market().vwap());
        try {
            return COMPACT.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String STYLE = "\nbody{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;"
            + "max-width:1400px}h1{font-size:21px}h2{font-size:17px;margin-top:26px}.sub,.note{color:#555}"
            + ".note{font-size:12px}table{border-collapse:collapse;margin:8px 0;font-size:12.5px}td,th{border:1px"
            + " solid #ddd;padding:4px 7px;text-align:right}th{background:#f4f4f4}.bad{background:#fde2e1}"
            + "code{font-size:11px;word-break:break-all}.nw{white-space:nowrap}.scroll{overflow-x:auto}"
            + "table.kv td,table.kv th{text-align:left}tr.grp td{text-align:left;background:#f8f8f8;font-weight:600}\n";

    /** The trade-off scatter, with the Auto average price and the market VWAP as horizontal reference lines. */
    private static final String SCRIPT = String.join("\n",
            "(function(){const D=DATA;const W=Math.min(1350,document.body.clientWidth-10);",
            "const flat=v=>Array.from(D.x,()=>v);",
            "const data=[D.x,D.met,D.unmet,flat(D.vwap)];",
            "const series=[{label:'time to fill p90 (h)'},{label:'demand met',stroke:'#1f77b4',paths:()=>null,"
                    + "points:{show:true,size:8,fill:'#1f77b4'}},{label:'demand unmet',stroke:'#d62728',"
                    + "paths:()=>null,points:{show:true,size:8,width:1.5,fill:'#fff'}},{label:'market VWAP',"
                    + "stroke:'#888',dash:[6,4],width:1,points:{show:false}}];",
            "if(D.base!==null){data.push(flat(D.base));series.push({label:'auto average',stroke:'#ff7f0e',"
                    + "dash:[2,3],width:1.5,points:{show:false}});}",
            "const hover=document.getElementById('hover');",
            "new uPlot({width:W,height:420,legend:{live:false},cursor:{points:{show:false}},series:series,"
                    + "scales:{x:{time:false}},axes:[{label:'time to fill p90 (hours)'},{label:'USD/unit',size:60}],"
                    + "hooks:{setCursor:[u=>{const i=u.cursor.idx;hover.textContent=i==null?'\\u00a0':D.label[i];}]}},"
                    + "data,document.getElementById('tradeoff'));})();");
}
