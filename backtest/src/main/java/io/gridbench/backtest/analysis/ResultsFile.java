package io.gridbench.backtest.analysis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.metrics.BacktestResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a finished backtest back from its {@code results.json}, for analysis after the run. */
public final class ResultsFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultsFile() {
    }

    /**
     * @param path a backtest's output folder or its {@code results.json}
     * @throws IOException when the file cannot be read or is not a backtest's results
     */
    public static BacktestResults read(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve("results.json") : path;
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode results = root.get("results");
        if (results == null || !results.has("strategies")) {
            throw new IOException(file + ": not a backtest's results.json (no results.strategies)");
        }
        return JSON.treeToValue(results, BacktestResults.class);
    }
}
