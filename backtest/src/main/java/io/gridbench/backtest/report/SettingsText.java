package io.gridbench.backtest.report;

import io.gridbench.exchange.market.Prices;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the settings map of a backtest or sweep as HTML table rows a person can read: token counts become units
 * with two decimals and the workload's 24 hourly token rates become a compact daily profile. Only the page changes;
 * results.json keeps the raw settings.
 */
final class SettingsText {
    private static final Pattern WEIGHTS = Pattern.compile("hourly weights \\[([^\\]]*)]");
    private static final Pattern TOKENS = Pattern.compile("(\\d+) tokens(/day|/h)?");
    private static final String LEVELS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    private SettingsText() {
    }

    /** One {@code <tr>} per setting, value left-aligned (class {@code kv} on the table), workload parts on lines. */
    static void rows(StringBuilder h, Map<String, Object> settings) {
        settings.forEach((k, v) -> {
            h.append("<tr><td>").append(HtmlReport.esc(k)).append("</td><td>");
            String text = String.valueOf(v);
            if ("workload".equals(k)) {
                h.append(String.join("<br>", HtmlReport.esc(workload(text)).split("; ")));
            } else {
                h.append(HtmlReport.esc(text));
            }
            h.append("</td></tr>");
        });
    }

    /** A workload description with token counts in units and the hourly rates as a profile. */
    static String workload(String text) {
        Matcher w = WEIGHTS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (w.find()) {
            w.appendReplacement(out, Matcher.quoteReplacement(profile(w.group(1))));
        }
        w.appendTail(out);
        Matcher t = TOKENS.matcher(out.toString());
        StringBuilder units = new StringBuilder();
        while (t.find()) {
            String per = t.group(2) == null ? "" : t.group(2);
            t.appendReplacement(units, units(Long.parseLong(t.group(1))) + " units" + per);
        }
        t.appendTail(units);
        return units.toString();
    }

    /** Tokens per UTC hour (comma-separated) as "per UTC hour 0.41-1.66 units/h, 00h-23h" and a bar per hour. */
    static String profile(String tokensPerHour) {
        String[] parts = tokensPerHour.split(",");
        double[] v = new double[parts.length];
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(parts[i].trim());
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
        }
        StringBuilder bars = new StringBuilder(v.length);
        for (double x : v) {
            int level = max <= 0 ? 0 : (int) Math.round(x / max * (LEVELS.length() - 1));
            bars.append(LEVELS.charAt(level));
        }
        return "per UTC hour " + units(min) + "\u2013" + units(max) + " units/h, 00h " + bars + " 23h";
    }

    private static String units(double tokens) {
        return ComparisonRow.num(tokens / Prices.TOKENS_PER_UNIT, 2);
    }
}
