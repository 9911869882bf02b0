package io.gridbench.exchange.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write either replaces the file whole or leaves the previous one; it never leaves a half file behind. */
class AtomicFilesTest {

    @Test
    void writesANewFileAndItsFolder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reports/run-1/results.csv");

        AtomicFiles.writeLines(file, List.of("a,b", "1,2"));

        assertThat(Files.readString(file)).isEqualTo("a,b\n1,2\n");
        assertThat(Files.list(file.getParent())).containsExactly(file.toAbsolutePath());
    }

    @Test
    void replacesAnExistingFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{\"old\": true}");

        AtomicFiles.writeString(file, "{\"new\": true}");

        assertThat(Files.readString(file)).isEqualTo("{\"new\": true}");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "complete previous report");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of a new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("complete previous report");
        assertThat(Files.exists(AtomicFiles.temporarySibling(file))).isFalse();
    }

    @Test
    void aStaleTemporaryFileFromACrashIsReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.env");
        Files.writeString(AtomicFiles.temporarySibling(file), "KEY='half");

        AtomicFiles.writeString(file, "KEY='value'\n");

        assertThat(Files.readString(file)).isEqualTo("KEY='value'\n");
        assertThat(Files.exists(AtomicFiles.temporarySibling(file))).isFalse();
    }
}
