package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.QueueEstimate;

import java.util.ArrayList;
import java.util.List;

/**
 * One combination of the backtest's fill options that {@code --compare-fills} tries: model, queue estimate and
 * participation cap. Latency, spread and impact stay as given, so only the fill rules vary.
 */
public record FillSetting(String model, QueueEstimate queue, int participationBps) {
    /** The participation caps tried, in basis points: 10 %, 25 %, 50 %, 100 %. */
    static final int[] PARTICIPATION_BPS = {1000, 2500, 5000, 10_000};
    /** The fill models tried, by command-line name. */
    static final List<String> MODELS = List.of("touch", "trade-through");

    /** Every model x queue x participation, in a fixed order. */
    public static List<FillSetting> grid() {
        List<FillSetting> all = new ArrayList<>();
        for (String model : MODELS) {
            for (QueueEstimate queue : QueueEstimate.values()) {
                for (int bps : PARTICIPATION_BPS) {
                    all.add(new FillSetting(model, queue, bps));
                }
            }
        }
        return all;
    }

    /** The setting of a model and config (the one a run was given). */
    public static FillSetting of(FillModel model, FillConfig config) {
        return new FillSetting(model.name(), config.queueEstimate(), config.participationBps());
    }

    public FillModel fillModel() {
        return FillModel.named(model);
    }

    /** {@code base} with this setting's queue and participation. */
    public FillConfig apply(FillConfig base) {
        return base.withQueue(queue).withParticipationBps(participationBps);
    }

    /** As the command line spells it: {@code --fill touch --queue none --participation 100}. */
    public String describe() {
        return "--fill " + model + " --queue " + queue.wire() + " --participation " + participationBps / 100;
    }
}
