package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void everyEntryIsOneLineWithItsTimeAndType() throws IOException {
        try (Journal journal = Journal.open(dir, () -> 0L)) {
            journal.write(journal.entry("order").put("id", 1));
            journal.write(journal.entry("fill").put("id", 1));
        }

        List<String> lines = Files.readAllLines(dir.resolve(Journal.FILE));
        assertThat(lines).containsExactly("{\"t\":\"1970-01-01T00:00:00Z\",\"type\":\"order\",\"id\":1}",
                "{\"t\":\"1970-01-01T00:00:00Z\",\"type\":\"fill\",\"id\":1}");
    }

    @Test
    void aLineCutOffByAKillIsSkippedWhenRead() throws IOException {
        Files.writeString(dir.resolve(Journal.FILE), "{\"type\":\"order\",\"id\":1}\n{\"type\":\"fi",
                StandardCharsets.UTF_8);

        List<JsonNode> entries = Journal.read(dir.resolve(Journal.FILE));

        assertThat(entries).extracting(e -> e.path("type").asText()).containsExactly("order");
    }

    @Test
    void reopeningDropsTheCutOffLineSoTheNextEntryIsAWholeLine() throws IOException {
        Files.writeString(dir.resolve(Journal.FILE), "{\"type\":\"order\",\"id\":1}\n{\"type\":\"fi",
                StandardCharsets.UTF_8);

        try (Journal journal = Journal.open(dir, () -> 0L)) {
            journal.write(journal.entry("resume"));
        }

        assertThat(Journal.read(dir.resolve(Journal.FILE))).extracting(e -> e.path("type").asText())
                .containsExactly("order", "resume");
    }

    @Test
    void aMalformedLineBeforeTheLastIsAnErrorNamingItsLine() throws IOException {
        Files.writeString(dir.resolve(Journal.FILE), "{\"type\":\"order\"}\nnot json\n{\"type\":\"fill\"}\n");

        assertThatThrownBy(() -> Journal.read(dir.resolve(Journal.FILE))).isInstanceOf(IOException.class)
                .hasMessageContaining("journal.jsonl:2:1");
    }

    @Test
    void aMissingJournalReadsAsEmpty() throws IOException {
        assertThat(Journal.read(dir.resolve(Journal.FILE))).isEmpty();
    }
}
