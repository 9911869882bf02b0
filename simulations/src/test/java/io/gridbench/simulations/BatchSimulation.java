package io.gridbench.simulations;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gridbench.exchange.client.BatchEstimate;
import io.gridbench.simulations.consumption.ChatBodies;
import io.gridbench.simulations.consumption.CompletionChains;
import io.gridbench.simulations.gates.Gates;
import io.gridbench.simulations.load.IntendedStart;
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
import io.gridbench.simulations.trading.SignedRequests;
import io.gridbench.simulations.trading.TradingChains;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Seed 000, "batch sequencing with limit orders", as a load scenario: estimate the batch's tokens
 * ({@code ceil((len + 50) / 4)} per prompt), place a GTC limit buy for the units at a maximum price, poll the order
 * and the consumption balance until it filled, then run the prompts with bounded concurrency (that many workers
 * taking prompts from one queue). The planner runs first; the workers start when it is done.
 *
 * <p>Properties: {@code gridbench.users} workers (default 3, the seed's {@code max_concurrent}),
 * {@code gridbench.batch.size} prompts (default 20, the seed's five repeated), {@code gridbench.maxPrice} (2.50),
 * {@code gridbench.maxWaitSeconds} (120).
 */
public class BatchSimulation extends Simulation {
    private final int workers = Settings.positiveInt("users", 3);
    private final int batchSize = Settings.positiveInt("batch.size", 20);
    private final String instrument = Settings.string("instrument", "chat-fast");
    private final String maxPrice = new BigDecimal(Settings.string("maxPrice", "2.50"))
            .setScale(2, RoundingMode.HALF_UP).toPlainString();
    private final Target target = Targets.fromProperties(AccountNeeds.cashOnly());
    private final StreamMetrics metrics = new StreamMetrics();
    private final RequestOutcomes outcomes = RequestOutcomes.fromProperties();
    private final List<String> prompts = batch(batchSize);
    private final Queue<String> queue = new ConcurrentLinkedQueue<>();
    private long startedAtMs;

    // feeder: the batch is one customer's
    private final TraderFeeder customer = TraderFeeder.oneAccount(target, instrument);

    // chains
    private final CompletionChains completions = new CompletionChains(instrument, prompts,
            Settings.positiveInt("maxTokens", 64), metrics, outcomes, Duration.ofSeconds(120));

    private final ChainBuilder estimateAndBuy = exec(session -> session
            .set(TradingChains.QUANTITY, BatchEstimate.unitsToBuy(BatchEstimate.tokens(prompts)))
            .set(TradingChains.PRICE, maxPrice))
            .exec(TradingChains.checkBalance())
            .exec(session -> session.set("targetBalance",
                    session.getDouble(TradingChains.BALANCE) + session.getLong(TradingChains.QUANTITY)))
            .exec(TradingChains.placeLimitBuy("place limit buy"));

    private final ChainBuilder waitForFill = exec(TradingChains.waitForFill("targetBalance", Duration.ofMillis(500),
            Duration.ofSeconds(Settings.positiveInt("maxWaitSeconds", 120))))
            // One last look, as a request of its own, so an order that never filled fails the run's error gate.
            .exec(http("order filled")
                    .get("#{tradingBaseUrl}/api/v1/trading/orders/#{" + TradingChains.ORDER_ID + "}")
                    .sign(SignedRequests::sign)
                    .check(status().is(200), jsonPath("$.data.status").is("filled")));

    private final ChainBuilder runBatch = asLongAsPromptsLeft(exec(session -> {
        String prompt = queue.poll();
        return prompt == null ? session.markAsFailed()
                : IntendedStart.arrival().apply(session).set(CompletionChains.BODY, ChatBodies.chat(instrument,
                prompt, Settings.positiveInt("maxTokens", 64), false));
    }).exitHereIfFailed().exec(completions.complete("batch completion")));

    // protocol
    private final HttpProtocolBuilder protocol = http
            .disableWarmUp()
            .shareConnections()
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("gridbench-simulations");

    // scenarios
    private final ScenarioBuilder planner = scenario("batch planner")
            .feed(customer)
            .exec(estimateAndBuy)
            .exitHereIfFailed()
            .exec(waitForFill);

    private final ScenarioBuilder batchWorkers = scenario("batch workers")
            .feed(customer)
            .exec(runBatch);

    {
        setUp(planner.injectOpen(atOnceUsers(1))
                .andThen(batchWorkers.injectOpen(atOnceUsers(workers))))
                .protocols(protocol)
                .assertions(Gates.fromProperties().assertions(false));
    }

    private ChainBuilder asLongAsPromptsLeft(ChainBuilder work) {
        return asLongAs(session -> !queue.isEmpty()).on(work);
    }

    private static List<String> batch(int size) {
        List<String> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(ChatBodies.SEED_PROMPTS.get(i % ChatBodies.SEED_PROMPTS.size()));
        }
        return List.copyOf(batch);
    }

    @Override
    public void before() {
        target.start();
        customer.prepare();
        queue.addAll(prompts);
        startedAtMs = System.currentTimeMillis();
        System.out.println("gridbench: batch of " + prompts.size() + " prompts, " + workers + " workers, limit buy at "
                + maxPrice + " against " + target.name() + " " + target.tradingBaseUrl());
    }

    @Override
    public void after() {
        try {
            double seconds = (System.currentTimeMillis() - startedAtMs) / 1000.0;
            String shape = workers + " workers, " + prompts.size() + " prompts";
            System.out.println("gridbench: streaming metrics in " + StreamReport.write(ReportFolder.of(getClass()),
                    "batch", shape, seconds, metrics.snapshot()));
            GoodputReport.publish(ReportFolder.of(getClass()), "batch", shape, outcomes.snapshot(seconds));
        } finally {
            target.close();
        }
    }
}
