package io.gridbench.simulations;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gridbench.simulations.gates.Gates;
import io.gridbench.simulations.load.LoadShape;
import io.gridbench.simulations.load.Settings;
import io.gridbench.simulations.slo.GoodputReport;
import io.gridbench.simulations.slo.RequestOutcomes;
import io.gridbench.simulations.targets.AccountNeeds;
import io.gridbench.simulations.targets.Target;
import io.gridbench.simulations.targets.TraderFeeder;
import io.gridbench.simulations.streaming.ReportFolder;
import io.gridbench.simulations.targets.Targets;
import io.gridbench.simulations.trading.OrderBodies;
import io.gridbench.simulations.trading.SignedRequests;

import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gridbench.simulations.slo.MeasuredRequests.measured;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Many traders on the Trading API: each looks at the ticker, rests a signed GTC limit order below the best bid,
 * polls it, lists its open orders, cancels it, then sends a market order and polls that. Every request is signed in
 * Gatling's {@code sign} hook with a fresh timestamp. Besides Gatling's report it writes {@code goodput.json/.html}:
 * requests per second that met every objective of {@code -Dgridbench.slo}, each HTTP request counted once.
 *
 * <pre>
 * ./gridbench load orders --duration 20 --rate 30
 * ./mvnw -pl simulations -am gatling:test -Dgatling.simulationClass=io.gridbench.simulations.OrdersSimulation
 * </pre>
 */
public class OrdersSimulation extends Simulation {
    private static final String ORDERS = "#{tradingBaseUrl}/api/v1/trading/orders";
    private static final String ORDER = ORDERS + "/#{orderId}";

    private final LoadShape load = LoadShape.fromProperties(20, 8);
    private final Target target = Targets.fromProperties(AccountNeeds.funded(Settings.positiveInt("traders", 20)));
    private final RequestOutcomes outcomes = RequestOutcomes.fromProperties();

    // feeder
    private final TraderFeeder traders = new TraderFeeder(target, Settings.string("instrument", "chat-fast"));

    // chains, named for what a trader means to do
    private final ChainBuilder readTicker = exec(http("ticker")
            .get("#{tradingBaseUrl}/api/v1/trading/markets/#{marketId}/ticker")
            .sign(SignedRequests::sign)
            .check(status().is(200), jsonPath("$.data.best_bid").optional().saveAs("bestBid")))
            .exec(session -> session.set("restingPrice", OrderBodies.below(session.getString("bestBid"),
                    1 + ThreadLocalRandom.current().nextInt(20), "1.00")));

    private final ChainBuilder restLimitBuy = exec(http("place limit buy")
            .post(ORDERS)
            .body(StringBody(OrderBodies.limit("buy", 1, "restingPrice", "sim-limit")))
            .sign(SignedRequests::sign)
            .check(status().is(201), jsonPath("$.data.order_id").saveAs("orderId")));

    private final ChainBuilder pollOrder = exec(http("poll order")
            .get(ORDER)
            .sign(SignedRequests::sign)
            .check(status().is(200), jsonPath("$.data.status").saveAs("orderStatus")));

    private final ChainBuilder listOpenOrders = exec(http("list open orders")
            .get(ORDERS + "?status=open&market_id=#{marketId}")
            .sign(SignedRequests::sign)
            .check(status().is(200), jsonPath("$.data").exists()));

    // 409: the order filled while we looked at it; a race every real trader meets, not a failure.
    private final ChainBuilder cancelOrder = exec(http("cancel order")
            .delete(ORDER)
            .sign(SignedRequests::sign)
            .check(status().in(200, 409)));

    private final ChainBuilder takeLiquidity = exec(http("place market order")
            .post(ORDERS)
            .body(StringBody(OrderBodies.market(OrderBodies.eitherSide(), 1, "sim-market")))
            .sign(SignedRequests::sign)
            .check(status().is(201), jsonPath("$.data.order_id").saveAs("orderId")));

    // protocol
    private final HttpProtocolBuilder protocol = http
            .disableWarmUp()
            .shareConnections()
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("gridbench-simulations");

    // scenarios
    private final ScenarioBuilder trader = scenario("traders")
            .feed(traders)
            .exec(load.journey(exec(measured(outcomes, readTicker), measured(outcomes, restLimitBuy),
                    measured(outcomes, pollOrder), measured(outcomes, listOpenOrders), measured(outcomes, cancelOrder),
                    measured(outcomes, takeLiquidity), measured(outcomes, pollOrder))));

    {
        LoadShape.bounded(setUp(load.inject(trader))
                .protocols(protocol)
                .assertions(Gates.fromProperties().assertions(false)));
    }

    @Override
    public void before() {
        target.start();
        traders.prepare();
        outcomes.measureFrom(System.currentTimeMillis() + load.warmup().toMillis());
        System.out.println("gridbench: orders against " + target.name() + " " + target.tradingBaseUrl() + ", "
                + traders.size() + " traders, " + load.describe());
    }

    @Override
    public void after() {
        try {
            GoodputReport.publish(ReportFolder.of(getClass()), "orders", load.describe(),
                    outcomes.snapshot(load.duration().toMillis() / 1000.0));
        } finally {
            target.close();
        }
    }
}
