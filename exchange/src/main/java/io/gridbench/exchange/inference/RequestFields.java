package io.gridbench.exchange.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.http.MalformedJson;
import io.gridbench.exchange.venue.VenueException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.util.Map;

/**
 * Reads and validates request body fields for the parsers of both surfaces, with one rule for status codes: a body
 * that is not JSON, a missing required field or a field of the wrong JSON type is malformed (400); a well-typed value
 * outside its allowed range is unprocessable (422). Every error names the field.
 */
public final class RequestFields {
    /** Jackson directly rather than Vert.x's decoder, whose errors quote the body and Jackson's internals. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestFields() {
    }

    /** The body as a JSON object, or 400 naming {@code body}. */
    public static JsonObject object(Buffer body) {
        if (body == null || body.length() == 0) {
            throw malformed("body", "request body must be a JSON object, got an empty body");
        }
        Object value;
        try {
            value = JSON.readValue(body.getBytes(), Object.class);
        } catch (JsonProcessingException e) {
            throw malformed("body", MalformedJson.describe(e));
        } catch (IOException e) {
            throw malformed("body", "unreadable body");
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw malformed("body", "request body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) map;
        return new JsonObject(members);
    }

    public static String requiredString(JsonObject json, String field) {
        Object value = json.getValue(field);
        if (value == null) {
            throw malformed(field, field + " is required");
        }
        if (!(value instanceof String s)) {
            throw malformed(field, field + " must be a string");
        }
        if (s.isBlank()) {
            throw unprocessable(field, field + " must not be empty");
        }
        return s;
    }

    public static JsonArray requiredArray(JsonObject json, String field) {
        Object value = json.getValue(field);
        if (value == null) {
            throw malformed(field, field + " is required");
        }
        if (!(value instanceof JsonArray array)) {
            throw malformed(field, field + " must be an array");
        }
        return array;
    }

    public static boolean optionalBoolean(JsonObject json, String field, String path, boolean fallback) {
        Object value = json.getValue(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean b)) {
            throw malformed(path, path + " must be true or false");
        }
        return b;
    }

    /** An optional number within [min, max]; {@code Double.NaN} when absent. */
    public static double optionalNumber(JsonObject json, String field, double min, double max) {
        Object value = json.getValue(field);
        if (value == null) {
            return Double.NaN;
        }
        if (!(value instanceof Number n)) {
            throw malformed(field, field + " must be a number");
        }
        double d = n.doubleValue();
        if (!(d >= min && d <= max)) {
            throw unprocessable(field, field + " must be between " + plain(min) + " and " + plain(max)
                    + ", was " + plain(d));
        }
        return d;
    }

    /** An optional whole number within [min, max]; {@code fallback} when absent. */
    public static long optionalInteger(JsonObject json, String field, long min, long max, long fallback) {
        Object value = json.getValue(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw malformed(field, field + " must be an integer");
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            throw unprocessable(field, field + " must be between " + min + " and " + max + ", was " + plain(d));
        }
        return n.longValue();
    }

    public static VenueException malformed(String field, String message) {
        return new VenueException(400, field, message);
    }

    public static VenueException unprocessable(String field, String message) {
        return new VenueException(422, field, message);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
