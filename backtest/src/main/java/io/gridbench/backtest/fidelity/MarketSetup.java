package io.gridbench.backtest.fidelity;

import io.gridbench.exchange.agents.AgentSettings;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The agent market of a fidelity run: one instrument, a seed, the simulated span and the agents' settings. The
 * agents start {@code warmUpMillis} before the span so the book and the tape are alive when the strategy starts and
 * the first bar has a known price. Everything that decides the market's bytes is here.
 *
 * @param instrument   instrument name, e.g. {@code chat-fast}
 * @param seed         seeds the agents' random streams and the venue's ids
 * @param start        first simulated day, from 00:00 UTC
 * @param days         simulated days the strategy runs
 * @param warmUpMillis agent activity before the start that the strategy does not see
 */
public record MarketSetup(String instrument, long seed, LocalDate start, int days, long warmUpMillis,
                          AgentSettings settings) {
    /** One hour: enough prints for a first price and resting passive flow in the book. */
    public static final long DEFAULT_WARM_UP_MILLIS = 3_600_000L;
    /** Bars of the record: one minute, as in the shipped data. */
    public static final long BAR_MILLIS = 60_000L;

    public MarketSetup {
        if (instrument == null || instrument.isBlank()) {
            throw new IllegalArgumentException("instrument is required");
        }
        if (settings == null || !settings.referencePrices().containsKey(instrument)) {
            throw new IllegalArgumentException("unknown instrument '" + instrument + "'; known: "
                    + (settings == null ? "none" : String.join(", ", settings.referencePrices().keySet())));
        }
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be 1..3660, got " + days);
        }
        if (start == null) {
            throw new IllegalArgumentException("start date is required");
        }
        if (warmUpMillis < 0) {
            throw new IllegalArgumentException("warm-up must not be negative");
        }
    }

    public long startMillis() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public long endMillis() {
        return startMillis() + days * 86_400_000L;
    }
}
