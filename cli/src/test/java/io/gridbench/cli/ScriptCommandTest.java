package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ScriptCommand cmd = new ScriptCommand();
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        cmd.output = ProcessBuilder.Redirect.to(dir.resolve("output.txt").toFile());
        return new CommandLine(cmd).execute(args);
    }

    private String output() throws IOException {
        return Files.readString(dir.resolve("output.txt"));
    }

    @Test
    void aProgramRunsWithTablesawAndTheBacktesterOnItsClasspathAndGetsItsArguments() throws IOException {
        Path program = Files.writeString(dir.resolve("Hello.java"), """
                import tech.tablesaw.api.StringColumn;
                import tech.tablesaw.api.Table;

                public class Hello {
                    public static void main(String[] args) {
                        Table t = Table.create("t", StringColumn.create("arg", args));
                        System.out.println(t.rowCount() + " " + io.gridbench.backtest.analysis.Tables.class.getName());
                    }
                }
                """);
        assertThat(run(program.toString(), "a", "b")).as(output()).isZero();
        assertThat(output()).contains("2 io.gridbench.backtest.analysis.Tables");
    }

    @Test
    void aProgramThatFailsFailsTheCommand() throws IOException {
        Path program = Files.writeString(dir.resolve("Fail.java"),
                "public class Fail { public static void main(String[] a) { throw new IllegalStateException(\"no\"); } }\n");
        assertThat(run(program.toString())).isEqualTo(1);
        assertThat(output()).contains("IllegalStateException: no");
    }

    @Test
    void aMissingFileExitsTwoNamingIt() {
        assertThat(run(dir.resolve("Nope.java").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("script: ").contains("Nope.java: no such file");
    }

    @Test
    void aFileThatIsNotJavaSourceExitsTwo() throws IOException {
        Path notJava = Files.writeString(dir.resolve("notes.txt"), "hi");
        assertThat(run(notJava.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.txt: not a .java file");
    }

    @Test
    void theCommandIsRegisteredInMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("script");
    }
}
