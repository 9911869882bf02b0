package io.gridbench.cli;

import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.TradingKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeCommandIT {
    private static final String BALANCES = "/api/v1/trading/consumption-accounts";

    @TempDir
    Path dir;

    @Test
    void credentialsFileDescribesAWorkingDemoAccountOnTheChatFastMarket() throws Exception {
        Path env = dir.resolve("demo.env");
        try (ExchangeServer server = start("--port", "0", "--no-agents", "--credentials-out", env.toString())) {
            Map<String, String> vars = readEnv(env);

            assertThat(vars.get("TRADING_BASE_URL")).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(vars.get("CONSUMPTION_BASE_URL")).isEqualTo(vars.get("TRADING_BASE_URL") + "/api/v1");
            assertThat(vars.get("MESSAGES_BASE_URL")).isEqualTo(vars.get("TRADING_BASE_URL") + "/v1");
            assertThat(vars.get("MARKET_ID")).isEqualTo("market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c");
            assertThat(vars.get("GRID_CONSUMPTION_API_KEY")).isNotBlank();
            HttpResponse<String> balances = signedGet(vars.get("TRADING_BASE_URL"), vars.get("GRID_TRADING_PRIVATE_KEY"));
            assertThat(balances.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void sameSeedWritesTheSameKeys() throws Exception {
        Path first = dir.resolve("a.env");
        Path second = dir.resolve("b.env");
        try (ExchangeServer ignored = start("--port", "0", "--seed", "42", "--credentials-out", first.toString())) {
            assertThat(readEnv(first)).containsKey("GRID_TRADING_FINGERPRINT");
        }
        try (ExchangeServer ignored = start("--port", "0", "--seed", "42", "--credentials-out", second.toString())) {
            assertThat(readEnv(second).get("GRID_TRADING_FINGERPRINT")).isEqualTo(readEnv(first).get("GRID_TRADING_FINGERPRINT"));
            assertThat(readEnv(second).get("GRID_TRADING_PRIVATE_KEY")).isEqualTo(readEnv(first).get("GRID_TRADING_PRIVATE_KEY"));
        }
    }

    @Test
    void fundedAccountsCsvHasAHeaderAndHoldsUnitsOfEveryInstrument() throws Exception {
        Path csv = dir.resolve("accounts.csv");
        try (ExchangeServer ignored = start("--port", "0", "--accounts", "3", "--accounts-out", csv.toString(),
                "--account-units", "25")) {
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(4);
            List<String> header = List.of(lines.get(0).split(","));
            assertThat(header).contains("TRADING_BASE_URL", "GRID_TRADING_PRIVATE_KEY", "GRID_TRADING_FINGERPRINT",
                    "GRID_CONSUMPTION_API_KEY", "MARKET_ID");
            String[] row = lines.get(1).split(",");
            String body = signedGet(row[header.indexOf("TRADING_BASE_URL")],
                    row[header.indexOf("GRID_TRADING_PRIVATE_KEY")]).body();
            assertThat(body).contains("\"available_balance\":25.0");
        }
    }

    @Test
    void accountsWithoutAnOutputFileIsAUsageError() {
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err)).execute("exchange", "--port", "0", "--accounts", "2");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--accounts 2 needs --accounts-out FILE");
    }

    @Test
    void missingConfigFileIsReportedWithItsPath() {
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err))
                .execute("exchange", "--port", "0", "--config", dir.resolve("nope.yaml").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nope.yaml");
    }

    private static ExchangeServer start(String... args) throws Exception {
        ExchangeCommand command = new ExchangeCommand();
        CommandLine cl = new CommandLine(command).setOut(new PrintWriter(new StringWriter()));
        cl.parseArgs(args);
        return command.start();
    }

    /** Reads back a KEY='value' file the way a shell would for values without embedded quotes. */
    private static Map<String, String> readEnv(Path file) throws Exception {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String value = line.substring(eq + 1);
            assertThat(value).startsWith("'").endsWith("'");
            vars.put(line.substring(0, eq), value.substring(1, value.length() - 1));
        }
        return vars;
    }

    private static HttpResponse<String> signedGet(String baseUrl, String privateKey) throws Exception {
        RequestSigner signer = new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(privateKey));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + BALANCES + "?order_by=created_at"));
        signer.sign("GET", BALANCES, "").asMap().forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPortInUseIsOneLineAndExitsOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandLine cli = Main.commandLine();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute("exchange", "--no-agents", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("gridbench exchange: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use");
        }
    }
}
