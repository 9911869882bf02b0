package io.gridbench.backtest.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a candles file and a trades file that do not describe the same market: chat-fast candles replayed with
 * text-prime prints ran to the end and reported 1,741 units of unmet demand as if they were a result. Two checks:
 * the instrument each file's folder says it holds ({@code generator.json} or {@code source.json}, when present)
 * must be the same, and every print must fall inside the candles' period.
 */
final class InputAgreement {
    /** The manifests {@code generate-data} and {@code record} write next to the files they make. */
    static final String[] MANIFESTS = {"generator.json", "source.json"};

    private InputAgreement() {
    }

    /**
     * @throws IllegalArgumentException naming both files and their manifests when the instruments differ
     * @throws DataFormatException      naming the first print outside the candles' period
     */
    static void check(Path candlesFile, CandleSeries candles, Path tradesFile, TradeSeries trades) {
        Origin c = origin(candlesFile);
        Origin t = origin(tradesFile);
        if (c != null && t != null && !c.instrument.equals(t.instrument)) {
            throw new IllegalArgumentException("candles " + candlesFile + " are " + c.instrument + " (" + c.manifest
                    + ") but trades " + tradesFile + " are " + t.instrument + " (" + t.manifest
                    + "): give the candles and trades of one instrument");
        }
        if (trades.size() == 0) {
            return;
        }
        long start = candles.openTime(0);
        long end = candles.closeTime(candles.size() - 1);
        int outside = -1;
        if (trades.time(0) < start) {
            outside = 0;
        } else if (trades.time(trades.size() - 1) >= end) {
            outside = firstAtOrAfter(trades, end);
        }
        if (outside >= 0) {
            throw new DataFormatException(tradesFile.toString(), outside + 2L, 1, "timestamp", "print at "
                    + Timestamps.format(trades.time(outside)) + " is outside the candles' period "
                    + Timestamps.format(start) + " to " + Timestamps.format(end) + " (" + candlesFile
                    + "): the candles and trades do not cover the same period");
        }
    }

    private static int firstAtOrAfter(TradeSeries trades, long millis) {
        int lo = 0;
        int hi = trades.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trades.time(mid) < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The instrument named by the manifest in {@code dataFile}'s folder, or null when there is none. */
    private static Origin origin(Path dataFile) {
        Path dir = dataFile.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        for (String name : MANIFESTS) {
            Path manifest = dir.resolve(name);
            if (!Files.isRegularFile(manifest)) {
                continue;
            }
            JsonNode json;
            try {
                json = new ObjectMapper().readTree(manifest.toFile());
            } catch (IOException e) {
                throw new IllegalArgumentException(manifest + ": not readable JSON (" + e.getMessage()
                        + "); it describes " + dataFile + ", so fix or remove it");
            }
            JsonNode instrument = json.path("instrument");
            if (instrument.isTextual() && !instrument.asText().isBlank()) {
                return new Origin(instrument.asText(), dataFile.resolveSibling(name));
            }
        }
        return null;
    }

    private record Origin(String instrument, Path manifest) {
    }
}
