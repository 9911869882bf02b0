package io.gridbench.simulations.targets;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.venue.PlaceOrder;

/**
 * A deep, fixed ladder of GTC orders around every instrument's reference price, placed once before a run by one
 * market-maker account, so that a simulation's limit buys at the seeds' maximum price and its market orders always
 * find a counterparty, however the market agents happen to move. Runs on the venue core through its queue.
 */
final class RestingLiquidity {
    static final int LEVELS = 10;
    static final long UNITS_PER_LEVEL = 10_000;
    private static final long MAKER_CASH_CENTS = 10_000_000_000L;
    private static final long MAKER_UNITS = LEVELS * UNITS_PER_LEVEL * 10;

    private RestingLiquidity() {
    }

    /** Asks from the reference price up, bids from one tick under it down, {@value #LEVELS} levels each. */
    static void provide(ExchangeServer server, ExchangeConfig config) {
        Credentials maker = server.provisioner().open(MAKER_CASH_CENTS, MAKER_UNITS);
        long now = System.currentTimeMillis();
        server.core().submit(venue -> {
            for (InstrumentSettings instrument : config.instruments()) {
                long reference = instrument.referencePriceTicks();
                for (int level = 0; level < LEVELS; level++) {
                    venue.placeOrder(new PlaceOrder(maker.accountId(), instrument.marketId(), Side.SELL,
                            OrderType.LIMIT, reference + level, UNITS_PER_LEVEL, null, now));
                    if (reference - 1 - level > 0) {
                        venue.placeOrder(new PlaceOrder(maker.accountId(), instrument.marketId(), Side.BUY,
                                OrderType.LIMIT, reference - 1 - level, UNITS_PER_LEVEL, null, now));
                    }
                }
            }
            return null;
        }).join();
    }
}
