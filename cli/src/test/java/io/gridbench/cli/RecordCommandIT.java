package io.gridbench.cli;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.venue.PlaceOrder;
import io.gridbench.exchange.venue.SimulatedVenue;
import io.gridbench.exchange.venue.ThreadVenueCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecordCommandIT {
    private static final long T0 = 1_785_542_400_000L; // 2026-08-01T00:00:00Z

    private static ExchangeServer server;
    private static final long[] venueNow = {T0};

    @TempDir
    static Path dir;
    private static Path credentials;

    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startExchange() throws IOException {
        ExchangeConfig config = ExchangeConfig.defaults();
        List<Instrument> instruments = new ArrayList<>();
        for (InstrumentSettings i : config.instruments()) {
            instruments.add(new Instrument(i.instrumentId(), i.name(), i.marketId(), i.description()));
        }
        String market = config.instrument("text-prime").marketId();
        server = ExchangeServer.builder(config, c -> new ThreadVenueCore(new SimulatedVenue(instruments,
                () -> venueNow[0], 5))).seed(5).start(0);
        server.core().submit(venue -> {
            venue.openAccount("acct_seller", 0, false);
            venue.depositUnits("acct_seller", "text-prime", 100);
            venue.openAccount("acct_buyer", 1_000_000, false);
            for (int i = 0; i < 5; i++) {
                venueNow[0] = T0 + i * 90_000L;
                venue.placeOrder(new PlaceOrder("acct_seller", market, Side.SELL, OrderType.LIMIT, 300, 2, null, 0));
                venue.placeOrder(new PlaceOrder("acct_buyer", market, Side.BUY, OrderType.MARKET, 0, 2, null, 0));
            }
            return null;
        }).join();
        Credentials demo = server.provisioner().openDemo();
        credentials = dir.resolve("demo.env");
        CredentialsFiles.writeEnv(credentials, demo, server.baseUrl(), market);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void recordsAnInstrumentWithTheCredentialsFileOfTheExchange() throws IOException {
        Path out = dir.resolve("out");
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--from", "2026-08-01T00:00:00Z", "--to", "2026-08-01T00:10:00Z", "--out", out.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.resolve("text-prime/candles-1m.csv.gz")).isRegularFile();
        assertThat(out.resolve("text-prime/trades.csv.gz")).isRegularFile();
    }

    @Test
    void aMissingMarketAndInstrumentIsRefused() {
        int exit = run("record", "--credentials", credentials.toString(), "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--market", "--instrument");
    }

    @Test
    void aMalformedFromIsRefusedNamingTheOption() {
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--from", "yesterday", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--from", "yesterday");
    }

    @Test
    void quotesCannotBeSampledFromThePast() {
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--quotes-every", "1s", "--from", "2026-08-01T00:00:00Z", "--to", "2099-01-01", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--from cannot be given with --quotes-every");
    }

    @Test
    void quotesNeedAFutureEnd() {
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--quotes-every", "1s", "--to", "2026-08-01T00:10:00Z", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--to must be at least one whole 1m interval after now");
    }

    @Test
    void aQuotePeriodBelowATenthOfASecondIsRefused() {
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--quotes-every", "10ms", "--to", "2099-01-01", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--quotes-every must be at least 100ms");
    }

    @Test
    void anUnknownIntervalIsRefusedNamingTheOption() {
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--interval", "2m", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--interval");
    }

    @Test
    void aMalformedCredentialsLineIsReportedWithFileAndLine() throws IOException {
        Path broken = dir.resolve("broken.env");
        Files.writeString(broken, "# comment\nGRID_TRADING_PRIVATE_KEY\n");

        int exit = run("record", "--instrument", "text-prime", "--credentials", broken.toString(),
                "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("broken.env:2:1");
    }

    @Test
    void anUnreachableServerIsAnErrorNotACrash() {
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--base-url", "http://127.0.0.1:1", "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("record: error:", "127.0.0.1:1");
    }

    @Test
    void aRangeStartingBeforeTheMarketTradedStartsTheFileAtTheFirstRealBar() throws IOException {
        Path out = dir.resolve("early");
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--from", "2026-07-10", "--to", "2026-08-01T00:10:00Z", "--out", out.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<String> candles = gunzipLines(out.resolve("text-prime/candles-1m.csv.gz"));
        assertThat(candles).hasSize(1 + 10);
        assertThat(candles.get(1)).startsWith("2026-08-01T00:00:00Z,").endsWith(",2");
        assertThat(err.toString()).contains(
                "candles: 5 bars from the API, 5 quiet minutes filled, 2026-08-01T00:00Z .. 00:09Z");
        assertThat(out.resolve("text-prime/source.json")).isRegularFile();
    }

    @Test
    void aRangeWithoutTradesExitsOneAndWritesNoFile() {
        Path out = dir.resolve("empty");
        int exit = run("record", "--instrument", "text-prime", "--credentials", credentials.toString(),
                "--from", "2026-07-01", "--to", "2026-07-02", "--out", out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("record: error:", "no 1m bars", "no files written");
        assertThat(out.resolve("text-prime")).doesNotExist();
    }

    private static List<String> gunzipLines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
