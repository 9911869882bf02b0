package io.gridbench.simulations.trading;

import io.gatling.javaapi.core.ChainBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Signed Trading API steps shared by the buy-then-consume journeys of seeds 000 and 001: read the consumption
 * balance, place a buy, and wait for it to fill. Session keys are the constants below. Stateless.
 */
public final class TradingChains {
    public static final String BALANCE = "balanceUnits";
    public static final String ORDER_ID = "orderId";
    public static final String ORDER_STATUS = "orderStatus";
    public static final String QUANTITY = "buyQuantity";
    public static final String PRICE = "buyPrice";
    private static final String ORDERS = "#{tradingBaseUrl}/api/v1/trading/orders";

    private TradingChains() {
    }

    /**
     * The available balance, in units, of the session's instrument, as {@value #BALANCE} (0 before the account
     * ever held any).
     */
    public static ChainBuilder checkBalance() {
        return exec(http("check balance")
                .get("#{tradingBaseUrl}/api/v1/trading/consumption-accounts?order_by=created_at")
                .sign(SignedRequests::sign)
                .check(status().is(200),
                        jsonPath("$.data[?(@.instrument_name == '#{instrument}')].available_balance")
                                .ofDouble().withDefault(0.0).saveAs(BALANCE)));
    }

    /** A GTC limit buy of {@value #QUANTITY} units at {@value #PRICE}; the order id lands in {@value #ORDER_ID}. */
    public static ChainBuilder placeLimitBuy(String requestName) {
        return exec(http(requestName)
                .post(ORDERS)
                .body(StringBody("{\"market_id\":\"#{marketId}\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":"
                        + "#{" + QUANTITY + "},\"price\":\"#{" + PRICE + "}\",\"time_in_force\":\"gtc\","
                        + "\"client_order_id\":\"" + requestName.replace(' ', '-') + "-#{randomUuid()}\"}"))
                .sign(SignedRequests::sign)
                .check(status().is(201), jsonPath("$.data.order_id").saveAs(ORDER_ID)));
    }

    /** A market buy of {@value #QUANTITY} units: immediate, at whatever the book asks. */
    public static ChainBuilder placeMarketBuy(String requestName) {
        return exec(http(requestName)
                .post(ORDERS)
                .body(StringBody("{\"market_id\":\"#{marketId}\",\"side\":\"buy\",\"type\":\"market\",\"quantity\":"
                        + "#{" + QUANTITY + "},\"time_in_force\":\"gtc\","
                        + "\"client_order_id\":\"" + requestName.replace(' ', '-') + "-#{randomUuid()}\"}"))
                .sign(SignedRequests::sign)
                .check(status().is(201), jsonPath("$.data.order_id").saveAs(ORDER_ID)));
    }

    /** The status of order {@value #ORDER_ID} into {@value #ORDER_STATUS}. */
    public static ChainBuilder pollOrder() {
        return exec(http("poll order")
                .get(ORDERS + "/#{" + ORDER_ID + "}")
                .sign(SignedRequests::sign)
                .check(status().is(200), jsonPath("$.data.status").saveAs(ORDER_STATUS)));
    }

    /**
     * Polls the order and the balance, as the reference client's {@code wait_for_fill} does, until the order filled
     * and the balance reached {@code targetKey}'s value, it ended unfilled, or {@code maxWait} passed. What it ends
     * in is left in {@value #ORDER_STATUS} and {@value #BALANCE}; the caller decides what counts as success.
     */
    public static ChainBuilder waitForFill(String targetKey, Duration pollInterval, Duration maxWait) {
        long polls = Math.max(1, maxWait.toMillis() / Math.max(1, pollInterval.toMillis()));
        return exec(session -> session.set(ORDER_STATUS, "open").set("polls", 0L))
                .asLongAs(session -> !filled(session.getString(ORDER_STATUS), session.getDouble(BALANCE),
                        session.getDouble(targetKey)) && !ended(session.getString(ORDER_STATUS))
                        && session.getLong("polls") < polls)
                .on(exec(session -> session.set("polls", session.getLong("polls") + 1))
                        .pause(pollInterval)
                        .exec(pollOrder(), checkBalance()));
    }

    static boolean filled(String status, double balance, double target) {
        return "filled".equals(status) && balance >= target;
    }

    static boolean ended(String status) {
        return "canceled".equals(status) || "rejected".equals(status);
    }
}
