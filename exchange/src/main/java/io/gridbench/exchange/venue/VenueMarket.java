package io.gridbench.exchange.venue;

import io.gridbench.exchange.account.Account;
import io.gridbench.exchange.account.Ledger;
import io.gridbench.exchange.account.TokenBalance;
import io.gridbench.exchange.book.ArrayOrderBook;
import io.gridbench.exchange.market.IdGenerator;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.MarketHistory;
import io.gridbench.exchange.matching.MarketMatcher;
import io.gridbench.exchange.matching.Order;
import io.gridbench.exchange.matching.Trade;
import io.gridbench.exchange.matching.TradeListener;

import java.util.function.Consumer;

/**
 * One listed market inside {@link SimulatedVenue}: its instrument, matcher (over the fast book) and history, and the
 * settlement of its trades against the ledger. Owned by the venue's core thread.
 */
final class VenueMarket implements TradeListener {
    private final Instrument instrument;
    private final int index;
    private final Ledger ledger;
    private final IdGenerator ids;
    private final MarketMatcher matcher;
    private final MarketHistory history;
    private Consumer<Trade> observer;

    VenueMarket(Instrument instrument, int index, Ledger ledger, IdGenerator ids, MarketHistory history) {
        this.instrument = instrument;
        this.history = history;
        this.index = index;
        this.ledger = ledger;
        this.ids = ids;
        this.matcher = new MarketMatcher(instrument.marketId(), new ArrayOrderBook(), ids);
    }

    /**
     * Settles one fill: tokens from the seller's reservation to the buyer, cash from the buyer to the seller at the
     * trade price. A limit buy pays out of its reservation (made at its limit) and gets the difference back.
     */
    @Override
    public void onTrade(Trade trade, Order buy, Order sell) {
        Account buyer = ledger.find(buy.accountId());
        Account seller = ledger.find(sell.accountId());
        long cost = trade.priceTicks() * trade.quantity();
        long tokens = trade.quantity() * Prices.TOKENS_PER_UNIT;
        if (buy.type() == OrderType.LIMIT) {
            buyer.payReserved(cost);
            buyer.releaseCash((buy.priceTicks() - trade.priceTicks()) * trade.quantity());
        } else {
            buyer.pay(cost);
        }
        seller.receive(cost);
        balance(seller, trade.timestampMillis()).debitReserved(tokens);
        balance(buyer, trade.timestampMillis()).credit(tokens);
        history.record(trade.print());
        if (observer != null) {
            observer.accept(trade);
        }
    }

    /** Sets the one observer told of every trade after it settled, or removes it with null. */
    void observeTrades(Consumer<Trade> tradeObserver) {
        this.observer = tradeObserver;
    }

    @Override
    public void onSelfTradeCancel(Order resting, long canceledQuantity) {
        release(resting, canceledQuantity);
    }

    /** Gives back what an order still holds for {@code units} unfilled units (cash for a limit buy, else tokens). */
    void release(Order order, long units) {
        Account account = ledger.find(order.accountId());
        if (order.side() == Side.BUY) {
            if (order.type() == OrderType.LIMIT) {
                account.releaseCash(order.priceTicks() * units);
            }
        } else {
            balance(account, order.updatedAtMillis()).release(units * Prices.TOKENS_PER_UNIT);
        }
    }

    /** The account's balance in this market's instrument, or null if it has none yet. */
    TokenBalance existingBalance(Account account) {
        return account.balance(index);
    }

    /** The account's balance in this market's instrument, opened on first use. */
    TokenBalance balance(Account account, long nowMillis) {
        TokenBalance balance = account.balance(index);
        return balance != null ? balance : account.openBalance(index, ids.next("consumption"), nowMillis);
    }

    MarketView view() {
        return new MarketView(instrument.marketId(), instrument.instrumentId(), instrument.name(), 1, 1);
    }

    Instrument instrument() {
        return instrument;
    }

    int index() {
        return index;
    }

    MarketMatcher matcher() {
        return matcher;
    }

    MarketHistory history() {
        return history;
    }
}
