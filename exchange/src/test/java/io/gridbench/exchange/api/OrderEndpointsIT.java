package io.gridbench.exchange.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing, reading, cancelling and listing orders over real HTTP. Buys rest at 0.10-0.99 and sells at 90.00+ on
 * chat-fast, so nothing here crosses another test's order.
 */
class OrderEndpointsIT extends ExchangeFixture {

    @Test
    void limitOrderAsTheSeedsSendItIsCreatedWithItsId() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, "{\"market_id\":\"" + CHAT_FAST + "\",\"side\":\"buy\","
                + "\"type\":\"limit\",\"quantity\":10,\"price\":\"0.50\",\"time_in_force\":\"gtc\","
                + "\"client_order_id\":\"batch-1\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode order = r.data();
        assertThat(order.get("order_id").asText()).startsWith("order_");
        assertThat(order.get("status").asText()).isEqualTo("open");
        assertThat(order.get("price").asText()).isEqualTo("0.50");
        assertThat(order.get("quantity").asLong()).isEqualTo(10);
        assertThat(order.get("filled_quantity").asLong()).isZero();
        assertThat(order.get("average_price").isNull()).isTrue();
        assertThat(order.get("client_order_id").asText()).isEqualTo("batch-1");
        assertThat(order.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void priceWithOneDecimalIsAccepted() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.5\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().get("price").asText()).isEqualTo("0.50");
    }

    @Test
    void priceAsJsonNumberIsAccepted() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "0.25"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().get("price").asText()).isEqualTo("0.25");
    }

    @Test
    void repeatedClientOrderIdReturnsTheFirstOrder() {
        SignedHttpClient client = fundedClient();
        String body = "{\"market_id\":\"" + CHAT_FAST + "\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":3,"
                + "\"price\":\"0.30\",\"client_order_id\":\"retry-me\"}";

        String first = client.post(ORDERS, body).data().get("order_id").asText();
        SignedHttpClient.Response again = client.post(ORDERS, body);

        assertThat(again.data().get("order_id").asText()).isEqualTo(first);
        assertThat(client.get(ORDERS + "?limit=100").data()).hasSize(1);
    }

    @Test
    void orderCanBeReadBackByItsId() {
        SignedHttpClient client = fundedClient();
        String id = client.post(ORDERS, limit(CHAT_FAST, "buy", 2, "\"0.20\"")).data().get("order_id").asText();

        SignedHttpClient.Response r = client.get(ORDERS + "/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("order_id").asText()).isEqualTo(id);
        assertThat(r.data().get("status").asText()).isEqualTo("open");
    }

    @Test
    void cancelledOrderReportsCanceled() {
        SignedHttpClient client = fundedClient();
        String id = client.post(ORDERS, limit(CHAT_FAST, "sell", 2, "\"95.00\"")).data().get("order_id").asText();

        SignedHttpClient.Response r = client.delete(ORDERS + "/" + id);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("status").asText()).isEqualTo("canceled");
        assertThat(client.get(ORDERS + "/" + id).data().get("status").asText()).isEqualTo("canceled");
    }

    @Test
    void cancellingTwiceIsAConflict() {
        SignedHttpClient client = fundedClient();
        String id = client.post(ORDERS, limit(CHAT_FAST, "sell", 1, "\"96.00\"")).data().get("order_id").asText();
        client.delete(ORDERS + "/" + id);

        SignedHttpClient.Response r = client.delete(ORDERS + "/" + id);

        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.errors().get("field").asText()).isNotBlank();
    }

    @Test
    void unknownOrderIs404() {
        SignedHttpClient.Response r = fundedClient().get(ORDERS + "/order_doesnotexist");
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.errors().get("field").asText()).isEqualTo("order_id");
    }

    @Test
    void anotherAccountsOrderIs404() {
        String id = fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.11\"")).data().get("order_id").asText();
        assertThat(fundedClient().get(ORDERS + "/" + id).status()).isEqualTo(404);
        assertThat(fundedClient().delete(ORDERS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void unknownMarketIs404() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, limit("market_nope", "buy", 1, "\"1.00\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.errors().get("field").asText()).isEqualTo("market_id");
    }

    @Test
    void buyBeyondTheCashIs402AndLeavesARejectedOrder() {
        SignedHttpClient demo = demoClient();
        SignedHttpClient.Response r = demo.post(ORDERS, limit(CHAT_FAST, "buy", 1_000_000, "\"0.90\""));

        assertThat(r.status()).as(r.toString()).isEqualTo(402);
        assertThat(r.errors().get("detail").asText()).contains("insufficient");
        assertThat(r.errors().get("field").asText()).isEqualTo("quantity");
        String id = r.errors().get("order_id").asText();
        assertThat(demo.get(ORDERS + "/" + id).data().get("status").asText()).isEqualTo("rejected");
    }

    @Test
    void sellWithoutUnitsIs402() {
        SignedHttpClient.Response r = demoClient().post(ORDERS, limit(CHAT_FAST, "sell", 5, "\"99.00\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(402);
    }

    @Test
    void malformedJsonIs400() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, "{\"market_id\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors().get("field").asText()).isEqualTo("body");
        assertThat(r.errors().get("detail").asText()).contains("malformed JSON");
    }

    @Test
    void malformedJsonIsDescribedWithoutParserInternalsOrTheBody() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, "{bad: \"secret-order-text\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors().get("field").asText()).isEqualTo("body");
        assertThat(r.errors().get("detail").asText()).isEqualTo("malformed JSON at line 1, column 2: unexpected character 'b'");
    }

    @Test
    void truncatedJsonSaysTheBodyEndsEarly() {
        SignedHttpClient.Response r = fundedClient().post(ORDERS, "{\"market_id\": ");
        assertThat(r.errors().get("detail").asText()).startsWith("malformed JSON at line 1, column ")
                .endsWith(": the body ends before the JSON value does");
    }

    @Test
    void bodyThatIsNotAnObjectIs400() {
        assertThat(fundedClient().post(ORDERS, "[1,2]").errors().get("field").asText()).isEqualTo("body");
    }

    @Test
    void quantityAsStringIs400NamingIt() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.10\"").replace("\"quantity\":1", "\"quantity\":\"1\"")),
                400, "quantity");
    }

    @Test
    void sideAsNumberIs400NamingIt() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.10\"").replace("\"buy\"", "1")), 400, "side");
    }

    @Test
    void priceAsBooleanIs400NamingIt() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "true")), 400, "price");
    }

    @Test
    void unknownSideIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "hold", 1, "\"0.10\"")), 422, "side");
    }

    @Test
    void unknownTypeIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.10\"").replace("\"limit\"", "\"stop\"")),
                422, "type");
    }

    @Test
    void zeroQuantityIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 0, "\"0.10\"")), 422, "quantity");
    }

    @Test
    void fractionalQuantityIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.10\"").replace("\"quantity\":1", "\"quantity\":1.5")),
                422, "quantity");
    }

    @Test
    void priceFinerThanTheTickIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.105\"")), 422, "price");
    }

    @Test
    void negativePriceIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"-1.00\"")), 422, "price");
    }

    @Test
    void nonNumericPriceTextIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"cheap\"")), 422, "price");
    }

    @Test
    void limitOrderWithoutPriceIs422() {
        assertError(fundedClient().post(ORDERS, market(CHAT_FAST, "buy", 1).replace("\"market\",", "\"limit\",")), 422, "price");
    }

    @Test
    void marketOrderWithPriceIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.10\"").replace("\"limit\"", "\"market\"")),
                422, "price");
    }

    @Test
    void timeInForceOtherThanGtcIs422() {
        assertError(fundedClient().post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.10\"").replace("\"gtc\"", "\"ioc\"")),
                422, "time_in_force");
    }

    @Test
    void missingMarketIdIs422() {
        assertError(fundedClient().post(ORDERS, "{\"side\":\"buy\",\"type\":\"limit\",\"quantity\":1,\"price\":\"0.10\"}"),
                422, "market_id");
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"pad\":\"" + "x".repeat(70_000) + "\"}";
        assertError(fundedClient().post(ORDERS, huge), 413, "body");
    }

    @Test
    void listingPagesThroughEveryOrderOnce() {
        SignedHttpClient client = fundedClient();
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            placed.add(client.post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0." + (40 + i) + "\"")).data().get("order_id").asText());
        }
        Set<String> listed = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            SignedHttpClient.Response page = client.get(ORDERS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.data().size()).isLessThanOrEqualTo(2);
            page.data().forEach(o -> listed.add(o.get("order_id").asText()));
            JsonNode next = page.json().get("pagination").get("next_cursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(listed).isEqualTo(placed);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void listingFiltersBySideAndStatus() {
        SignedHttpClient client = fundedClient();
        client.post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.12\""));
        String sell = client.post(ORDERS, limit(CHAT_FAST, "sell", 1, "\"97.00\"")).data().get("order_id").asText();
        client.delete(ORDERS + "/" + sell);

        JsonNode sells = client.get(ORDERS + "?side=sell&status=canceled&market_id=" + CHAT_FAST).data();

        assertThat(sells).hasSize(1);
        assertThat(sells.get(0).get("order_id").asText()).isEqualTo(sell);
    }

    @Test
    void listingOldestFirstOnRequest() {
        SignedHttpClient client = fundedClient();
        String first = client.post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.13\"")).data().get("order_id").asText();
        client.post(ORDERS, limit(CHAT_FAST, "buy", 1, "\"0.14\""));

        JsonNode asc = client.get(ORDERS + "?order_by=created_at&order_direction=asc").data();

        assertThat(asc.get(0).get("order_id").asText()).isEqualTo(first);
    }

    @Test
    void listingLimitOver100Is422() {
        assertError(fundedClient().get(ORDERS + "?limit=101"), 422, "limit");
    }

    @Test
    void listingLimitThatIsNotANumberIs400() {
        assertError(fundedClient().get(ORDERS + "?limit=ten"), 400, "limit");
    }

    @Test
    void listingUnknownStatusIs422() {
        assertError(fundedClient().get(ORDERS + "?status=pending"), 422, "status");
    }

    @Test
    void listingUnknownOrderByIs422() {
        assertError(fundedClient().get(ORDERS + "?order_by=price"), 422, "order_by");
    }

    @Test
    void unknownEndpointIs404NamingThePath() {
        assertError(fundedClient().get("/api/v1/trading/positions"), 404, "path");
    }

    @Test
    void wrongMethodIs405() {
        assertError(fundedClient().send("PUT", ORDERS, "{}", h -> h), 405, "method");
    }

    private static void assertError(SignedHttpClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.errors().get("field").asText()).as(r.toString()).isEqualTo(field);
        assertThat(r.errors().get("detail").asText()).isNotBlank();
    }
}
