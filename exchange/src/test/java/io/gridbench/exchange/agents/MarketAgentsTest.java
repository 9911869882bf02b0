package io.gridbench.exchange.agents;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.PlaceOrder;
import io.gridbench.exchange.venue.TickerView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.gridbench.exchange.agents.AgentMarket.CHAT_FAST;
import static io.gridbench.exchange.agents.AgentMarket.START;
import static io.gridbench.exchange.agents.AgentMarket.TEXT_PRIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketAgentsTest {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    @Test
    void theSameSeedPrintsTheSameTrades() {
        AgentMarket a = new AgentMarket(42);
        AgentMarket b = new AgentMarket(42);
        a.runUntil(START + 3 * HOUR);
        b.runUntil(START + 3 * HOUR);

        assertThat(a.trades(CHAT_FAST)).isNotEmpty().isEqualTo(b.trades(CHAT_FAST));
        assertThat(a.trades(TEXT_PRIME)).isNotEmpty().isEqualTo(b.trades(TEXT_PRIME));
    }

    @Test
    void anotherSeedPrintsOtherTrades() {
        AgentMarket a = new AgentMarket(42);
        AgentMarket b = new AgentMarket(43);
        a.runUntil(START + HOUR);
        b.runUntil(START + HOUR);

        assertThat(a.trades(CHAT_FAST)).isNotEqualTo(b.trades(CHAT_FAST));
    }

    @Test
    void theOrderFlowDoesNotDependOnHowOftenTheClockIsPolled() {
        AgentMarket perEvent = new AgentMarket(5);
        AgentMarket polled = new AgentMarket(5);
        perEvent.runUntil(START + HOUR);
        polled.tickUntil(START + HOUR, 100);

        assertThat(pricesAndSizes(polled.trades(CHAT_FAST))).isEqualTo(pricesAndSizes(perEvent.trades(CHAT_FAST)));
    }

    @Test
    void theBookStaysTwoSidedAndNearTheReferenceOverADay() {
        AgentMarket market = new AgentMarket(11);
        for (long t = START + MINUTE; t <= START + DAY; t += MINUTE) {
            market.runUntil(t);
            TickerView ticker = market.venue.ticker(CHAT_FAST.marketId());
            assertThat(ticker.bestBidTicks()).as("best bid at %d", t).isPositive();
            assertThat(ticker.spreadTicks()).as("spread at %d", t).isPositive().isLessThanOrEqualTo(30);
            assertThat(ticker.bestAskTicks()).as("best ask at %d", t).isBetween(120L, 480L);
        }
    }

    @Test
    void tradesPrintThroughoutADayOnEveryInstrument() {
        AgentMarket market = new AgentMarket(3);
        market.runUntil(START + DAY);

        for (var instrument : List.of(CHAT_FAST, TEXT_PRIME)) {
            List<TradePrint> trades = market.trades(instrument);
            assertThat(trades).hasSizeGreaterThan(1_000);
            assertThat(trades).extracting(TradePrint::aggressor).contains(Side.BUY, Side.SELL);
            long hoursWithTrades = trades.stream().mapToLong(t -> (t.timestampMillis() - START) / HOUR).distinct()
                    .count();
            assertThat(hoursWithTrades).isEqualTo(24);
        }
    }

    @Test
    void pricesStayBoundedAroundTheReferenceOverAWeek() {
        AgentMarket market = new AgentMarket(99);
        market.runUntil(START + 7 * DAY);

        double reference = 240;
        assertThat(market.trades(CHAT_FAST)).allSatisfy(t ->
                assertThat((double) t.priceTicks()).isBetween(reference / 2, reference * 2));
        assertThat(market.agents.referenceTicks("chat-fast")).isBetween(reference * 0.6, reference * 1.6);
    }

    @Test
    void aLimitBuyTenCentsOverTheReferenceFillsWithinSeconds() {
        AgentMarket market = new AgentMarket(8);
        market.runUntil(START + 5 * HOUR);
        market.venue.openAccount("acct_user", 100_000, false);
        long price = Math.round(market.agents.referenceTicks("chat-fast")) + 10;

        OrderView placed = market.venue.placeOrder(new PlaceOrder("acct_user", CHAT_FAST.marketId(), Side.BUY,
                OrderType.LIMIT, price, 10, "batch-1", market.now[0]));
        market.runUntil(market.now[0] + 5_000);

        assertThat(market.venue.order("acct_user", placed.orderId()).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aLimitBuyAtTwoFiftyOnChatFastFillsWithinSeconds() {
        // A seed whose reference is near 2.40 at 15:00 (the daily cycle peaks there, up to +3 %).
        AgentMarket market = new AgentMarket(22);
        market.runUntil(START + 15 * HOUR);
        market.venue.openAccount("acct_user", 100_000, false);

        OrderView placed = market.venue.placeOrder(new PlaceOrder("acct_user", CHAT_FAST.marketId(), Side.BUY,
                OrderType.LIMIT, Prices.parseTicks("2.50"), 10, null, market.now[0]));
        market.runUntil(market.now[0] + 5_000);

        assertThat(market.venue.order("acct_user", placed.orderId()).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void takenLiquidityIsReplenishedWithinARequoteInterval() {
        AgentMarket market = new AgentMarket(4);
        market.runUntil(START + HOUR);
        market.venue.openAccount("acct_whale", 100_000_000, false);
        long askDepthBefore = sum(market.venue.depth(CHAT_FAST.marketId()).askQuantities());

        market.venue.placeOrder(new PlaceOrder("acct_whale", CHAT_FAST.marketId(), Side.BUY, OrderType.MARKET, 0,
                askDepthBefore, null, market.now[0]));
        market.runUntil(market.now[0] + 2 * AgentSettings.defaults().ladder().requoteIntervalMillis());

        assertThat(market.venue.depth(CHAT_FAST.marketId()).askQuantities()).hasSizeGreaterThanOrEqualTo(
                AgentSettings.defaults().ladder().levels());
    }

    @Test
    void noAgentOrderIsRejectedOverADay() {
        AgentMarket market = new AgentMarket(17);
        market.runUntil(START + DAY);

        assertThat(market.agents.rejectedOrders()).isZero();
    }

    @Test
    void anOrderThatNeverTradesLeavesTheTradesAndTheirIdsUnchanged() {
        AgentMarket without = new AgentMarket(6);
        AgentMarket with = new AgentMarket(6);
        with.venue.openAccount("acct_user", 100_000, false);
        with.venue.placeOrder(new PlaceOrder("acct_user", CHAT_FAST.marketId(), Side.BUY, OrderType.LIMIT, 1, 50,
                null, START));
        without.runUntil(START + 6 * HOUR);
        with.runUntil(START + 6 * HOUR);

        assertThat(with.trades(CHAT_FAST)).isNotEmpty().isEqualTo(without.trades(CHAT_FAST));
    }

    @Test
    void aTradingParticipantChangesTheBookButNotTheAgentsRandomness() {
        AgentMarket without = new AgentMarket(6);
        AgentMarket with = new AgentMarket(6);
        with.venue.openAccount("acct_whale", 100_000_000, false);
        without.runUntil(START + HOUR);
        with.runUntil(START + HOUR);
        with.venue.placeOrder(new PlaceOrder("acct_whale", CHAT_FAST.marketId(), Side.BUY, OrderType.MARKET, 0, 200,
                null, with.now[0]));
        without.runUntil(START + 6 * HOUR);
        with.runUntil(START + 6 * HOUR);

        assertThat(with.agents.referenceTicks("chat-fast")).isEqualTo(without.agents.referenceTicks("chat-fast"));
        // Trade ids are venue-wide, so only the other market's prices, sizes and sides are comparable.
        assertThat(pricesAndSizes(with.trades(TEXT_PRIME))).isEqualTo(pricesAndSizes(without.trades(TEXT_PRIME)));
        assertThat(with.trades(CHAT_FAST)).isNotEqualTo(without.trades(CHAT_FAST));
    }

    @Test
    void disabledAgentsOpenNoAccountAndPlaceNoOrder() {
        AgentMarket market = new AgentMarket(AgentSettings.defaults().disabled(), 1);
        market.tickUntil(START + MINUTE, 100);

        assertThat(market.agents.nextEventAtMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(market.venue.depth(CHAT_FAST.marketId()).askPrices()).isEmpty();
        assertThat(market.trades(CHAT_FAST)).isEmpty();
    }

    @Test
    void installingTwiceIsRefused() {
        AgentMarket market = new AgentMarket(1);

        assertThatThrownBy(() -> market.agents.install(market.venue)).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> pricesAndSizes(List<TradePrint> trades) {
        return trades.stream().map(t -> t.priceTicks() + "x" + t.quantity() + t.aggressor()).toList();
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
