package io.gridbench.simulations;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gridbench.simulations.consumption.ChatBodies;
import io.gridbench.simulations.consumption.CompletionChains;
import io.gridbench.simulations.gates.Gates;
import io.gridbench.simulations.load.LoadShape;
import io.gridbench.simulations.load.Settings;
import io.gridbench.simulations.slo.GoodputReport;
import io.gridbench.simulations.slo.RequestOutcomes;
import io.gridbench.simulations.streaming.ReportFolder;
import io.gridbench.simulations.streaming.StreamMetrics;
import io.gridbench.simulations.streaming.StreamReport;
import io.gridbench.simulations.targets.AccountNeeds;
import io.gridbench.simulations.targets.Target;
import io.gridbench.simulations.targets.TraderFeeder;
import io.gridbench.simulations.targets.Targets;
import io.gridbench.simulations.trading.TradingChains;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Seed 001, "replenishing consumption account balance", as a load scenario: completions drain one account's balance
 * while a replenisher keeps a buffer, checking the balance every {@code gridbench.replenish.checkSeconds} and, below
 * {@code gridbench.replenish.minUnits} (5), buying {@code gridbench.replenish.buyUnits} (10) by limit order at
 * {@code gridbench.maxPrice} (2.50) or by market order ({@code gridbench.replenish.orderType=market}). A first top-up
 * waits for its fill before the drain starts, so completions never find an empty account by design; a replenisher
 * that falls behind shows up as failed (402) completions.
 */
public class ReplenishSimulation extends Simulation {
    private final LoadShape load = LoadShape.fromProperties(5, 4);
    private final String instrument = Settings.string("instrument", "chat-fast");
    private final double minUnits = Settings.nonNegativeDouble("replenish.minUnits", 5);
    private final long buyUnits = Settings.positiveInt("replenish.buyUnits", 10);
    private final boolean marketOrders = "market".equals(Settings.choice("replenish.orderType", "limit", "limit",
            "market"));
    private final String maxPrice = new BigDecimal(Settings.string("maxPrice", "2.50"))
            .setScale(2, RoundingMode.HALF_UP).toPlainString();
    private final Duration checkEvery = Duration.ofSeconds(Settings.positiveInt("replenish.checkSeconds", 1));
    private final Target target = Targets.fromProperties(AccountNeeds.cashOnly());
    private final StreamMetrics metrics = new StreamMetrics();
    private final RequestOutcomes outcomes = RequestOutcomes.fromProperties();
    private long startedAtMs;

    // feeder: one customer's account is drained and replenished
    private final TraderFeeder customer = TraderFeeder.oneAccount(target, instrument);

    // chains
    private final CompletionChains completions = new CompletionChains(instrument, ChatBodies.SEED_PROMPTS,
            Settings.positiveInt("maxTokens", 64), metrics, outcomes, Duration.ofSeconds(120));

    private final ChainBuilder buyBuffer = exec(session -> session
            .set(TradingChains.QUANTITY, buyUnits)
            .set(TradingChains.PRICE, maxPrice)
            .set("targetBalance", minUnits))
            .exec(marketOrders ? TradingChains.placeMarketBuy("replenish market buy")
                    : TradingChains.placeLimitBuy("replenish limit buy"));

    private final ChainBuilder topUpAndWait = exec(TradingChains.checkBalance())
            .doIf(session -> session.getDouble(TradingChains.BALANCE) < minUnits).then(exec(buyBuffer)
                    .exec(TradingChains.waitForFill("targetBalance", Duration.ofMillis(500), Duration.ofSeconds(
                            Settings.positiveInt("maxWaitSeconds", 120)))));

    // A limit order may rest a while: keep one replenishment in flight rather than stacking buys on every check.
    private final ChainBuilder replenishWhenLow = exec(TradingChains.checkBalance())
            .exec(doIfOrElse(session -> session.contains(TradingChains.ORDER_ID)).then(TradingChains.pollOrder())
                    .orElse(exec(session -> session.set(TradingChains.ORDER_STATUS, "filled"))))
            .exec(doIf(session -> session.getDouble(TradingChains.BALANCE) < minUnits
                    && !"open".equals(session.getString(TradingChains.ORDER_STATUS))
                    && !"partially_filled".equals(session.getString(TradingChains.ORDER_STATUS)))
                    .then(buyBuffer));

    // protocol
    private final HttpProtocolBuilder protocol = http
            .disableWarmUp()
            .shareConnections()
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("gridbench-simulations");

    // scenarios
    private final ScenarioBuilder firstTopUp = scenario("first top-up")
            .feed(customer)
            .exec(topUpAndWait);

    private final ScenarioBuilder drainers = scenario("draining completions")
            .feed(customer)
            .exec(load.journey(completions.pickPrompt().exec(completions.complete("completion"))));

    private final ScenarioBuilder replenisher = scenario("replenisher")
            .feed(customer)
            .exec(during(load.total()).on(exec(replenishWhenLow).pause(checkEvery)));

    {
        setUp(firstTopUp.injectOpen(atOnceUsers(1))
                .andThen(load.inject(drainers), replenisher.injectOpen(atOnceUsers(1))))
                .protocols(protocol)
                .assertions(Gates.fromProperties().assertions(false));
    }

    @Override
    public void before() {
        target.start();
        customer.prepare();
        startedAtMs = System.currentTimeMillis();
        System.out.println("gridbench: replenish below " + minUnits + " units with " + buyUnits + "-unit "
                + (marketOrders ? "market" : "limit " + maxPrice) + " buys while completions drain, "
                + load.describe() + ", against " + target.name() + " " + target.tradingBaseUrl());
    }

    @Override
    public void after() {
        try {
            double seconds = (System.currentTimeMillis() - startedAtMs) / 1000.0;
            System.out.println("gridbench: streaming metrics in " + StreamReport.write(ReportFolder.of(getClass()),
                    "replenish", load.describe(), seconds, metrics.snapshot()));
            GoodputReport.publish(ReportFolder.of(getClass()), "replenish", load.describe(),
                    outcomes.snapshot(load.duration().toMillis() / 1000.0));
        } finally {
            target.close();
        }
    }
}
