package io.gridbench.benchmarks.gate;

import java.time.Instant;

/**
 * Where and how a gate run happened, for the summary's header.
 *
 * @param mode    {@code quick} or {@code full}
 * @param pattern the JMH include pattern
 * @param machine cores, JVM and OS, as {@link #describeMachine()} writes them
 */
public record RunContext(Instant startedAt, String mode, String pattern, String machine) {

    /** {@code 2 cores, OpenJDK 64-Bit Server VM 17.0.15, Linux 6.1 amd64}. */
    public static String describeMachine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.vm.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }
}
