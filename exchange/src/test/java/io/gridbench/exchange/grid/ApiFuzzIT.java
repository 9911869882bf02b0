package io.gridbench.exchange.grid;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;
import io.gridbench.exchange.signing.TradingKeyPair;
import io.gridbench.exchange.venue.BalanceView;
import io.gridbench.exchange.venue.OrderQuery;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.Page;
import io.gridbench.exchange.venue.Venue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Hostile bodies, queries, path parameters and headers against every route of both APIs, sent over raw sockets as an
 * attacker would (signed where a signature lets the request reach a parser). For each of about 700 cases:
 * <ul>
 *   <li>no 5xx, and every 4xx is JSON with {@code errors.detail} (and {@code errors.field} for 400 and 422);</li>
 *   <li>a 4xx changes nothing: the caller's cash, balances and orders are as before (a 402 order rejection keeps its
 *       rejected order, as the live API does, and changes nothing else);</li>
 *   <li>the venue's invariants hold after every case: cash and tokens are conserved between the two accounts (less
 *       the tokens metered as used), nothing is held once the answer is in, and reservations equal exactly what
 *       the open orders need;</li>
 *   <li>{@code GET /health} answers 200 after every case.</li>
 * </ul>
 * The fuzzer's account has cash but no units and is in Advanced Mode; a maker account rests orders it can trade
 * with, so well-formed cases exercise matching too.
 */
class ApiFuzzIT {
    /** Fixed so CI runs are reproducible; QuickTheories prints the seed and the shrunk counterexample on failure. */
    private static final long SEED = 0x7E47_F022L;
    private static final int CASES = 700;
    private static final long UNIT = 1_000_000L;

    private static ExchangeServer server;
    private static ExchangeConfig config;
    private static Credentials fuzzer;
    private static Credentials maker;
    private static RawHttp http;
    private static long totalCash;
    private static Map<String, Long> totalTokens;

    @BeforeAll
    static void start() throws Exception {
        config = ExchangeConfig.defaults();
        server = SimulatedGrid.builder(config).seed(11).agents(false).fastInference(true).start(0);
        http = new RawHttp(server.port());
        fuzzer = server.provisioner().openDemo();
        maker = server.provisioner().open(100_000_00, 50);
        String chatFast = config.instrument("chat-fast").marketId();
        for (String order : List.of(
                "{\"market_id\":\"" + chatFast + "\",\"side\":\"sell\",\"type\":\"limit\",\"quantity\":5,\"price\":\"2.40\"}",
                "{\"market_id\":\"" + chatFast + "\",\"side\":\"sell\",\"type\":\"limit\",\"quantity\":5,\"price\":\"9000.00\"}",
                "{\"market_id\":\"" + chatFast + "\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":5,\"price\":\"1.00\"}")) {
            RawHttp.Response r = send(new Case("POST", "/api/v1/trading/orders", "", order.getBytes(StandardCharsets.UTF_8),
                    Auth.SIGNED, Map.of(), maker));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        State initial = state();
        totalCash = initial.cash(fuzzer) + initial.cash(maker);
        totalTokens = new TreeMap<>();
        for (InstrumentSettings i : config.instruments()) {
            totalTokens.put(i.name(), initial.tokens(fuzzer, i.name()) + initial.tokens(maker, i.name()));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noHostileRequestGetsA5xxChangesStateOnRefusalOrBreaksAnInvariant() {
        qt().withFixedSeed(SEED).withExamples(CASES).withShrinkCycles(50).forAll(cases()).checkAssert(c -> {
            State before = state();
            RawHttp.Response r = send(c);

            assertThat(r.status()).as(c + " -> " + r).isBetween(200, 499);
            if (r.status() >= 400) {
                assertErrorShape(c, r);
                State after = state();
                assertThat(after.cashAndBalances()).as(c + " -> " + r).isEqualTo(before.cashAndBalances());
                if (r.status() != 402) {
                    assertThat(after.orders()).as(c + " -> " + r).isEqualTo(before.orders());
                }
            }
            assertInvariants(c, state());
            assertThat(health().status()).as("health after " + c).isEqualTo(200);
        });
    }

    // ---- what is checked ----

    private static void assertErrorShape(Case c, RawHttp.Response r) {
        assertThat(r.headers().get("content-type")).as(c + " -> " + r).startsWith("application/json");
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as(c + " -> " + r).isNotNull();
        assertThat(errors.path("detail").asText()).as(c + " -> " + r).isNotBlank().hasSizeLessThan(400);
        if (r.status() == 400 || r.status() == 422) {
            assertThat(errors.path("field").asText()).as(c + " -> " + r).isNotBlank();
        }
    }

    private static void assertInvariants(Case c, State s) {
        assertThat(s.cash(fuzzer) + s.cash(maker)).as("cash after " + c).isEqualTo(totalCash);
        long used = usedTokens(fuzzer) + usedTokens(maker);
        long present = 0;
        long total = 0;
        for (InstrumentSettings i : config.instruments()) {
            present += s.tokens(fuzzer, i.name()) + s.tokens(maker, i.name());
            total += totalTokens.get(i.name());
        }
        assertThat(present + used).as("tokens after " + c).isEqualTo(total);
        for (Credentials account : List.of(fuzzer, maker)) {
            assertThat(s.reservedCash(account)).as("reserved cash after " + c).isEqualTo(s.cashOpenOrdersNeed(account));
            for (InstrumentSettings i : config.instruments()) {
                assertThat(s.reservedTokens(account, i.name())).as("reserved " + i.name() + " after " + c)
                        .isEqualTo(s.tokensOpenOrdersNeed(account, i.marketId()));
            }
        }
    }

    private static long usedTokens(Credentials account) {
        try {
            RawHttp.Response r = http.send("GET /v1/usage HTTP/1.1\r\nAuthorization: Bearer " + account.consumptionApiKey(), "");
            return r.json().path("data").path("total_tokens").asLong();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static RawHttp.Response health() {
        try {
            return http.send("GET /health HTTP/1.1", "");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Both accounts as the venue sees them, read on its core thread. */
    private record State(Map<String, Long> cashAndBalances, Map<String, List<OrderView>> orders) {
        long cash(Credentials a) {
            return cashAndBalances.get(a.accountId() + "/cash") + cashAndBalances.get(a.accountId() + "/reserved");
        }

        long reservedCash(Credentials a) {
            return cashAndBalances.get(a.accountId() + "/reserved");
        }

        long tokens(Credentials a, String instrument) {
            return cashAndBalances.getOrDefault(a.accountId() + "/" + instrument, 0L)
                    + reservedTokens(a, instrument);
        }

        long reservedTokens(Credentials a, String instrument) {
            return cashAndBalances.getOrDefault(a.accountId() + "/" + instrument + "/reserved", 0L);
        }

        long cashOpenOrdersNeed(Credentials a) {
            return orders.get(a.accountId()).stream().filter(o -> isOpen(o) && o.side() == Side.BUY)
                    .mapToLong(o -> (o.quantity() - o.filledQuantity()) * o.priceTicks()).sum();
        }

        long tokensOpenOrdersNeed(Credentials a, String marketId) {
            return orders.get(a.accountId()).stream()
                    .filter(o -> isOpen(o) && o.side() == Side.SELL && o.marketId().equals(marketId))
                    .mapToLong(o -> (o.quantity() - o.filledQuantity()) * UNIT).sum();
        }

        private static boolean isOpen(OrderView o) {
            return o.status() == OrderStatus.OPEN || o.status() == OrderStatus.PARTIALLY_FILLED;
        }
    }

    private static State state() {
        try {
            return server.core().submit(v -> {
                Map<String, Long> values = new TreeMap<>();
                Map<String, List<OrderView>> orders = new TreeMap<>();
                for (Credentials a : List.of(fuzzer, maker)) {
                    values.put(a.accountId() + "/cash", v.cash(a.accountId()).availableCents());
                    values.put(a.accountId() + "/reserved", v.cash(a.accountId()).reservedCents());
                    for (BalanceView b : v.consumptionAccounts(a.accountId())) {
                        values.put(a.accountId() + "/" + b.instrumentName(), b.availableTokens());
                        values.put(a.accountId() + "/" + b.instrumentName() + "/reserved", b.reservedTokens());
                    }
                    orders.put(a.accountId(), allOrders(v, a.accountId()));
                }
                return new State(values, orders);
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<OrderView> allOrders(Venue v, String accountId) {
        List<OrderView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderView> page = v.orders(accountId, new OrderQuery(null, null, null, "created_at", false, cursor, 100));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    // ---- the cases ----

    enum Auth { SIGNED, UNSIGNED, API_KEY, ANTHROPIC }

    /** One hostile request; {@code headers} are added after (and may replace) the authentication headers. */
    record Case(String method, String path, String query, byte[] body, Auth auth, Map<String, String> headers,
                Credentials as) {
        Case(String method, String path, String query, byte[] body, Auth auth, Map<String, String> headers) {
            this(method, path, query, body, auth, headers, fuzzer);
        }

        @Override
        public String toString() {
            String shown = new String(body, StandardCharsets.UTF_8);
            return method + " " + cut(path + query) + " " + auth + " " + cut(headers.toString()) + " " + cut(shown);
        }

        private static String cut(String s) {
            return s.length() <= 160 ? s : s.substring(0, 160) + "...(" + s.length() + ")";
        }
    }

    private static RawHttp.Response send(Case c) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (c.auth()) {
            case SIGNED -> {
                SignatureHeaders signed = new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(c.as().privateKeyBase64()))
                        .sign(c.method(), c.path(), c.body());
                headers.putAll(signed.asMap());
            }
            case API_KEY -> headers.put("Authorization", "Bearer " + c.as().consumptionApiKey());
            case ANTHROPIC -> {
                headers.put("x-api-key", c.as().consumptionApiKey());
                headers.put("anthropic-version", "2023-06-01");
            }
            case UNSIGNED -> { }
            default -> throw new IllegalStateException();
        }
        headers.put("Content-Type", "application/json");
        headers.putAll(c.headers());
        StringBuilder head = new StringBuilder(c.method() + " " + c.path() + c.query() + " HTTP/1.1");
        headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        try {
            return http.send(head.toString(), c.body());
        } catch (IOException e) {
            throw new AssertionError(c + " -> no answer: " + e, e);
        }
    }

    private static Gen<Case> cases() {
        return Generate.frequency(List.of(
                Pair.of(4, orderBodies()),
                Pair.of(3, tradingQueries()),
                Pair.of(2, tradingPaths()),
                Pair.of(2, tradingHeaders()),
                Pair.of(3, completionBodies()),
                Pair.of(1, consumptionHeaders())));
    }

    private static final List<String> HOSTILE_VALUES = List.of(
            "1e30000000", "-1e30000000", "1e-30000000", "1e400", "-1e400", "1e1000000", "9223372036854775808",
            "-9223372036854775809", "0", "-0", "0.001", "2.505", "1.5", "1E2", "2147483647", "-2147483648",
            "9".repeat(999), "9".repeat(1001), "NaN", "Infinity", "\"\"", "\" \"", "\"2.50\\u0001\"",
            "\"2.50\\u0000\"", "\"\\u0000\"", "\"1e30000000\"", "\"10000.01\"", "\" 2.50\"", "\"2.50 \"", "\"+2.50\"",
            "\".5\"", "\"0x10\"", "\"\\ud800\"", "\"" + "a".repeat(10_000) + "\"", "\"%zz\"", "null", "true", "[]",
            "{}", "[" + "[".repeat(1_500) + "]".repeat(1_500) + "]", "\"buy\"", "\"sell\"", "\"market\"",
            "\"limit\"", "\"gtc\"", "\"2.40\"", "\"9000.00\"", "1", "5", "100000");

    private static final List<String> ORDER_FIELDS = List.of("market_id", "side", "type", "quantity", "price",
            "time_in_force", "client_order_id");

    private static Gen<Case> orderBodies() {
        String chatFast = config.instrument("chat-fast").marketId();
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("market_id", "\"" + chatFast + "\"");
        valid.put("side", "\"buy\"");
        valid.put("type", "\"limit\"");
        valid.put("quantity", "1");
        valid.put("price", "\"2.40\"");
        valid.put("time_in_force", "\"gtc\"");
        Gen<String> replaced = Generate.pick(ORDER_FIELDS).zip(Generate.pick(HOSTILE_VALUES), Generate.booleans(),
                (field, value, second) -> {
                    Map<String, String> body = new LinkedHashMap<>(valid);
                    body.put(field, value);
                    if (second) {
                        body.put(field.equals("side") ? "type" : "side", field.equals("side") ? "\"market\"" : "\"sell\"");
                    }
                    return json(body);
                });
        Gen<String> broken = Generate.pick(List.of(
                json(valid) + "garbage", json(valid) + json(valid), json(valid) + "\u0000", json(valid).substring(0, 40),
                "", "[]", "null", "\"order\"", "{\"market_id\":1,\"market_id\":2}", "{", "}", "{\"a\":" + "{\"a\":".repeat(2_000),
                json(valid).replace("\"buy\"", "\"bu\u0000y\"")));
        Gen<byte[]> bodies = replaced.mix(broken).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .mix(Generate.constant(new byte[] {'{', '"', 's', '"', ':', (byte) 0xff, (byte) 0xfe, '}'}), 5);
        return bodies.zip(Generate.pick(List.of("/api/v1/trading/orders", "/v1/trading/orders")),
                (body, path) -> new Case("POST", path, "", body, Auth.SIGNED, Map.of()));
    }

    private static String json(Map<String, String> members) {
        StringBuilder sb = new StringBuilder("{");
        members.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return sb.append('}').toString();
    }

    private static final List<String> QUERY_NAMES = List.of("cursor", "limit", "status", "side", "market_id",
            "order_by", "order_direction", "interval", "start", "end", "%", "%zz", "", "ticket");

    private static Gen<String> queryValues() {
        String chatFast = config.instrument("chat-fast").marketId();
        Gen<String> cursors = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).zip(Generate.pick(List.of(
                "trades|" + chatFast + "|", "orders|created_at|desc|", "orders|updated_at|asc|1|", "trades|x|")),
                (n, prefix) -> base64(prefix + n));
        return Generate.pick(List.of("%", "%zz", "%00", "%F0%9F%98%80", "%C0%AF", "-1", "0", "101", "1000", "1001",
                "99999999999999999999", "1e3", "a".repeat(3_000), "%2B1000000000-01-01T00:00:00Z",
                "-292275055-05-16T16:47:04.192Z", "9223372036854775", "253402300800", "2025-01-31T12:00:00Z",
                "open", "filled", "buy", "created_at", "desc", "1m", "1d", "2m", base64("trades|" + chatFast + "|-2294967295"),
                base64("orders|created_at|desc|-1|-1"), "bm9wZQ", "")).mix(cursors, 30);
    }

    private static String base64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Gen<Case> tradingQueries() {
        String market = "/api/v1/trading/markets/" + config.instrument("chat-fast").marketId();
        Gen<String> paths = Generate.pick(List.of("/api/v1/trading/orders", "/v1/trading/orders",
                "/api/v1/trading/consumption-accounts", "/api/v1/trading/markets", "/api/v1/trading/instruments",
                market + "/ticker", market + "/depth", market + "/trades", market + "/candles"));
        Gen<String> pair = Generate.pick(QUERY_NAMES).zip(queryValues(), (name, value) -> name + "=" + value);
        Gen<String> query = pair.zip(pair, Generate.booleans(), (a, b, two) -> "?" + a + (two ? "&" + b : ""));
        return paths.zip(query, (path, q) -> new Case("GET", path, q, new byte[0], Auth.SIGNED, Map.of()));
    }

    private static Gen<Case> tradingPaths() {
        List<String> hostileIds = List.of("%zz", "%", "%00", "..", "%2e%2e", "a".repeat(3_000), "order_00000000",
                "%F0%9F%98%80", "market_%zz", "chat-fast", config.instrument("text-max").instrumentId());
        Gen<String> paths = Generate.pick(hostileIds).zip(Generate.pick(List.of(
                "/api/v1/trading/orders/", "/api/v1/trading/instruments/", "/api/v1/trading/markets/",
                "/v1/trading/markets/")), Generate.pick(List.of("", "/ticker", "/depth", "/trades", "/candles")),
                (id, prefix, suffix) -> prefix + id + (prefix.endsWith("markets/") ? suffix : ""));
        return paths.zip(Generate.pick(List.of("GET", "DELETE", "POST", "PUT")),
                (path, method) -> new Case(method, path, "", new byte[0], Auth.SIGNED, Map.of()));
    }

    private static Gen<Case> tradingHeaders() {
        long now = System.currentTimeMillis() / 1000;
        Gen<Map<String, String>> tweaks = Generate.pick(List.of(
                Map.of(SignatureHeaders.TIMESTAMP, Long.toString(Long.MIN_VALUE + now)),
                Map.of(SignatureHeaders.TIMESTAMP, Long.toString(Long.MAX_VALUE)),
                Map.of(SignatureHeaders.TIMESTAMP, "-1"),
                Map.of(SignatureHeaders.TIMESTAMP, "99999999999999999999"),
                Map.of(SignatureHeaders.TIMESTAMP, "1e9"),
                Map.of(SignatureHeaders.TIMESTAMP, Long.toString(now + 31)),
                Map.of(SignatureHeaders.SIGNATURE, "AAAA"),
                Map.of(SignatureHeaders.SIGNATURE, "!!not base64!!"),
                Map.of(SignatureHeaders.SIGNATURE, "A".repeat(7_000)),
                Map.of(SignatureHeaders.FINGERPRINT, "f".repeat(7_000)),
                Map.of(SignatureHeaders.FINGERPRINT, ""),
                Map.of("X-Pad", "a".repeat(9_000)),
                Map.of("X-Bad", "a\u0000b"),
                Map.of("Content-Type", "text/plain\u0001"),
                Map.of("Transfer-Encoding", "chunked, identity")));
        return tweaks.zip(Generate.pick(List.of("/api/v1/trading/orders", "/api/v1/trading/consumption-accounts")),
                (h, path) -> new Case("GET", path, "", new byte[0], Auth.SIGNED, h));
    }

    private static Gen<Case> completionBodies() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("model", "\"chat-fast\"");
        valid.put("messages", "[{\"role\":\"user\",\"content\":\"Hi\"}]");
        valid.put("max_tokens", "16");
        List<String> fields = List.of("model", "messages", "max_tokens", "max_completion_tokens", "temperature",
                "top_p", "n", "seed", "stream", "stream_options", "ignore_eos", "system", "top_k");
        List<String> values = new ArrayList<>(HOSTILE_VALUES);
        values.addAll(List.of("[{\"role\":\"%zz\",\"content\":\"Hi\"}]", "[{\"role\":\"user\",\"content\":[{\"type\":1}]}]",
                "[{\"role\":\"user\",\"content\":\"" + "a".repeat(20_000) + "\"}]", "[null]", "{\"include_usage\":1}",
                "\"" + "m".repeat(5_000) + "\"", "16384", "16385"));
        Gen<byte[]> bodies = Generate.pick(fields).zip(Generate.pick(values), (field, value) -> {
            Map<String, String> body = new LinkedHashMap<>(valid);
            body.put(field, value);
            return json(body).getBytes(StandardCharsets.UTF_8);
        }).mix(Generate.pick(List.of(json(valid) + "x", "", "{", json(valid) + "\u0000"))
                .map(s -> s.getBytes(StandardCharsets.UTF_8)), 10);
        Gen<String[]> routes = Generate.pick(Arrays.asList(
                new String[] {"/v1/chat/completions", "API_KEY"}, new String[] {"/api/v1/chat/completions", "API_KEY"},
                new String[] {"/v1/messages", "ANTHROPIC"}));
        return bodies.zip(routes, (body, route) ->
                new Case("POST", route[0], "", body, Auth.valueOf(route[1]), Map.of()));
    }

    private static Gen<Case> consumptionHeaders() {
        Function<String, Map<String, String>> auth = value -> Map.of("Authorization", value);
        Gen<Map<String, String>> tweaks = Generate.pick(List.of(auth.apply("Bearer "), auth.apply("Bearer " + "k".repeat(7_000)),
                auth.apply("Basic abc"), auth.apply("Bearer \u0001"), Map.of("x-api-key", "%zz"), Map.of("X-Pad", "a".repeat(9_000))));
        Gen<String> paths = Generate.pick(List.of("/v1/chat/completions", "/v1/messages", "/v1/models", "/v1/usage",
                "/supplier/v1/chat/completions?ticket=%", "/supplier/v1/messages?ticket=1.abc",
                "/supplier/v1/chat/completions?ticket=" + Long.MIN_VALUE + ".x"));
        return tweaks.zip(paths, (h, path) -> {
            int q = path.indexOf('?');
            String method = path.endsWith("models") || path.endsWith("usage") ? "GET" : "POST";
            return new Case(method, q < 0 ? path : path.substring(0, q), q < 0 ? "" : path.substring(q), "{}".getBytes(
                    StandardCharsets.UTF_8), Auth.API_KEY, h);
        });
    }
}
