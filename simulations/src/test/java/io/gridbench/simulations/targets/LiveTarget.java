package io.gridbench.simulations.targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Grid deployment, configured only by environment variables named as in the Grid's own reference clients:
 * {@code TRADING_BASE_URL}, {@code CONSUMPTION_BASE_URL}, and either {@code GRID_ACCOUNTS_CSV} (many traders) or one
 * trader's {@code GRID_TRADING_PRIVATE_KEY}, {@code GRID_TRADING_FINGERPRINT} (or {@code GRID_TRADING_PUBLIC_KEY})
 * and {@code GRID_CONSUMPTION_API_KEY}. Orders and completions sent here spend real money; nothing selects this
 * target unless {@code -Dgridbench.target=live} says so.
 */
public final class LiveTarget implements Target {
    public static final String TRADING_BASE_URL = "TRADING_BASE_URL";
    public static final String CONSUMPTION_BASE_URL = "CONSUMPTION_BASE_URL";
    public static final String ACCOUNTS_CSV = "GRID_ACCOUNTS_CSV";

    private final Map<String, String> environment;
    private String tradingBaseUrl;
    private String consumptionBaseUrl;
    private Path tradersCsv;

    public LiveTarget(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void start() {
        tradingBaseUrl = withoutTrailingSlash(required(TRADING_BASE_URL));
        consumptionBaseUrl = withoutTrailingSlash(required(CONSUMPTION_BASE_URL));
        String csv = environment.get(ACCOUNTS_CSV);
        tradersCsv = csv != null && !csv.isBlank() ? Path.of(csv) : singleTraderCsv();
        Traders.read(tradersCsv);
        System.out.println("gridbench: LIVE target " + tradingBaseUrl + " and " + consumptionBaseUrl
                + ": orders and completions spend real money");
    }

    private Path singleTraderCsv() {
        String privateKey = required(Traders.PRIVATE_KEY);
        String apiKey = required(Traders.API_KEY);
        String fingerprint = environment.getOrDefault(Traders.FINGERPRINT, "");
        String publicKey = environment.getOrDefault(Traders.PUBLIC_KEY, "");
        if (fingerprint.isBlank() && publicKey.isBlank()) {
            throw new IllegalArgumentException("live target: set " + Traders.FINGERPRINT + " or " + Traders.PUBLIC_KEY);
        }
        try {
            Path file = Files.createTempFile("gridbench-live-trader", ".csv");
            file.toFile().deleteOnExit();
            Files.writeString(file, String.join(",", Traders.PRIVATE_KEY, Traders.PUBLIC_KEY, Traders.FINGERPRINT,
                    Traders.API_KEY) + "\n" + String.join(",", privateKey, publicKey, fingerprint, apiKey) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the live trader's credentials to a temporary file", e);
        }
    }

    private String required(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("live target: environment variable " + variable + " is not set");
        }
        return value.trim();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String tradingBaseUrl() {
        return tradingBaseUrl;
    }

    @Override
    public String consumptionBaseUrl() {
        return consumptionBaseUrl;
    }

    @Override
    public Path tradersCsv() {
        return tradersCsv;
    }

    @Override
    public String name() {
        return "live";
    }

    @Override
    public void close() {
        // Nothing was started: a live exchange outlives the run.
    }
}
