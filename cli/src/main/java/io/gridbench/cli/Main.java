package io.gridbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Entry point of {@code ./gridbench}: one command per job a user runs. Exit codes: 0 ok, 2 bad input (a usage error
 * prints its message and where to find the help), 1 a run failed; {@code load}, {@code capacity} and
 * {@code bench} document their own.
 */
@Command(
        name = "gridbench",
        mixinStandardHelpOptions = true,
        version = "gridbench 0.1.0",
        description = "Backtester, simulated exchange and load-test toolkit for The Grid.",
        subcommands = {DemoCommand.class, ExchangeCommand.class, BacktestCommand.class, SweepCommand.class,
                ScriptCommand.class, GenerateDataCommand.class, FidelityCommand.class, RecordCommand.class,
                RunCommand.class,
                LoadCommand.class, CapacityCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call it to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setParameterExceptionHandler(Main::usageError);
    }

    /**
     * Bad input exits 2 with the message and a pointer to the help, not the whole usage text: thirty lines of
     * options would bury the one line that says what was wrong.
     */
    static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null
                ? cmd.getExitCodeExceptionMapper().getExitCode(e)
                : cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
