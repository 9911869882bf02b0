package io.gridbench.benchmarks.gate;

import io.gridbench.benchmarks.slowdown.Slowdown;
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
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs JMH in this JVM (which forks one JVM per benchmark, as JMH does) on the benchmarks of this jar, always with
 * the calibration benchmark, the GC profiler and the gate's own, plus the profilers the baseline's ratio entries
 * need, and writes JMH's JSON results.
 */
final class JmhLauncher {

    /** Measurement iterations of a quick run: the sample size per benchmark. */
    static final int QUICK_SAMPLES = 8;
    static final int QUICK_SAMPLE_MILLIS = 250;

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
     * @param profilers     more profilers by class name (those of {@link Baseline#profilersFor}); they run for
     *                      every benchmark of the run, and cost one reading of CPU clocks per iteration
     * @throws GateException when JMH fails (a benchmark threw, a fork crashed)
     */
    static void run(Pattern selection, String referenceName, boolean quick, int forks, Slowdown.Request slowdown,
                    Map<String, List<String>> params, List<String> profilers, Path jsonOut) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(selection.pattern())
                .include("^" + Pattern.quote(referenceName) + "$")
                .addProfiler(GCProfiler.class)
                .addProfiler(CpuRatioProfiler.class)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(jsonOut.toString());
        if (quick) {
            options.forks(forks)
                    .warmupIterations(1)
                    // Two seconds, not one: on a busy machine the JIT threads are starved too, and the tree-based
                    // JSON paths were still 10x off their compiled speed after one.
                    .warmupTime(TimeValue.seconds(2))
                    // Many short samples rather than two long ones: the gate's rank test needs a sample, and each
                    // one is set against a calibration measured right beside it.
                    .measurementIterations(QUICK_SAMPLES)
                    .measurementTime(TimeValue.milliseconds(QUICK_SAMPLE_MILLIS));
        } else if (forks > 1) {
            options.forks(forks);
        }
        // Added after the gate's own: JMH stops profilers in reverse order, so these read their clocks inside the
        // calibration passes CpuRatioProfiler runs around each iteration, and do not count them.
        profilers.forEach(options::addProfiler);
        params.forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        if (slowdown != null) {
            options.jvmArgsAppend("-D" + Slowdown.PROPERTY + "=" + slowdown.propertyValue());
        }
        try {
            new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new GateException("JMH failed: " + e.getMessage(), e);
        }
    }
}
