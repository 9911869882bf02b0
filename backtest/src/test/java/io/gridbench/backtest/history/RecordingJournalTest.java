package io.gridbench.backtest.history;

import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an interrupted recording leaves behind is enough to resume it, and never more than was counted. */
class RecordingJournalTest {
    private static final long MINUTE = 60_000L;
    private final List<String> progress = new ArrayList<>();

    private RecordingJournal open(Path dir, String request) throws IOException {
        return RecordingJournal.open(dir, request, MINUTE, 0, progress::add);
    }

    private static Candle bar(long minute) {
        return new Candle(minute * MINUTE, MINUTE, 250, 260, 240, 255, 3);
    }

    @Test
    void aReopenedJournalResumesWithItsRowsCursorAndNextWindow(@TempDir Path dir) throws IOException {
        RecordingJournal first = open(dir, "m 1m a b url");
        first.candlesFetched(List.of(bar(0), bar(1)), 30 * MINUTE);
        first.tradesFetched(List.of(new TradePrint(5_000, "trade_1", 250, 2, Side.SELL)), "cursor-2", false);

        RecordingJournal resumed = open(dir, "m 1m a b url");

        assertThat(resumed.candles()).containsExactly(bar(0), bar(1));
        assertThat(resumed.nextCandleStart()).isEqualTo(30 * MINUTE);
        assertThat(resumed.tradesNewestFirst()).extracting(TradePrint::tradeId).containsExactly("trade_1");
        assertThat(resumed.tradeCursor()).isEqualTo("cursor-2");
        assertThat(progress).containsExactly("resuming an interrupted recording: 2 bars and 1 trades already recorded");
    }

    @Test
    void rowsWrittenAfterTheLastSavedProgressAreDropped(@TempDir Path dir) throws IOException {
        open(dir, "r").candlesFetched(List.of(bar(0)), 30 * MINUTE);
        // A crash after appending a window but before saving the progress that counts it.
        Files.writeString(dir.resolve(RecordingJournal.CANDLES), "60000,250,260,240,255,3\n120000,25",
                StandardOpenOption.APPEND);

        RecordingJournal resumed = open(dir, "r");
        resumed.candlesFetched(List.of(bar(1)), 60 * MINUTE);

        assertThat(open(dir, "r").candles()).containsExactly(bar(0), bar(1));
    }

    @Test
    void aJournalOfAnotherRequestIsReplaced(@TempDir Path dir) throws IOException {
        open(dir, "old request").candlesFetched(List.of(bar(0)), 30 * MINUTE);

        RecordingJournal fresh = open(dir, "new request");

        assertThat(fresh.candles()).isEmpty();
        assertThat(fresh.nextCandleStart()).isZero();
        assertThat(progress).containsExactly("replacing a partial recording of another request (old request)");
    }
}
