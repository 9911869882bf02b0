package io.gridbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./gridbench}: one command per job a user runs. */
@Command(
        name = "gridbench",
        mixinStandardHelpOptions = true,
        version = "gridbench 0.1.0",
        description = "Backtester, simulated exchange and load-test toolkit for The Grid.",
        subcommands = {DemoCommand.class, ExchangeCommand.class, BacktestCommand.class, SweepCommand.class,
                GenerateDataCommand.class, RecordCommand.class, LoadCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call it to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
