package io.gridbench.backtest;

import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.TradeSeries;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.Replay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four files in {@code examples/strategies} are written once for any instrument: run on the fixture as it is
 * (about 2.20-2.40 USD) and on the same market scaled to about 3 USD (like text-prime), every strategy buys, every
 * limit order is priced from that market, and auto never waits for a fill.
 */
class ShippedExamplesTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixture");
    private static final Path EXAMPLES = Path.of("..", "examples", "strategies");
    private static final MarketData DATA = MarketData.load(FIXTURE.resolve("candles-1m.csv"),
            FIXTURE.resolve("trades.csv"));

    private static List<StrategySpec> examples() {
        return StrategyFiles.load(List.of(EXAMPLES.resolve("fixed-ceiling.yaml"),
                EXAMPLES.resolve("spread-tracking.yaml"), EXAMPLES.resolve("buffer-replenish.yaml"),
                EXAMPLES.resolve("auto.yaml")), List.of());
    }

    /** The fixture with every price multiplied by {@code percent} / 100, rounded to a tick. */
    private static MarketData scaled(long percent) {
        CandleSeries c = DATA.candles();
        int n = c.size();
        long[] t = new long[n];
        long[] o = new long[n];
        long[] h = new long[n];
        long[] l = new long[n];
        long[] cl = new long[n];
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = c.openTime(i);
            o[i] = scale(c.open(i), percent);
            h[i] = scale(c.high(i), percent);
            l[i] = scale(c.low(i), percent);
            cl[i] = scale(c.close(i), percent);
            v[i] = c.volume(i);
        }
        TradeSeries p = DATA.trades();
        int m = p.size();
        long[] pt = new long[m];
        long[] pp = new long[m];
        long[] pq = new long[m];
        boolean[] pb = new boolean[m];
        for (int i = 0; i < m; i++) {
            pt[i] = p.time(i);
            pp[i] = scale(p.price(i), percent);
            pq[i] = p.quantity(i);
            pb[i] = p.buyAggressor(i);
        }
        return new MarketData(new CandleSeries(c.intervalMillis(), t, o, h, l, cl, v), new TradeSeries(pt, pp, pq,
                pb));
    }

    private static long scale(long ticks, long percent) {
        return (ticks * percent + 50) / 100;
    }

    @ParameterizedTest(name = "prices at {0}% of the fixture")
    @ValueSource(longs = {100, 130})
    void theSameFilesBuyOnAnyPriceLevel(long percent) {
        MarketData d = scaled(percent);
        CandleSeries c = d.candles();
        long low = Long.MAX_VALUE;
        long high = 0;
        for (int i = 0; i < c.size(); i++) {
            low = Math.min(low, c.low(i));
            high = Math.max(high, c.high(i));
        }
        long floor = low * 95 / 100;
        long ceiling = high * 105 / 100;
        Workload w = DemandFiles.load(FIXTURE.resolve("demand.yaml"), c.openTime(0), c.closeTime(c.size() - 1), 1);
        for (StrategySpec spec : examples()) {
            StrategyResult r = new Replay(d, FillModel.named("trade-through"), FillConfig.DEFAULTS, w).run(spec);
            assertThat(r.unitsBought()).as(spec.name()).isPositive();
            if (spec.type().equals("auto")) {
                assertThat(r.timeToFill().max()).as("auto's time to fill, ms").isLessThanOrEqualTo(
                        FillConfig.DEFAULTS.latencyMillis() + 1);
            } else {
                // Within 5% of the range the market traded in: priced from this market, not a fixed number.
                assertThat(Arrays.stream(r.timeline().orderPrice()).boxed().toList()).as(spec.name())
                        .allSatisfy(p -> assertThat(p).isBetween(floor, ceiling));
            }
        }
    }
}
