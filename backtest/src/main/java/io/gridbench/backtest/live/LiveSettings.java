package io.gridbench.backtest.live;

/**
 * How a live run is set up. Immutable.
 *
 * @param marketId       the market traded ({@code market_...})
 * @param instrumentName its instrument ({@code chat-fast}), whose consumption balance the strategy watches
 * @param pollMillis     how often market data, orders and the balance are polled
 * @param durationMillis how long the run lasts; 0 runs until stopped
 * @param caps           hard limits checked before every order
 * @param paper          place nothing: orders rest in the run and fill against live prints
 * @param cancelOnExit   cancel the run's resting orders when it ends
 */
public record LiveSettings(String marketId, String instrumentName, long pollMillis, long durationMillis,
                           RunCaps caps, boolean paper, boolean cancelOnExit) {
    public LiveSettings {
        if (pollMillis <= 0 || durationMillis < 0) {
            throw new IllegalArgumentException("poll interval must be positive and duration not negative");
        }
    }
}
