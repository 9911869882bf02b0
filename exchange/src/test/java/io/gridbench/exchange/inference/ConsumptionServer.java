package io.gridbench.exchange.inference;

import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.venue.BalanceView;
import io.gridbench.exchange.venue.SimulatedVenue;
import io.gridbench.exchange.venue.ThreadVenueCore;
import io.gridbench.exchange.venue.Venue;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test fixture: a Vert.x server on 127.0.0.1 (free port) with only the Consumption API mounted, over a
 * {@link SimulatedVenue} with the five Grid instruments, and helpers to open accounts and read balances.
 */
final class ConsumptionServer implements AutoCloseable {
    static final String[] INSTRUMENTS = {"text-standard", "text-prime", "text-max", "code-max", "chat-fast"};

    final AtomicLong frozenNanos = new AtomicLong(1_000_000_000L);
    final VenueCore core = new ThreadVenueCore(new SimulatedVenue(
            Arrays.stream(INSTRUMENTS).map(name -> Instrument.named(name, name)).toList(),
            System::currentTimeMillis, 7));
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    ConsumptionServer(InferenceSettings settings, boolean frozenClock) throws Exception {
        ConsumptionKeys lookup = key -> Optional.ofNullable(keys.get(key));
        ConsumptionApi api = frozenClock
                ? new ConsumptionApi(core, lookup, settings, frozenNanos::get)
                : new ConsumptionApi(core, lookup, settings);
        Router router = Router.router(vertx);
        api.mount(router);
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static ConsumptionServer fast() throws Exception {
        return new ConsumptionServer(InferenceSettings.defaults().withFast(true), false);
    }

    int port() {
        return server.actualPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Opens an Advanced Mode account without cash reachable by {@code apiKey} holding {@code units} of one instrument. */
    void account(String apiKey, String accountId, String instrument, long units) throws Exception {
        account(apiKey, accountId, instrument, units, 0, false);
    }

    void account(String apiKey, String accountId, String instrument, long units, long cashCents, boolean autoMode)
            throws Exception {
        keys.put(apiKey, accountId);
        onCore(v -> {
            v.openAccount(accountId, cashCents, autoMode);
            if (units > 0) {
                v.depositUnits(accountId, instrument, units);
            }
            return null;
        });
    }

    /** Available plus held tokens of one instrument. */
    long totalTokens(String accountId, String instrument) throws Exception {
        return onCore(v -> v.consumptionAccounts(accountId).stream()
                .filter(b -> b.instrumentName().equals(instrument))
                .mapToLong(BalanceView::totalTokens).sum());
    }

    long heldTokens(String accountId, String instrument) throws Exception {
        return onCore(v -> v.consumptionAccounts(accountId).stream()
                .filter(b -> b.instrumentName().equals(instrument))
                .mapToLong(BalanceView::reservedTokens).sum());
    }

    <T> T onCore(java.util.function.Function<Venue, T> task) throws Exception {
        return core.submit(task).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        core.close();
    }
}
