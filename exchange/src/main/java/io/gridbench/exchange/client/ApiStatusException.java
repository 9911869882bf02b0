package io.gridbench.exchange.client;

import java.io.IOException;

/**
 * A Grid API answered with a non-2xx status. Carries the status and the raw body, so a caller can tell a transient
 * failure (429, 5xx: worth a retry) from a refusal (other 4xx: the same request would be refused again) and log what
 * the server said. The message keeps the form {@code METHOD path answered STATUS: detail}.
 */
public final class ApiStatusException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    public ApiStatusException(String message, int status, String body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The response body as received (may be empty, or not JSON). */
    public String body() {
        return body;
    }

    /** True for 429 and 5xx: the server may accept the same request later. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }
}
