package io.gridbench.simulations.targets;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated Grid in the simulation's own JVM: the exchange server on a free 127.0.0.1 port with the Consumption
 * API in its {@code fast} profile unless {@code -Dgridbench.fastInference=false} (no artificial latency, so the run
 * measures gridbench itself) behind the 307
 * supplier redirect, the market agents trading every book, a fixed ladder of resting liquidity so the seeds' limit
 * buys fill whatever the agents' prices do, and the accounts a simulation
 * asked for, written to a credentials CSV exactly as {@code ./gridbench exchange --accounts-out} writes it. Nothing
 * to start by hand. Started and stopped on Gatling's lifecycle thread.
 */
public final class SimulatedTarget implements Target {
    private final AccountNeeds needs;
    private final long seed;
    private final boolean fastInference;
    private ExchangeServer server;
    private Path folder;
    private Path tradersCsv;

    /**
     * @param fastInference true: no artificial latency (the run measures gridbench itself); false: the instruments'
     *                      published latency profiles, as a client of the live service would see them
     */
    public SimulatedTarget(AccountNeeds needs, long seed, boolean fastInference) {
        this.needs = needs;
        this.seed = seed;
        this.fastInference = fastInference;
    }

    @Override
    public void start() {
        ExchangeConfig config = ExchangeConfig.defaults();
        server = SimulatedGrid.builder(config).seed(seed).fastInference(fastInference).supplierRedirect(true)
                .start(0);
        RestingLiquidity.provide(server, config);
        writeTraders(config);
    }

    private void writeTraders(ExchangeConfig config) {
        List<Credentials> accounts = new ArrayList<>(needs.traders());
        for (int i = 0; i < needs.traders(); i++) {
            accounts.add(needs.funded() ? server.provisioner().openFunded()
                    : server.provisioner().open(config.accounts().demoCashCents(), 0));
        }
        InstrumentSettings first = config.instruments().get(0);
        try {
            folder = Files.createTempDirectory("gridbench-simulated");
            tradersCsv = folder.resolve("accounts.csv");
            CredentialsFiles.writeCsv(tradersCsv, accounts, server.baseUrl(), first.marketId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulated traders' credentials", e);
        }
    }

    @Override
    public String tradingBaseUrl() {
        return server.baseUrl();
    }

    @Override
    public String consumptionBaseUrl() {
        return server.baseUrl() + "/api/v1";
    }

    @Override
    public Path tradersCsv() {
        return tradersCsv;
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (tradersCsv != null) {
            try {
                Files.deleteIfExists(tradersCsv);
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                System.err.println("gridbench: could not delete " + folder + ": " + e.getMessage());
            }
        }
    }
}
