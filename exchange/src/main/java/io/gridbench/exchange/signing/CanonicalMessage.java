package io.gridbench.exchange.signing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes a request signature covers: {@code timestamp + METHOD + path + body}, UTF-8, with the method upper-cased
 * and the query string cut off the path. Client and server build it with this one class so they cannot drift.
 */
public final class CanonicalMessage {

    private CanonicalMessage() {
    }

    /**
     * @param timestamp unix seconds exactly as sent in the timestamp header
     * @param method    HTTP method, any case
     * @param path      request path; anything from {@code ?} on is ignored
     * @param body      the raw body bytes, empty (or null) when there is none
     */
    public static byte[] of(String timestamp, String method, String path, byte[] body) {
        byte[] head = (timestamp + method.toUpperCase(Locale.ROOT) + withoutQuery(path)).getBytes(StandardCharsets.UTF_8);
        int bodyLength = body == null ? 0 : body.length;
        byte[] message = new byte[head.length + bodyLength];
        System.arraycopy(head, 0, message, 0, head.length);
        if (bodyLength > 0) {
            System.arraycopy(body, 0, message, head.length, bodyLength);
        }
        return message;
    }

    /** The same message for a body given as text (encoded as UTF-8, as the reference clients do). */
    public static byte[] of(String timestamp, String method, String path, String body) {
        return of(timestamp, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The path without its query string: {@code /a/b?x=1 -> /a/b}. */
    public static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
