package io.gridbench.exchange.http;

/** A request the API refuses, with the HTTP status and the request field (body key, query parameter or header) at fault. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    public ApiError(int status, String field, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.field = field;
    }

    public static ApiError badRequest(String field, String detail) {
        return new ApiError(400, field, detail);
    }

    public static ApiError invalid(String field, String detail) {
        return new ApiError(422, field, detail);
    }

    public static ApiError unauthorized(String field, String detail) {
        return new ApiError(401, field, detail);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
