package io.gridbench.simulations.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceFileTest {
    @TempDir
    Path dir;

    @Test
    void readsEachRequestWithStreamingByDefault() throws IOException {
        Trace trace = TraceFile.read(file("offset_ms,prompt_tokens,max_tokens,stream\n0,812,256,\n140,95,64,false\n"));

        assertThat(trace.rows()).containsExactly(new Trace.Row(0, 812, 256, true), new Trace.Row(140, 95, 64, false));
    }

    @Test
    void theStreamColumnIsOptional() throws IOException {
        Trace trace = TraceFile.read(file("max_tokens,offset_ms,prompt_tokens\n64,5,20\n"));

        assertThat(trace.rows()).containsExactly(new Trace.Row(5, 20, 64, true));
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws IOException {
        Path file = file("offset_ms,prompt_tokens,max_tokens\n0,100,64\n10,lots,64\n");

        assertThatThrownBy(() -> TraceFile.read(file))
                .hasMessage(file + ":3:4: prompt_tokens: expected a whole number, got 'lots'");
    }

    @Test
    void anOffsetGoingBackIsRefused() throws IOException {
        Path file = file("offset_ms,prompt_tokens,max_tokens\n50,100,64\n20,100,64\n");

        assertThatThrownBy(() -> TraceFile.read(file)).hasMessageStartingWith(file + ":3:1: offset_ms 20 is before");
    }

    @Test
    void anUnknownColumnIsRefused() throws IOException {
        Path file = file("offset_ms,prompt,max_tokens\n0,100,64\n");

        assertThatThrownBy(() -> TraceFile.read(file)).hasMessageContaining("unknown column 'prompt'");
    }

    @Test
    void anEmptyPromptIsRefused() throws IOException {
        Path file = file("offset_ms,prompt_tokens,max_tokens\n0,0,64\n");

        assertThatThrownBy(() -> TraceFile.read(file))
                .hasMessageContaining("prompt_tokens: expected a whole number of at least 1, got 0");
    }

    private Path file(String content) throws IOException {
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, content);
        return file;
    }
}
