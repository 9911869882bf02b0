package io.gridbench.backtest.history;

import io.gridbench.exchange.agents.AgentSettings;
import io.gridbench.exchange.agents.OrderFlowSettings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What one synthetic-history run is: the seed, the simulated days from a start date (00:00 UTC), the instruments
 * and the agent settings. Everything that determines the output bytes is here.
 */
public record GeneratorRun(long seed, int days, LocalDate start, List<String> instruments, AgentSettings settings) {
    public static final int DEFAULT_DAYS = 90;
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 8, 1);
    public static final List<String> DEFAULT_INSTRUMENTS = List.of("chat-fast", "text-prime");
    public static final long DEFAULT_SEED = 20260801L;

    public GeneratorRun {
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be 1..3660, got " + days);
        }
        if (start == null) {
            throw new IllegalArgumentException("start date is required");
        }
        if (instruments == null || instruments.isEmpty()) {
            throw new IllegalArgumentException("at least one instrument is required");
        }
        instruments = List.copyOf(instruments);
        if (settings == null) {
            throw new IllegalArgumentException("agent settings are required");
        }
    }

    /**
     * The agent defaults with a sparser order flow of larger orders: the same market character as the live
     * exchange, but about a third as many prints, which keeps 90 days of two instruments to a few MB of gzip.
     */
    public static AgentSettings defaultSettings() {
        AgentSettings live = AgentSettings.defaults();
        OrderFlowSettings f = live.flow();
        return live.withFlow(new OrderFlowSettings(0.7, f.intradayIntensityAmplitude(), f.peakHourUtc(),
                f.buyShare(), f.marketShare(), f.marketableLimitShare(), 15, f.unitsSigma(), 400,
                f.passiveLifetimeMinutes()));
    }

    public long startMillis() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public long endMillis() {
        return startMillis() + days * 86_400_000L;
    }
}
