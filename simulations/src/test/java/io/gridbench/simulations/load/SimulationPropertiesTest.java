package io.gridbench.simulations.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./gridbench load -D} refuses properties missing from the cli's list, so that list must hold every name the
 * simulations read through {@link Settings} (directly, or through the gates' {@code optional(name)}), and the
 * README's Properties section must describe each of them.
 */
class SimulationPropertiesTest {
    private static final Path SOURCES = Path.of("src", "test", "java");
    private static final Path KNOWN = Path.of("..", "cli", "src", "main", "resources", "io", "gridbench", "cli",
            "simulation-properties.txt");
    private static final Pattern READ = Pattern.compile("(?:Settings\\.\\w+|optional)\\(\"([^\"]+)\"");

    @Test
    void theCliAcceptsEveryPropertyTheSimulationsRead() throws IOException {
        assertThat(known()).containsAll(read());
    }

    @Test
    void theCliListsNoPropertyTheSimulationsDoNotRead() throws IOException {
        assertThat(read()).containsAll(known());
    }

    @Test
    void theReadmeDescribesEveryListedProperty() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String name : known()) {
            assertThat(readme).as(name).contains("`" + name + "`");
        }
    }

    private static Set<String> known() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    private static Set<String> read() throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java") && !p.toString().endsWith("Test.java"))
                    .toList();
        }
        for (Path source : sources) {
            Matcher m = READ.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).as("names found in " + SOURCES).contains("target", "assert.p95Ms");
        return names;
    }
}
