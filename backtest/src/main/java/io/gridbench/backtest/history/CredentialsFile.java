package io.gridbench.backtest.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code KEY=VALUE} credentials file as {@code ./gridbench exchange --credentials-out} writes it (and as a
 * shell sources it): blank lines and {@code #} comments are skipped, an {@code export } prefix is allowed, values
 * may be bare, double-quoted or single-quoted with {@code '\''} for a quote.
 */
public final class CredentialsFile {

    private CredentialsFile() {
    }

    /**
     * @throws IllegalArgumentException naming the file, line and column of a malformed line
     */
    public static Map<String, String> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> vars = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || !line.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ":1: expected KEY=VALUE");
            }
            vars.put(line.substring(0, eq), unquote(line.substring(eq + 1), file, n + 1, eq + 2));
        }
        return vars;
    }

    private static String unquote(String raw, Path file, int line, int column) {
        if (raw.startsWith("\"")) {
            if (raw.length() < 2 || !raw.endsWith("\"")) {
                throw new IllegalArgumentException(file + ":" + line + ":" + column + ": unterminated \" quote");
            }
            return raw.substring(1, raw.length() - 1);
        }
        if (!raw.startsWith("'")) {
            return raw;
        }
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            if (raw.startsWith("\\'", i)) {
                value.append('\'');
                i += 2;
            } else if (raw.charAt(i) == '\'') {
                int close = raw.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException(file + ":" + line + ":" + (column + i) + ": unterminated ' quote");
                }
                value.append(raw, i + 1, close);
                i = close + 1;
            } else {
                throw new IllegalArgumentException(file + ":" + line + ":" + (column + i)
                        + ": unexpected text after a quoted value");
            }
        }
        return value.toString();
    }
}
