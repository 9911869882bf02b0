package io.gridbench.backtest.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.analysis.Tables;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.Percentiles;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.metrics.Timeline;
import io.gridbench.exchange.html.ChartLibrary;
import io.gridbench.exchange.html.HtmlText;
import io.gridbench.exchange.market.Prices;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link BacktestResults} as one self-contained HTML page: comparison table, cost bars, price with each
 * strategy's orders and fills, balance over time, time-to-fill histograms, and the inputs with their SHA-256.
 * uPlot is inlined (see {@link ChartLibrary}); nothing is fetched when the page opens.
 */
public final class HtmlReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Time buckets for order and fill markers: about one per 6 px of a full-width chart. */
    static final int MARKER_BUCKETS = 240;
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#17becf"};

    private HtmlReport() {
    }

    public static String render(BacktestResults results, List<ComparisonRow> rows,
                                List<StrategyIntervals> intervals) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>gridbench backtest ").append(esc(results.createdAt())).append("</title>\n<style>")
                .append(ChartLibrary.css()).append(STYLE).append("</style>\n<script>")
                .append(ChartLibrary.script()).append("</script></head><body>\n");
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
        intervals(h, intervals);
        orderBenchmarks(h, results);
        costBars(h, rows);
        weekly(h, results);
        h.append("<h2>Price, orders and fills</h2><p class=\"note\">Times in UTC. Line: bar close. Filled markers: fills,"
                + " one per time bucket (" + MARKER_BUCKETS + " over the run) at the quantity-weighted average"
                + " price of the bucket's fills; hollow markers (off until clicked in the legend): limit prices of"
                + " orders placed or re-priced, averaged the same way. Tables above use every fill.</p><div id=\"price\"></div>\n");
        h.append("<h2>Balance over time</h2><p class=\"note\">Units in the consumption account (minimum per"
                + " time bucket, so stock-outs show as zero).</p><div id=\"balance\"></div>\n");
        histograms(h, results.strategies());
        inputs(h, results);
        h.append("<script>const DATA=").append(json(chartData(results)).replace("</", "<\\/"))
                .append(";\n").append(SCRIPT).append("</script></body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, List<ComparisonRow> rows) {
        h.append("<h2>Comparison</h2><div class=\"scroll\"><table><tr><th>strategy</th><th>type</th>"
                + "<th>cost USD</th><th>units</th><th>avg USD/unit</th><th>vs VWAP</th><th>vs auto</th>"
                + "<th>unused units</th><th>orders</th>"
                + "<th>filled: full / part / none</th><th>canceled</th><th>re-priced</th><th>open at end</th>"
                + "<th>fill rate</th><th>time to first fill p50 / p90 / max</th><th>time to full fill"
                + " p50 / p90 / p99 / max</th><th>stock-out</th><th>unmet units</th><th>jobs (wait p50 / max)"
                + "</th></tr>\n");
        for (ComparisonRow r : rows) {
            h.append("<tr><td>").append(esc(r.name())).append("</td><td>").append(r.type()).append("</td><td>")
                    .append(ComparisonRow.num(r.costUsd(), 2)).append("</td><td>").append(r.unitsBought())
                    .append("</td><td>").append(ComparisonRow.num(r.averagePrice(), 4)).append("</td><td>")
                    .append(pct(r.vsVwapPct())).append("</td><td>").append(pct(r.vsBaselinePct()))
                    .append("</td><td>").append(ComparisonRow.num(r.unusedUnits(), 2)).append("</td><td>")
                    .append(r.ordersPlaced()).append("</td><td class=\"nw\">").append(r.ordersFilled())
                    .append(" / ").append(r.ordersPartlyFilled()).append(" / ").append(r.ordersNeverFilled())
                    .append("</td><td>").append(r.ordersCanceled()).append("</td><td>")
                    .append(r.ordersRepriced()).append("</td><td>").append(r.ordersOpenAtEnd())
                    .append("</td><td>").append(ComparisonRow.num(r.fillRate() * 100, 1))
                    .append("%</td><td class=\"nw\">")
                    .append(r.firstHuman(r.firstP50Millis())).append(" / ")
                    .append(r.firstHuman(r.firstP90Millis())).append(" / ")
                    .append(r.firstHuman(r.firstMaxMillis())).append("</td><td class=\"nw\">")
                    .append(r.ttfHuman(r.ttfP50Millis())).append(" / ")
                    .append(r.ttfHuman(r.ttfP90Millis())).append(" / ")
                    .append(r.ttfHuman(r.ttfP99Millis())).append(" / ")
                    .append(r.ttfHuman(r.ttfMaxMillis())).append("</td><td class=\"nw")
                    .append(r.stockOutMillis() > 0 ? " bad" : "").append("\">")
                    .append(DurationFormat.human(r.stockOutMillis())).append(" (").append(r.stockOuts())
                    .append("&times;)</td><td").append(r.unmetUnits() > 0 ? " class=\"bad\"" : "").append(">")
                    .append(ComparisonRow.num(r.unmetUnits(), 2)).append("</td><td class=\"nw\">")
                    .append(r.jobsStarted()).append("/").append(r.jobsTotal()).append(" (")
                    .append(DurationFormat.human(r.jobWaitP50Millis()))
                    .append(" / ").append(DurationFormat.human(r.jobWaitMaxMillis())).append(")</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    /** Average price per calendar week and strategy, with the difference to Auto in the same week (Tablesaw). */
    private static void weekly(StringBuilder h, BacktestResults results) {
        Table w = Tables.weekly(results);
        List<String> names = new ArrayList<>();
        for (StrategyResult r : results.strategies()) {
            names.add(r.name());
        }
        h.append("<h2>Per week</h2><p class=\"note\">Average price paid per unit in each calendar week (Monday to"
                + " Sunday, UTC), and against Auto's in the same week: a strategy that wins overall may lose in"
                + " some weeks. Partial weeks show their number of days. weekly.csv beside this file has every"
                + " figure.</p><div class=\"scroll\"><table><tr><th>week</th><th>days</th>");
        for (String n : names) {
            h.append("<th>").append(esc(n)).append("</th>");
        }
        h.append("</tr>\n");
        Map<String, String[]> cells = new LinkedHashMap<>();
        Map<String, Integer> days = new LinkedHashMap<>();
        for (int i = 0; i < w.rowCount(); i++) {
            String week = w.dateColumn("week").get(i).toString();
            int col = names.indexOf(w.stringColumn("strategy").get(i));
            String[] row = cells.computeIfAbsent(week, k -> new String[names.size()]);
            double avg = w.doubleColumn("avg_price_usd").getDouble(i);
            double vs = w.doubleColumn("vs_auto_pct").getDouble(i);
            boolean auto = w.stringColumn("strategy").get(i).equals(results.baseline());
            row[col] = Double.isNaN(avg) ? null : ComparisonRow.num(avg, 4) + (auto ? "" : " (" + pct(vs) + ")");
            days.merge(week, w.intColumn("days").getInt(i), Math::max);
        }
        cells.forEach((week, row) -> {
            h.append("<tr><td class=\"nw\">").append(week).append("</td><td>").append(days.get(week)).append("</td>");
            for (String c : row) {
                h.append("<td class=\"nw\">").append(c == null ? "&ndash;" : c)
                        .append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</table></div>\n");
    }

    private static void orderBenchmarks(StringBuilder h, BacktestResults results) {
        h.append("<h2>Against each order's own benchmarks</h2><p class=\"note\">Implementation shortfall, as"
                + " transaction-cost analysis measures it: what the fills cost against each order's arrival price"
                + " (the estimated mid when it was placed) and against the market's VWAP over the order's own life"
                + " (placement to complete fill, cancel or the end), weighted by units filled. The period VWAP alone"
                + " can flip a strategy's sign without it acting differently.</p><table><tr><th>strategy</th>"
                + "<th>vs period VWAP</th><th>vs arrival mid</th><th>vs order-life VWAP</th><th>orders</th></tr>\n");
        double vwap = results.market().vwap();
        for (StrategyResult r : results.strategies()) {
            double avg = r.averagePrice();
            double vsVwap = Double.isNaN(avg) || vwap == 0 ? Double.NaN : (avg / vwap - 1) * 100;
            h.append("<tr><td>").append(esc(r.name())).append("</td><td>").append(pct(vsVwap)).append("</td><td>")
                    .append(pct(r.orders().arrivalShortfallPct())).append("</td><td>")
                    .append(pct(r.orders().lifeVwapShortfallPct())).append("</td><td>").append(r.orders().size())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void intervals(StringBuilder h, List<StrategyIntervals> intervals) {
        h.append("<h2>How sure</h2><p class=\"note\">95% confidence intervals from a block bootstrap by UTC day"
                + " (whole days redrawn with replacement, strategies paired on the same days, seeded): a difference"
                + " whose interval includes zero is not distinguishable from Auto on this much data.</p><ul>");
        for (StrategyIntervals i : intervals) {
            h.append("<li>").append(esc(i.sentence())).append("</li>");
        }
        h.append("</ul>\n");
    }

    /**
     * The strategies usually differ by one or two percent, which bars drawn from zero would make look identical,
     * so the bars show the difference itself: average price against the Auto baseline and against the market VWAP,
     * on one symmetric percent scale with zero in the middle.
     */
    private static void costBars(StringBuilder h, List<ComparisonRow> rows) {
        double scale = 0;
        for (ComparisonRow r : rows) {
            scale = Math.max(scale, Math.abs(Double.isNaN(r.vsBaselinePct()) ? 0 : r.vsBaselinePct()));
            scale = Math.max(scale, Math.abs(Double.isNaN(r.vsVwapPct()) ? 0 : r.vsVwapPct()));
        }
        scale = niceScale(scale);
        String axis = "<span class=\"dtrack scale\"><b>&minus;" + ComparisonRow.num(scale, 1) + "%</b><b>0</b><b>+"
                + ComparisonRow.num(scale, 1) + "%</b></span>";
        h.append("<h2>Cost and average price</h2><p class=\"note\">Bars: difference in average price paid, percent,"
                + " against the Auto baseline and against the market VWAP; left of the centre line (green) is"
                + " cheaper, right (red) dearer. Both use the same scale, &plusmn;").append(ComparisonRow.num(scale, 1))
                .append("%.</p><div class=\"bars\"><div class=\"bar head\"><span class=\"lbl\">strategy</span>"
                        + "<span class=\"val\">cost</span>").append(axis)
                .append("<span class=\"val\">avg vs auto</span>").append(axis)
                .append("<span class=\"val\">avg vs VWAP</span></div>");
        for (ComparisonRow r : rows) {
            h.append("<div class=\"bar\"><span class=\"lbl\">").append(esc(r.name())).append("</span>")
                    .append("<span class=\"val\">").append(ComparisonRow.num(r.costUsd(), 2)).append(" USD</span>");
            diffBar(h, r.vsBaselinePct(), scale);
            h.append("<span class=\"val\">").append(pct(r.vsBaselinePct())).append(" (")
                    .append(ComparisonRow.num(r.averagePrice(), 4)).append(")</span>");
            diffBar(h, r.vsVwapPct(), scale);
            h.append("<span class=\"val\">").append(pct(r.vsVwapPct())).append("</span></div>");
        }
        h.append("</div>\n");
    }

    private static void diffBar(StringBuilder h, double pct, double scale) {
        h.append("<span class=\"dtrack\">");
        if (!Double.isNaN(pct) && pct != 0) {
            double width = Math.min(50, 50 * Math.abs(pct) / scale);
            h.append("<span class=\"").append(pct < 0 ? "lo\" style=\"right:50%" : "hi\" style=\"left:50%")
                    .append(";width:").append(ComparisonRow.num(width, 1)).append("%\"></span>");
        }
        h.append("</span>");
    }

    /** The smallest of 0.5, 1, 2, 5, 10, 20, 50, ... percent that holds {@code maxAbs}. */
    static double niceScale(double maxAbs) {
        double step = 0.5;
        int k = 0;
        while (step < maxAbs) {
            step *= (k++ % 3 == 2) ? 2.5 : 2;
        }
        return step;
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
            int first = firstNonZero(p.histogramCounts());
            int every = labelEvery(p.histogramCounts().length - first);
            for (int b = 0; b < p.histogramCounts().length; b++) {
                long n = p.histogramCounts()[b];
                if (n == 0 && (b == 0 || b < first)) {
                    continue;
                }
                String label = (b - first) % every == 0 ? DurationFormat.human(p.histogramEdges()[b]) : "";
                h.append("<div class=\"col\" title=\"").append(n).append(" orders &ge; ")
                        .append(DurationFormat.human(p.histogramEdges()[b])).append("\"><span style=\"height:")
                        .append(ComparisonRow.num(100.0 * n / max, 1)).append("%;background:").append(c)
                        .append("\"></span><i>").append(label).append("</i></div>");
            }
            h.append("</div><p class=\"note\">n=").append(p.count()).append(", p50 ")
                    .append(DurationFormat.human(p.p50())).append(", p90 ").append(DurationFormat.human(p.p90()))
                    .append(", p99 ").append(DurationFormat.human(p.p99())).append(", max ")
                    .append(DurationFormat.human(p.max())).append("</p></div>");
        }
        h.append("</div>\n");
    }

    /** Label every n-th column so labels (about 35 px each) never overlap in a 320 px histogram. */
    static int labelEvery(int columns) {
        return Math.max(1, (columns + 7) / 8);
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
        h.append("</table><table class=\"kv\"><tr><th>setting</th><th>value</th></tr>");
        SettingsText.rows(h, results.settings());
        h.append("</table><table class=\"kv\"><tr><th>strategy</th><th>parameters</th></tr>");
        for (StrategyResult s : results.strategies()) {
            h.append("<tr><td>").append(esc(nameAndType(s.name(), s.type()))).append("</td><td><code>")
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
            double[][] fills = ChartSeries.bucketed(t.fillTime(), t.fillPrice(), t.fillQuantity(), m.startMillis(),
                    m.endMillis(), MARKER_BUCKETS);
            e.put("fillTime", fills[0]);
            e.put("fillPrice", fills[1]);
            double[][] orders = ChartSeries.bucketed(t.orderTime(), t.orderPrice(), null, m.startMillis(),
                    m.endMillis(), MARKER_BUCKETS);
            e.put("orderTime", orders[0]);
            e.put("orderPrice", orders[1]);
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

    private static long[] seconds(long[] millis) {
        long[] s = new long[millis.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = millis[i] / 1000;
        }
        return s;
    }

    private static double[] dollars(long[] ticks) {
        double[] d = new double[ticks.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Prices.toDouble(ticks[i]);
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

    /** {@code name (type)}, or just the name when it already is the type. */
    static String nameAndType(String name, String type) {
        return name.equals(type) ? name : name + " (" + type + ")";
    }

    static String esc(String s) {
        return HtmlText.escape(s);
    }

    private static final String STYLE = "\nbody{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;"
            + "max-width:1400px}h1{font-size:22px}h2{font-size:17px;margin-top:28px}h3{font-size:14px;margin:4px 0}"
            + ".sub,.note{color:#555}.note{font-size:12px}table{border-collapse:collapse;margin:8px 0;"
            + "font-size:12.5px}td,th{border:1px solid #ddd;padding:4px 7px;text-align:right}"
            + "td:first-child,th:first-child{text-align:left}th{background:#f4f4f4}.bad{background:#fde2e1}"
            + "code{font-size:11.5px;word-break:break-all}.bar{display:flex;align-items:center;gap:8px;"
            + "margin:3px 0}.lbl{width:180px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}"
            + ".dtrack{flex:1;background:#f1f1f1;height:16px;max-width:300px;position:relative}.dtrack::after{"
            + "content:'';position:absolute;left:50%;top:-3px;bottom:-3px;width:1px;background:#555}"
            + ".dtrack span{position:absolute;top:0;bottom:0}.dtrack .lo{background:#2ca02c}.dtrack .hi{"
            + "background:#d62728}.dtrack.scale{background:none;display:flex;justify-content:space-between;"
            + "font-size:11px;color:#555}.dtrack.scale::after{display:none}.bar.head{font-size:12px;color:#555}"
            + ".val{width:130px;font-variant-numeric:tabular-nums}.nw{white-space:nowrap}.scroll{overflow-x:auto}"
            + "table.kv td,table.kv th{text-align:left}.scroll td,.scroll th{padding:3px 5px}.scroll table{font-size:12px}.hists{display:flex;"
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
                    + "stroke:'#555',width:1,spanGaps:true}];",
            "S.forEach(s=>{data.push(align(x,s.orderTime,s.orderPrice));series.push({label:s.name+' orders',"
                    + "show:false,stroke:s.color,paths:()=>null,points:{show:true,size:7,width:1.5,fill:'#fff'}});"
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
