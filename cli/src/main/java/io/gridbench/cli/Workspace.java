package io.gridbench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where runs write by default: a new folder under {@code reports/} of the gridbench checkout, whatever directory the
 * user runs {@code ./gridbench} from (the launcher passes the checkout as {@code -Dgridbench.home}; without it, the
 * working directory). Paths a user types stay relative to the directory they typed them in.
 */
final class Workspace {
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private Workspace() {
    }

    static Path home() {
        return Path.of(System.getProperty("gridbench.home", "."));
    }

    /** A report folder's time stamp, {@code 20261123-140917} (UTC). */
    static String folderTime(Instant at) {
        return FOLDER.format(at);
    }

    /** {@code <home>/reports/<kind>-<UTC time>}, for example {@code reports/backtest-20261123-140917}. */
    static Path reportFolder(String kind, Instant at) {
        return home().resolve("reports").resolve(kind + "-" + FOLDER.format(at));
    }
}
