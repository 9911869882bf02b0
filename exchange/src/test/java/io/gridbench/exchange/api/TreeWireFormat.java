package io.gridbench.exchange.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.http.ApiResponses;
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

import java.util.List;

/**
 * The Trading API's JSON shapes as Jackson trees, the way the server built them before it wrote them with a
 * streaming generator: the specification {@link WireFormatTest} holds {@link WireFormat} to, byte for byte.
 */
final class TreeWireFormat {
    private static final double TOKENS_PER_UNIT = Prices.TOKENS_PER_UNIT;

    private TreeWireFormat() {
    }

    static ObjectNode order(OrderView o) {
        ObjectNode n = ApiResponses.JSON.createObjectNode();
        n.put("order_id", o.orderId());
        n.put("client_order_id", o.clientOrderId());
        n.put("market_id", o.marketId());
        n.put("side", o.side().wire());
        n.put("type", o.type().wire());
        n.put("time_in_force", "gtc");
        n.put("price", o.type() == OrderType.LIMIT ? Prices.format(o.priceTicks()) : null);
        n.put("quantity", o.quantity());
        n.put("filled_quantity", o.filledQuantity());
        n.put("remaining_quantity", o.remainingQuantity());
        n.put("average_price", o.filledQuantity() == 0 ? null : WireFormat.averagePrice(o.averagePriceTicks()));
        n.put("status", o.status().wire());
        n.put("reject_reason", o.rejectReason());
        n.put("created_at", WireFormat.time(o.createdAtMillis()));
        n.put("updated_at", WireFormat.time(o.updatedAtMillis()));
        return n;
    }

    static ArrayNode orders(List<OrderView> orders) {
        ArrayNode a = ApiResponses.JSON.createArrayNode();
        for (OrderView o : orders) {
            a.add(order(o));
        }
        return a;
    }

    static ArrayNode consumptionAccounts(List<BalanceView> balances) {
        ArrayNode a = ApiResponses.JSON.createArrayNode();
        for (BalanceView b : balances) {
            ObjectNode n = a.addObject();
            n.put("account_id", b.consumptionAccountId());
            n.put("trading_account_id", b.accountId());
            n.put("instrument_id", b.instrumentId());
            n.put("instrument_name", b.instrumentName());
            n.put("available_balance", b.availableTokens() / TOKENS_PER_UNIT);
            n.put("reserved_balance", b.reservedTokens() / TOKENS_PER_UNIT);
            n.put("total_balance", b.totalTokens() / TOKENS_PER_UNIT);
            n.put("available_tokens", b.availableTokens());
            n.put("total_tokens", b.totalTokens());
            n.put("created_at", WireFormat.time(b.createdAtMillis()));
        }
        return a;
    }

    static ArrayNode instruments(List<InstrumentView> instruments) {
        ArrayNode a = ApiResponses.JSON.createArrayNode();
        for (InstrumentView i : instruments) {
            a.add(instrument(i));
        }
        return a;
    }

    static ObjectNode instrument(InstrumentView i) {
        ObjectNode n = ApiResponses.JSON.createObjectNode();
        n.put("instrument_id", i.instrumentId());
        n.put("name", i.name());
        n.put("market_id", i.marketId());
        n.put("description", i.description());
        return n;
    }

    static ArrayNode markets(List<MarketView> markets) {
        ArrayNode a = ApiResponses.JSON.createArrayNode();
        for (MarketView m : markets) {
            ObjectNode n = a.addObject();
            n.put("market_id", m.marketId());
            n.put("instrument_id", m.instrumentId());
            n.put("instrument_name", m.instrumentName());
            n.put("quote_currency", "USD");
            n.put("tick_size", Prices.format(m.tickSizeTicks()));
            n.put("min_quantity", m.minQuantity());
        }
        return a;
    }

    static ObjectNode ticker(TickerView t) {
        ObjectNode n = ApiResponses.JSON.createObjectNode();
        n.put("market_id", t.marketId());
        n.put("last_price", priceOrNull(t.lastPriceTicks()));
        n.put("last_quantity", t.lastPriceTicks() < 0 ? null : t.lastQuantity());
        n.put("last_trade_at", t.lastPriceTicks() < 0 ? null : WireFormat.time(t.lastTradeAtMillis()));
        n.put("best_bid", priceOrNull(t.bestBidTicks()));
        n.put("best_ask", priceOrNull(t.bestAskTicks()));
        n.put("spread", priceOrNull(t.spreadTicks()));
        n.put("volume_24h", t.volume24h());
        return n;
    }

    static ObjectNode depth(DepthView d) {
        ObjectNode n = ApiResponses.JSON.createObjectNode();
        n.put("market_id", d.marketId());
        levels(n.putArray("bids"), d.bidPrices(), d.bidQuantities());
        levels(n.putArray("asks"), d.askPrices(), d.askQuantities());
        n.put("timestamp", WireFormat.time(d.timestampMillis()));
        return n;
    }

    static ArrayNode trades(List<TradePrint> trades) {
        ArrayNode a = ApiResponses.JSON.createArrayNode();
        for (TradePrint t : trades) {
            ObjectNode n = a.addObject();
            n.put("trade_id", t.tradeId());
            n.put("price", Prices.format(t.priceTicks()));
            n.put("quantity", t.quantity());
            n.put("side", t.aggressor().wire());
            n.put("timestamp", WireFormat.time(t.timestampMillis()));
        }
        return a;
    }

    static ArrayNode candles(List<Candle> candles) {
        ArrayNode a = ApiResponses.JSON.createArrayNode();
        for (Candle c : candles) {
            ObjectNode n = a.addObject();
            n.put("open_time", WireFormat.time(c.openTimeMillis()));
            n.put("close_time", WireFormat.time(c.closeTimeMillis()));
            n.put("open", Prices.format(c.open()));
            n.put("high", Prices.format(c.high()));
            n.put("low", Prices.format(c.low()));
            n.put("close", Prices.format(c.close()));
            n.put("volume", c.volume());
        }
        return a;
    }

    /** {@code {"status": status}}, as {@code GET /health} answers. */
    static ObjectNode status(String status) {
        ObjectNode n = ApiResponses.JSON.createObjectNode();
        n.put("status", status);
        return n;
    }

    private static void levels(ArrayNode into, long[] prices, long[] quantities) {
        for (int i = 0; i < prices.length; i++) {
            ObjectNode level = into.addObject();
            level.put("price", Prices.format(prices[i]));
            level.put("quantity", quantities[i]);
        }
    }

    private static String priceOrNull(long ticks) {
        return ticks < 0 ? null : Prices.format(ticks);
    }
}
