package io.gridbench.exchange.server;

import io.gridbench.exchange.signing.TradingKeyPair;

import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/**
 * Everything a client needs to use one simulated account: the trading key pair in the Grid's encodings and the
 * Consumption API key. Deterministic for a given {@link Random}, so {@code --seed} reproduces the same accounts.
 *
 * @param privateKeyBase64 base64 of the 32-byte Ed25519 seed ({@code GRID_TRADING_PRIVATE_KEY})
 * @param publicKeyBase64  base64 of the 32-byte public key ({@code GRID_TRADING_PUBLIC_KEY})
 * @param fingerprint      the {@code x-thegrid-fingerprint} value ({@code GRID_TRADING_FINGERPRINT})
 * @param consumptionApiKey bearer key of the Consumption API ({@code GRID_CONSUMPTION_API_KEY})
 */
public record Credentials(String accountId, String privateKeyBase64, String publicKeyBase64, String fingerprint,
                          String consumptionApiKey) {

    /** Draws a fresh account id, key pair and API key from {@code random}. */
    public static Credentials generate(Random random) {
        String accountId = "acct_" + new UUID(random.nextLong(), random.nextLong());
        TradingKeyPair keys = TradingKeyPair.generate(random);
        byte[] apiKey = new byte[24];
        random.nextBytes(apiKey);
        return new Credentials(accountId, keys.privateKeyBase64(), keys.publicKeyBase64(), keys.fingerprint(),
                "grid_sk_" + HexFormat.of().formatHex(apiKey));
    }

    public TradingKeyPair keyPair() {
        return TradingKeyPair.fromPrivateKeyBase64(privateKeyBase64);
    }
}
