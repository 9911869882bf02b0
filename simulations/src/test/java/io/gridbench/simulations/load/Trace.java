package io.gridbench.simulations.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recorded traffic to replay: per request its arrival offset, prompt size, {@code max_tokens} and whether it
 * streamed, in arrival order (read by {@link TraceFile}). A replay keeps the trace's own timing, sped up or slowed
 * down by a factor, and cycles through it when the run is longer than the trace. Immutable.
 *
 * @param originMs the offset that is replayed at the start of the run: the whole trace's first arrival
 * @param cycleMs  one pass: from the first arrival to the last, plus one mean gap so a repeat keeps the trace's
 *                 rate across the seam (a trace of one instant makes a pass of one second). A {@link #part} keeps the
 *                 whole trace's origin and pass, so its requests keep their places in the recording.
 */
public record Trace(String source, List<Row> rows, long originMs, long cycleMs) {

    /** One recorded request. */
    public record Row(long offsetMs, int promptTokens, int maxTokens, boolean stream) {
    }

    public Trace {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": the trace has no request");
        }
    }

    /** A whole trace of {@code rows}, in arrival order. */
    public static Trace of(String source, List<Row> rows) {
        long first = rows.isEmpty() ? 0 : rows.get(0).offsetMs();
        long last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).offsetMs();
        long cycle = rows.size() < 2 || last == first ? Math.max(1000, last - first)
                : last - first + (last - first) / (rows.size() - 1);
        return new Trace(source, rows, first, cycle);
    }

    /** The requests that did ({@code stream}) or did not stream, in the same order and timing. */
    public Trace part(boolean stream) {
        List<Row> part = new ArrayList<>();
        for (Row row : rows) {
            if (row.stream() == stream) {
                part.add(row);
            }
        }
        return part.isEmpty() ? null : new Trace(source, part, originMs, cycleMs);
    }

    /** Requests per second at the trace's own timing. */
    public double meanRate() {
        return rows.size() * 1000.0 / cycleMs();
    }

    /**
     * Arrival offsets in ms for a replay at {@code speed} times the trace's pace, cycling through the trace until
     * {@code length}. The k-th arrival is row {@code k mod rows}, so a feeder that cycles the rows in order hands each
     * arrival its own prompt size and {@code max_tokens}.
     */
    public long[] schedule(double speed, Duration length) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("the replay speed must be above 0, got " + speed);
        }
        double cycle = cycleMs / speed;
        double end = length.toMillis();
        long[] offsets = new long[rows.size()];
        int n = 0;
        for (int k = 0; ; k++) {
            Row row = rows.get(k % rows.size());
            double at = (k / rows.size()) * cycle + (row.offsetMs() - originMs) / speed;
            if (at >= end) {
                return Arrays.copyOf(offsets, n);
            }
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[n++] = (long) at;
        }
    }
}
