package io.gridbench.backtest.walkforward;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.replay.Replay;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalkForwardTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixture");
    private static final MarketData DATA = MarketData.load(FIXTURE.resolve("candles-1m.csv"),
            FIXTURE.resolve("trades.csv"));
    private static final long HOUR = 3_600_000L;
    private static final FillModel MODEL = FillModel.named("touch");
    private static final StrategyTemplate CEILING = StrategyTemplate.load(FIXTURE.resolve("fixed-ceiling.yaml"),
            List.of());
    private static final SweepGrid GRID = SweepGrid.parse(List.of("max_price=2.34..2.40:0.02", "window=1h,2h"));
    /** Six hours of fixture data: train 2 h, test 1 h, step 1 h gives four windows. */
    private static final WalkForwardSpec SPEC = WalkForwardSpec.parse("train=2h,test=1h");

    private static Workload workload(MarketData d) {
        return DemandFiles.load(FIXTURE.resolve("demand.yaml"), d.startMillis(), d.endMillis(), 7);
    }

    private static List<WalkForwardWindow> run(int threads) {
        return new WalkForward(DATA, MODEL, FillConfig.DEFAULTS, WalkForwardTest::workload)
                .run(SPEC, CEILING, GRID, threads, ParallelReplays.Listener.NONE);
    }

    @Test
    void testWindowsFollowTheirTrainingWindowAndRollByTheStep() {
        List<WalkForwardWindow> w = run(2);
        long t0 = DATA.startMillis();
        assertThat(w).hasSize(4);
        for (int i = 0; i < w.size(); i++) {
            assertThat(w.get(i).trainFrom()).isEqualTo(t0 + i * HOUR);
            assertThat(w.get(i).trainTo()).isEqualTo(t0 + (i + 2) * HOUR).isEqualTo(w.get(i).testFrom());
            assertThat(w.get(i).testTo()).isEqualTo(t0 + (i + 3) * HOUR);
        }
    }

    @Test
    void theChoiceIsTheVariantWhoseDemandCostWasLowestOnTheTrainingWindow() {
        WalkForwardWindow first = run(2).get(0);
        MarketData train = DATA.between(first.trainFrom(), first.trainTo());
        Sweep sweep = new Sweep(train, MODEL, FillConfig.DEFAULTS, workload(train));
        var auto = sweep.baseline();
        var runs = sweep.run(CEILING, GRID, 1, ParallelReplays.Listener.NONE);
        var chosen = runs.get(first.chosen().index());
        double chosenCost = WalkForwardWindow.demandCostUsd(chosen.result(), auto);
        for (var v : runs) {
            assertThat(v.metDemand() && !chosen.metDemand()).as(v.variant().label()).isFalse();
            if (v.metDemand() == chosen.metDemand()) {
                assertThat(WalkForwardWindow.demandCostUsd(v.result(), auto)).as(v.variant().label())
                        .isGreaterThanOrEqualTo(chosenCost);
            }
        }
        assertThat(first.inSample().costCents()).isEqualTo(chosen.result().costCents());
    }

    @Test
    void theOutOfSampleFigureIsTheChoiceReplayedAloneOnTheTestWindow() {
        WalkForwardWindow second = run(2).get(1);
        MarketData test = DATA.between(second.testFrom(), second.testTo());
        var spec = StrategyFiles.load(List.of(FIXTURE.resolve("fixed-ceiling.yaml")), second.chosen().overrides())
                .get(0);
        var alone = new Replay(test, MODEL, FillConfig.DEFAULTS, workload(test)).run(spec);
        assertThat(second.outOfSample().costCents()).isEqualTo(alone.costCents());
        assertThat(second.outOfSample().unitsBought()).isEqualTo(alone.unitsBought());
        assertThat(second.outOfSampleRank()).isBetween(1, GRID.size());
        assertThat(second.variants()).isEqualTo(GRID.size());
    }

    @Test
    void theSameInputsGiveTheSameWindowsWhateverTheThreadCount() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(run(2))).isEqualTo(json.writeValueAsString(run(1)));
    }

    @Test
    void pooledFiguresAddUpEachWindowsDemandCost() {
        List<WalkForwardWindow> w = run(2);
        WalkForwardResults r = new WalkForwardResults("t", java.util.Map.of(), java.util.Map.of(), "fixed-ceiling",
                "fixed-ceiling", GRID.keys(), SPEC, w);
        double cost = 0;
        double autoCost = 0;
        for (WalkForwardWindow x : w) {
            double price = x.outOfSampleAuto().averagePrice();
            cost += x.outOfSample().averagePrice() * x.outOfSample().consumedTokens() / 1e6
                    + x.outOfSample().unmetUnits() * price;
            autoCost += price * x.outOfSampleAuto().consumedTokens() / 1e6 + x.outOfSampleAuto().unmetUnits() * price;
        }
        assertThat(r.pooledOutOfSampleVsAutoPct()).isCloseTo((cost / autoCost - 1) * 100, Offset.offset(1e-9));
    }

    @Test
    void unitsLeftInTheBalanceAtAWindowsEndAreNotCharged() {
        WalkForwardWindow first = run(2).get(0);
        var r = first.inSample();
        assertThat(WalkForwardWindow.demandCostUsd(r, first.inSampleAuto()))
                .isCloseTo(r.averagePrice() * r.consumedTokens() / 1e6
                        + r.unmetUnits() * first.inSampleAuto().averagePrice(), Offset.offset(1e-9));
    }

    @Test
    void hindsightIsNeverWorseThanTheChoiceOnTheTestWindow() {
        for (WalkForwardWindow x : run(2)) {
            if (x.hindsightResult().unmetUnits() < 1 == x.outOfSample().unmetUnits() < 1) {
                assertThat(x.hindsightVsAutoPct()).isLessThanOrEqualTo(x.outOfSampleVsAutoPct());
            }
        }
    }

    @Test
    void dataShorterThanOneTrainingAndTestWindowIsAnError() {
        WalkForward wf = new WalkForward(DATA, MODEL, FillConfig.DEFAULTS, WalkForwardTest::workload);
        assertThatThrownBy(() -> wf.run(WalkForwardSpec.parse("train=5h,test=2h"), CEILING, GRID, 1,
                ParallelReplays.Listener.NONE))
                .hasMessage("--walk-forward: one training plus one test window (0.3 days) is longer than the data"
                        + " (0.3 days)");
    }
}
