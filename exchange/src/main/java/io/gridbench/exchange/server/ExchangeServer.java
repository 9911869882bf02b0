package io.gridbench.exchange.server;

import io.gridbench.exchange.api.TradingApi;
import io.gridbench.exchange.api.WireFormat;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.http.BodyDeadline;
import io.gridbench.exchange.http.MalformedRequests;
import io.gridbench.exchange.venue.Venue;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The simulated Grid as one process: a venue core thread, the Trading API and whatever else is mounted, served by
 * Vert.x on 127.0.0.1. Wiring, in order:
 * <ol>
 *   <li>the venue core (one thread at a time owns the books and accounts);</li>
 *   <li>the account directory and provisioner (seeded, so keys are reproducible);</li>
 *   <li>one router: {@code GET /health}, the Trading API, then every {@link Builder#mount} hook;</li>
 *   <li>{@code server.event_loops} HTTP verticles sharing the port;</li>
 *   <li>periodic tasks ({@link Builder#periodic}) submitted to the core on a Vert.x timer.</li>
 * </ol>
 *
 * <pre>{@code
 * try (ExchangeServer server = ExchangeServer.builder(config, venueFactory)
 *         .mount(ctx -> consumptionApi.mount(ctx.router()))
 *         .periodic(Duration.ofMillis(100), venue -> agents.tick(venue))
 *         .start(0)) {
 *     Credentials demo = server.provisioner().openDemo();
 *     System.out.println(server.baseUrl());
 * }
 * }</pre>
 */
public final class ExchangeServer implements AutoCloseable {
    private final Vertx vertx;
    private final VenueCore core;
    private final ExchangeContext context;
    private final List<Long> timers;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ExchangeServer(Vertx vertx, VenueCore core, ExchangeContext context, List<Long> timers, int port) {
        this.vertx = vertx;
        this.core = core;
        this.context = context;
        this.timers = timers;
        this.port = port;
    }

    /**
     * @param venueFactory builds and starts the venue core for the config's instruments
     */
    public static Builder builder(ExchangeConfig config, Function<ExchangeConfig, VenueCore> venueFactory) {
        return new Builder(config, venueFactory);
    }

    /** The bound port (the free one picked when started on port 0). */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT}: the Trading API base URL, as {@code TRADING_BASE_URL}. */
    public String baseUrl() {
        return "http://" + context.config().server().host() + ":" + port;
    }

    public AccountDirectory accounts() {
        return context.accounts();
    }

    public AccountProvisioner provisioner() {
        return context.provisioner();
    }

    public VenueCore core() {
        return core;
    }

    public ExchangeContext context() {
        return context;
    }

    /** Stops accepting requests, stops the timers and Vert.x, then the venue core after its queued tasks. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (long timer : timers) {
            vertx.cancelTimer(timer);
        }
        await(vertx.close(), "stop the HTTP server");
        core.close();
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to " + what, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Collects the hooks, then {@link #start(int)} wires and starts everything. Not thread-safe; use on one thread. */
    public static final class Builder {
        private final ExchangeConfig config;
        private final Function<ExchangeConfig, VenueCore> venueFactory;
        private final List<Consumer<ExchangeContext>> mounts = new ArrayList<>();
        private final List<PeriodicTask> periodicTasks = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private long seed = 1;

        private Builder(ExchangeConfig config, Function<ExchangeConfig, VenueCore> venueFactory) {
            this.config = Objects.requireNonNull(config, "config");
            this.venueFactory = Objects.requireNonNull(venueFactory, "venueFactory");
        }

        /** Seeds the account keys drawn by the {@link AccountProvisioner}. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The clock signed timestamps are checked against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Runs {@code hook} once, after the Trading API is mounted and before the server listens: the place to add
         * routes (Consumption API, dashboards) to {@link ExchangeContext#router()} or to open agent accounts.
         */
        public Builder mount(Consumer<ExchangeContext> hook) {
            mounts.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /**
         * Runs {@code task} on the venue core thread every {@code period} (market agents tick so). A tick is skipped
         * while the previous one is still queued or running, so a slow task never piles up work on the core.
         */
        public Builder periodic(Duration period, Consumer<Venue> task) {
            periodicTasks.add(new PeriodicTask(period, Objects.requireNonNull(task, "task")));
            return this;
        }

        /** Starts everything and returns once listening on 127.0.0.1 ({@code port} 0 picks a free port). */
        public ExchangeServer start(int port) {
            VenueCore core = venueFactory.apply(config);
            Vertx vertx = Vertx.vertx();
            try {
                return startOn(vertx, core, port);
            } catch (RuntimeException e) {
                vertx.close();
                core.close();
                throw e;
            }
        }

        private ExchangeServer startOn(Vertx vertx, VenueCore core, int port) {
            AccountDirectory accounts = new AccountDirectory();
            AccountProvisioner provisioner = new AccountProvisioner(core, accounts, config, seed);
            Router router = Router.router(vertx);
            ExchangeContext context = new ExchangeContext(vertx, router, core, accounts, provisioner, config);

            router.route().handler(new BodyDeadline(config.server().bodyTimeoutSeconds() * 1000L));
            router.route().handler(MalformedRequests::checkQuery);
            router.get("/health").handler(ctx -> ApiResponses.data(ctx, 200, WireFormat.status("ok")));
            new TradingApi(core, accounts, clock, config.server().maxBodyBytes(), config.server().maxClockSkewSeconds())
                    .mount(router);
            for (Consumer<ExchangeContext> hook : mounts) {
                hook.accept(context);
            }
            router.errorHandler(404, ctx -> ApiResponses.error(ctx, 404, "path",
                    "no such endpoint: " + ctx.request().method() + " " + ApiError.cut(ctx.request().path()), null));
            router.errorHandler(400, MalformedRequests::badPath);
            router.errorHandler(500, MalformedRequests::unexpected);
            router.errorHandler(405, ctx -> ApiResponses.error(ctx, 405, "method",
                    "method " + ctx.request().method() + " is not allowed on " + ApiError.cut(ctx.request().path()), null));

            HttpServerOptions options = new HttpServerOptions().setHost(config.server().host()).setTcpNoDelay(true)
                    .setIdleTimeout(config.server().idleTimeoutSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS);
            MalformedRequests malformed = new MalformedRequests(options.getMaxInitialLineLength(),
                    options.getMaxHeaderSize());
            AtomicInteger bound = new AtomicInteger();
            // One verticle instance per event loop; Vert.x shares the socket among them. Port -1 asks for one random
            // port that all instances share (0 would give each its own).
            int listenPort = port == 0 ? -1 : port;
            await(vertx.deployVerticle(() -> new HttpVerticle(options, router, malformed, listenPort, bound),
                    new DeploymentOptions().setInstances(config.server().eventLoops())), "listen on port " + port);
            List<Long> timers = new ArrayList<>();
            for (PeriodicTask task : periodicTasks) {
                timers.add(task.schedule(vertx, core));
            }
            return new ExchangeServer(vertx, core, context, timers, bound.get());
        }
    }

    /** One HTTP server on one event loop, serving the shared router. */
    private static final class HttpVerticle extends VerticleBase {
        private final HttpServerOptions options;
        private final Router router;
        private final MalformedRequests malformed;
        private final int port;
        private final AtomicInteger bound;

        HttpVerticle(HttpServerOptions options, Router router, MalformedRequests malformed, int port,
                     AtomicInteger bound) {
            this.options = options;
            this.router = router;
            this.malformed = malformed;
            this.port = port;
            this.bound = bound;
        }

        @Override
        public Future<?> start() {
            return vertx.createHttpServer(options).requestHandler(router)
                    .invalidRequestHandler(malformed::invalidRequest).listen(port)
                    .onSuccess(server -> bound.set(server.actualPort()));
        }
    }

    /** A task the core runs every period; {@code running} skips ticks while one is in flight. */
    private record PeriodicTask(Duration period, Consumer<Venue> task, AtomicBoolean running) {
        PeriodicTask(Duration period, Consumer<Venue> task) {
            this(period, task, new AtomicBoolean());
        }

        long schedule(Vertx vertx, VenueCore core) {
            return vertx.setPeriodic(Math.max(1, period.toMillis()), id -> {
                if (!running.compareAndSet(false, true)) {
                    return;
                }
                core.submit(venue -> {
                    task.accept(venue);
                    return null;
                }).whenComplete((ignored, failure) -> {
                    running.set(false);
                    if (failure != null) {
                        System.err.println("gridbench: periodic task failed: " + failure);
                    }
                });
            });
        }
    }
}
