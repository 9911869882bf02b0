package io.gridbench.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.http.JsonBody;
import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.venue.BalanceView;
import io.gridbench.exchange.venue.DepthView;
import io.gridbench.exchange.venue.InstrumentView;
import io.gridbench.exchange.venue.MarketView;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.TickerView;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Every Trading API shape, written with the streaming generator, is byte for byte what the server wrote when it built
 * Jackson trees ({@link TreeWireFormat}) and serialised them with the same mapper: same key order, same escaping,
 * same number forms, same nulls.
 */
class WireFormatTest {
    private static final long T0 = 1_732_370_400_123L;
    private static final long SEED = 0x3150_0F0BL;
    private static final OrderView PARTIAL = new OrderView("order_01", "batch-1", "acct_a", "market_chat-fast",
            Side.BUY, OrderType.LIMIT, 250, 12, 5, 245.5, OrderStatus.PARTIALLY_FILLED, null, T0, T0 + 1_333);
    private static final OrderView REJECTED_MARKET = new OrderView("order_02", null, "acct_a", "market_chat-fast",
            Side.SELL, OrderType.MARKET, 0, 3, 0, 0, OrderStatus.REJECTED, "insufficient units: \"needs\" 3\n",
            T0, T0);

    @Test
    void ordersAndTheirPageEnvelopeMatchTheTreeBytes() {
        assertSameBytes(ApiResponses.dataEnvelope(WireFormat.order(PARTIAL)), data(TreeWireFormat.order(PARTIAL)));
        assertSameBytes(ApiResponses.pageEnvelope(WireFormat.orders(List.of(PARTIAL, REJECTED_MARKET)), "b3JkZXJz"),
                page(TreeWireFormat.orders(List.of(PARTIAL, REJECTED_MARKET)), "b3JkZXJz"));
        assertSameBytes(ApiResponses.pageEnvelope(WireFormat.orders(List.of()), null),
                page(TreeWireFormat.orders(List.of()), null));
    }

    @Test
    void anyOrderMatchesTheTreeBytes() {
        qt().withFixedSeed(SEED).withExamples(500).withShrinkCycles(20).forAll(orders())
                .checkAssert(o -> assertSameBytes(WireFormat.order(o), TreeWireFormat.order(o)));
    }

    @Test
    void marketDataShapesMatchTheTreeBytes() {
        DepthView depth = new DepthView("market_chat-fast", new long[] {250, 249}, new long[] {3, 40},
                new long[] {251}, new long[] {7}, T0);
        DepthView empty = new DepthView("market_chat-fast", new long[0], new long[0], new long[0], new long[0], T0);
        TickerView traded = new TickerView("market_chat-fast", 250, 4, T0, 249, 251, 1_000);
        TickerView quiet = new TickerView("market_chat-fast", -1, 0, -1, -1, -1, 0);
        List<MarketView> markets = List.of(new MarketView("market_chat-fast", "instrument_1", "chat-fast", 1, 1));
        List<InstrumentView> instruments = List.of(new InstrumentView("instrument_1", "chat-fast", "market_chat-fast",
                "fast chat models, \u00e9t\u00e9 \u2603 \u0001"));
        List<TradePrint> trades = List.of(new TradePrint(T0, "trade_1", 250, 2, Side.SELL));
        List<Candle> candles = List.of(new Candle(T0 - 123, 60_000, 250, 260, 240, 255, 17));

        assertSameBytes(WireFormat.depth(depth), TreeWireFormat.depth(depth));
        assertSameBytes(WireFormat.depth(empty), TreeWireFormat.depth(empty));
        assertSameBytes(WireFormat.ticker(traded), TreeWireFormat.ticker(traded));
        assertSameBytes(WireFormat.ticker(quiet), TreeWireFormat.ticker(quiet));
        assertSameBytes(WireFormat.markets(markets), TreeWireFormat.markets(markets));
        assertSameBytes(WireFormat.instruments(instruments), TreeWireFormat.instruments(instruments));
        assertSameBytes(WireFormat.instrument(instruments.get(0)), TreeWireFormat.instrument(instruments.get(0)));
        assertSameBytes(WireFormat.trades(trades), TreeWireFormat.trades(trades));
        assertSameBytes(WireFormat.candles(candles), TreeWireFormat.candles(candles));
        assertSameBytes(WireFormat.status("ok"), TreeWireFormat.status("ok"));
    }

    @Test
    void balancesMatchTheTreeBytes() {
        List<BalanceView> balances = List.of(
                new BalanceView("ca_1", "acct_a", "instrument_1", "chat-fast", 1_234_567, 500_000, T0),
                new BalanceView("ca_2", "acct_a", "instrument_2", "code-max", 0, 0, T0));

        assertSameBytes(WireFormat.consumptionAccounts(balances), TreeWireFormat.consumptionAccounts(balances));
    }

    private static Gen<OrderView> orders() {
        Gen<String> text = strings().allPossible().ofLengthBetween(0, 12);
        Gen<String> maybeText = booleans().all().zip(text, (absent, s) -> absent ? null : s);
        return text.zip(maybeText, maybeText, booleans().all(), longs().between(-5, 1_000_000),
                (id, clientId, reason, limit, price) -> new Object[] {id, clientId, reason, limit, price})
                .zip(longs().between(0, 1_000_000_000L), integers().between(0, 4), doubles().between(0, 1_000_000),
                        longs().between(0, 253_402_300_799_999L), (a, filled, status, average, at) ->
                                new OrderView((String) a[0], (String) a[1], "acct_a", "market_x",
                                        filled % 2 == 0 ? Side.BUY : Side.SELL,
                                        (Boolean) a[3] ? OrderType.LIMIT : OrderType.MARKET, (Long) a[4],
                                        filled + status, filled, average, OrderStatus.values()[status],
                                        (String) a[2], at, at + status));
    }

    private static ObjectNode data(JsonNode data) {
        ObjectNode envelope = ApiResponses.JSON.createObjectNode();
        envelope.set("data", data);
        return envelope;
    }

    private static ObjectNode page(JsonNode items, String nextCursor) {
        ObjectNode envelope = data(items);
        ObjectNode pagination = envelope.putObject("pagination");
        pagination.put("next_cursor", nextCursor);
        pagination.put("has_more", nextCursor != null);
        return envelope;
    }

    private static void assertSameBytes(JsonBody streamed, JsonNode tree) {
        byte[] expected;
        try {
            expected = ApiResponses.JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        byte[] actual = ApiResponses.write(streamed).getBytes();
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }
}
