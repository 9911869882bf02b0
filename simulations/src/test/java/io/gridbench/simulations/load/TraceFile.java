package io.gridbench.simulations.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Trace} from a CSV file with a header row (Jackson's CSV parser):
 *
 * <pre>
 * offset_ms,prompt_tokens,max_tokens,stream
 * 0,812,256,true
 * 140,95,64,false
 * </pre>
 *
 * {@code offset_ms} is each request's arrival from the start of the recording (whole ms, never decreasing),
 * {@code prompt_tokens} its prompt size in tokens, {@code max_tokens} its budget (both at least 1);
 * {@code stream} is optional (default {@code true}). Anything else is refused as {@code FILE:LINE:COLUMN: message}.
 * Stateless.
 */
public final class TraceFile {
    static final List<String> REQUIRED = List.of("offset_ms", "prompt_tokens", "max_tokens");
    static final Set<String> KNOWN = Set.of("offset_ms", "prompt_tokens", "max_tokens", "stream");
    private static final CsvMapper CSV = new CsvMapper();

    private TraceFile() {
    }

    /** Reads and checks {@code file}; an {@link IllegalArgumentException} names where it is wrong. */
    public static Trace read(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + ": no such trace file");
        }
        List<Trace.Row> rows = new ArrayList<>();
        try (JsonParser parser = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .createParser(file.toFile())) {
            Map<String, String> values = new HashMap<>();
            Map<String, JsonLocation> where = new HashMap<>();
            String field = null;
            long previousOffset = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> {
                        values.clear();
                        where.clear();
                    }
                    case FIELD_NAME -> {
                        field = parser.currentName();
                        if (!KNOWN.contains(field)) {
                            throw error(name, parser.currentTokenLocation(), "unknown column '" + field
                                    + "'; known: offset_ms, prompt_tokens, max_tokens, stream");
                        }
                    }
                    case VALUE_STRING -> {
                        values.put(field, parser.getText().strip());
                        where.put(field, parser.currentTokenLocation());
                    }
                    case END_OBJECT -> {
                        Trace.Row row = row(name, values, where, parser.currentTokenLocation());
                        if (row.offsetMs() < previousOffset) {
                            throw error(name, where.get("offset_ms"), "offset_ms " + row.offsetMs()
                                    + " is before the previous request's " + previousOffset
                                    + " (a trace is in arrival order)");
                        }
                        previousOffset = row.offsetMs();
                        rows.add(row);
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            if (e instanceof JsonProcessingException p && p.getLocation() != null) {
                throw error(name, p.getLocation(), p.getOriginalMessage());
            }
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": the trace has a header but no request");
        }
        return Trace.of(name, rows);
    }

    private static Trace.Row row(String file, Map<String, String> values, Map<String, JsonLocation> where,
                                 JsonLocation rowEnd) {
        for (String column : REQUIRED) {
            if (values.get(column) == null || values.get(column).isEmpty()) {
                throw error(file, where.getOrDefault(column, rowEnd), "missing " + column);
            }
        }
        long offset = whole(file, values, where, "offset_ms", 0);
        int prompt = (int) whole(file, values, where, "prompt_tokens", 1);
        int maxTokens = (int) whole(file, values, where, "max_tokens", 1);
        boolean stream = true;
        String flag = values.get("stream");
        if (flag != null && !flag.isEmpty()) {
            stream = switch (flag.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw error(file, where.get("stream"), "stream: expected true or false, got '" + flag
                        + "'");
            };
        }
        return new Trace.Row(offset, prompt, maxTokens, stream);
    }

    private static long whole(String file, Map<String, String> values, Map<String, JsonLocation> where,
                              String column, long least) {
        String value = values.get(column);
        try {
            long parsed = Long.parseLong(value);
            if (parsed < least || parsed > Integer.MAX_VALUE && !column.equals("offset_ms")) {
                throw error(file, where.get(column), column + ": expected a whole number of at least " + least
                        + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw error(file, where.get(column), column + ": expected a whole number, got '" + value + "'");
        }
    }

    private static IllegalArgumentException error(String file, JsonLocation at, String message) {
        return new IllegalArgumentException(file + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }
}
