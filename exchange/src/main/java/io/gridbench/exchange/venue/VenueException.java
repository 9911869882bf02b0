package io.gridbench.exchange.venue;

/**
 * A request the venue refused: carries the HTTP status the API answers with and the request field at fault
 * (or {@code null} when no single field is to blame).
 */
public final class VenueException extends RuntimeException {
    private final int status;
    private final String field;

    public VenueException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
