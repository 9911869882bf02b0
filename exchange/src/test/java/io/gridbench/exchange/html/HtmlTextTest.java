package io.gridbench.exchange.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void escapesMarkupAmpersandsAndQuotes() {
        assertThat(HtmlText.escape("<a href=\"x\">R&D</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;");
    }

    @Test
    void leavesPlainTextAloneAndTurnsNullIntoNothing() {
        assertThat(HtmlText.escape("chat-fast 2.50 'ok'")).isEqualTo("chat-fast 2.50 'ok'");
        assertThat(HtmlText.escape(null)).isEmpty();
    }

    @Test
    void theChartLibraryIsReadFromItsWebjar() {
        assertThat(ChartLibrary.script()).contains("uPlot");
        assertThat(ChartLibrary.css()).contains(".uplot");
    }
}
