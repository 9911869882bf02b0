package io.gridbench.exchange.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsFilesTest {
    private static final String BASE = "http://127.0.0.1:18080";
    private static final String MARKET = "market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c";

    @Test
    void sameSeedGivesSameCredentials() {
        assertThat(Credentials.generate(new Random(5))).isEqualTo(Credentials.generate(new Random(5)));
        assertThat(Credentials.generate(new Random(5))).isNotEqualTo(Credentials.generate(new Random(6)));
    }

    @Test
    void envFileHasEveryVariableSingleQuoted(@TempDir Path dir) throws Exception {
        Credentials c = Credentials.generate(new Random(1));
        Path file = dir.resolve("demo.env");

        CredentialsFiles.writeEnv(file, c, BASE, MARKET);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).contains(
                "TRADING_BASE_URL='" + BASE + "'",
                "CONSUMPTION_BASE_URL='" + BASE + "/api/v1'",
                "MESSAGES_BASE_URL='" + BASE + "/v1'",
                "MARKET_ID='" + MARKET + "'",
                "GRID_TRADING_PRIVATE_KEY='" + c.privateKeyBase64() + "'",
                "GRID_TRADING_PUBLIC_KEY='" + c.publicKeyBase64() + "'",
                "GRID_TRADING_FINGERPRINT='" + c.fingerprint() + "'",
                "GRID_CONSUMPTION_API_KEY='" + c.consumptionApiKey() + "'");
    }

    @Test
    void singleQuoteInsideAValueStaysLiteralForTheShell() {
        assertThat(CredentialsFiles.shellQuote("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
    }

    @Test
    void csvHasAHeaderAndOneRowPerAccount(@TempDir Path dir) throws Exception {
        Random random = new Random(2);
        List<Credentials> accounts = List.of(Credentials.generate(random), Credentials.generate(random));
        Path file = dir.resolve("accounts.csv");

        CredentialsFiles.writeCsv(file, accounts, BASE, MARKET);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CredentialsFiles.COLUMNS));
        assertThat(lines.get(2).split(",")).hasSize(CredentialsFiles.COLUMNS.size())
                .contains(accounts.get(1).fingerprint(), accounts.get(1).accountId());
    }
}
