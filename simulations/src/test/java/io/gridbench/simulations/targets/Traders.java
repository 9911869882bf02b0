package io.gridbench.simulations.targets;

import io.gridbench.exchange.signing.Fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads trader credentials from the CSV that {@code ./gridbench exchange --accounts-out F.csv} writes (a header
 * line with the credentials file's variable names, then one account per line). Only two columns are required,
 * {@value #PRIVATE_KEY} and {@value #API_KEY}; {@value #FINGERPRINT} is derived from {@value #PUBLIC_KEY} when
 * absent; other columns pass through to the sessions unchanged. Errors name the file, line and column.
 */
public final class Traders {
    public static final String PRIVATE_KEY = "GRID_TRADING_PRIVATE_KEY";
    public static final String PUBLIC_KEY = "GRID_TRADING_PUBLIC_KEY";
    public static final String FINGERPRINT = "GRID_TRADING_FINGERPRINT";
    public static final String API_KEY = "GRID_CONSUMPTION_API_KEY";

    private Traders() {
    }

    /** Every account in the file, one map of column name to value per account, in file order. */
    public static List<Map<String, String>> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the traders CSV " + csv + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(csv + ":1:1: the traders CSV needs a header line");
        }
        String[] header = lines.get(0).strip().split(",", -1);
        requireColumn(csv, header, PRIVATE_KEY);
        requireColumn(csv, header, API_KEY);
        List<Map<String, String>> traders = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.length) {
                throw new IllegalArgumentException(csv + ":" + (n + 1) + ":1: expected " + header.length
                        + " columns as in the header, found " + cells.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].strip(), unquote(cells[c].strip()));
            }
            traders.add(complete(csv, n + 1, header, row));
        }
        if (traders.isEmpty()) {
            throw new IllegalArgumentException(csv + ":2:1: the traders CSV has a header but no account");
        }
        return traders;
    }

    private static Map<String, String> complete(Path csv, int line, String[] header, Map<String, String> row) {
        for (String required : List.of(PRIVATE_KEY, API_KEY)) {
            if (row.get(required).isEmpty()) {
                throw new IllegalArgumentException(csv + ":" + line + ":" + (column(header, required) + 1)
                        + ": " + required + " is empty");
            }
        }
        if (row.getOrDefault(FINGERPRINT, "").isEmpty()) {
            String publicKey = row.getOrDefault(PUBLIC_KEY, "");
            if (publicKey.isEmpty()) {
                throw new IllegalArgumentException(csv + ":" + line + ":1: needs " + FINGERPRINT + " or " + PUBLIC_KEY);
            }
            row.put(FINGERPRINT, Fingerprint.of(Base64.getDecoder().decode(publicKey)));
        }
        return row;
    }

    private static void requireColumn(Path csv, String[] header, String name) {
        if (column(header, name) < 0) {
            throw new IllegalArgumentException(csv + ":1:1: the header has no column " + name);
        }
    }

    private static int column(String[] header, String name) {
        for (int c = 0; c < header.length; c++) {
            if (header[c].strip().equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1) : cell;
    }
}
