package io.gridbench.exchange.server;

import io.gridbench.exchange.api.KeyDirectory;
import io.gridbench.exchange.api.TradingKey;
import io.gridbench.exchange.signing.SignatureVerifier;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who is who: trading fingerprint to account and public key, Consumption API key to account. Thread-safe and
 * read-mostly: accounts are registered at start-up (or by agents) while event loops look keys up on every request.
 */
public final class AccountDirectory implements KeyDirectory {
    private final Map<String, TradingKey> byFingerprint = new ConcurrentHashMap<>();
    private final Map<String, String> accountByApiKey = new ConcurrentHashMap<>();
    private final List<Credentials> registered = new CopyOnWriteArrayList<>();

    /** Makes an account's trading key and API key known; the account itself must exist in the venue. */
    public void register(Credentials credentials) {
        byte[] publicKey = Base64.getDecoder().decode(credentials.publicKeyBase64());
        byFingerprint.put(credentials.fingerprint(),
                new TradingKey(credentials.accountId(), SignatureVerifier.publicKey(publicKey)));
        accountByApiKey.put(credentials.consumptionApiKey(), credentials.accountId());
        registered.add(credentials);
    }

    @Override
    public TradingKey byFingerprint(String fingerprint) {
        return byFingerprint.get(fingerprint);
    }

    /** The account a Consumption API key belongs to, or {@code null}. */
    public String accountForApiKey(String apiKey) {
        return accountByApiKey.get(apiKey);
    }

    /** Every registered account's credentials, in registration order. */
    public List<Credentials> all() {
        return List.copyOf(registered);
    }
}
