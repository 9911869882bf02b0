package io.gridbench.exchange.inference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.LongSupplier;

/**
 * Short-lived tickets for the supplier redirect. The live Grid may answer an inference call with HTTP 307 to a
 * supplier URL; the simulator redirects to {@code /supplier/...} on the same server with a ticket
 * {@code <expiresAtNanos>.<hmac>} in the query. The HMAC (SHA-256, per-process random key) binds the ticket to the
 * consumption key and the path, so it cannot be moved to another key or endpoint and stops working after its TTL.
 * Stateless and thread-safe.
 */
public final class SupplierTickets {
    private final byte[] secret;
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    public SupplierTickets(long ttlMillis, LongSupplier nanoClock) {
        this.secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.nanoClock = nanoClock;
    }

    /** Issues a ticket for {@code apiKey} to call {@code path}. */
    public String issue(String apiKey, String path) {
        long expires = nanoClock.getAsLong() + ttlNanos;
        return expires + "." + mac(expires, apiKey, path);
    }

    /** True when {@code ticket} was issued for this key and path and has not expired. */
    public boolean valid(String ticket, String apiKey, String path) {
        if (ticket == null) {
            return false;
        }
        int dot = ticket.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(ticket.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (nanoClock.getAsLong() - expires > 0) {
            return false;
        }
        byte[] expected = mac(expires, apiKey, path).getBytes(StandardCharsets.US_ASCII);
        byte[] given = ticket.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private String mac(long expires, String apiKey, String path) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((expires + "\n" + apiKey + "\n" + path).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
