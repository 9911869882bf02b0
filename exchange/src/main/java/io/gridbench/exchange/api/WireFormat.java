package io.gridbench.exchange.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gridbench.exchange.http.JsonBody;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.venue.BalanceView;
import io.gridbench.exchange.venue.DepthView;
import io.gridbench.exchange.venue.InstrumentView;
import io.gridbench.exchange.venue.MarketView;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.TickerView;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the Trading API, written from venue views: snake_case keys, prices as decimal strings with two
 * places ({@code "2.50"}), quantities as whole units, balances as JSON numbers in units, times as ISO-8601 UTC.
 * Each shape is a {@link JsonBody} that streams its fields to the response's generator; no tree is built.
 */
public final class WireFormat {
    private static final double TOKENS_PER_UNIT = Prices.TOKENS_PER_UNIT;

    private WireFormat() {
    }

    public static JsonBody order(OrderView o) {
        return json -> writeOrder(json, o);
    }

    public static JsonBody orders(List<OrderView> orders) {
        return json -> {
            json.writeStartArray();
            for (OrderView o : orders) {
                writeOrder(json, o);
            }
            json.writeEndArray();
        };
    }

    public static JsonBody consumptionAccounts(List<BalanceView> balances) {
        return json -> {
            json.writeStartArray();
            for (BalanceView b : balances) {
                json.writeStartObject();
                json.writeStringField("account_id", b.consumptionAccountId());
                json.writeStringField("trading_account_id", b.accountId());
                json.writeStringField("instrument_id", b.instrumentId());
                json.writeStringField("instrument_name", b.instrumentName());
                json.writeNumberField("available_balance", b.availableTokens() / TOKENS_PER_UNIT);
                json.writeNumberField("reserved_balance", b.reservedTokens() / TOKENS_PER_UNIT);
                json.writeNumberField("total_balance", b.totalTokens() / TOKENS_PER_UNIT);
                json.writeNumberField("available_tokens", b.availableTokens());
                json.writeNumberField("total_tokens", b.totalTokens());
                json.writeStringField("created_at", time(b.createdAtMillis()));
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    public static JsonBody instruments(List<InstrumentView> instruments) {
        return json -> {
            json.writeStartArray();
            for (InstrumentView i : instruments) {
                writeInstrument(json, i);
            }
            json.writeEndArray();
        };
    }

    public static JsonBody instrument(InstrumentView i) {
        return json -> writeInstrument(json, i);
    }

    public static JsonBody markets(List<MarketView> markets) {
        return json -> {
            json.writeStartArray();
            for (MarketView m : markets) {
                json.writeStartObject();
                json.writeStringField("market_id", m.marketId());
                json.writeStringField("instrument_id", m.instrumentId());
                json.writeStringField("instrument_name", m.instrumentName());
                json.writeStringField("quote_currency", "USD");
                json.writeStringField("tick_size", Prices.format(m.tickSizeTicks()));
                json.writeNumberField("min_quantity", m.minQuantity());
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    public static JsonBody ticker(TickerView t) {
        return json -> {
            boolean traded = t.lastPriceTicks() >= 0;
            json.writeStartObject();
            json.writeStringField("market_id", t.marketId());
            json.writeStringField("last_price", priceOrNull(t.lastPriceTicks()));
            json.writeFieldName("last_quantity");
            if (traded) {
                json.writeNumber(t.lastQuantity());
            } else {
                json.writeNull();
            }
            json.writeStringField("last_trade_at", traded ? time(t.lastTradeAtMillis()) : null);
            json.writeStringField("best_bid", priceOrNull(t.bestBidTicks()));
            json.writeStringField("best_ask", priceOrNull(t.bestAskTicks()));
            json.writeStringField("spread", priceOrNull(t.spreadTicks()));
            json.writeNumberField("volume_24h", t.volume24h());
            json.writeEndObject();
        };
    }

    public static JsonBody depth(DepthView d) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("market_id", d.marketId());
            json.writeFieldName("bids");
            levels(json, d.bidPrices(), d.bidQuantities());
            json.writeFieldName("asks");
            levels(json, d.askPrices(), d.askQuantities());
            json.writeStringField("timestamp", time(d.timestampMillis()));
            json.writeEndObject();
        };
    }

    public static JsonBody trades(List<TradePrint> trades) {
        return json -> {
            json.writeStartArray();
            for (TradePrint t : trades) {
                json.writeStartObject();
                json.writeStringField("trade_id", t.tradeId());
                json.writeStringField("price", Prices.format(t.priceTicks()));
                json.writeNumberField("quantity", t.quantity());
                json.writeStringField("side", t.aggressor().wire());
                json.writeStringField("timestamp", time(t.timestampMillis()));
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    public static JsonBody candles(List<Candle> candles) {
        return json -> {
            json.writeStartArray();
            for (Candle c : candles) {
                json.writeStartObject();
                json.writeStringField("open_time", time(c.openTimeMillis()));
                json.writeStringField("close_time", time(c.closeTimeMillis()));
                json.writeStringField("open", Prices.format(c.open()));
                json.writeStringField("high", Prices.format(c.high()));
                json.writeStringField("low", Prices.format(c.low()));
                json.writeStringField("close", Prices.format(c.close()));
                json.writeNumberField("volume", c.volume());
                json.writeEndObject();
            }
            json.writeEndArray();
        };
    }

    /** {@code {"status": status}}, as {@code GET /health} answers. */
    public static JsonBody status(String status) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("status", status);
            json.writeEndObject();
        };
    }

    private static void writeOrder(JsonGenerator json, OrderView o) throws IOException {
        json.writeStartObject();
        json.writeStringField("order_id", o.orderId());
        json.writeStringField("client_order_id", o.clientOrderId());
        json.writeStringField("market_id", o.marketId());
        json.writeStringField("side", o.side().wire());
        json.writeStringField("type", o.type().wire());
        json.writeStringField("time_in_force", "gtc");
        json.writeStringField("price", o.type() == OrderType.LIMIT ? Prices.format(o.priceTicks()) : null);
        json.writeNumberField("quantity", o.quantity());
        json.writeNumberField("filled_quantity", o.filledQuantity());
        json.writeNumberField("remaining_quantity", o.remainingQuantity());
        json.writeStringField("average_price", o.filledQuantity() == 0 ? null : averagePrice(o.averagePriceTicks()));
        json.writeStringField("status", o.status().wire());
        json.writeStringField("reject_reason", o.rejectReason());
        json.writeStringField("created_at", time(o.createdAtMillis()));
        json.writeStringField("updated_at", time(o.updatedAtMillis()));
        json.writeEndObject();
    }

    private static void writeInstrument(JsonGenerator json, InstrumentView i) throws IOException {
        json.writeStartObject();
        json.writeStringField("instrument_id", i.instrumentId());
        json.writeStringField("name", i.name());
        json.writeStringField("market_id", i.marketId());
        json.writeStringField("description", i.description());
        json.writeEndObject();
    }

    private static void levels(JsonGenerator json, long[] prices, long[] quantities) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < prices.length; i++) {
            json.writeStartObject();
            json.writeStringField("price", Prices.format(prices[i]));
            json.writeNumberField("quantity", quantities[i]);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String priceOrNull(long ticks) {
        return ticks < 0 ? null : Prices.format(ticks);
    }

    /** A volume-weighted price in dollars: at least two decimals, at most four ({@code 245.5 ticks -> "2.455"}). */
    static String averagePrice(double ticks) {
        BigDecimal dollars = BigDecimal.valueOf(ticks).movePointLeft(2).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (dollars.scale() < 2 ? dollars.setScale(2, RoundingMode.UNNECESSARY) : dollars).toPlainString();
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
