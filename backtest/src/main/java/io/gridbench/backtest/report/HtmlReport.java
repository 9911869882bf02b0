package io.gridbench.backtest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.Percentiles;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.metrics.Timeline;
import io.gridbench.exchange.market.Prices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link BacktestResults} as one self-contained HTML page: comparison table, cost bars, price with each
 * strategy's orders and fills, balance over time, time-to-fill histograms, and the inputs with their SHA-256.
 * uPlot is inlined (see {@link ChartAssets}); nothing is fetched when the page opens.
 */
public final class HtmlReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_POINTS = 3000;
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#17becf"};

    private HtmlReport() {
    }

    public static String render(BacktestResults results, List<ComparisonRow> rows) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>gridbench backtest ").append(esc(results.createdAt())).append("</title>\n<style>")
                .append(ChartAssets.css()).append(STYLE).append("</style>\n<script>")
                .append(ChartAssets.script()).append("</script></head><body>\n");
        h.append("<h1>Backtest: which way of buying tokens cost least?</h1>");
        var m = results.market();
        h.append("<p class=\"sub\">").append(m.bars()).append(" bars")
                .append(m.prints() > 0 ? ", " + m.prints() + " prints" : " (no prints: fills from bars)")
                .append(", VWAP <b>").append(ComparisonRow.num(m.vwap(), 4)).append(" USD/unit</b> (")
                .append(m.vwapSource()).append("), range ").append(ComparisonRow.num(m.low(), 2)).append("&ndash;")
                .append(ComparisonRow.num(m.high(), 2)).append(" USD. Fill model <b>")
                .append(esc(String.valueOf(results.settings().get("fill_model")))).append("</b>: ")
                .append(esc(String.valueOf(results.settings().get("venue")))).append(".</p>\n");
        table(h, rows);
        costBars(h, rows);
        h.append("<h2>Price, orders and fills</h2><p class=\"note\">Times in UTC. Line: bar close. Hollow markers: order"
                + " placed or re-priced at that price. Filled markers: fills. Up to " + MAX_POINTS
                + " markers per strategy are drawn.</p><div id=\"price\"></div>\n");
        h.append("<h2>Balance over time</h2><p class=\"note\">Units in the consumption account (minimum per"
                + " time bucket, so stock-outs show as zero).</p><div id=\"balance\"></div>\n");
        histograms(h, results.strategies());
        inputs(h, results);
        h.append("<script>const DATA=").append(json(chartData(results)).replace("</", "<\\/"))
                .append(";\n").append(SCRIPT).append("</script></body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, List<ComparisonRow> rows) {
        h.append("<h2>Comparison</h2><table><tr><th>strategy</th><th>type</th><th>cost USD</th><th>units</th>"
                + "<th>avg USD/unit</th><th>vs VWAP</th><th>vs auto</th><th>unused units</th><th>orders</th>"
                + "<th>canceled</th><th>re-priced</th><th>open at end</th><th>fill rate</th><th>time to fill"
                + " p50 / p90 / p99 / max</th><th>stock-out</th><th>unmet units</th><th>jobs (wait p50 / max)"
                + "</th></tr>\n");
        for (ComparisonRow r : rows) {
            h.append("<tr><td>").append(esc(r.name())).append("</td><td>").append(r.type()).append("</td><td>")
                    .append(ComparisonRow.num(r.costUsd(), 2)).append("</td><td>").append(r.unitsBought())
                    .append("</td><td>").append(ComparisonRow.num(r.averagePrice(), 4)).append("</td><td>")
                    .append(pct(r.vsVwapPct())).append("</td><td>").append(pct(r.vsBaselinePct()))
                    .append("</td><td>").append(ComparisonRow.num(r.unusedUnits(), 2)).append("</td><td>")
                    .append(r.ordersPlaced()).append("</td><td>").append(r.ordersCanceled()).append("</td><td>")
                    .append(r.ordersRepriced()).append("</td><td>").append(r.ordersOpenAtEnd())
                    .append("</td><td>").append(ComparisonRow.num(r.fillRate() * 100, 1)).append("%</td><td>")
                    .append(Durations.human(r.ttfP50Millis())).append(" / ")
                    .append(Durations.human(r.ttfP90Millis())).append(" / ")
                    .append(Durations.human(r.ttfP99Millis())).append(" / ")
                    .append(Durations.human(r.ttfMaxMillis())).append("</td><td")
                    .append(r.stockOutMillis() > 0 ? " class=\"bad\"" : "").append(">")
                    .append(Durations.human(r.stockOutMillis())).append(" (").append(r.stockOuts())
                    .append("&times;)</td><td").append(r.unmetUnits() > 0 ? " class=\"bad\"" : "").append(">")
                    .append(ComparisonRow.num(r.unmetUnits(), 2)).append("</td><td>").append(r.jobsStarted())
                    .append("/").append(r.jobsTotal()).append(" (").append(Durations.human(r.jobWaitP50Millis()))
                    .append(" / ").append(Durations.human(r.jobWaitMaxMillis())).append(")</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void costBars(StringBuilder h, List<ComparisonRow> rows) {
        h.append("<h2>Cost and average price</h2><div class=\"bars\">");
        double maxCost = 1e-9;
        double maxAvg = 1e-9;
        for (ComparisonRow r : rows) {
            maxCost = Math.max(maxCost, r.costUsd());
            maxAvg = Math.max(maxAvg, Double.isNaN(r.averagePrice()) ? 0 : r.averagePrice());
        }
        int i = 0;
        for (ComparisonRow r : rows) {
            String c = COLORS[i++ % COLORS.length];
            double avg = Double.isNaN(r.averagePrice()) ? 0 : r.averagePrice();
            h.append("<div class=\"bar\"><span class=\"lbl\">").append(esc(r.name())).append("</span>")
                    .append("<span class=\"track\"><span style=\"width:")
                    .append(ComparisonRow.num(100 * r.costUsd() / maxCost, 1)).append("%;background:").append(c)
                    .append("\"></span></span><span class=\"val\">").append(ComparisonRow.num(r.costUsd(), 2))
                    .append(" USD</span><span class=\"track\"><span style=\"width:")
                    .append(ComparisonRow.num(100 * avg / maxAvg, 1)).append("%;background:").append(c)
                    .append(";opacity:.6\"></span></span><span class=\"val\">")
                    .append(ComparisonRow.num(r.averagePrice(), 4)).append(" USD/unit</span></div>");
        }
        h.append("</div>\n");
    }

    private static void histograms(StringBuilder h, List<StrategyResult> strategies) {
        h.append("<h2>Time to fill</h2><p class=\"note\">Placement to complete fill, per fully filled order"
                + " (log-2 buckets; re-priced orders count from first placement).</p><div class=\"hists\">");
        int i = 0;
        for (StrategyResult s : strategies) {
            String c = COLORS[i++ % COLORS.length];
            Percentiles p = s.timeToFill();
            h.append("<div class=\"hist\"><h3>").append(esc(s.name())).append("</h3>");
            if (p.count() == 0) {
                h.append("<p class=\"note\">no order filled completely</p></div>");
                continue;
            }
            long max = 1;
            for (long n : p.histogramCounts()) {
                max = Math.max(max, n);
            }
            h.append("<div class=\"cols\">");
            for (int b = 0; b < p.histogramCounts().length; b++) {
                long n = p.histogramCounts()[b];
                if (n == 0 && (b == 0 || b < firstNonZero(p.histogramCounts()))) {
                    continue;
                }
                String label = n > 0 ? Durations.human(p.histogramEdges()[b]) : "";
                h.append("<div class=\"col\" title=\"").append(n).append(" orders &ge; ")
                        .append(Durations.human(p.histogramEdges()[b])).append("\"><span style=\"height:")
                        .append(ComparisonRow.num(100.0 * n / max, 1)).append("%;background:").append(c)
                        .append("\"></span><i>").append(label).append("</i></div>");
            }
            h.append("</div><p class=\"note\">n=").append(p.count()).append(", p50 ")
                    .append(Durations.human(p.p50())).append(", p90 ").append(Durations.human(p.p90()))
                    .append(", p99 ").append(Durations.human(p.p99())).append(", max ")
                    .append(Durations.human(p.max())).append("</p></div>");
        }
        h.append("</div>\n");
    }

    private static int firstNonZero(long[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return counts.length;
    }

    private static void inputs(StringBuilder h, BacktestResults results) {
        h.append("<h2>Inputs and settings</h2><table><tr><th>input</th><th>path</th><th>SHA-256</th></tr>");
        results.inputs().forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td>")
                .append(esc(v.get("path"))).append("</td><td><code>").append(esc(v.get("sha256")))
                .append("</code></td></tr>"));
        h.append("</table><table><tr><th>setting</th><th>value</th></tr>");
        results.settings().forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td>")
                .append(esc(String.valueOf(v))).append("</td></tr>"));
        h.append("</table><table><tr><th>strategy</th><th>parameters</th></tr>");
        for (StrategyResult s : results.strategies()) {
            h.append("<tr><td>").append(esc(s.name())).append(" (").append(s.type()).append(")</td><td><code>")
                    .append(esc(new java.util.TreeMap<>(s.parameters()).toString())).append("</code></td></tr>");
        }
        h.append("</table><p class=\"note\">Created ").append(esc(results.createdAt()))
                .append(" by gridbench backtest.</p>\n");
    }

    private static Map<String, Object> chartData(BacktestResults results) {
        var m = results.market();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("priceTime", seconds(m.priceTime()));
        d.put("price", dollars(m.priceClose()));
        List<Map<String, Object>> series = new ArrayList<>();
        int i = 0;
        for (StrategyResult s : results.strategies()) {
            Timeline t = s.timeline();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("color", COLORS[i++ % COLORS.length]);
            int fs = stride(t.fillTime().length);
            e.put("fillTime", seconds(t.fillTime(), fs));
            e.put("fillPrice", dollars(t.fillPrice(), fs));
            int os = stride(t.orderTime().length);
            long[][] limits = limitOrders(t.orderTime(), t.orderPrice());
            e.put("orderTime", seconds(limits[0], os));
            e.put("orderPrice", dollars(limits[1], os));
            e.put("balanceTime", seconds(t.balanceTime()));
            double[] units = new double[t.balanceTokens().length];
            for (int k = 0; k < units.length; k++) {
                units[k] = t.balanceTokens()[k] / (double) Prices.TOKENS_PER_UNIT;
            }
            e.put("balance", units);
            series.add(e);
        }
        d.put("strategies", series);
        return d;
    }

    /** Placements with a price: market orders (price 0) have no price to mark until they fill. */
    private static long[][] limitOrders(long[] time, long[] price) {
        int n = 0;
        for (long p : price) {
            if (p > 0) {
                n++;
            }
        }
        long[][] out = new long[2][n];
        int k = 0;
        for (int i = 0; i < price.length; i++) {
            if (price[i] > 0) {
                out[0][k] = time[i];
                out[1][k++] = price[i];
            }
        }
        return out;
    }

    private static int stride(int n) {
        return Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
    }

    private static long[] seconds(long[] millis) {
        return seconds(millis, 1);
    }

    private static long[] seconds(long[] millis, int stride) {
        long[] s = new long[(millis.length + stride - 1) / stride];
        for (int i = 0; i < s.length; i++) {
            s[i] = millis[i * stride] / 1000;
        }
        return s;
    }

    private static double[] dollars(long[] ticks) {
        return dollars(ticks, 1);
    }

    private static double[] dollars(long[] ticks, int stride) {
        double[] d = new double[(ticks.length + stride - 1) / stride];
        for (int i = 0; i < d.length; i++) {
            d[i] = Prices.toDouble(ticks[i * stride]);
        }
        return d;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "&ndash;" : (v > 0 ? "+" : "") + ComparisonRow.num(v, 2) + "%";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = "\nbody{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;"
            + "max-width:1400px}h1{font-size:22px}h2{font-size:17px;margin-top:28px}h3{font-size:14px;margin:4px 0}"
            + ".sub,.note{color:#555}.note{font-size:12px}table{border-collapse:collapse;margin:8px 0;"
            + "font-size:12.5px}td,th{border:1px solid #ddd;padding:4px 7px;text-align:right}"
            + "td:first-child,th:first-child{text-align:left}th{background:#f4f4f4}.bad{background:#fde2e1}"
            + "code{font-size:11.5px;word-break:break-all}.bar{display:flex;align-items:center;gap:8px;"
            + "margin:3px 0}.lbl{width:180px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}"
            + ".track{flex:1;background:#f1f1f1;height:16px;max-width:380px}.track span{display:block;"
            + "height:100%}.val{width:130px;font-variant-numeric:tabular-nums}.hists{display:flex;"
            + "flex-wrap:wrap;gap:16px}.hist{width:320px}.cols{display:flex;align-items:flex-end;height:120px;"
            + "gap:2px;border-bottom:1px solid #999}.col{flex:1;height:100%;display:flex;flex-direction:column;"
            + "justify-content:flex-end;position:relative}.col span{display:block}.col i{position:absolute;"
            + "bottom:-16px;font-size:9px;font-style:normal;color:#555;left:0;white-space:nowrap}"
            + ".hist .note{margin-top:20px}\n";

    /** Builds the two uPlot time charts from DATA, merging each series onto one shared time axis. */
    private static final String SCRIPT = String.join("\n",
            "function merge(xsets){const s=new Set();xsets.forEach(a=>a.forEach(v=>s.add(v)));"
                    + "return Float64Array.from(s).sort();}",
            "function align(x,t,v){const m=new Map();t.forEach((k,i)=>m.set(k,v[i]));"
                    + "return Array.from(x,k=>m.has(k)?m.get(k):null);}",
            "const W=Math.min(1350,document.body.clientWidth-10);",
            "const UTC=ts=>uPlot.tzDate(new Date(ts*1e3),'Etc/UTC');",
            "(function(){const S=DATA.strategies;const x=merge([DATA.priceTime].concat(S.map(s=>s.fillTime),"
                    + "S.map(s=>s.orderTime)));",
            "const data=[x,align(x,DATA.priceTime,DATA.price)];const series=[{},{label:'close',"
                    + "stroke:'#888',width:1,spanGaps:true}];",
            "S.forEach(s=>{data.push(align(x,s.orderTime,s.orderPrice));series.push({label:s.name+' orders',"
                    + "stroke:s.color,paths:()=>null,points:{show:true,size:7,width:1.5,fill:'#fff'}});"
                    + "data.push(align(x,s.fillTime,s.fillPrice));series.push({label:s.name+' fills',"
                    + "stroke:s.color,paths:()=>null,points:{show:true,size:6,fill:s.color}});});",
            "new uPlot({width:W,height:380,tzDate:UTC,legend:{live:false},series:series,scales:{x:{time:true}},axes:[{},{label:'USD/unit',"
                    + "size:60}]},data,document.getElementById('price'));",
            "const bx=merge(S.map(s=>s.balanceTime));const bd=[bx];const bs=[{}];",
            "S.forEach(s=>{bd.push(align(bx,s.balanceTime,s.balance));bs.push({label:s.name,stroke:s.color,"
                    + "width:1.5,spanGaps:true,paths:uPlot.paths.stepped({align:1})});});",
            "new uPlot({width:W,height:300,tzDate:UTC,legend:{live:false},series:bs,scales:{x:{time:true}},axes:[{},{label:'units',size:60}]},"
                    + "bd,document.getElementById('balance'));})();");
}
