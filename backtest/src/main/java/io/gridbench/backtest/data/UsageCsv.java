package io.gridbench.backtest.data;

import io.gridbench.backtest.demand.UsageDemand;

import java.nio.file.Path;

/**
 * Loads a usage CSV ({@code timestamp,tokens}: tokens consumed at each instant, timestamps non-decreasing) into a
 * {@link UsageDemand}. Small files: read by the line scanner alone, with the same FILE:LINE:COLUMN errors.
 */
public final class UsageCsv {
    private UsageCsv() {
    }

    public static UsageDemand load(Path file) {
        CsvFile csv = new CsvFile(file, new String[]{"timestamp", "tokens"});
        var times = new io.gridbench.backtest.data.LongList(1024);
        var tokens = new io.gridbench.backtest.data.LongList(1024);
        csv.scan((line, f) -> {
            long t = csv.timestamp(line, 1, f[0]);
            if (times.size() > 0 && t < times.get(times.size() - 1)) {
                throw csv.error(line, 1, "timestamps out of order: " + f[0]);
            }
            times.add(t);
            tokens.add(csv.wholeNumber(line, 2, f[1]));
        });
        return new UsageDemand(times.toArray(), tokens.toArray(), file.toString());
    }
}
