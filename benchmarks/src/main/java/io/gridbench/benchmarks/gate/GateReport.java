package io.gridbench.benchmarks.gate;

import java.util.List;

/**
 * The outcome of one gate check: the calibration speed and a {@link Finding} per benchmark.
 *
 * @param referenceSpeed the calibration benchmark's operations per second in this run
 */
public record GateReport(double referenceSpeed, List<Finding> findings, boolean enforceTargets) {

    public GateReport {
        findings = List.copyOf(findings);
    }

    /** Findings that make the gate fail. */
    public List<Finding> failures() {
        return findings.stream()
                .filter(f -> f.verdict().failsGate() || (enforceTargets && f.verdict() == Verdict.BELOW_TARGET))
                .toList();
    }

    public boolean passed() {
        return failures().isEmpty();
    }
}
