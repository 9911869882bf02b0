package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.metrics.Timeline;

import java.util.Arrays;

/**
 * Units bought over time by the backtest and by the truth, on one shared time axis, for the report's chart: at every
 * instant either side filled, the cumulative units of both (a step function, so each carries its last value
 * forward). Times are epoch seconds, as uPlot wants them.
 *
 * @param time     epoch seconds, ascending, no repeats
 * @param backtest cumulative units the backtest had bought by then
 * @param truth    cumulative units the strategy had bought on the engine by then
 */
record FillCurves(double[] time, long[] backtest, long[] truth) {

    static FillCurves of(Timeline backtest, Timeline truth, long startMillis) {
        long[] bt = backtest.fillTime();
        long[] tt = truth.fillTime();
        long[] times = new long[bt.length + tt.length + 1];
        times[0] = startMillis;
        System.arraycopy(bt, 0, times, 1, bt.length);
        System.arraycopy(tt, 0, times, 1 + bt.length, tt.length);
        long[] x = Arrays.stream(times).sorted().distinct().toArray();
        double[] seconds = new double[x.length];
        long[] b = new long[x.length];
        long[] t = new long[x.length];
        int i = 0;
        int j = 0;
        long sumB = 0;
        long sumT = 0;
        for (int k = 0; k < x.length; k++) {
            while (i < bt.length && bt[i] <= x[k]) {
                sumB += backtest.fillQuantity()[i++];
            }
            while (j < tt.length && tt[j] <= x[k]) {
                sumT += truth.fillQuantity()[j++];
            }
            seconds[k] = x[k] / 1000.0;
            b[k] = sumB;
            t[k] = sumT;
        }
        return new FillCurves(seconds, b, t);
    }
}
