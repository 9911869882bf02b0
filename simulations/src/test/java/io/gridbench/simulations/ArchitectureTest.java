package io.gridbench.simulations;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The simulations' packages (all test sources: Gatling lives at test scope) form no cycle; the simulation classes
 * at the top use the packages below them, never the other way round.
 */
@AnalyzeClasses(packages = "io.gridbench.simulations")
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.gridbench.simulations.(*)..").should()
            .beFreeOfCycles();
}
