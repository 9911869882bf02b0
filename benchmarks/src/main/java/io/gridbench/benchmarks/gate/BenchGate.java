package io.gridbench.benchmarks.gate;

import io.gridbench.benchmarks.calibration.CalibrationBenchmark;
import io.gridbench.exchange.files.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The performance gate: runs the benchmarks (or reads a JMH result file), compares them with
 * {@code benchmarks/baseline.json}, writes {@code jmh.json}, {@code summary.html} and {@code gate.txt} to
 * {@code reports/bench-<timestamp>/}, and exits 0 when every benchmark holds its threshold, 1 when one does not,
 * 2 when the gate could not run. {@code ./gridbench bench} and the {@code verify} phase of the benchmarks module
 * both launch it in a JVM of their own.
 */
public final class BenchGate {

    /** The calibration benchmark a new baseline refers to. */
    public static final String DEFAULT_REFERENCE = CalibrationBenchmark.class.getName() + ".reference";

    private static final DateTimeFormatter FOLDER_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final PrintStream out;

    BenchGate(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new BenchGate(System.out).run(args));
    }

    /** @return the process exit code */
    int run(String... args) {
        try {
            GateOptions options = GateOptions.parse(args);
            if (options.help()) {
                out.println(GateOptions.USAGE);
                return 0;
            }
            return gate(options);
        } catch (GateException e) {
            out.println("bench gate: ERROR: " + e.getMessage());
            return 2;
        }
    }

    private int gate(GateOptions options) {
        Instant started = Instant.now();
        Baseline baseline = Files.exists(options.baseline()) || !options.updateBaseline()
                ? Baseline.read(options.baseline())
                : new Baseline(DEFAULT_REFERENCE, 0.5, "", List.of());
        if (options.slowdown() != null) {
            out.println("bench gate: TEST RUN with an injected slowdown: " + options.slowdown().propertyValue());
        }
        if (options.results() == null) {
            // The calibration benchmark always runs, so without this check a typo would gate nothing and pass.
            requireSelection(options.pattern(), JmhLauncher.benchmarks(), baseline.reference());
        }
        Path folder = reportFolder(options.reports(), started);
        List<BenchmarkScore> scores = new ArrayList<>(measure(options, options.pattern(), baseline, folder, "jmh"));
        if (options.results() != null) {
            requireSelection(options.pattern(), scores.stream().map(s -> s.id().benchmark()).toList(),
                    baseline.reference());
        }
        RunContext context = RunContext.here(started, (options.quick() ? "quick" : "full")
                + (options.slowdown() == null ? "" : ", TEST slowdown " + options.slowdown().propertyValue()),
                options.pattern().pattern(), baseline.recordedCpu());

        if (options.updateBaseline()) {
            Baseline updated = baseline.updatedWith(scores, context.machine() + ", " + context.mode() + " run in "
                    + options.forks() + " forks " + started, context.cpu());
            updated.write(options.baseline());
            GateReport report = new GateCheck(updated, options.enforceTargets(), options.params())
                    .check(scores, options.pattern());
            finish(report, context.against(updated.recordedCpu()), folder);
            out.println("bench gate: baseline " + options.baseline() + " updated from this run ("
                    + scores.size() + " results); review and commit it");
            List<BaselineEntry> kept = baseline.notMeasuredIn(scores);
            if (!kept.isEmpty() && !baseline.recordedCpu().equals(context.cpu())) {
                // The file names one CPU: say which entries it is not true of.
                out.println("bench gate: " + kept.size() + " of " + baseline.entries().size() + " entries were not "
                        + "measured in this run and keep what was recorded on " + (baseline.recordedCpu().isEmpty()
                        ? "a CPU the baseline did not name" : baseline.recordedCpu()) + ", though the baseline now "
                        + "names " + context.cpu() + "; re-record them too (without a pattern: all of them)");
            }
            return 0;
        }

        GateCheck check = new GateCheck(baseline.withDefaultMinRatio(options.effectiveMinRatio(baseline)),
                options.enforceTargets(), options.params());
        List<List<BenchmarkScore>> attempts = new ArrayList<>();
        attempts.add(scores);
        GateReport report = check.checkAttempts(attempts, options.pattern());
        for (int attempt = 1; attempt <= options.retries() && needsRetry(report) && options.results() == null;
             attempt++) {
            Set<String> regressed = report.findings().stream()
                    .filter(f -> f.verdict() == Verdict.REGRESSED)
                    .map(f -> f.id().benchmark())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            // A ratio below its floor is measured again on both sides, in one run: a ratio is never made of two.
            report.ratios().stream()
                    .filter(r -> r.standing() == RatioFinding.Standing.BELOW_FLOOR)
                    .flatMap(r -> r.entry().sides().stream())
                    .forEach(side -> regressed.add(side.id().benchmark()));
            Pattern again = exactly(regressed);
            out.println("bench gate: re-measuring what regressed (attempt " + attempt + "): " + again.pattern());
            attempts.add(measure(options, again, baseline, folder, "jmh-retry-" + attempt));
            report = check.checkAttempts(attempts, options.pattern());
        }
        finish(report, context, folder);
        return report.passed() ? 0 : 1;
    }

    private List<BenchmarkScore> measure(GateOptions options, Pattern selection, Baseline baseline, Path folder,
                                         String name) {
        Path json = folder.resolve(name + ".json");
        if (options.results() != null) {
            copy(options.results(), json);
        } else {
            JmhLauncher.run(selection, baseline.reference(), options.quick(), options.forks(), options.slowdown(),
                    options.params(), baseline.profilersFor(selection), json);
        }
        return JmhResults.read(json);
    }

    /**
     * @param benchmarks full names of the benchmarks there are (or that have results)
     * @throws GateException when the pattern selects none of them but the calibration benchmark
     */
    static void requireSelection(Pattern pattern, Collection<String> benchmarks, String reference) {
        for (String name : benchmarks) {
            if (!name.equals(reference) && pattern.matcher(name).find()) {
                return;
            }
        }
        throw new GateException("pattern '" + pattern.pattern() + "' matches no benchmark");
    }

    private static boolean needsRetry(GateReport report) {
        return report.findings().stream().anyMatch(f -> f.verdict() == Verdict.REGRESSED)
                || report.ratios().stream().anyMatch(r -> r.standing() == RatioFinding.Standing.BELOW_FLOOR);
    }

    private static Pattern exactly(Set<String> benchmarks) {
        return Pattern.compile(benchmarks.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(", ")$")));
    }

    private void finish(GateReport report, RunContext context, Path folder) {
        List<String> lines = new ArrayList<>();
        lines.add("calibration: " + ScoreUnits.humanRate(report.referenceSpeed()) + " ops/s (" + context.machine() + ")");
        context.cpuWarning().ifPresent(lines::add);
        context.cpuNote().ifPresent(lines::add);
        report.findings().forEach(f -> lines.add(String.format("%-12s %s", f.verdict(), f.message())));
        report.ratios().forEach(r -> lines.add(String.format("%-12s %s", r.standing(), r.message())));
        List<Finding> failures = report.failures();
        List<RatioFinding> ratioFailures = report.ratioFailures();
        String ratios = report.ratios().isEmpty() ? "" : ", " + report.ratios().size() + " ratios";
        if (report.passed()) {
            lines.add("bench gate: PASSED (" + report.findings().size() + " benchmarks" + ratios + ")");
        } else {
            lines.add("bench gate: FAILED: " + failures.size() + " of " + report.findings().size()
                    + " benchmarks below their threshold" + (report.ratios().isEmpty() ? "" : ", "
                    + ratioFailures.size() + " of " + report.ratios().size() + " ratios below their floor"
                    + (report.enforceTargets() ? " or goal" : "")) + ":");
        }
        failures.forEach(f -> lines.add("  " + f.message()));
        ratioFailures.forEach(r -> lines.add("  " + r.message()));
        if (!report.passed() && context.onAnotherCpu()) {
            lines.add("  (the baseline was recorded on another CPU, see the WARNING above: the machine may account "
                    + "for some of this)");
        }
        Path html = folder.resolve("summary.html");
        HtmlSummary.write(html, report, context);
        lines.add("bench gate: report " + html.toAbsolutePath().normalize());
        try {
            AtomicFiles.writeLines(folder.resolve("gate.txt"), lines);
        } catch (IOException e) {
            throw new GateException("cannot write " + folder.resolve("gate.txt") + ": " + e.getMessage(), e);
        }
        lines.forEach(out::println);
    }

    private static Path reportFolder(Path reports, Instant started) {
        String base = "bench-" + FOLDER_TIME.format(started);
        try {
            Files.createDirectories(reports);
            Path folder = reports.resolve(base);
            for (int n = 2; Files.exists(folder); n++) {
                folder = reports.resolve(base + "-" + n);
            }
            return Files.createDirectory(folder);
        } catch (IOException e) {
            throw new GateException("cannot create a report folder in " + reports + ": " + e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            AtomicFiles.write(to, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new GateException("cannot read JMH results " + from + ": " + e.getMessage(), e);
        }
    }
}
