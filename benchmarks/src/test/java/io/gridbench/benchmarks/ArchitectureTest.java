package io.gridbench.benchmarks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The benchmarks' packages form no cycle, and the gate judges scores without running what it judges. */
@AnalyzeClasses(packages = "io.gridbench.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.gridbench.benchmarks.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule theGateDoesNotDependOnTheCodeUnderTest = noClasses().that()
            .resideInAPackage("..benchmarks.gate..").should().dependOnClassesThat()
            .resideInAnyPackage("io.gridbench.backtest..", "..benchmarks.book..", "..benchmarks.json..",
                    "..benchmarks.replay..", "..benchmarks.signing..");
}
