package io.gridbench.backtest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The backtester's packages form no cycle, and its replay core uses only the exchange's domain (market and market
 * data), never its HTTP server, so it could move into a core module of its own. See the README's "Layout".
 */
@AnalyzeClasses(packages = "io.gridbench.backtest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.gridbench.backtest.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theReplayCoreUsesOnlyTheExchangesDomain = classes().that().resideInAnyPackage(
                    "..backtest.data..", "..backtest.demand..", "..backtest.fill..", "..backtest.metrics..",
                    "..backtest.replay..", "..backtest.strategy..", "..backtest.sweep..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.gridbench.backtest..",
                    "io.gridbench.exchange.market..", "io.gridbench.exchange.marketdata..", "java..",
                    "com.fasterxml.jackson..");
}
