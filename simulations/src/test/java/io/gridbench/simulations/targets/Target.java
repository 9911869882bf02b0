package io.gridbench.simulations.targets;

import java.nio.file.Path;

/**
 * The exchange a simulation drives. {@link #start()} runs in the simulation's {@code before()}, {@link #close()} in
 * its {@code after()}; in between the endpoints and the traders' credentials are fixed. Implementations are used
 * from Gatling's single lifecycle thread, except the getters, which are safe to read from any thread after start.
 */
public interface Target extends AutoCloseable {

    /** Makes the exchange reachable: starts it in-process, or checks the live configuration. */
    void start();

    /** Scheme, host and port of the Trading API, without a trailing slash: {@code http://127.0.0.1:41234}. */
    String tradingBaseUrl();

    /** The Consumption API base that {@code /chat/completions} is appended to, as the OpenAI SDKs take it. */
    String consumptionBaseUrl();

    /** The CSV of trader credentials (see {@link Traders}). */
    Path tradersCsv();

    /** {@code simulated} or {@code live}, for reports. */
    String name();

    @Override
    void close();
}
