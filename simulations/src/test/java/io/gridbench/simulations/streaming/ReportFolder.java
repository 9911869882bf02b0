package io.gridbench.simulations.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder Gatling writes the current run's report into, so our own report lands beside its
 * {@code index.html}. Gatling names it {@code <simulation class, lower case>-<timestamp>} under the results folder,
 * which {@code -Dgridbench.resultsFolder} names (the Maven plugin, {@code ./gridbench load} and the smoke tests all
 * set it to the same folder they pass Gatling). Stateless.
 */
public final class ReportFolder {
    public static final String PROPERTY = "gridbench.resultsFolder";

    private ReportFolder() {
    }

    /** The newest run folder of {@code simulation}, else the results folder itself, else {@code reports/}. */
    public static Path of(Class<?> simulation) {
        Path results = Path.of(System.getProperty(PROPERTY, "reports"));
        return newestRun(results, simulation.getSimpleName().toLowerCase(Locale.ROOT)).orElse(results);
    }

    static Optional<Path> newestRun(Path results, String prefix) {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(prefix + "-"))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + results, e);
        }
    }
}
