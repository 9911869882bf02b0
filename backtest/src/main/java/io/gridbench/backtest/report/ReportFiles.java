package io.gridbench.backtest.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gridbench.backtest.analysis.Tables;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.exchange.files.AtomicFiles;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's {@code results.json}, {@code results.csv}, {@code weekly.csv} (per strategy and calendar week) and
 * {@code report.html} into one folder.
 */
public final class ReportFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    /** @param intervals each strategy's day-bootstrap intervals ({@link StrategyIntervals#of}), in run order */
    public static void write(BacktestResults results, List<StrategyIntervals> intervals, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        List<ComparisonRow> rows = ComparisonRow.of(results);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", results);
        json.put("comparison", rows);
        json.put("intervals", intervals);
        AtomicFiles.write(dir.resolve("results.json"), JSON.writeValueAsBytes(json));
        StringBuilder csv = new StringBuilder(ComparisonRow.csvHeader()).append('\n');
        for (ComparisonRow r : rows) {
            csv.append(r.csv()).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("results.csv"), csv);
        StringWriter weekly = new StringWriter();
        Tables.weekly(results).write().csv(weekly);
        AtomicFiles.writeString(dir.resolve("weekly.csv"), weekly.toString());
        AtomicFiles.writeString(dir.resolve("report.html"), HtmlReport.render(results, rows, intervals));
    }
}
