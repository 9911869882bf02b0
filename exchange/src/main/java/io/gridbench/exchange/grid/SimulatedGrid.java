package io.gridbench.exchange.grid;

import io.gridbench.exchange.agents.AgentSettings;
import io.gridbench.exchange.agents.MarketAgents;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.inference.ConsumptionApi;
import io.gridbench.exchange.inference.InferenceSettings;
import io.gridbench.exchange.server.ExchangeContext;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.server.SimulatedVenues;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole simulated Grid in one call: the Trading API, the Consumption API (OpenAI and Anthropic shapes) and the
 * market agents, on one 127.0.0.1 port. The {@code exchange} and {@code demo} commands, the Gatling simulations'
 * simulated target and end-to-end tests all start it here, so they run the same exchange.
 *
 * <pre>{@code
 * try (ExchangeServer grid = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(7).fastInference(true).start(0)) {
 *     Credentials demo = grid.provisioner().openDemo();
 * }
 * }</pre>
 */
public final class SimulatedGrid {
    /** How often the agents' order flow is advanced to the wall clock. */
    public static final Duration AGENT_TICK = Duration.ofMillis(100);

    private final ExchangeConfig config;
    private long seed = 1;
    private boolean agents = true;
    private Boolean fastInference;
    private boolean supplierRedirect;
    private Clock clock = Clock.systemUTC();

    private SimulatedGrid(ExchangeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public static SimulatedGrid builder(ExchangeConfig config) {
        return new SimulatedGrid(config);
    }

    /** Seeds account keys, venue ids and the agents' order flow. */
    public SimulatedGrid seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** With agents off the books start empty and hold only what clients place. */
    public SimulatedGrid agents(boolean enabled) {
        this.agents = enabled;
        return this;
    }

    /** Overrides the config's {@code inference.fast}: no artificial time to first token or token pacing. */
    public SimulatedGrid fastInference(boolean fast) {
        this.fastInference = fast;
        return this;
    }

    /** Answers inference calls with a 307 to a supplier path, as the live service may. */
    public SimulatedGrid supplierRedirect(boolean enabled) {
        this.supplierRedirect = enabled;
        return this;
    }

    public SimulatedGrid clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Starts everything on 127.0.0.1 ({@code port} 0 picks a free one) and returns once it listens. */
    public ExchangeServer start(int port) {
        InferenceSettings inference = InferenceSettings.from(config);
        if (fastInference != null) {
            inference = inference.withFast(fastInference);
        }
        if (supplierRedirect) {
            inference = inference.withSupplierRedirect(true);
        }
        ExchangeServer.Builder builder = ExchangeServer.builder(config, SimulatedVenues.factory(seed, clock))
                .seed(seed)
                .clock(clock)
                .mount(consumptionApi(inference));
        if (agents) {
            MarketAgents marketAgents = new MarketAgents(SimulatedVenues.instruments(config),
                    AgentSettings.defaults().withReferencePrices(referencePrices(config)), seed);
            // Installed before the server listens, so the first client already sees a two-sided book.
            builder.mount(ctx -> ctx.core().submit(venue -> {
                marketAgents.install(venue);
                return null;
            }).join());
            builder.periodic(AGENT_TICK, venue -> marketAgents.onTick(venue, clock.millis()));
        }
        return builder.start(port);
    }

    /**
     * A mount hook for {@code ExchangeServer.builder(...).mount(...)}: the Consumption API over the server's core,
     * resolving consumption keys through its {@code AccountDirectory}.
     */
    public static Consumer<ExchangeContext> consumptionApi(InferenceSettings settings) {
        return ctx -> new ConsumptionApi(ctx.core(),
                key -> Optional.ofNullable(ctx.accounts().accountForApiKey(key)), settings).mount(ctx.router());
    }

    private static Map<String, Double> referencePrices(ExchangeConfig config) {
        Map<String, Double> prices = new LinkedHashMap<>();
        for (InstrumentSettings instrument : config.instruments()) {
            prices.put(instrument.name(), instrument.referencePrice().doubleValue());
        }
        return prices;
    }
}
