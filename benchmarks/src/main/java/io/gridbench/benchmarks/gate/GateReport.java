package io.gridbench.benchmarks.gate;

import java.util.List;

/**
 * The outcome of one gate check: the calibration speed, a {@link Finding} per benchmark and a {@link RatioFinding}
 * per ratio entry of the baseline.
 *
 * @param referenceSpeed the calibration benchmark's operations per second in this run
 */
public record GateReport(double referenceSpeed, List<Finding> findings, List<RatioFinding> ratios,
                         boolean enforceTargets) {

    public GateReport {
        findings = List.copyOf(findings);
        ratios = List.copyOf(ratios);
    }

    /** A report without ratios. */
    public GateReport(double referenceSpeed, List<Finding> findings, boolean enforceTargets) {
        this(referenceSpeed, findings, List.of(), enforceTargets);
    }

    /** Benchmark findings that make the gate fail. */
    public List<Finding> failures() {
        return findings.stream()
                .filter(f -> f.verdict().failsGate() || (enforceTargets && f.verdict() == Verdict.BELOW_TARGET))
                .toList();
    }

    /** Ratios that make the gate fail: below their floor, or below their goal when targets are enforced. */
    public List<RatioFinding> ratioFailures() {
        return ratios.stream().filter(r -> r.failsGate(enforceTargets)).toList();
    }

    public boolean passed() {
        return failures().isEmpty() && ratioFailures().isEmpty();
    }
}
