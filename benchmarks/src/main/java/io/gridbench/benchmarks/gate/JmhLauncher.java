package io.gridbench.benchmarks.gate;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs JMH in this JVM (which forks one JVM per benchmark, as JMH does) on the benchmarks of this jar, always with
 * the calibration benchmark and the GC profiler, and writes JMH's JSON results.
 */
final class JmhLauncher {

    private JmhLauncher() {
    }

    /** Full names of the benchmarks compiled into this jar (JMH's generated benchmark list). */
    static List<String> benchmarks() {
        List<String> names = new ArrayList<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(OutputFormatFactory.createFormatInstance(
                System.out, VerboseMode.SILENT), List.of())) {
            names.add(entry.getUsername());
        }
        return names;
    }

    /**
     * @param selection     JMH include pattern
     * @param referenceName the calibration benchmark, included whatever the selection
     * @throws GateException when JMH fails (a benchmark threw, a fork crashed)
     */
    static void run(Pattern selection, String referenceName, boolean quick, Path jsonOut) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(selection.pattern())
                .include("^" + Pattern.quote(referenceName) + "$")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(jsonOut.toString());
        if (quick) {
            options.forks(1)
                    .warmupIterations(1)
                    // Two seconds, not one: on a busy machine the JIT threads are starved too, and the tree-based
                    // JSON paths were still 10x off their compiled speed after one.
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(2)
                    .measurementTime(TimeValue.seconds(1));
        }
        try {
            new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new GateException("JMH failed: " + e.getMessage(), e);
        }
    }
}
