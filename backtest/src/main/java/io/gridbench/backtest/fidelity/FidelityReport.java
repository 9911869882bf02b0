package io.gridbench.backtest.fidelity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gridbench.exchange.html.HtmlText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a fidelity run's {@code results.json}, {@code results.csv}, {@code report.html} and, with a fill ranking,
 * {@code fill-ranking.csv} into one folder. The page is self-contained and opens offline.
 */
public final class FidelityReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;"
            + "max-width:1400px}h1{font-size:22px}h2{font-size:17px;margin-top:28px}.sub,.note{color:#555}"
            + ".note{font-size:12px}table{border-collapse:collapse;margin:8px 0;font-size:12.5px}td,th{border:1px"
            + " solid #ddd;padding:4px 7px;text-align:right}td:first-child,th:first-child{text-align:left}"
            + "th{background:#f4f4f4}.bad{background:#fde2e1}.good{background:#e2f5e1}table.kv td{text-align:left}"
            + ".scroll{overflow-x:auto}.nw{white-space:nowrap}\n";

    private FidelityReport() {
    }

    /** Writes every file; {@code createdAt} and {@code inputs} go to the JSON and the page only (not the CSV). */
    public static void write(FidelityResults results, String createdAt, Map<String, Map<String, String>> inputs,
                             Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("created_at", createdAt);
        json.put("inputs", inputs);
        json.put("settings", results.settings());
        json.put("counterfactual_vwap", results.counterfactualVwap());
        json.put("counterfactual_prints", results.prints());
        json.put("strategies", results.strategies());
        json.put("fill_ranking", slimRanking(results));
        JSON.writeValue(dir.resolve("results.json").toFile(), json);
        Files.writeString(dir.resolve("results.csv"), FidelityTables.csv(results));
        if (!results.fillRanking().isEmpty()) {
            Files.writeString(dir.resolve("fill-ranking.csv"), FidelityTables.rankingCsv(results));
        }
        Files.writeString(dir.resolve("report.html"), html(results, createdAt, inputs));
    }

    /** The ranking without each backtest's full result: the errors are what it is about. */
    private static List<Map<String, Object>> slimRanking(FidelityResults results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FillScore f : results.fillRanking()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", f.rank());
            row.put("setting", f.setting());
            row.put("options", f.setting().describe());
            row.put("score", f.score());
            row.put("mean_abs_avg_price_error_pct", f.meanAbsPricePct());
            row.put("mean_abs_ttf_p50_error_pct", f.meanAbsTtfP50Pct());
            row.put("mean_abs_fill_rate_error_pts", f.meanAbsFillPts());
            Map<String, Object> perStrategy = new LinkedHashMap<>();
            for (StrategyFidelity s : f.strategies()) {
                perStrategy.put(s.name(), s.metrics());
            }
            row.put("strategies", perStrategy);
            rows.add(row);
        }
        return rows;
    }

    static String html(FidelityResults results, String createdAt, Map<String, Map<String, String>> inputs) {
        StringBuilder h = new StringBuilder(64 * 1024);
        Map<String, Object> s = results.settings();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>gridbench fidelity ")
                .append(esc(createdAt)).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>How accurate is the backtest?</h1><p class=\"sub\">").append(esc(s.get("instrument")))
                .append(", ").append(esc(s.get("days"))).append(" days from ").append(esc(s.get("start")))
                .append(", seed ").append(esc(s.get("seed"))).append(". The agent market ran once without any"
                        + " strategy (the record an analyst would have had: ").append(results.prints())
                .append(" prints, VWAP ").append(FidelityTables.num(results.counterfactualVwap(), 4))
                .append(" USD/unit) and once with each strategy trading in it on the matching engine (the truth)."
                        + " Each strategy was then backtested on the record with <code>")
                .append(esc(s.get("fill"))).append("</code>.</p>\n");
        h.append("<p class=\"note\">Error = backtest minus truth, in percent of the truth (fill rate: percentage"
                + " points; stock-out and unmet demand: the difference). Compass goal: average price within 1%"
                + " and time-to-fill p50 within 10%; cells outside it are red, inside green. Market VWAP: without"
                + " the strategy (what the backtest assumes) and with it, so its error is the strategy's market"
                + " impact, reversed.</p>\n");
        for (StrategyFidelity f : results.strategies()) {
            strategy(h, f);
        }
        if (!results.fillRanking().isEmpty()) {
            ranking(h, results);
        }
        h.append("<h2>Settings and inputs</h2><table class=\"kv\">");
        for (Map.Entry<String, Object> e : s.entrySet()) {
            h.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(e.getValue()))
                    .append("</td></tr>");
        }
        for (Map.Entry<String, Map<String, String>> e : inputs.entrySet()) {
            h.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(e.getValue().get("path")))
                    .append(" <code>sha256 ").append(esc(e.getValue().get("sha256"))).append("</code></td></tr>");
        }
        h.append("</table><p class=\"note\">Files beside this page: <code>record/</code> (the counterfactual in the"
                + " data schema: <code>./gridbench backtest --candles record/candles-1m.csv.gz --trades"
                + " record/trades.csv.gz</code> reproduces the backtest column), <code>truth/&lt;strategy&gt;/"
                + "trades.csv.gz</code> (every print of the ground-truth run; <code>strategy_side=buy</code> marks"
                + " the strategy's own), <code>results.csv</code>, <code>results.json</code>.</p>\n</body></html>\n");
        return h.toString();
    }

    private static void strategy(StringBuilder h, StrategyFidelity f) {
        h.append("<h2>").append(esc(f.name())).append(" <span class=\"note\">(").append(esc(f.type()))
                .append(")</span></h2><div class=\"scroll\"><table><tr><th>metric</th><th>backtest</th>"
                        + "<th>truth</th><th>error</th></tr>");
        for (MetricError e : f.metrics()) {
            h.append("<tr><td>").append(esc(FidelityTables.label(e.metric()))).append("</td><td>")
                    .append(FidelityTables.value(e, e.backtest())).append("</td><td>")
                    .append(FidelityTables.value(e, e.truth())).append("</td><td class=\"nw").append(mark(e))
                    .append("\">").append(esc(FidelityTables.error(e))).append("</td></tr>");
        }
        h.append("</table></div>\n");
    }

    /** Colours the two compass metrics by whether they meet the goal. */
    private static String mark(MetricError e) {
        double goal;
        if (e.metric().equals(StrategyFidelity.AVG_PRICE)) {
            goal = FillScore.PRICE_GOAL_PCT;
        } else if (e.metric().equals(StrategyFidelity.TTF_P50)) {
            goal = FillScore.TTF_GOAL_PCT;
        } else {
            return "";
        }
        if (Double.isNaN(e.error())) {
            return "";
        }
        return Math.abs(e.error()) <= goal ? " good" : " bad";
    }

    private static void ranking(StringBuilder h, FidelityResults results) {
        h.append("<h2>Which fill settings are closest?</h2><p class=\"note\">Every fill model, queue estimate and"
                + " participation cap, backtested on the same record and scored against the same truth. Score:"
                + " per strategy the larger of |avg price error| / 1% and |ln(backtest p50 / truth p50)| / ln(1.1),"
                + " so 1.0 is just at the compass goal (price within 1%, p50 within 10%), averaged over the"
                + " strategies; lower is closer. Time to fill counts by its ratio, so a strategy whose orders"
                + " really fill in a second does not decide the ranking alone. Also in"
                + " <code>fill-ranking.csv</code>.</p><div class=\"scroll\"><table><tr><th>rank</th><th>options</th>"
                + "<th>score</th><th>mean |avg price error|</th><th>mean |ttf p50 error|</th>"
                + "<th>mean |fill rate error|</th>");
        for (StrategyFidelity s : results.strategies()) {
            h.append("<th>").append(esc(s.name())).append("<br>price / ttf p50</th>");
        }
        h.append("</tr>");
        for (FillScore f : results.fillRanking()) {
            h.append("<tr><td>").append(f.rank()).append("</td><td class=\"nw\"><code>")
                    .append(esc(f.setting().describe())).append("</code></td><td class=\"")
                    .append(f.score() <= 1 ? "good" : "bad").append("\">").append(FidelityTables.num(f.score(), 2))
                    .append("</td><td>").append(FidelityTables.num(f.meanAbsPricePct(), 2)).append("%</td><td>")
                    .append(FidelityTables.num(f.meanAbsTtfP50Pct(), 1)).append("%</td><td>")
                    .append(FidelityTables.num(f.meanAbsFillPts(), 2)).append(" pts</td>");
            for (StrategyFidelity s : f.strategies()) {
                h.append("<td class=\"nw\">").append(esc(FidelityTables.error(s.metric(StrategyFidelity.AVG_PRICE))))
                        .append(" / ").append(esc(FidelityTables.error(s.metric(StrategyFidelity.TTF_P50))))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table></div>\n");
    }

    private static String esc(Object o) {
        return HtmlText.escape(String.valueOf(o));
    }
}
