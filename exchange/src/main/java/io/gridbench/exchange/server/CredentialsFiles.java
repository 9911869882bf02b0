package io.gridbench.exchange.server;

import io.gridbench.exchange.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes account credentials in the variable names the reference clients read, as a bash-sourceable
 * {@code KEY='value'} file (one account) or as a CSV with a header row (many accounts, for load-test feeders).
 * Columns: TRADING_BASE_URL, CONSUMPTION_BASE_URL, MESSAGES_BASE_URL, MARKET_ID, ACCOUNT_ID,
 * GRID_TRADING_PRIVATE_KEY, GRID_TRADING_PUBLIC_KEY, GRID_TRADING_FINGERPRINT, GRID_CONSUMPTION_API_KEY.
 */
public final class CredentialsFiles {
    /** The column names, in file order. */
    public static final List<String> COLUMNS = List.of("TRADING_BASE_URL", "CONSUMPTION_BASE_URL", "MESSAGES_BASE_URL",
            "MARKET_ID", "ACCOUNT_ID", "GRID_TRADING_PRIVATE_KEY", "GRID_TRADING_PUBLIC_KEY", "GRID_TRADING_FINGERPRINT",
            "GRID_CONSUMPTION_API_KEY");

    private CredentialsFiles() {
    }

    /**
     * The variables of one account on a server at {@code baseUrl} ({@code http://127.0.0.1:PORT}).
     *
     * @param marketId the market the reference clients trade ({@code MARKET_ID})
     */
    public static Map<String, String> variables(Credentials c, String baseUrl, String marketId) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("TRADING_BASE_URL", baseUrl);
        vars.put("CONSUMPTION_BASE_URL", baseUrl + "/api/v1");
        vars.put("MESSAGES_BASE_URL", baseUrl + "/v1");
        vars.put("MARKET_ID", marketId);
        vars.put("ACCOUNT_ID", c.accountId());
        vars.put("GRID_TRADING_PRIVATE_KEY", c.privateKeyBase64());
        vars.put("GRID_TRADING_PUBLIC_KEY", c.publicKeyBase64());
        vars.put("GRID_TRADING_FINGERPRINT", c.fingerprint());
        vars.put("GRID_CONSUMPTION_API_KEY", c.consumptionApiKey());
        return vars;
    }

    /** Writes {@code KEY='value'} lines that {@code source FILE} (or {@code set -a; . FILE}) reads back verbatim. */
    public static void writeEnv(Path file, Credentials c, String baseUrl, String marketId) throws IOException {
        StringBuilder out = new StringBuilder("# gridbench exchange credentials: source this file, then run a client\n");
        for (Map.Entry<String, String> e : variables(c, baseUrl, marketId).entrySet()) {
            out.append(e.getKey()).append('=').append(shellQuote(e.getValue())).append('\n');
        }
        write(file, out.toString());
    }

    /** Writes one CSV row per account under a header row of {@link #COLUMNS}. */
    public static void writeCsv(Path file, List<Credentials> accounts, String baseUrl, String marketId) throws IOException {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Credentials c : accounts) {
            List<String> cells = new ArrayList<>();
            for (String value : variables(c, baseUrl, marketId).values()) {
                cells.add(csvQuote(value));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        write(file, out.toString());
    }

    /** Single-quotes for POSIX shells: a quote inside becomes {@code '\''}, everything else is literal. */
    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private static String csvQuote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
    }
}
