package io.gridbench.backtest.replay;

import org.HdrHistogram.Histogram;

/**
 * Working memory that one replay thread reuses from run to run, handed to {@link Replay#reusing}: the two duration
 * histograms (time to fill, job waits). A fresh auto-resizing HdrHistogram starts small and grows by catching an
 * index exception and copying its counts, about a dozen times in a run whose waits reach hours or days; for a
 * sweep's short variants that cost as much as the replay of several thousand events. Reused, a histogram grows on
 * the thread's first run and is only cleared afterwards. Owned by one thread at a time.
 */
public final class ReplayBuffers {
    final Histogram timeToFill = new Histogram(3);
    final Histogram jobWaits = new Histogram(3);
}
