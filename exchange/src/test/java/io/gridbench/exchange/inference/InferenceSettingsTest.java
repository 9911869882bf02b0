package io.gridbench.exchange.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

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
                .hasMessageStartingWith("inference.rate_limit.burst must be a number");
    }
}
