package io.gridbench.backtest.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.backtest.data.Timestamps;
import io.gridbench.backtest.data.UsageCsv;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.DailyProfileDemand;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.exchange.client.BatchEstimate;
import io.gridbench.exchange.config.ConfigTree;
import io.gridbench.exchange.market.Prices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reads a demand (workload) file: starting balance, continuous consumption and batch jobs. See
 * {@code examples/demand/steady.yaml} and {@code data/README.md}. Instants are ISO-8601 UTC or an offset from
 * the first bar such as {@code +6h}. Random jobs are drawn from the run's seed, so runs stay reproducible.
 */
public final class DemandFiles {
    /** The workload used when none is given: 1 unit (1M tokens) per hour, empty balance, no jobs. */
    public static final double DEFAULT_TOKENS_PER_HOUR = 1_000_000d;

    private DemandFiles() {
    }

    public static Workload defaults(long startMillis) {
        return new Workload(0, new ConstantDemand(startMillis, DEFAULT_TOKENS_PER_HOUR), List.of());
    }

    /**
     * @param startMillis open time of the first bar (origin of offsets and of continuous demand)
     * @param endMillis   close time of the last bar (random jobs are drawn up to it)
     */
    public static Workload load(Path file, long startMillis, long endMillis, long seed) {
        String name = file.toString();
        ConfigTree read = StrategyFiles.read(file);
        ParamReader top = new ParamReader(name, "", StrategyFiles.mapping(read), Map.of(), read);
        long initial = Math.round(top.number("initial_balance", 0d, 0) * Prices.TOKENS_PER_UNIT);
        DemandModel demand = DemandModel.NONE;
        JsonNode c = top.raw("consumption");
        if (c != null) {
            ParamReader r = block(top, read, "consumption", c);
            String type = r.choice("type", null, "constant", "daily-profile", "usage-csv", "none");
            switch (type) {
                case "constant":
                    demand = new ConstantDemand(startMillis, r.number("tokens_per_hour", null, 0));
                    break;
                case "daily-profile": {
                    double perDay = r.number("tokens_per_day", null, 0);
                    JsonNode w = r.raw("hourly_weights");
                    if (w == null || !w.isArray() || w.size() != 24) {
                        throw r.error("hourly_weights", "expected a list of 24 numbers");
                    }
                    double[] weights = new double[24];
                    for (int h = 0; h < 24; h++) {
                        if (!w.get(h).isNumber() || w.get(h).asDouble() < 0) {
                            throw r.error("hourly_weights[" + h + "]",
                                    "expected a non-negative number but was " + w.get(h));
                        }
                        weights[h] = w.get(h).asDouble();
                    }
                    try {
                        demand = new DailyProfileDemand(startMillis, perDay, weights);
                    } catch (IllegalArgumentException e) {
                        throw r.error("hourly_weights", e.getMessage());
                    }
                    break;
                }
                case "usage-csv": {
                    JsonNode f = r.raw("file");
                    if (f == null || !f.isTextual()) {
                        throw r.error("file", "expected a path to a timestamp,tokens CSV");
                    }
                    Path p = file.toAbsolutePath().getParent().resolve(f.asText());
                    demand = UsageCsv.load(p);
                    break;
                }
                default:
                    break;
            }
            r.finish();
        }
        List<Job> jobs = new ArrayList<>();
        JsonNode list = top.raw("jobs");
        if (list != null) {
            if (!list.isArray()) {
                throw top.error("jobs", "expected a list of {at, tokens | prompts}");
            }
            for (int i = 0; i < list.size(); i++) {
                ParamReader r = block(top, read, "jobs[" + i + "]", list.get(i));
                long at = instant(r, "at", startMillis);
                jobs.add(new Job(at, jobTokens(r)));
                r.finish();
            }
        }
        JsonNode rec = top.raw("recurring_jobs");
        if (rec != null) {
            ParamReader r = block(top, read, "recurring_jobs", rec);
            long every = r.duration("every", null);
            long tokens = r.whole("tokens", null, 1);
            long first = r.has("first_at") ? instant(r, "first_at", startMillis) : startMillis + every;
            r.finish();
            if (every <= 0) {
                throw r.error("every", "must be positive");
            }
            for (long t = first; t < endMillis; t += every) {
                jobs.add(new Job(t, tokens));
            }
        }
        JsonNode rnd = top.raw("random_jobs");
        if (rnd != null) {
            ParamReader r = block(top, read, "random_jobs", rnd);
            double perDay = r.number("per_day", null, 0);
            long min = r.whole("min_tokens", null, 1);
            long max = r.whole("max_tokens", null, min);
            r.finish();
            SplittableRandom random = new SplittableRandom(seed);
            double meanGap = 86_400_000d / Math.max(perDay, 1e-9);
            double t = startMillis;
            while (perDay > 0) {
                t += -Math.log(1 - random.nextDouble()) * meanGap;
                if (t >= endMillis) {
                    break;
                }
                jobs.add(new Job((long) t, min + (max > min ? random.nextLong(max - min + 1) : 0)));
            }
        }
        top.finish();
        return new Workload(initial, demand, jobs);
    }

    /** The reader of the mapping at {@code key} of the top level ({@code jobs[2]} for an element of a list). */
    private static ParamReader block(ParamReader top, ConfigTree read, String key, JsonNode node) {
        if (!(node instanceof ObjectNode)) {
            throw top.error(key, "expected a mapping");
        }
        return new ParamReader(top.file(), key + ".", (ObjectNode) node, Map.of(), read);
    }

    private static long instant(ParamReader r, String key, long start) {
        JsonNode v = r.raw(key);
        if (v == null || !v.isTextual() && !v.isIntegralNumber()) {
            throw r.error(key, "expected an ISO-8601 UTC instant or an offset such as +6h");
        }
        String text = v.asText();
        try {
            return text.startsWith("+") ? start + Durations.parseMillis(text.substring(1))
                    : Timestamps.parseMillis(text);
        } catch (IllegalArgumentException e) {
            throw r.error(key, e.getMessage());
        }
    }

    /** {@code tokens}, or seed 000's estimate over {@code prompts} ({@link BatchEstimate}). */
    private static long jobTokens(ParamReader r) {
        if (r.has("prompts")) {
            JsonNode p = r.raw("prompts");
            if (!p.isArray() || p.isEmpty()) {
                throw r.error("prompts", "expected a non-empty list of prompt strings");
            }
            long sum = 0;
            for (JsonNode s : p) {
                sum += BatchEstimate.tokens(s.asText());
            }
            return sum;
        }
        return r.whole("tokens", null, 1);
    }
}
