package io.gridbench.exchange.book;

import java.util.ArrayList;
import java.util.List;

/** Records book callbacks as comparable events, so tests and the equivalence property can compare them. */
final class RecordingListener implements MatchListener {

    record Event(String kind, long taker, long takerOwner, long maker, long makerOwner, long price, long quantity,
                 long makerRemaining) {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner, long priceTicks,
                        long quantity, long makerRemaining) {
        events.add(new Event("trade", takerOrderId, takerOwner, makerOrderId, makerOwner, priceTicks, quantity,
                makerRemaining));
    }

    @Override
    public void onSelfTradeCancel(long takerOrderId, long makerOrderId, long makerOwner, long priceTicks,
                                  long canceledQuantity) {
        events.add(new Event("stp", takerOrderId, makerOwner, makerOrderId, makerOwner, priceTicks,
                canceledQuantity, 0));
    }

    static Event trade(long taker, long takerOwner, long maker, long makerOwner, long price, long qty, long left) {
        return new Event("trade", taker, takerOwner, maker, makerOwner, price, qty, left);
    }
}
