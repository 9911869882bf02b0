package io.gridbench.exchange.http;

/** A request the API refuses, with the HTTP status and the request field (body key, query parameter or header) at fault. */
public final class ApiError extends RuntimeException {
    /** Characters of client input an error detail quotes at most. */
    public static final int MAX_QUOTED = 40;
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

    /**
     * Quotes client input for an error detail, cut to {@value #MAX_QUOTED} characters: an error never grows with
     * the input that caused it.
     */
    public static String quoted(String input) {
        return input == null ? "null" : "'" + cut(input) + "'";
    }

    /** Client input cut to {@value #MAX_QUOTED} characters, marked with its full length when cut. */
    public static String cut(String input) {
        return input.length() <= MAX_QUOTED ? input
                : input.substring(0, MAX_QUOTED) + "... (" + input.length() + " characters)";
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
