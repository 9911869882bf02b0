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
        sameInstrument(candlesFile, tradesFile, "trades");
        if (trades.size() == 0) {
            return;
        }
        int outside = -1;
        if (trades.time(0) < candles.openTime(0)) {
            outside = 0;
        } else if (trades.time(trades.size() - 1) >= end(candles)) {
            outside = trades.firstAtOrAfter(end(candles));
        }
        if (outside >= 0) {
            throw outside(tradesFile, outside, "print", trades.time(outside), candlesFile, candles);
        }
    }

    /** The same checks for a quotes file: one instrument, every quote inside the candles' period. */
    static void checkQuotes(Path candlesFile, CandleSeries candles, Path quotesFile, QuoteSeries quotes) {
        sameInstrument(candlesFile, quotesFile, "quotes");
        if (quotes.size() == 0) {
            return;
        }
        int outside = -1;
        if (quotes.time(0) < candles.openTime(0)) {
            outside = 0;
        } else if (quotes.time(quotes.size() - 1) >= end(candles)) {
            outside = quotes.firstAtOrAfter(end(candles));
        }
        if (outside >= 0) {
            throw outside(quotesFile, outside, "quote", quotes.time(outside), candlesFile, candles);
        }
    }

    private static void sameInstrument(Path candlesFile, Path otherFile, String what) {
        Origin c = origin(candlesFile);
        Origin t = origin(otherFile);
        if (c != null && t != null && !c.instrument.equals(t.instrument)) {
            throw new IllegalArgumentException("candles " + candlesFile + " are " + c.instrument + " (" + c.manifest
                    + ") but " + what + " " + otherFile + " are " + t.instrument + " (" + t.manifest
                    + "): give the candles and " + what + " of one instrument");
        }
    }

    private static long end(CandleSeries candles) {
        return candles.closeTime(candles.size() - 1);
    }

    private static DataFormatException outside(Path file, int row, String what, long at, Path candlesFile,
                                                CandleSeries candles) {
        return new DataFormatException(file.toString(), row + 2L, 1, "timestamp", what + " at "
                + Timestamps.format(at) + " is outside the candles' period " + Timestamps.format(candles.openTime(0))
                + " to " + Timestamps.format(end(candles)) + " (" + candlesFile + "): the candles and "
                + what + "s do not cover the same period");
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
