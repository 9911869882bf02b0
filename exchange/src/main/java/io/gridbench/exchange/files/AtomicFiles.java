package io.gridbench.exchange.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes output files (reports, recordings, generated data, baselines, credentials) so that a crash never leaves a
 * half-written file where a complete one is expected: the content goes to a hidden temporary sibling
 * ({@code .name.tmp}, in the same folder so the rename stays on one file system), is forced to disk, and is then
 * renamed over the target in one step (atomically where the file system supports it). A kill -9 at any moment leaves
 * either the previous file or the new one, at worst beside a stale temporary file that the next write replaces; a
 * write that fails leaves the previous file untouched and removes its temporary file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the bytes it is given to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code file} with what {@code content} writes, creating its folder if needed. */
    public static void write(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = temporarySibling(absolute);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new UnclosableStream(out));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes each line followed by a newline, as UTF-8. */
    public static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        writeString(file, text);
    }

    /**
     * The stream handed to {@link Content}: closing it (as a wrapping GZIP or JSON writer does) only flushes, so
     * the file can still be forced to disk and renamed afterwards.
     */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** The temporary file a write of {@code file} uses: {@code .name.tmp} beside it. */
    public static Path temporarySibling(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
    }
}
