package io.gridbench.backtest.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.metrics.Timeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelReplaysTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixture");
    private static final MarketData DATA = MarketData.load(FIXTURE.resolve("candles-1m.csv"),
            FIXTURE.resolve("trades.csv"));
    private static final Workload WORKLOAD = DemandFiles.load(FIXTURE.resolve("demand.yaml"),
            DATA.candles().openTime(0), DATA.candles().closeTime(DATA.candles().size() - 1), 7);
    private static final FillModel MODEL = FillModel.named("touch");

    /** Every example strategy twice: more specs than threads, so each thread runs several. */
    private static List<StrategySpec> specs() {
        List<StrategySpec> specs = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String type : StrategyFiles.TYPES) {
                specs.addAll(StrategyFiles.load(List.of(FIXTURE.resolve(type + ".yaml")), List.of()));
            }
        }
        return specs;
    }

    private static List<StrategyResult> run(int threads, boolean withTimeline) {
        return ParallelReplays.run(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD, specs(), threads, withTimeline,
                ParallelReplays.Listener.NONE);
    }

    @Test
    void oneThreadRunningEverySpecReportsWhatSeparateReplaysReport() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<StrategySpec> specs = specs();
        List<StrategyResult> pooled = run(1, true);
        assertThat(pooled).anySatisfy(r -> assertThat(r.timeToFill().count()).isPositive());
        assertThat(pooled).anySatisfy(r -> assertThat(r.jobWait().count()).isPositive());
        for (int i = 0; i < specs.size(); i++) {
            StrategyResult alone = new Replay(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD).run(specs.get(i));
            assertThat(json.writeValueAsString(pooled.get(i))).as(specs.get(i).name())
                    .isEqualTo(json.writeValueAsString(alone));
        }
    }

    @Test
    void twoThreadsReportWhatOneThreadReportsInTheSameOrder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(run(2, true))).isEqualTo(json.writeValueAsString(run(1, true)));
    }

    @Test
    void withoutTimelinesTheResultsAreTheFullOnesLessTheirTimelines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<StrategyResult> full = run(2, true);
        List<StrategyResult> lean = run(2, false);
        assertThat(full).anySatisfy(r -> assertThat(r.timeline()).isNotEqualTo(Timeline.EMPTY));
        assertThat(lean).allSatisfy(r -> assertThat(r.timeline()).isSameAs(Timeline.EMPTY));
        assertThat(json.writeValueAsString(lean))
                .isEqualTo(json.writeValueAsString(full.stream().map(StrategyResult::withoutTimeline).toList()));
    }

    @Test
    void everyReplayIsReportedOnceToTheListener() {
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        int total = specs().size();
        ParallelReplays.run(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD, specs(), 2, false,
                (index, result, done, all) -> finished.add(index));
        assertThat(finished).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, total).boxed().toList());
    }

    @Test
    void specsBuiltOnTheReplayThreadsGiveWhatPrebuiltSpecsGive() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<StrategySpec> specs = specs();
        List<StrategyResult> built = ParallelReplays.run(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD, specs.size(),
                specs::get, 2, true, ParallelReplays.Listener.NONE);
        assertThat(json.writeValueAsString(built)).isEqualTo(json.writeValueAsString(run(1, true)));
    }

    @Test
    void aSpecThatCannotBeBuiltFailsTheCallWithItsOwnException() {
        List<StrategySpec> specs = specs();
        int bad = specs.size() - 1;
        assertThatThrownBy(() -> ParallelReplays.run(DATA, MODEL, FillConfig.DEFAULTS, WORKLOAD, specs.size(),
                i -> {
                    if (i == bad) {
                        throw new IllegalArgumentException("variant " + i + " has a bad value");
                    }
                    return specs.get(i);
                }, 2, false, ParallelReplays.Listener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variant " + bad + " has a bad value");
    }
}
