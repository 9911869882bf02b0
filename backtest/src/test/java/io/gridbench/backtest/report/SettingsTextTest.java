package io.gridbench.backtest.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTextTest {

    @Test
    void tokenCountsReadAsUnitsWithTwoDecimals() {
        assertThat(SettingsText.workload("initial balance 10000000 tokens; consumption constant 1500000 tokens/h;"
                + " 3 jobs (669105652 tokens)"))
                .isEqualTo("initial balance 10.00 units; consumption constant 1.50 units/h; 3 jobs (669.11 units)");
    }

    @Test
    void hourlyRatesBecomeARangeAndOneBarPerHour() {
        String text = SettingsText.workload("consumption daily profile 24000000 tokens/day, hourly weights ["
                + "500000, 500000, 500000, 500000, 500000, 500000, 1000000, 1000000, 2000000, 2000000, 2000000,"
                + " 2000000, 2000000, 2000000, 2000000, 2000000, 2000000, 1000000, 1000000, 500000, 500000, 500000,"
                + " 500000, 500000]");
        assertThat(text).startsWith("consumption daily profile 24.00 units/day, per UTC hour 0.50\u20132.00 units/h")
                .contains("00h \u2583\u2583\u2583\u2583\u2583\u2583\u2585\u2585\u2588")
                .endsWith(" 23h")
                .doesNotContain("[").doesNotContain("500000");
    }

    @Test
    void workloadPartsGoOnSeparateLinesAndOtherSettingsStayAsTheyAre() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("seed", 1);
        settings.put("workload", "initial balance 0 tokens; consumption none; 0 jobs (0 tokens)");
        StringBuilder h = new StringBuilder();
        SettingsText.rows(h, settings);
        assertThat(h.toString()).isEqualTo("<tr><td>seed</td><td>1</td></tr><tr><td>workload</td><td>initial balance"
                + " 0.00 units<br>consumption none<br>0 jobs (0.00 units)</td></tr>");
    }
}
