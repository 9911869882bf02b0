package io.gridbench.backtest.config;

import io.gridbench.backtest.strategy.LimitPrice;
import io.gridbench.backtest.strategy.LimitPrice.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitPricesTest {
    private static final long DAY = LimitPrice.DEFAULT_VWAP_WINDOW_MILLIS;

    @TempDir
    Path dir;

    @Test
    void aNumberIsAnAbsolutePrice() {
        assertThat(LimitPrices.parse("2.42")).isEqualTo(LimitPrice.fixed(242));
    }

    @Test
    void bareVwapHasTheDefaultWindowAndNoOffset() {
        assertThat(LimitPrices.parse("vwap")).isEqualTo(new LimitPrice(Reference.VWAP, 0, DAY, 0, 0));
    }

    @Test
    void vwapTakesAWindowAndAPercentOffset() {
        assertThat(LimitPrices.parse("vwap(6h)-1.5%")).isEqualTo(new LimitPrice(Reference.VWAP, 0, 6 * 3_600_000L,
                0, -150));
    }

    @Test
    void lastAndMidTakeUsdOrPercentOffsets() {
        assertThat(LimitPrices.parse("mid-0.02")).isEqualTo(new LimitPrice(Reference.MID, 0, 0, -2, 0));
        assertThat(LimitPrices.parse("last+1%")).isEqualTo(new LimitPrice(Reference.LAST, 0, 0, 0, 100));
    }

    @Test
    void spacesAroundTheSignAndUpperCaseAreAccepted() {
        assertThat(LimitPrices.parse(" VWAP - 1 % ")).isEqualTo(new LimitPrice(Reference.VWAP, 0, DAY, 0, -100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.42", "vwap(24h)", "vwap(6h)-1.5%", "last+0.5%", "mid-0.02", "vwap(90m)+0.1"})
    void theTextFormParsesBackToTheSamePrice(String text) {
        LimitPrice p = LimitPrices.parse(text);
        assertThat(LimitPrices.parse(p.toString())).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"twap-1%", "vwap-", "vwap*2", "vwap-1%%", "vwap--1%", "cheap", ""})
    void malformedTextShowsTheAcceptedForms(String text) {
        assertThatThrownBy(() -> LimitPrices.parse(text)).hasMessageContaining(LimitPrices.FORMS);
    }

    @Test
    void onlyVwapTakesAWindow() {
        assertThatThrownBy(() -> LimitPrices.parse("mid(1h)")).hasMessageContaining("only vwap takes a window");
    }

    @Test
    void aBadWindowIsNamed() {
        assertThatThrownBy(() -> LimitPrices.parse("vwap(6x)")).hasMessageContaining("vwap window")
                .hasMessageContaining("6x");
        assertThatThrownBy(() -> LimitPrices.parse("vwap(0m)")).hasMessageContaining("must be positive");
    }

    @Test
    void offsetsFinerThanATickOrABasisPointAreErrors() {
        assertThatThrownBy(() -> LimitPrices.parse("mid-0.005")).hasMessageContaining("0.01 tick");
        assertThatThrownBy(() -> LimitPrices.parse("vwap-0.125%")).hasMessageContaining("two decimals");
    }

    @Test
    void subtractingAHundredPercentOrMoreIsAnError() {
        assertThatThrownBy(() -> LimitPrices.parse("vwap-100%")).hasMessageContaining("below 100%");
    }

    @Test
    void aStrategyFileErrorNamesFileKeyAndAcceptedForms() throws IOException {
        Path f = dir.resolve("relative.yaml");
        Files.writeString(f, "type: fixed-ceiling\nmax_price: vwap minus 1%\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(f), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("'max_price'")
                .hasMessageContaining("vwap(<window>").hasMessageContaining("vwap minus 1%");
    }

    @Test
    void aSetOverrideErrorNamesTheKey() throws IOException {
        Path f = dir.resolve("b.yaml");
        Files.writeString(f, "type: buffer-replenish\nmax_price: 2.50\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(f), List.of("max_price=vwap-0.001")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'max_price'")
                .hasMessageContaining("0.01 tick");
    }

    @Test
    void relativePricesAreReportedInTheirTextForm() throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Path c = dir.resolve("c.yaml");
        Files.writeString(a, "type: fixed-ceiling\nmax_price: vwap-1%\n");
        Files.writeString(b, "type: spread-tracking\nmax_price: mid+0.05\n");
        Files.writeString(c, "type: buffer-replenish\nmax_price: 2.44\n");
        List<StrategySpec> specs = StrategyFiles.load(List.of(a, b, c), List.of("c.max_price=last"));
        assertThat(specs).extracting(s -> s.parameters().get("max_price"))
                .containsExactly("vwap(24h)-1%", "mid+0.05", "last");
    }
}
