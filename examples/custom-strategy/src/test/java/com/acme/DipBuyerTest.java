package com.acme;

import io.gridbench.backtest.config.ConfigException;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DipBuyerTest {
    /** 2026-08-01T00:00:00Z. */
    private static final long T0 = 1_785_542_400_000L;
    private static final Path FILE = Path.of("dip-buyer.yaml");

    @TempDir
    Path dir;

    /** {@code hours} of 1-minute bars: 2.40 flat, except every bar dips to 2.30 in the second half of each hour. */
    private static MarketData dippingMarket(int hours) {
        int n = hours * 60;
        long[] t = new long[n];
        long[] o = new long[n];
        long[] h = new long[n];
        long[] l = new long[n];
        long[] c = new long[n];
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * 60_000L;
            o[i] = 240;
            h[i] = 240;
            l[i] = i % 60 >= 30 ? 230 : 240;
            c[i] = 240;
            v[i] = 100;
        }
        return new MarketData(new CandleSeries(60_000L, t, o, h, l, c, v), null);
    }

    private static StrategyResult replay(StrategySpec spec, MarketData data) {
        return new Replay(data, FillModel.named("touch"), FillConfig.DEFAULTS,
                DemandFiles.defaults(data.startMillis())).run(spec);
    }

    @Test
    void theShippedFileLoadsWithEveryParameter() {
        StrategySpec spec = StrategyFiles.load(List.of(FILE), List.of()).get(0);
        assertThat(spec.name()).isEqualTo("dip-buyer");
        assertThat(spec.type()).isEqualTo("com.acme.DipBuyer");
        assertThat(spec.parameters()).containsKeys("min_balance", "buy_quantity", "dip", "patience", "check_every");
    }

    @Test
    void itBuysOnTheDipBelowTheMarketAndKeepsTheBufferFilled() {
        StrategySpec spec = StrategyFiles.load(List.of(FILE), List.of("dip=2.32", "min_balance=5")).get(0);
        StrategyResult r = replay(spec, dippingMarket(12));
        assertThat(r.unitsBought()).isGreaterThanOrEqualTo(10);
        assertThat(r.averagePrice()).isLessThan(2.40);
    }

    @Test
    void aZeroBuyQuantityIsRefusedNamingTheKey() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.yaml"), "type: class\nclass: com.acme.DipBuyer\ndip: 2.30\n"
                + "buy_quantity: 0\n");
        assertThatThrownBy(() -> StrategyFiles.load(List.of(f), List.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("key 'buy_quantity': must be at least 1 unit");
    }
}
