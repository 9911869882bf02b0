package io.gridbench.exchange.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.ExchangeConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading the {@code inference} section of the exchange YAML. */
class InferenceSettingsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }

    @Test
    void defaultsMeetThePublishedLatencyOfEachInstrument() {
        InferenceSettings d = InferenceSettings.defaults();

        assertThat(d.profileFor("text-standard").ttftMillis()).isLessThanOrEqualTo(1_320);
        assertThat(d.profileFor("text-standard").tokensPerSecond()).isGreaterThanOrEqualTo(100);
        assertThat(d.profileFor("text-prime")).isEqualTo(new LatencyProfile(4_620, 40, 0.1));
        assertThat(d.profileFor("text-max")).isEqualTo(new LatencyProfile(3_500, 30, 0.1));
        assertThat(d.profileFor("chat-fast").ttftMillis()).isLessThan(d.profileFor("text-standard").ttftMillis());
        assertThat(d.fast()).isFalse();
        assertThat(d.supplierRedirect()).isFalse();
        assertThat(d.rateLimitPerSecond()).isZero();
        assertThat(d.defaultMaxTokens()).isEqualTo(256);
        assertThat(d.autoBuyUnits()).isEqualTo(1);
    }

    @Test
    void theEditableConfigCopySpellsOutTheBuiltInDefaults() {
        ExchangeConfig copy = ExchangeConfig.load(Path.of("..", "config", "exchange.yaml"));
        assertThat(InferenceSettings.from(copy)).isEqualTo(InferenceSettings.defaults());
    }

    @Test
    void anAbsentSectionGivesTheDefaults() {
        assertThat(InferenceSettings.fromJson(null)).isEqualTo(InferenceSettings.defaults());
    }

    @Test
    void readsEveryKeyAndMergesNamedProfilesOverTheBuiltInOnes() throws Exception {
        InferenceSettings s = InferenceSettings.fromJson(yaml("""
                fast: true
                default_max_tokens: 512
                auto_buy_units: 3
                chunk_interval_ms: 20
                rate_limit: {requests_per_second: 5, burst: 10}
                supplier_redirect: true
                supplier_ticket_ttl_ms: 5000
                profiles:
                  text-max: {ttft_ms: 100, tokens_per_second: 300}
                  my-model: {ttft_ms: 10, tokens_per_second: 1000, jitter: 0}
                """));

        assertThat(s.fast()).isTrue();
        assertThat(s.defaultMaxTokens()).isEqualTo(512);
        assertThat(s.autoBuyUnits()).isEqualTo(3);
        assertThat(s.chunkIntervalMillis()).isEqualTo(20);
        assertThat(s.rateLimitPerSecond()).isEqualTo(5);
        assertThat(s.rateLimitBurst()).isEqualTo(10);
        assertThat(s.supplierRedirect()).isTrue();
        assertThat(s.supplierTicketTtlMillis()).isEqualTo(5_000);
        assertThat(s.profileFor("text-max")).isEqualTo(new LatencyProfile(100, 300, 0.1));
        assertThat(s.profileFor("my-model")).isEqualTo(new LatencyProfile(10, 1000, 0));
        assertThat(s.profileFor("text-prime")).isEqualTo(InferenceSettings.defaults().profileFor("text-prime"));
    }

    @Test
    void namesTheKeyOfAValueOutOfRange() throws Exception {
        assertThatThrownBy(() -> InferenceSettings.fromJson(yaml("profiles: {text-max: {jitter: 1.5}}")))
                .hasMessageStartingWith("inference.profiles.text-max.jitter");
    }

    @Test
    void namesTheKeyOfAValueOfTheWrongType() throws Exception {
        assertThatThrownBy(() -> InferenceSettings.fromJson(yaml("rate_limit: {burst: lots}")))
                .hasMessage("inference.rate_limit.burst must be a whole number, was 'lots'");
    }

    @Test
    void aTypoInTheSectionIsAnErrorAtTheKey(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "inference:\n  fsat: true\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageContaining("/config.yaml:2:3: unknown key 'fsat' in section 'inference' (known: fast, ");
    }

    @Test
    void aTypoInARateLimitIsAnErrorAtTheKey(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "inference:\n  rate_limit:\n    burst: 2\n    brust: 3\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageEndingWith("/config.yaml:4:5: unknown key 'brust' in section 'inference.rate_limit'"
                        + " (known: requests_per_second, burst)");
    }

    @Test
    void aProfileCanCapTheCompletionBudget(@TempDir Path dir) throws Exception {
        InferenceSettings s = load(dir, "inference:\n  profiles:\n    text-max: {max_tokens: 4096}\n");
        assertThat(s.profileFor("text-max").maxTokens()).isEqualTo(4096);
        assertThat(s.profileFor("chat-fast").maxTokens()).isEqualTo(LatencyProfile.DEFAULT_MAX_TOKENS);
    }

    @Test
    void aTypoInTheDefaultProfileIsAnError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "inference:\n  default_profile: {ttft_ms: 5, jiter: 0.2}\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageEndingWith("/config.yaml:2:33: unknown key 'jiter' in section 'inference.default_profile'"
                        + " (known: ttft_ms, tokens_per_second, jitter, max_tokens)");
    }

    @Test
    void aTypoInANamedProfileIsAnError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "inference:\n  profiles:\n    text-max:\n      ttft: 100\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageContaining("/config.yaml:4:7: unknown key 'ttft' in section 'inference.profiles.text-max'");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtTheValue(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "inference:\n  auto_buy_units: five\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageEndingWith("/config.yaml:2:19: inference.auto_buy_units must be a whole number, was 'five'");
    }

    @Test
    void aValueOutOfRangeIsAnErrorAtTheValue(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> load(dir, "inference:\n  rate_limit: {burst: 0}\n"))
                .isInstanceOf(ExchangeConfigException.class)
                .hasMessageEndingWith("/config.yaml:2:23: inference.rate_limit.burst must be >= 1");
    }

    private static InferenceSettings load(Path dir, String inference) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, inference + """
                instruments:
                  - {name: chat-fast, instrument_id: i, market_id: m, reference_price: 2.40}
                """, StandardCharsets.UTF_8);
        return InferenceSettings.from(ExchangeConfig.load(file));
    }
}
