package io.gridbench.cli;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.ExchangeConfigException;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./gridbench exchange}: runs the simulated Grid on 127.0.0.1 until Ctrl-C, optionally writing the
 * credentials of a demo account and of N funded accounts for clients and load tests. Exit codes: 2 bad input, 1 the
 * exchange could not start (e.g. its port is in use).
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Run the simulated Grid (Trading API, Consumption API, market agents) on 127.0.0.1 until Ctrl-C.")
public final class ExchangeCommand implements Callable<Integer> {
    private static final String DEMO_INSTRUMENT = "chat-fast";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, description = "TCP port on 127.0.0.1 (0 picks a free one).")
    int port;

    @Option(names = "--seed", defaultValue = "1", description = "Seeds account keys, venue ids and the market agents' order flow (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-agents", description = "Run without market agents (no liquidity but your own).")
    boolean noAgents;

    @Option(names = "--fast", description = "Serve inference with no artificial time to first token or token pacing (load tests of the server itself).")
    boolean fast;

    @Option(names = "--supplier-redirect", description = "Answer inference calls with a 307 to a supplier path, as the live service may.")
    boolean supplierRedirect;

    @Option(names = "--config", paramLabel = "FILE", description = "Exchange YAML (default: built-in, see config/exchange.yaml).")
    Path config;

    @Option(names = "--credentials-out", paramLabel = "FILE",
            description = "Write a bash-sourceable KEY='value' file for a demo account with cash and no units yet.")
    Path credentialsOut;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "0",
            description = "Open N funded accounts (cash plus units of every instrument); needs --accounts-out.")
    int accounts;

    @Option(names = "--accounts-out", paramLabel = "FILE", description = "CSV (header row) of the --accounts N credentials.")
    Path accountsOut;

    @Option(names = "--account-cash", paramLabel = "USD",
            description = "Cash of each --accounts account (default: accounts.funded_cash_usd of the config).")
    BigDecimal accountCash;

    @Option(names = "--account-units", paramLabel = "UNITS",
            description = "Units of every instrument per --accounts account (default: accounts.funded_units_per_instrument).")
    Long accountUnits;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ExchangeServer server;
        try {
            server = start();
        } catch (ExchangeConfigException e) {
            spec.commandLine().getErr().println("gridbench exchange: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            if (!portInUse(e)) {
                throw e;
            }
            spec.commandLine().getErr().println("gridbench exchange: " + portInUseMessage(port));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "exchange-shutdown"));
        stopped.await();
        return 0;
    }

    /** Validates the options, starts the exchange, opens the accounts and writes their files; the caller stops it. */
    ExchangeServer start() throws IOException {
        validate();
        ExchangeConfig exchangeConfig = config == null ? ExchangeConfig.defaults() : ExchangeConfig.load(config);
        SimulatedGrid grid = SimulatedGrid.builder(exchangeConfig)
                .seed(seed)
                .agents(!noAgents)
                .supplierRedirect(supplierRedirect);
        if (fast) {
            grid.fastInference(true);
        }
        ExchangeServer server = grid.start(port);
        try {
            report(server, exchangeConfig);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void validate() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        if (accounts < 0) {
            throw new ParameterException(spec.commandLine(), "--accounts must not be negative, got " + accounts);
        }
        if (accounts > 0 && accountsOut == null) {
            throw new ParameterException(spec.commandLine(), "--accounts " + accounts + " needs --accounts-out FILE");
        }
        if (accountsOut != null && accounts == 0) {
            throw new ParameterException(spec.commandLine(), "--accounts-out needs --accounts N (N > 0)");
        }
        if (accountCash != null && accountCash.signum() < 0) {
            throw new ParameterException(spec.commandLine(), "--account-cash must not be negative");
        }
        if (accountUnits != null && accountUnits < 0) {
            throw new ParameterException(spec.commandLine(), "--account-units must not be negative");
        }
    }

    private void report(ExchangeServer server, ExchangeConfig exchangeConfig) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String marketId = demoMarket(exchangeConfig);
        out.println("gridbench exchange listening on " + server.baseUrl()
                + " (Trading API under /api/v1/trading and /v1/trading, health at /health)");
        out.println("Consumption API: OpenAI shape at " + server.baseUrl() + "/api/v1/chat/completions and /v1/chat/completions,"
                + " Anthropic shape at " + server.baseUrl() + "/v1/messages" + (fast ? " (fast: no artificial latency)" : ""));
        out.println(noAgents ? "market agents off: the books hold only the orders clients place"
                : "market agents on: suppliers and background traders keep every book two-sided");
        if (credentialsOut != null) {
            Credentials demo = server.provisioner().openDemo();
            CredentialsFiles.writeEnv(credentialsOut, demo, server.baseUrl(), marketId);
            out.println("demo account " + demo.accountId() + " credentials written to " + credentialsOut);
        }
        if (accounts > 0) {
            long cents = accountCash == null ? exchangeConfig.accounts().fundedCashCents() : Prices.toTicks(accountCash);
            long units = accountUnits == null ? exchangeConfig.accounts().fundedUnitsPerInstrument() : accountUnits;
            List<Credentials> opened = new ArrayList<>(accounts);
            for (int i = 0; i < accounts; i++) {
                opened.add(server.provisioner().open(cents, units));
            }
            CredentialsFiles.writeCsv(accountsOut, opened, server.baseUrl(), marketId);
            out.println(accounts + " funded accounts written to " + accountsOut);
        }
        out.println("press Ctrl-C to stop");
        out.flush();
    }

    /** Whether starting a server failed because its port is taken (Vert.x wraps the BindException). */
    static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    static String portInUseMessage(int port) {
        return "port " + port + " on 127.0.0.1 is already in use";
    }

    private static String demoMarket(ExchangeConfig exchangeConfig) {
        for (InstrumentSettings i : exchangeConfig.instruments()) {
            if (i.name().equals(DEMO_INSTRUMENT)) {
                return i.marketId();
            }
        }
        return exchangeConfig.instruments().get(0).marketId();
    }
}
