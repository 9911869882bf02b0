package io.gridbench.simulations.targets;

import io.gridbench.exchange.signing.TradingKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradersTest {
    private static final String SEED = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir
    Path dir;

    @Test
    void readsEveryAccountByColumnName() throws IOException {
        Path csv = write("ACCOUNT_ID,GRID_TRADING_PRIVATE_KEY,GRID_TRADING_FINGERPRINT,GRID_CONSUMPTION_API_KEY\n"
                + "acct_1,key1,fp1,sk1\nacct_2,key2,fp2,sk2\n");

        List<Map<String, String>> traders = Traders.read(csv);

        assertThat(traders).hasSize(2);
        assertThat(traders.get(1)).containsEntry("ACCOUNT_ID", "acct_2").containsEntry("GRID_CONSUMPTION_API_KEY", "sk2");
    }

    @Test
    void derivesTheFingerprintFromThePublicKeyWhenItIsMissing() throws IOException {
        TradingKeyPair keys = TradingKeyPair.fromPrivateKeyBase64(SEED);
        Path csv = write("GRID_TRADING_PRIVATE_KEY,GRID_TRADING_PUBLIC_KEY,GRID_CONSUMPTION_API_KEY\n"
                + SEED + "," + keys.publicKeyBase64() + ",sk\n");

        assertThat(Traders.read(csv).get(0)).containsEntry(Traders.FINGERPRINT,
                "Vkdap1RjR0wChd9dvyvKtz2mUTWIOem3dIGy6rEHcIw");
    }

    @Test
    void namesTheMissingColumn() throws IOException {
        Path csv = write("GRID_TRADING_PRIVATE_KEY,GRID_TRADING_FINGERPRINT\nk,f\n");

        assertThatThrownBy(() -> Traders.read(csv))
                .hasMessage(csv + ":1:1: the header has no column GRID_CONSUMPTION_API_KEY");
    }

    @Test
    void namesTheLineAndColumnOfAnEmptyKey() throws IOException {
        Path csv = write("GRID_TRADING_FINGERPRINT,GRID_TRADING_PRIVATE_KEY,GRID_CONSUMPTION_API_KEY\nf,k,sk\nf,,sk\n");

        assertThatThrownBy(() -> Traders.read(csv))
                .hasMessage(csv + ":3:2: GRID_TRADING_PRIVATE_KEY is empty");
    }

    @Test
    void namesTheLineWithTheWrongNumberOfCells() throws IOException {
        Path csv = write("GRID_TRADING_PRIVATE_KEY,GRID_TRADING_FINGERPRINT,GRID_CONSUMPTION_API_KEY\nk,f\n");

        assertThatThrownBy(() -> Traders.read(csv))
                .hasMessage(csv + ":2:1: expected 3 columns as in the header, found 2");
    }

    private Path write(String text) throws IOException {
        Path csv = dir.resolve("accounts.csv");
        Files.writeString(csv, text);
        return csv;
    }
}
