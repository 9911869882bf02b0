package io.gridbench.backtest.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.replay.Replay;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixture");
    private static final Path CEILING = FIXTURE.resolve("fixed-ceiling.yaml");
    private static final MarketData DATA = MarketData.load(FIXTURE.resolve("candles-1m.csv"),
            FIXTURE.resolve("trades.csv"));
    private static final Workload WORKLOAD = DemandFiles.load(FIXTURE.resolve("demand.yaml"),
            DATA.candles().openTime(0), DATA.candles().closeTime(DATA.candles().size() - 1), 7);
    private static final FillModel MODEL = FillModel.named("touch");
    private static final SweepGrid GRID = SweepGrid.parse(List.of("max_price=2.36..2.40:0.02", "window=1h,2h"));

    private static List<VariantResult> sweep(int threads) {
        return new Sweep(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD)
                .run(StrategyTemplate.load(CEILING, List.of()), GRID, threads, ParallelReplays.Listener.NONE);
    }

    @Test
    void eachVariantGivesWhatAnIndividualRunWithThoseOverridesGives() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<VariantResult> swept = sweep(2);
        assertThat(swept).hasSize(6);
        for (VariantResult v : swept) {
            var spec = StrategyFiles.load(List.of(CEILING), v.variant().overrides()).get(0)
                    .named(v.result().name());
            StrategyResult alone = new Replay(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD).run(spec)
                    .withoutTimeline();
            assertThat(json.writeValueAsString(v.result())).as(v.variant().label())
                    .isEqualTo(json.writeValueAsString(alone));
        }
    }

    @Test
    void resultsComeInGridOrderWhateverTheThreadCount() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<VariantResult> one = sweep(1);
        List<VariantResult> two = sweep(2);
        assertThat(two).extracting(v -> v.variant().index()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(json.writeValueAsString(two)).isEqualTo(json.writeValueAsString(one));
        assertThat(two.get(3).result().parameters()).containsEntry("max_price", "2.38").containsEntry("window", "2h");
    }

    @Test
    void theRankingPutsMetDemandFirstThenCostPlusShortfallWithTiesInGridOrder() {
        List<VariantResult> variants = sweep(2);
        StrategyResult base = new Sweep(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD).baseline();
        var results = new SweepResults("t", java.util.Map.of(), java.util.Map.of(), null, "fixed-ceiling",
                "fixed-ceiling", GRID.keys(), base, variants);
        List<VariantResult> ranked = results.ranked();
        double price = base.averagePrice();
        for (int i = 1; i < ranked.size(); i++) {
            boolean prevMet = ranked.get(i - 1).metDemand();
            boolean curMet = ranked.get(i).metDemand();
            assertThat(!prevMet && curMet).as("a variant that met demand ranks below one that did not").isFalse();
            if (prevMet != curMet) {
                continue;
            }
            double prev = ranked.get(i - 1).costWithShortfallUsd(price);
            double cur = ranked.get(i).costWithShortfallUsd(price);
            assertThat(prev).isLessThanOrEqualTo(cur);
            if (prev == cur) {
                assertThat(ranked.get(i - 1).variant().index()).isLessThan(ranked.get(i).variant().index());
            }
        }
    }

    @Test
    void anUnknownKeyNamesVaryTheKeyAndTheStrategy() {
        var template = StrategyTemplate.load(CEILING, List.of());
        assertThatThrownBy(() -> Sweep.specs(template, SweepGrid.parse(List.of("max_prise=2.30,2.40"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--vary")
                .hasMessageContaining("key 'max_prise'").hasMessageContaining("fixed-ceiling");
    }

    @Test
    void aBadValueNamesTheVariantAndTheKey() {
        var template = StrategyTemplate.load(CEILING, List.of());
        assertThatThrownBy(() -> Sweep.specs(template, SweepGrid.parse(List.of("max_price=2.30,cheap"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--vary max_price=cheap")
                .hasMessageContaining("key 'max_price'").hasMessageContaining("'cheap'");
    }

    @Test
    void relativePricesSweepLikeAbsoluteOnes() {
        SweepGrid grid = SweepGrid.parse(List.of("max_price=vwap-2%,vwap-1%,vwap(1h)"));
        List<VariantResult> r = new Sweep(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD)
                .run(StrategyTemplate.load(CEILING, List.of()), grid, 2, ParallelReplays.Listener.NONE);
        assertThat(r).extracting(v -> v.result().parameters().get("max_price"))
                .containsExactly("vwap(24h)-2%", "vwap(24h)-1%", "vwap(1h)");
        assertThat(r).extracting(v -> v.result().unitsOrdered()).allSatisfy(u -> assertThat(u).isPositive());
    }

    @Test
    void aMalformedRelativeValueFailsBeforeAnythingRuns() {
        SweepGrid grid = SweepGrid.parse(List.of("max_price=vwap-1%,vwap-x"));
        assertThatThrownBy(() -> Sweep.specs(StrategyTemplate.load(CEILING, List.of()), grid))
                .isInstanceOf(ConfigException.class).hasMessageContaining("max_price=vwap-x")
                .hasMessageContaining("'max_price'");
    }

    @Test
    void aBadValueFailsTheRunNamingTheVariantAndTheKeyWhateverThreadBuildsIt() {
        SweepGrid grid = SweepGrid.parse(List.of("max_price=2.30,2.32,2.34,cheap"));
        for (int threads = 1; threads <= 2; threads++) {
            int t = threads;
            assertThatThrownBy(() -> new Sweep(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD)
                    .run(StrategyTemplate.load(CEILING, List.of()), grid, t, ParallelReplays.Listener.NONE))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("--vary max_price=cheap")
                    .hasMessageContaining("key 'max_price'");
        }
    }
}
