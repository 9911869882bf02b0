package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateOptionsTest {

    @Test
    void defaultsRunEveryBenchmarkInFullAgainstTheCommittedBaseline() {
        GateOptions options = GateOptions.parse();
        assertThat(options.quick()).isFalse();
        assertThat(options.pattern().matcher("io.gridbench.benchmarks.book.X.y").find()).isTrue();
        assertThat(options.baseline()).isEqualTo(Path.of("benchmarks", "baseline.json"));
        assertThat(options.reports()).isEqualTo(Path.of("reports"));
        assertThat(options.retries()).isEqualTo(1);
    }

    @Test
    void quickGateHasALooserBestIterationThresholdAndRetriesOnce() {
        GateOptions quick = GateOptions.parse("--quick");
        assertThat(quick.retries()).isEqualTo(1);
        assertThat(quick.effectiveMinRatio(GateFixtures.baseline())).isEqualTo(GateOptions.QUICK_MIN_RATIO);
        assertThat(GateOptions.parse().effectiveMinRatio(GateFixtures.baseline())).isEqualTo(0.5);
        assertThat(GateOptions.parse("--quick", "--min-ratio", "0.45").effectiveMinRatio(GateFixtures.baseline()))
                .isEqualTo(0.45);
    }

    @Test
    void quickAndModeQuickAreTheSame() {
        assertThat(GateOptions.parse("--quick").quick()).isTrue();
        assertThat(GateOptions.parse("--mode", "quick").quick()).isTrue();
        assertThat(GateOptions.parse("--mode", "full").quick()).isFalse();
    }

    @Test
    void positionalArgumentIsThePattern() {
        assertThat(GateOptions.parse("--quick", "Ed25519").pattern().pattern()).isEqualTo("Ed25519");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> GateOptions.parse("--mode", "slow")).hasMessageContaining("--mode");
        assertThatThrownBy(() -> GateOptions.parse("--retries", "-1")).hasMessageContaining("--retries");
        assertThatThrownBy(() -> GateOptions.parse("--min-ratio", "2")).hasMessageContaining("--min-ratio");
        assertThatThrownBy(() -> GateOptions.parse("--baseline")).hasMessageContaining("--baseline needs a value");
        assertThatThrownBy(() -> GateOptions.parse("A", "B")).hasMessageContaining("only one PATTERN");
    }

    @Test
    void baselineIsRecordedWithTheQuickProcedureInThreeForks() {
        GateOptions update = GateOptions.parse("--update-baseline");
        assertThat(update.quick()).isTrue();
        assertThat(update.forks()).isEqualTo(GateOptions.BASELINE_FORKS);
        assertThat(GateOptions.parse("--update-baseline", "--forks", "5").forks()).isEqualTo(5);
        assertThat(GateOptions.parse("--quick").forks()).isEqualTo(1);
    }

    @Test
    void forksApplyOnlyToARecording() {
        assertThatThrownBy(() -> GateOptions.parse("--quick", "--forks", "3"))
                .isInstanceOf(GateException.class).hasMessageContaining("--forks applies to --update-baseline");
    }

    @Test
    void slowdownIsParsedAndNeverRecordedAsABaseline() {
        assertThat(GateOptions.parse("--quick", "--slowdown", "replay=1.5").slowdown().propertyValue())
                .isEqualTo("replay=1.5");
        assertThat(GateOptions.parse("--quick").slowdown()).isNull();
        assertThatThrownBy(() -> GateOptions.parse("--update-baseline", "--slowdown", "replay=1.5"))
                .isInstanceOf(GateException.class).hasMessageContaining("cannot record a baseline");
        assertThatThrownBy(() -> GateOptions.parse("--slowdown", "json=2"))
                .isInstanceOf(GateException.class).hasMessageContaining("--slowdown: slowdown path must be");
    }

    @Test
    void paramRestrictsTheParameterValuesThatRun() {
        GateOptions options = GateOptions.parse("--param", "book=array", "--param", "strategy=auto,spread-tracking");
        assertThat(options.params()).containsEntry("book", List.of("array"))
                .containsEntry("strategy", List.of("auto", "spread-tracking"));
        assertThat(GateOptions.parse().params()).isEmpty();
        assertThatThrownBy(() -> GateOptions.parse("--param", "book"))
                .isInstanceOf(GateException.class).hasMessageContaining("--param must be NAME=VALUE");
        assertThatThrownBy(() -> GateOptions.parse("--param", "book=array", "--param", "book=treemap"))
                .isInstanceOf(GateException.class).hasMessageContaining("--param book is given twice");
    }
}
