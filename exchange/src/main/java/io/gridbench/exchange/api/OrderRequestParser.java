package io.gridbench.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gridbench.exchange.book.OrderBook;
import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.http.MalformedJson;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.venue.PlaceOrder;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Turns the JSON body of {@code POST orders} into a {@link PlaceOrder}. The rules, each naming its field:
 * <ul>
 *   <li>400: the body is not one JSON object (anything after it, such as a second object or a NUL, counts), or a
 *       field has the wrong JSON type (quantity not a number, side not a string, price neither a string nor a
 *       number);</li>
 *   <li>422: a required field is missing or a value is not allowed: {@code side} buy|sell, {@code type}
 *       limit|market, {@code quantity} a whole number 1..1,000,000,000, {@code price} a multiple of 0.01 in
 *       (0, 10,000.00] (the book's cap, {@link OrderBook#MAX_PRICE_TICKS}) given as {@code "2.50"}, {@code "2.5"} or
 *       {@code 2.5}, required for limit orders and refused on market orders, {@code time_in_force} only
 *       {@code gtc}, {@code market_id} and {@code client_order_id} at most 128 characters.</li>
 * </ul>
 * Unknown fields are ignored, as the Grid does. Numbers are read as exact decimals and range-checked before any
 * scaling, so no value (such as {@code 1e30000000} or {@code 1e400}) costs more than its length to refuse, and
 * no error quotes more than a few characters of the request.
 */
public final class OrderRequestParser {
    static final long MAX_QUANTITY = 1_000_000_000L;
    /** The book's cap, 10,000.00 USD per unit; price times quantity (cents) stays far from long overflow. */
    static final long MAX_PRICE_TICKS = OrderBook.MAX_PRICE_TICKS;
    private static final int MAX_ID_LENGTH = 128;
    /** Exact decimals (a double would turn {@code 1e400} into infinity) and nothing after the one JSON value. */
    private static final ObjectReader READER = ApiResponses.JSON.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private OrderRequestParser() {
    }

    public static PlaceOrder parse(byte[] body, String accountId, long timestampMillis) {
        JsonNode root = readObject(body);
        String marketId = requiredText(root, "market_id");
        if (marketId.length() > MAX_ID_LENGTH) {
            throw ApiError.invalid("market_id", "market_id is longer than " + MAX_ID_LENGTH + " characters");
        }
        Side side = Side.fromWire(requiredText(root, "side"));
        if (side == null) {
            throw ApiError.invalid("side", "side must be 'buy' or 'sell'");
        }
        OrderType type = OrderType.fromWire(requiredText(root, "type"));
        if (type == null) {
            throw ApiError.invalid("type", "type must be 'limit' or 'market'");
        }
        long quantity = quantity(root);
        long priceTicks = price(root, type);
        timeInForce(root);
        String clientOrderId = optionalText(root, "client_order_id");
        if (clientOrderId != null && clientOrderId.length() > MAX_ID_LENGTH) {
            throw ApiError.invalid("client_order_id", "client_order_id is longer than " + MAX_ID_LENGTH + " characters");
        }
        return new PlaceOrder(accountId, marketId, side, type, priceTicks, quantity, clientOrderId, timestampMillis);
    }

    private static JsonNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiError.badRequest("body", "request body must be a JSON object");
        }
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", MalformedJson.describe(e));
        } catch (IOException e) {
            throw ApiError.badRequest("body", "unreadable body");
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("body", "request body must be a JSON object");
        }
        return root;
    }

    private static long quantity(JsonNode root) {
        JsonNode node = present(root, "quantity");
        if (node == null) {
            throw ApiError.invalid("quantity", "quantity is required");
        }
        if (!node.isNumber()) {
            throw ApiError.badRequest("quantity", "quantity must be a JSON number (whole units), got " + node.getNodeType().name().toLowerCase());
        }
        // Range first: compareTo looks at magnitudes, so a huge exponent is refused without being expanded.
        BigDecimal value = node.decimalValue();
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            throw ApiError.invalid("quantity", "quantity must be between 1 and " + MAX_QUANTITY);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw ApiError.invalid("quantity", "quantity must be a whole number of units (1 unit = 1M tokens)");
        }
        return value.longValueExact();
    }

    private static long price(JsonNode root, OrderType type) {
        JsonNode node = present(root, "price");
        if (type == OrderType.MARKET) {
            if (node != null) {
                throw ApiError.invalid("price", "market orders take no price; omit it or use type 'limit'");
            }
            return 0;
        }
        if (node == null) {
            throw ApiError.invalid("price", "price is required for limit orders");
        }
        long ticks;
        try {
            if (node.isTextual()) {
                ticks = Prices.parseTicks(node.textValue());
            } else if (node.isNumber()) {
                ticks = Prices.toTicks(node.decimalValue());
            } else {
                throw ApiError.badRequest("price", "price must be a decimal string such as \"2.50\" or a number");
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("price", "price: " + e.getMessage());
        } catch (ArithmeticException e) {
            throw ApiError.invalid("price", "price is out of range");
        }
        if (ticks <= 0 || ticks > MAX_PRICE_TICKS) {
            throw ApiError.invalid("price", "price must be above 0 and at most " + Prices.format(MAX_PRICE_TICKS));
        }
        return ticks;
    }

    private static void timeInForce(JsonNode root) {
        String tif = optionalText(root, "time_in_force");
        if (tif != null && !tif.equalsIgnoreCase("gtc")) {
            throw ApiError.invalid("time_in_force", "time_in_force must be 'gtc' (the only one the Grid offers)");
        }
    }

    private static String requiredText(JsonNode root, String field) {
        String value = optionalText(root, field);
        if (value == null || value.isBlank()) {
            throw ApiError.invalid(field, field + " is required");
        }
        return value;
    }

    private static String optionalText(JsonNode root, String field) {
        JsonNode node = present(root, field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiError.badRequest(field, field + " must be a string, got " + node.getNodeType().name().toLowerCase());
        }
        return node.textValue();
    }

    /** The field's node, or null when absent or JSON null. */
    private static JsonNode present(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
