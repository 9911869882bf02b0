package io.gridbench.backtest.config;

import io.gridbench.backtest.Fixtures;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.replay.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void readsTypeNameAndParametersWithDefaults() throws IOException {
        Path f = file("a.yaml", "type: buffer-replenish\nname: buf\nmax_price: 2.5\n");
        StrategySpec s = StrategyFiles.load(List.of(f), List.of()).get(0);
        assertThat(s.name()).isEqualTo("buf");
        assertThat(s.type()).isEqualTo("buffer-replenish");
        assertThat(s.parameters()).containsEntry("max_price", "2.50").containsEntry("min_balance", 5L)
                .containsEntry("check_every", "5m");
    }

    @Test
    void nameDefaultsToTheFileName() throws IOException {
        Path f = file("cheap.json", "{\"type\": \"auto\"}");
        assertThat(StrategyFiles.load(List.of(f), List.of()).get(0).name()).isEqualTo("cheap");
    }

    @Test
    void unknownKeyIsAnErrorNamingFileAndKey() throws IOException {
        Path f = file("a.yaml", "type: auto\nbuy_quantiy: 3\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(f), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("'buy_quantiy'")
                .hasMessageContaining("unknown key");
    }

    @Test
    void wrongTypeIsAnErrorNamingFileAndKey() throws IOException {
        Path f = file("a.yaml", "type: fixed-ceiling\nmax_price: cheap\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(f), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("'max_price'");
    }

    @Test
    void priceFinerThanACentIsAnError() throws IOException {
        Path f = file("a.yaml", "type: fixed-ceiling\nmax_price: 2.505\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(f), List.of())).hasMessageContaining("0.01 tick");
    }

    @Test
    void missingOrUnknownTypeIsAnError() throws IOException {
        Path none = file("a.yaml", "max_price: 2\n");
        Path bad = file("b.yaml", "type: twap\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(none), List.of())).hasMessageContaining("'type'");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(bad), List.of())).hasMessageContaining("twap");
    }

    @Test
    void setOverridesEveryStrategyWithThatKey() throws IOException {
        Path a = file("a.yaml", "type: auto\n");
        Path b = file("b.yaml", "type: buffer-replenish\nmax_price: 2.5\n");
        Path c = file("c.yaml", "type: fixed-ceiling\nmax_price: 2.4\n");
        List<StrategySpec> specs = StrategyFiles.load(List.of(a, b, c), List.of("buy_quantity=7"));
        assertThat(specs.get(0).parameters()).containsEntry("buy_quantity", 7L);
        assertThat(specs.get(1).parameters()).containsEntry("buy_quantity", 7L);
        assertThat(specs.get(2).parameters()).doesNotContainKey("buy_quantity");
    }

    @Test
    void scopedSetOverridesOneStrategy() throws IOException {
        Path a = file("a.yaml", "type: fixed-ceiling\nmax_price: 2.4\n");
        Path b = file("b.yaml", "type: fixed-ceiling\nmax_price: 2.4\n");
        List<StrategySpec> specs = StrategyFiles.load(List.of(a, b), List.of("b.max_price=2.10"));
        assertThat(specs.get(0).parameters()).containsEntry("max_price", "2.40");
        assertThat(specs.get(1).parameters()).containsEntry("max_price", "2.10");
    }

    @Test
    void setOfAKeyNoStrategyHasIsAnError() throws IOException {
        Path a = file("a.yaml", "type: auto\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(a), List.of("max_pirce=2")))
                .hasMessageContaining("--set").hasMessageContaining("max_pirce");
    }

    @Test
    void aBadSetValueIsReportedAgainstTheSetOptionNotTheFile() throws IOException {
        Path a = file("a.yaml", "type: fixed-ceiling\nmax_price: 2.4\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(a), List.of("max_price=abc")))
                .hasMessageStartingWith("--set max_price=abc: key 'max_price': ")
                .hasMessageNotContaining(a.toString());
    }

    @Test
    void aBadSetValueInASweepTemplateIsReportedAgainstTheSetOption() throws IOException {
        Path a = file("a.yaml", "type: fixed-ceiling\nmax_price: 2.4\n");
        assertThatThrownBy(() -> StrategyTemplate.load(a, List.of("window=soon")))
                .hasMessageStartingWith("--set window=soon: key 'window': ");
    }

    @Test
    void aBadValueInTheFileStillNamesTheFileLineAndColumn() throws IOException {
        Path a = file("a.yaml", "type: fixed-ceiling\nmax_price: abc\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(a), List.of("window=2h")))
                .hasMessageStartingWith(a + ":2:12: key 'max_price': ");
    }

    @Test
    void anUnknownKeyIsReportedAtItsLineAndColumn() throws IOException {
        Path a = file("a.yaml", "type: auto\nbuy_quantity: 2\n  \nlow_balanse: 1\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(a), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(a + ":4:1: key 'low_balanse': unknown key");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtItsSecondPlace() throws IOException {
        Path a = file("a.yaml", "type: auto\nbuy_quantity: 2\nbuy_quantity: 3\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(a), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(a + ":3:1: key 'buy_quantity' appears twice");
    }

    @Test
    void setWithABadValueNamesTheKey() throws IOException {
        Path a = file("a.yaml", "type: auto\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(a), List.of("buy_quantity=lots")))
                .hasMessageContaining("'buy_quantity'").hasMessageContaining("whole number");
    }

    @Test
    void shippedExamplesLoad() {
        Path examples = Path.of("..", "examples", "strategies");
        List<Path> files = List.of(examples.resolve("fixed-ceiling.yaml"), examples.resolve("spread-tracking.yaml"),
                examples.resolve("buffer-replenish.yaml"), examples.resolve("auto.yaml"));
        assertThat(StrategyFiles.load(files, List.of())).extracting(StrategySpec::type)
                .containsExactly("fixed-ceiling", "spread-tracking", "buffer-replenish", "auto");
    }

    @Test
    void includeExistingBalanceDefaultsToTrue() throws IOException {
        Path f = file("a.yaml", "type: fixed-ceiling\nmax_price: 2.40\n");
        assertThat(StrategyFiles.load(List.of(f), List.of()).get(0).parameters())
                .containsEntry("include_existing_balance", true);
    }

    @Test
    void includeExistingBalanceDecidesWhetherUnitsHeldCountTowardsAJob() throws IOException {
        // 2 units held, a 3-unit job: buy 1 when counting them (the default), 3 when not.
        Path f = file("a.yaml", "type: fixed-ceiling\nmax_price: 2.40\n");
        Workload w = new Workload(2_000_000, DemandModel.NONE, List.of(new Job(Fixtures.T0, 3_000_000)));
        MarketData d = Fixtures.data(Fixtures.flat(3, 200, 100));
        StrategySpec counting = StrategyFiles.load(List.of(f), List.of()).get(0);
        StrategySpec notCounting = StrategyFiles.load(List.of(f), List.of("include_existing_balance=false")).get(0);
        assertThat(new Replay(d, FillModel.named("touch"), FillConfig.DEFAULTS, w).run(counting).unitsOrdered())
                .isEqualTo(1);
        assertThat(new Replay(d, FillModel.named("touch"), FillConfig.DEFAULTS, w).run(notCounting).unitsOrdered())
                .isEqualTo(3);
    }
}
