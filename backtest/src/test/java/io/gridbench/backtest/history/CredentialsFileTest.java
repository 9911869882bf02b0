package io.gridbench.backtest.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsFileTest {

    @TempDir
    Path dir;

    @Test
    void readsShellQuotedBareAndExportedValuesSkippingComments() throws IOException {
        Path file = write("# header\n\nA='x+y/z='\nexport B=plain\nC=\"double\"\nD='it'\\''s'\n");

        assertThat(CredentialsFile.read(file)).isEqualTo(Map.of("A", "x+y/z=", "B", "plain", "C", "double",
                "D", "it's"));
    }

    @Test
    void aLineWithoutEqualsNamesFileAndLine() throws IOException {
        Path file = write("A=1\nnonsense\n");

        assertThatThrownBy(() -> CredentialsFile.read(file)).hasMessageContaining("creds.env:2:1");
    }

    @Test
    void anUnterminatedQuoteNamesTheColumn() throws IOException {
        Path file = write("KEY='abc\n");

        assertThatThrownBy(() -> CredentialsFile.read(file)).hasMessageContaining("creds.env:1:5")
                .hasMessageContaining("unterminated");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("creds.env");
        Files.writeString(file, text);
        return file;
    }
}
