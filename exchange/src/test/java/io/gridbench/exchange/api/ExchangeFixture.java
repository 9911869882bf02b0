package io.gridbench.exchange.api;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.server.SimulatedVenues;
import io.gridbench.exchange.signing.RequestSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Clock;

/** Starts one exchange per test class on 127.0.0.1 and a free port, with helpers to open accounts and sign requests. */
abstract class ExchangeFixture {
    static final String CHAT_FAST = "market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c";
    static final String ORDERS = "/api/v1/trading/orders";

    static ExchangeServer server;
    static ExchangeConfig config;

    @BeforeAll
    static void startExchange() {
        config = ExchangeConfig.defaults();
        server = ExchangeServer.builder(config, SimulatedVenues.factory(7, Clock.systemUTC())).seed(7).start(0);
    }

    @AfterAll
    static void stopExchange() {
        server.close();
    }

    /** A new account with cash and units of every instrument. */
    static SignedHttpClient fundedClient() {
        return client(server.provisioner().openFunded());
    }

    /** A new account with the demo cash and no units. */
    static SignedHttpClient demoClient() {
        return client(server.provisioner().openDemo());
    }

    static SignedHttpClient client(Credentials credentials) {
        return new SignedHttpClient(server.baseUrl(), new RequestSigner(credentials.keyPair(), Clock.systemUTC()));
    }

    static String marketOf(String instrument) {
        return config.instrument(instrument).marketId();
    }

    static String limit(String marketId, String side, long quantity, String priceJson) {
        return "{\"market_id\":\"" + marketId + "\",\"side\":\"" + side + "\",\"type\":\"limit\",\"quantity\":" + quantity
                + ",\"price\":" + priceJson + ",\"time_in_force\":\"gtc\"}";
    }

    static String market(String marketId, String side, long quantity) {
        return "{\"market_id\":\"" + marketId + "\",\"side\":\"" + side + "\",\"type\":\"market\",\"quantity\":" + quantity
                + ",\"time_in_force\":\"gtc\"}";
    }
}
