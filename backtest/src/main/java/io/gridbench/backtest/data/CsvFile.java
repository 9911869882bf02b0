package io.gridbench.backtest.data;

import io.gridbench.exchange.market.Prices;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The line scanner that checks a CSV file before Tablesaw loads it. Tablesaw reports parse failures without line
 * numbers, so every field is checked here first and each error names file, line and column exactly. Files whose
 * name ends in {@code .gz} are read through gunzip.
 */
final class CsvFile {

    /** Checks the fields of one data line; {@code line} is 1-based with the header as line 1. */
    interface LineCheck {
        void check(long line, String[] fields);
    }

    private final Path path;
    private final String name;
    private final String[] header;

    CsvFile(Path path, String[] header) {
        this.path = path;
        this.name = path.toString();
        this.header = header;
    }

    String name() {
        return name;
    }

    static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Checks the header and every line; returns the number of data lines. */
    long scan(LineCheck check) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            String expected = String.join(",", header);
            if (first == null) {
                throw error(1, 1, "file is empty; expected header '" + expected + "'");
            }
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            String[] got = first.split(",", -1);
            for (int c = 0; c < Math.max(got.length, header.length); c++) {
                String want = c < header.length ? header[c] : null;
                String have = c < got.length ? got[c].trim() : null;
                if (want == null || !want.equals(have)) {
                    throw new DataFormatException(name, 1, c + 1, want,
                            "header must be exactly '" + expected + "' but was '" + first + "'");
                }
            }
            long line = 1;
            long rows = 0;
            String text;
            String[] fields = new String[header.length];
            while ((text = reader.readLine()) != null) {
                line++;
                split(text, line, fields);
                check.check(line, fields);
                rows++;
            }
            if (rows == 0) {
                throw error(2, 1, "no data lines after the header");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private void split(String text, long line, String[] fields) {
        if (text.isEmpty()) {
            throw error(line, 1, "empty line");
        }
        int start = 0;
        for (int c = 0; c < header.length; c++) {
            int comma = text.indexOf(',', start);
            boolean last = c == header.length - 1;
            if (comma < 0 && !last) {
                throw new DataFormatException(name, line, c + 2, header[c + 1],
                        "missing field: expected " + header.length + " fields, found " + (c + 1));
            }
            if (last && comma >= 0) {
                throw new DataFormatException(name, line, header.length + 1, null,
                        "too many fields: expected " + header.length);
            }
            fields[c] = (last ? text.substring(start) : text.substring(start, comma)).trim();
            if (fields[c].isEmpty()) {
                throw new DataFormatException(name, line, c + 1, header[c], "empty value");
            }
            start = comma + 1;
        }
    }

    DataFormatException error(long line, int column, String detail) {
        return new DataFormatException(name, line, column, column <= header.length ? header[column - 1] : null,
                detail);
    }

    long timestamp(long line, int column, String text) {
        try {
            return Timestamps.parseMillis(text);
        } catch (IllegalArgumentException e) {
            throw error(line, column, e.getMessage());
        }
    }

    /** A price in ticks: a non-negative decimal that is a whole number of 0.01 ticks. */
    long price(long line, int column, String text) {
        if (text.startsWith("-")) {
            throw error(line, column, "negative price: '" + text + "'");
        }
        try {
            return Prices.parseTicks(text);
        } catch (IllegalArgumentException e) {
            throw error(line, column, e.getMessage());
        }
    }

    /** A whole non-negative number (volumes and quantities are whole units). */
    long wholeNumber(long line, int column, String text) {
        if (text.startsWith("-")) {
            throw error(line, column, "negative value: '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(line, column, "not a whole number of units: '" + text + "'");
        }
    }
}
