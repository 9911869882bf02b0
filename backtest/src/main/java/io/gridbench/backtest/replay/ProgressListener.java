package io.gridbench.backtest.replay;

/** Told how far a replay has got, every few tens of thousands of events; called on the replay thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {
    };

    void progress(long eventsDone, long eventsTotal);
}
