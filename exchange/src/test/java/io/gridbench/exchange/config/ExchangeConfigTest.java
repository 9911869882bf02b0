package io.gridbench.exchange.config;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeConfigTest {
    private static final String ONE_INSTRUMENT = """
            instruments:
              - name: chat-fast
                instrument_id: instrument_x
                market_id: market_x
                reference_price: 2.40
            """;

    @Test
    void defaultsListTheFiveInstrumentsWithChatFastOnItsPublishedMarket() {
        ExchangeConfig config = ExchangeConfig.defaults();

        assertThat(config.instruments()).extracting(InstrumentSettings::name)
                .containsExactly("text-prime", "text-standard", "text-max", "code-max", "chat-fast");
        assertThat(config.instrument("chat-fast").marketId()).isEqualTo("market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c");
        assertThat(config.instrument("chat-fast").referencePriceTicks()).isEqualTo(240);
        assertThat(config.server().maxClockSkewSeconds()).isEqualTo(30);
    }

    @Test
    void editableCopyInTheRepositoryMatchesTheDefaults() throws Exception {
        Path copy = Path.of("..", "config", "exchange.yaml");
        ExchangeConfig edited = ExchangeConfig.load(copy);
        ExchangeConfig defaults = ExchangeConfig.defaults();

        assertThat(edited.instruments()).isEqualTo(defaults.instruments());
        assertThat(edited.accounts()).isEqualTo(defaults.accounts());
        assertThat(edited.server()).isEqualTo(defaults.server());
    }

    @Test
    void omittedSectionsTakeTheirDefaults() {
        ExchangeConfig config = parse(ONE_INSTRUMENT);
        assertThat(config.server().host()).isEqualTo("127.0.0.1");
        assertThat(config.accounts().fundedUnitsPerInstrument()).isEqualTo(1000);
    }

    @Test
    void accountsAreInAdvancedModeUnlessTheConfigSaysAutoMode() {
        assertThat(parse(ONE_INSTRUMENT).accounts().autoMode()).isFalse();
        assertThat(parse("accounts:\n  auto_mode: true\n" + ONE_INSTRUMENT).accounts().autoMode()).isTrue();
    }

    @Test
    void retentionHasDocumentedDefaultsAndCanBeChanged() {
        assertThat(parse(ONE_INSTRUMENT).retention()).isEqualTo(new RetentionSettings(200_000, 100_000, 7));
        assertThat(parse("retention:\n  max_orders: 5000\n" + ONE_INSTRUMENT).retention().maxOrders()).isEqualTo(5000);
    }

    @Test
    void aRetentionTooSmallToServeIsAnError() {
        assertThatThrownBy(() -> parse("retention:\n  max_orders: 10\n" + ONE_INSTRUMENT))
                .isInstanceOf(ExchangeConfigException.class).hasMessageContaining("retention.max_orders");
    }

    @Test
    void aSectionIsHandedToItsOwner() {
        ExchangeConfig config = parse(ONE_INSTRUMENT + """
                inference:
                  fast: true
                """);

        assertThat(config.sectionNames()).containsExactly("instruments", "inference");
        @SuppressWarnings("unchecked")
        Map<String, Boolean> inference = config.section("inference", Map.class).orElseThrow();
        assertThat(inference.get("fast")).isTrue();
        assertThat(parse(ONE_INSTRUMENT).section("inference", Map.class)).isEmpty();
    }

    @Test
    void aMisspelledSectionIsAnErrorAtItsKey() {
        assertThatThrownBy(() -> parse(ONE_INSTRUMENT + "servre:\n  host: 127.0.0.1\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessage("test.yaml:6:1: unknown section 'servre' (known: server, accounts, retention, instruments, inference)");
    }

    @Test
    void typoInsideAKnownSectionIsAnErrorAtTheKey() {
        String yaml = "server:\n  host: 127.0.0.1\n  max_clock_skew_secs: 10\n  event_loops: 2\n" + ONE_INSTRUMENT;
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessage("test.yaml:3:3: unknown key 'max_clock_skew_secs' in section 'server'"
                        + " (known: host, max_body_bytes, max_clock_skew_seconds, event_loops, idle_timeout_seconds,"
                        + " body_timeout_seconds)");
    }

    @Test
    void typoInsideAnInstrumentIsAnErrorAtTheKey() {
        assertThatThrownBy(() -> parse(ONE_INSTRUMENT + "    refrence_price: 1\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageStartingWith("test.yaml:6:5: unknown key 'refrence_price' in section 'instruments[0]'"
                        + " (known: name, instrument_id,");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtTheValue() {
        assertThatThrownBy(() -> parse("server:\n  max_body_bytes: abc\n" + ONE_INSTRUMENT))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessage("test.yaml:2:19: 'max_body_bytes' must be a whole number, was 'abc'");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsAnError() {
        assertThatThrownBy(() -> parse("server:\n  event_loops: 1.5\n" + ONE_INSTRUMENT))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessage("test.yaml:2:16: 'event_loops' must be a whole number, was '1.5'");
    }

    @Test
    void aValueOutOfRangeIsAnErrorAtTheValue() {
        assertThatThrownBy(() -> parse("server:\n  host: 127.0.0.1\n  event_loops: 99\n" + ONE_INSTRUMENT))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessage("test.yaml:3:16: server.event_loops must be between 1 and 64, got 99");
    }

    @Test
    void aSectionThatIsNotAMappingIsAnError() {
        assertThatThrownBy(() -> parse("accounts: 5\n" + ONE_INSTRUMENT))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessage("test.yaml:1:11: 'accounts' must be a mapping, was '5'");
    }

    @Test
    void invalidValueNamesTheKey() {
        assertThatThrownBy(() -> parse(ONE_INSTRUMENT.replace("2.40", "2.405")))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageContaining("test.yaml:")
                .hasMessageContaining("0.01 tick");
    }

    @Test
    void missingInstrumentIdNamesTheInstrument() {
        assertThatThrownBy(() -> parse(ONE_INSTRUMENT.replace("    instrument_id: instrument_x\n", "")))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageContaining("instrument 'chat-fast': instrument_id is required");
    }

    @Test
    void duplicateMarketIdIsRefused() {
        String two = ONE_INSTRUMENT + """
                  - name: other
                    instrument_id: instrument_y
                    market_id: market_x
                    reference_price: 1
                """;
        assertThatThrownBy(() -> parse(two)).isInstanceOf(ExchangeConfigException.class).hasMessageContaining("'market_x'");
    }

    @Test
    void noInstrumentsIsRefused() {
        assertThatThrownBy(() -> parse("server:\n  host: 127.0.0.1\n"))
                .isInstanceOf(ExchangeConfigException.class).hasMessageContaining("at least one instrument");
    }

    @Test
    void unreadableFileNamesThePath() {
        assertThatThrownBy(() -> ExchangeConfig.load(Path.of("no/such/file.yaml")))
                .isInstanceOf(ExchangeConfigException.class).hasMessageContaining("no/such/file.yaml");
    }

    @Test
    void fileIsReadFromDisk(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("exchange.yaml");
        Files.writeString(file, ONE_INSTRUMENT);
        assertThat(ExchangeConfig.load(file).instruments()).hasSize(1);
    }

    private static ExchangeConfig parse(String yaml) {
        return ExchangeConfig.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }
}
