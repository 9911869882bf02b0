package io.gridbench.exchange;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The exchange's packages read top-down: the domain (market, book, marketdata, matching, account) under the venue and
 * agents, configuration and HTTP plumbing beside them, the APIs and the server on top. See the README's "Layout".
 */
@AnalyzeClasses(packages = "io.gridbench.exchange", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] DOMAIN = {"..exchange.market..", "..exchange.book..", "..exchange.marketdata..",
        "..exchange.matching..", "..exchange.account..", "..exchange.venue..", "..exchange.agents.."};

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.gridbench.exchange.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfHttpOrTheServer = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "..exchange.http..", "..exchange.api..",
                    "..exchange.inference..", "..exchange.server..", "..exchange.grid..", "..exchange.config..");

    @ArchTest
    static final ArchRule matchingSitsUnderTheVenue = noClasses().that().resideInAPackage("..exchange.matching..")
            .should().dependOnClassesThat().resideInAPackage("..exchange.venue..");

    @ArchTest
    static final ArchRule theConsumptionApiNeedsNeitherTheServerNorTheTradingApi = noClasses().that()
            .resideInAPackage("..exchange.inference..").should().dependOnClassesThat()
            .resideInAnyPackage("..exchange.server..", "..exchange.api..", "..exchange.grid..");

    @ArchTest
    static final ArchRule configurationDependsOnlyOnTheMarket = classes().that().resideInAPackage("..exchange.config..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..exchange.config..", "..exchange.market..",
                    "java..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule httpPlumbingServesTheApisFromBelow = noClasses().that().resideInAPackage("..exchange.http..")
            .should().dependOnClassesThat().resideInAnyPackage("..exchange.api..", "..exchange.inference..",
                    "..exchange.server..", "..exchange.grid..");

    @ArchTest
    static final ArchRule clientsTalkHttpNotToTheServerInside = noClasses().that()
            .resideInAPackage("..exchange.client..").should().dependOnClassesThat().resideInAnyPackage(
                    "io.vertx..", "..exchange.venue..", "..exchange.server..", "..exchange.api..");
}
