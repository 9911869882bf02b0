package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The run's journal: one JSON object per line in {@code journal.jsonl} (every decision, request, response, fill and
 * balance change), each with its wall-clock time {@code t} and its {@code type}. A line is handed to the operating
 * system in one write as soon as it is complete, so a {@code kill -9} loses at most the line being written; a
 * restart reads the journal back ({@link #read}) to resume. Thread-safe: the strategy loop and the demand threads
 * both write.
 */
public final class Journal implements AutoCloseable {
    /** The journal's file name inside its folder. */
    public static final String FILE = "journal.jsonl";
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileOutputStream out;
    private final LongSupplier clock;

    private Journal(Path file, LongSupplier clock) throws IOException {
        this.file = file;
        this.clock = clock;
        this.out = new FileOutputStream(file.toFile(), true);
    }

    /**
     * Opens (creating if needed) {@code dir/journal.jsonl} for appending. A last line cut off by a kill is removed
     * first, so every line of the file stays a whole entry.
     */
    public static Journal open(Path dir, LongSupplier clock) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            dropCutOffLine(file);
        }
        return new Journal(file, clock);
    }

    private static void dropCutOffLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = channel.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            long keep = end;
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                channel.truncate(keep);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** A new entry of {@code type}; fill it in and pass it to {@link #write}. */
    public ObjectNode entry(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("t", Instant.ofEpochMilli(clock.getAsLong()).toString());
        n.put("type", type);
        return n;
    }

    /** Appends the entry as one line. */
    public synchronized void write(ObjectNode entry) {
        try {
            out.write((JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Without its journal a run can neither be resumed nor audited: stop rather than trade on blind.
            throw new UncheckedIOException("cannot write the journal " + file, e);
        }
    }

    /**
     * Reads a journal back. A last line cut off by a kill is skipped (it was never acted on twice: whatever it
     * recorded is looked up again on the exchange); a malformed line anywhere else is an error naming its line.
     *
     * @return the entries in order; empty when the file does not exist
     */
    public static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readTree(line));
            } catch (IOException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new IOException(file + ":" + (i + 1) + ":1: not a JSON journal line", e);
            }
        }
        return entries;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
