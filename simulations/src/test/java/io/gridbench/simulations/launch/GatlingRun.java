package io.gridbench.simulations.launch;

import io.gatling.app.Gatling$;
import io.gridbench.simulations.load.Settings;
import io.gridbench.simulations.load.TraceFile;
import io.gridbench.simulations.slo.Slo;
import io.gridbench.simulations.streaming.ReportFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one simulation with Gatling's own engine, programmatically, and tells where its report is. This is what
 * {@code ./gridbench load} starts in a child JVM and what the smoke tests call; the JVM needs the flags the Gatling
 * Maven plugin passes ({@code -Xmx1G --add-opens=java.base/java.lang=ALL-UNNAMED
 * --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED}).
 *
 * <pre>
 * java ... io.gridbench.simulations.launch.GatlingRun orders reports/load-orders
 * </pre>
 *
 * Exit code: Gatling's own: 0 when every gate held, 2 when an assertion (gate) failed, 1 when the run crashed; 2
 * also for an SLO ({@code -Dgridbench.slo}) or a trace file that does not parse, checked before anything starts.
 */
public final class GatlingRun {
    /** The simulations by the short names {@code ./gridbench load} takes. */
    public static final Map<String, String> SIMULATIONS = Map.of(
            "orders", "io.gridbench.simulations.OrdersSimulation",
            "completions", "io.gridbench.simulations.CompletionsSimulation",
            "batch", "io.gridbench.simulations.BatchSimulation",
            "replenish", "io.gridbench.simulations.ReplenishSimulation");

    private GatlingRun() {
    }

    /** {@code args}: simulation (short name or class) and results folder. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GatlingRun SIMULATION RESULTS_FOLDER  (SIMULATION: "
                    + String.join("|", SIMULATIONS.keySet()) + " or a class name)");
            System.exit(64);
        }
        try {
            checkInput();
        } catch (IllegalArgumentException e) {
            System.err.println("gridbench: " + e.getMessage());
            System.exit(2);
        }
        System.exit(run(args[0], Path.of(args[1])));
    }

    /**
     * Reads the user's own input before Gatling starts, so a bad SLO or trace file is one line and exit 2, not a
     * crashed run.
     */
    public static void checkInput() {
        Slo.parse(Settings.string("slo", ""));
        if (Settings.isSet("trace")) {
            TraceFile.read(Path.of(Settings.string("trace", "")));
        }
    }

    /** Runs the simulation to the end in this JVM and returns Gatling's exit code. */
    public static int run(String simulation, Path resultsFolder) {
        String simulationClass = SIMULATIONS.getOrDefault(simulation.toLowerCase(Locale.ROOT), simulation);
        Path folder = resultsFolder.toAbsolutePath();
        System.setProperty(ReportFolder.PROPERTY, folder.toString());
        int code = Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", simulationClass,
                "--results-folder", folder.toString()});
        Path run;
        try {
            run = ReportFolder.of(Class.forName(simulationClass));
        } catch (ClassNotFoundException e) {
            return code;
        }
        Path index = run.resolve("index.html");
        if (Files.exists(index)) {
            System.out.println("gridbench: Gatling report: " + index);
        }
        System.out.println("gridbench: " + switch (code) {
            case 0 -> "all gates held (exit 0)";
            case 2 -> "a gate failed (exit 2)";
            default -> "the run failed (exit " + code + ")";
        });
        return code;
    }
}
