package io.gridbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gridbench script FILE.java [ARGS...]}: runs a single-file Java program (the JDK's source launcher, JEP 330)
 * in a child JVM whose classpath is gridbench's own, so an analyst's program can use the backtester, its analysis
 * tables and Tablesaw with nothing to build or configure. The program runs in the caller's directory and sees
 * {@code -Dgridbench.home} (the checkout) to find shipped data. Exit code: the program's; 2 when the file is
 * missing or not a {@code .java} file.
 */
@Command(name = "script", mixinStandardHelpOptions = true,
        description = "Run a single-file Java program with gridbench, its analysis API and Tablesaw on the"
                + " classpath.",
        footer = {"", "Example:", "  gridbench script examples/analysis/Sensitivity.java"})
public final class ScriptCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.java", description = "The program: one .java file with a main method.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments passed to the program's main.")
    List<String> args = new ArrayList<>();

    PrintStream stderr = System.err;
    /** Where the program's output goes: this process's own streams unless a test redirects them. */
    ProcessBuilder.Redirect output = ProcessBuilder.Redirect.INHERIT;

    @Override
    public Integer call() throws IOException {
        return ReplayOptions.reportingBadInput("script", stderr, () -> {
            ReplayOptions.requireFile(file);
            if (!file.getFileName().toString().endsWith(".java")) {
                throw new IllegalArgumentException(file + ": not a .java file (a single-file program with a main"
                        + " method)");
            }
            try {
                return start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        });
    }

    private Process start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String home = System.getProperty("gridbench.home");
        if (home != null) {
            command.add("-Dgridbench.home=" + home);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(file.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (output == ProcessBuilder.Redirect.INHERIT) {
            pb.inheritIO();
        } else {
            pb.redirectErrorStream(true).redirectOutput(output);
        }
        return pb.start();
    }
}
