package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.venue.PlaceOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile order bodies found by a fuzz run: each is refused with the right status, naming the field, in bounded time
 * and with a short message. The timeouts are generous guards against a parser that expands an exponent (which took
 * over 15 s), not speed goals.
 */
class OrderRequestParserTest {
    private static final String MARKET = "market_1";

    private static PlaceOrder parse(String body) {
        return OrderRequestParser.parse(body.getBytes(StandardCharsets.UTF_8), "acct_1", 0);
    }

    private static ApiError refusal(String body) {
        return catchThrowableOfType(ApiError.class, () -> parse(body));
    }

    private static String limitWithPrice(String priceJson) {
        return "{\"market_id\":\"" + MARKET + "\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":1,\"price\":"
                + priceJson + "}";
    }

    private static String limitWithQuantity(String quantityJson) {
        return "{\"market_id\":\"" + MARKET + "\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":" + quantityJson
                + ",\"price\":\"2.50\"}";
    }

    @Test
    void aPlainLimitOrderParses() {
        PlaceOrder order = parse(limitWithPrice("\"2.50\""));
        assertThat(order.priceTicks()).isEqualTo(250);
        assertThat(order.quantity()).isEqualTo(1);
    }

    @Test
    @Timeout(5)
    void aHugeExponentInAPriceStringIsRefusedWithoutExpandingIt() {
        ApiError e = refusal(limitWithPrice("\"1e30000000\""));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("price");
        assertThat(e.detail()).hasSizeLessThan(200);
    }

    @Test
    @Timeout(5)
    void aHugeExponentInAPriceNumberIsRefusedWithoutExpandingIt() {
        ApiError e = refusal(limitWithPrice("1e30000000"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("price");
        assertThat(e.detail()).hasSizeLessThan(200);
    }

    @Test
    @Timeout(5)
    void aTinyExponentInAPriceIsRefusedAsFinerThanTheTick() {
        ApiError e = refusal(limitWithPrice("1e-30000000"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.detail()).contains("0.01 tick").hasSizeLessThan(200);
    }

    @Test
    void aMillionDigitErrorIsNeverEchoed() {
        ApiError e = refusal(limitWithPrice("\"1e1000000\""));
        assertThat(e.detail()).hasSizeLessThan(200);
    }

    @Test
    void aPriceWithATrailingControlCharacterIsRefused() {
        ApiError e = refusal(limitWithPrice("\"2.50\\u0001\""));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("price");
    }

    @Test
    void aPriceWithSurroundingSpaceIsRefused() {
        assertThat(refusal(limitWithPrice("\" 2.50\"")).field()).isEqualTo("price");
    }

    @Test
    void aPriceAboveTheBookCapIsRefusedNamingTheCap() {
        ApiError e = refusal(limitWithPrice("\"10000.01\""));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.detail()).contains("10000.00");
    }

    @Test
    void thePriceCapItselfIsAccepted() {
        assertThat(parse(limitWithPrice("\"10000.00\"")).priceTicks()).isEqualTo(1_000_000);
    }

    @Test
    void aQuantityBeyondADoubleIsRefusedNamingQuantity() {
        ApiError e = refusal(limitWithQuantity("1e400"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("quantity");
    }

    @Test
    void aNegativeQuantityBeyondADoubleIsRefusedNamingQuantity() {
        ApiError e = refusal(limitWithQuantity("-1e400"));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("quantity");
    }

    @Test
    void aQuantityWrittenWithAnExponentIsAWholeNumber() {
        assertThat(parse(limitWithQuantity("1e2")).quantity()).isEqualTo(100);
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() {
        ApiError e = refusal(limitWithPrice("\"2.50\"") + "garbage");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.field()).isEqualTo("body");
    }

    @Test
    void aSecondObjectAfterTheFirstIsRefused() {
        String order = limitWithPrice("\"2.50\"");
        assertThat(refusal(order + order).status()).isEqualTo(400);
    }

    @Test
    void aNulAfterTheObjectIsRefused() {
        assertThat(refusal(limitWithPrice("\"2.50\"") + "\u0000").status()).isEqualTo(400);
    }

    @Test
    void aLongMarketIdIsRefusedWithoutEchoingIt() {
        ApiError e = refusal(limitWithPrice("\"2.50\"").replace(MARKET, "m".repeat(10_000)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.field()).isEqualTo("market_id");
        assertThat(e.detail()).hasSizeLessThan(200);
    }
}
