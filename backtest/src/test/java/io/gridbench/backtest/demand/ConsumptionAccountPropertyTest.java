package io.gridbench.backtest.demand;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The account settles its consumption lazily; {@link EagerAccount} settles it at every call, as the account did
 * before. Driven the way the replay loop drives it (advance before every event, the stock-out handled at the
 * instant it is reported, jobs submitted when they arrive, credits from fills, reads by strategies), both must
 * report the same numbers at every step, for every demand model.
 */
class ConsumptionAccountPropertyTest {
    private static final long SEED = 0xACC0_0417L;
    private static final long T0 = 1_704_067_200_000L;
    private static final long HOUR = 3_600_000L;

    @Test
    void lazySettlementReportsWhatSettlingAtEveryEventReports() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(scenarios()).checkAssert(this::driveBoth);
    }

    @Test
    void anAccountWithoutDemandNeverRunsOutHoweverFarItIsAdvanced() {
        ConsumptionAccount a = new ConsumptionAccount(new Workload(5, DemandModel.NONE, List.of()), T0);
        long t = T0 + 400L * 24 * HOUR;
        assertThat(a.advance(t)).isEqualTo(t);
        assertThat(a.balanceTokens()).isEqualTo(5);
        assertThat(a.stockedOut()).isFalse();
    }

    @Test
    void theRunOutInstantIsTheFirstMillisecondDemandExceedsTheBalanceEvenAfterManyQuietEvents() {
        // 3,600,000 tokens an hour is one a millisecond: 1,000 tokens last exactly 1,000 ms.
        ConsumptionAccount a = new ConsumptionAccount(new Workload(1000, new ConstantDemand(T0, 3_600_000),
                List.of()), T0);
        for (long t = T0 + 1; t <= T0 + 1000; t += 7) {
            assertThat(a.advance(t)).isEqualTo(t);
        }
        assertThat(a.advance(T0 + 5000)).isEqualTo(T0 + 1001);
        assertThat(a.stockedOut()).isTrue();
        assertThat(a.consumedTokens()).isEqualTo(1000);
        assertThat(a.unmetTokens()).isEqualTo(1);
    }

    private record Op(int kind, long gapMillis, long tokens) {
    }

    private record Scenario(int demandKind, long rate, long initial, List<Long> jobTimes, List<Op> ops) {
        DemandModel demand() {
            return switch (demandKind) {
                case 0 -> new ConstantDemand(T0, rate);
                case 1 -> new ConstantDemand(T0 - 5_000, rate + 0.37);
                case 2 -> new DailyProfileDemand(T0, rate * 24.0, new double[]{
                        1, 0, 0, 2, 5, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1, 0, 1});
                case 3 -> usage();
                default -> DemandModel.NONE;
            };
        }

        private DemandModel usage() {
            long[] time = new long[40];
            long[] tokens = new long[40];
            for (int i = 0; i < time.length; i++) {
                time[i] = T0 + i * 17 * 60_000L + (i % 3) * 1_000;
                tokens[i] = (i * 7919 % 13) * (rate / 10 + 1);
            }
            return new UsageDemand(time, tokens, "test");
        }

        Workload workload() {
            List<Job> jobs = new ArrayList<>();
            for (int i = 0; i < jobTimes.size(); i++) {
                jobs.add(new Job(T0 + jobTimes.get(i), (i % 4 + 1) * rate / 2 + 1));
            }
            return new Workload(initial, demand(), jobs);
        }
    }

    private static Gen<Scenario> scenarios() {
        Gen<Integer> demandKind = integers().between(0, 4);
        Gen<Long> rate = longs().between(0, 20_000_000);
        Gen<Long> initial = longs().between(0, 50_000_000);
        Gen<List<Long>> jobTimes = lists().of(longs().between(0, 30 * HOUR)).ofSizeBetween(0, 6);
        Gen<Integer> kind = integers().between(0, 9);
        Gen<Long> gap = longs().between(0, 20 * 60_000L);
        Gen<Long> tokens = longs().between(0, 40_000_000);
        Gen<Op> op = in -> new Op(kind.generate(in), gap.generate(in), tokens.generate(in));
        Gen<List<Op>> ops = lists().of(op).ofSizeBetween(1, 300);
        return in -> new Scenario(demandKind.generate(in), rate.generate(in), initial.generate(in),
                jobTimes.generate(in), ops.generate(in));
    }

    private void driveBoth(Scenario s) {
        Workload w = s.workload();
        ConsumptionAccount lazy = new ConsumptionAccount(w, T0);
        EagerAccount eager = new EagerAccount(w, T0);
        long now = T0;
        int step = 0;
        for (Op op : s.ops()) {
            String at = "step " + step++ + " " + op + " of " + s;
            switch (op.kind()) {
                case 0, 1, 2, 3, 4 -> now = advanceBoth(lazy, eager, now + op.gapMillis(), at);
                case 5, 6 -> {
                    lazy.credit(op.tokens(), now);
                    eager.credit(op.tokens(), now);
                }
                case 7 -> assertThat(lazy.balanceTokens()).as(at).isEqualTo(eager.balance);
                default -> {
                    while (lazy.nextJobArrival() <= now) {
                        assertThat(lazy.arriveJob(now)).as(at).isEqualTo(eager.arriveJob(now));
                    }
                }
            }
            assertThat(lazy.stockedOut()).as(at).isEqualTo(eager.stockedOut);
            assertThat(lazy.waitingJobTokens()).as(at).isEqualTo(eager.waitingTokens);
        }
        long end = now + 60_000;
        lazy.finish(end);
        eager.finish(end);
        String at = "after finish of " + s;
        assertThat(lazy.balanceTokens()).as(at).isEqualTo(eager.balance);
        assertThat(lazy.consumedTokens()).as(at).isEqualTo(eager.consumedTokens);
        assertThat(lazy.unmetTokens()).as(at).isEqualTo(eager.unmetTokens);
        assertThat(lazy.stockOuts()).as(at).isEqualTo(eager.stockOuts);
        assertThat(lazy.stockOutMillis()).as(at).isEqualTo(eager.stockOutMillis);
        assertThat(lazy.jobsStarted()).as(at).isEqualTo(eager.nextStart);
        assertThat(lazy.jobWaits()).as(at).isEqualTo(Arrays.copyOf(eager.jobWaits, eager.jobWaitCount));
    }

    /** As the replay loop does: a reported stock-out is an event of its own, then the same instant again. */
    private static long advanceBoth(ConsumptionAccount lazy, EagerAccount eager, long t, String at) {
        while (true) {
            long ranOut = lazy.advance(t);
            assertThat(ranOut).as(at).isEqualTo(eager.advance(t));
            if (ranOut == t) {
                return t;
            }
        }
    }

    /** The account as it was before lazy settlement: consumption computed at every call. */
    private static final class EagerAccount {
        private final DemandModel demand;
        private final long[] jobArrival;
        private final long[] jobTokens;
        long[] jobWaits = new long[16];
        int jobWaitCount;
        long balance;
        private long lastTime;
        private long lastCumulative;
        boolean stockedOut;
        private long stockOutSince;
        long stockOutMillis;
        int stockOuts;
        long unmetTokens;
        long consumedTokens;
        private int nextArrival;
        int nextStart;
        long waitingTokens;

        EagerAccount(Workload workload, long startMillis) {
            demand = workload.demand();
            balance = workload.initialBalanceTokens();
            lastTime = startMillis;
            lastCumulative = demand.cumulativeTokens(startMillis);
            List<Job> jobs = workload.jobs();
            jobArrival = new long[jobs.size()];
            jobTokens = new long[jobs.size()];
            for (int i = 0; i < jobs.size(); i++) {
                jobArrival[i] = jobs.get(i).arrivalMillis();
                jobTokens[i] = jobs.get(i).tokens();
            }
            while (nextArrival < jobArrival.length && jobArrival[nextArrival] < startMillis) {
                nextArrival++;
            }
            nextStart = nextArrival;
        }

        long advance(long t) {
            if (t <= lastTime) {
                return t;
            }
            long cum = demand.cumulativeTokens(t);
            long need = cum - lastCumulative;
            if (need <= balance) {
                balance -= need;
                consumedTokens += need;
                lastCumulative = cum;
                lastTime = t;
                return t;
            }
            if (stockedOut) {
                consumedTokens += balance;
                unmetTokens += need - balance;
                balance = 0;
                lastCumulative = cum;
                lastTime = t;
                return t;
            }
            long lo = lastTime + 1;
            long hi = t;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (demand.cumulativeTokens(mid) - lastCumulative > balance) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            long cumS = demand.cumulativeTokens(lo);
            consumedTokens += balance;
            unmetTokens += cumS - lastCumulative - balance;
            balance = 0;
            lastCumulative = cumS;
            lastTime = lo;
            stockedOut = true;
            stockOutSince = lo;
            stockOuts++;
            return lo;
        }

        void credit(long tokens, long now) {
            balance += tokens;
            if (stockedOut && balance > 0) {
                stockedOut = false;
                stockOutMillis += now - stockOutSince;
            }
            startJobs(now);
        }

        long arriveJob(long now) {
            long tokens = jobTokens[nextArrival++];
            waitingTokens += tokens;
            startJobs(now);
            return tokens;
        }

        private void startJobs(long now) {
            while (nextStart < nextArrival && jobTokens[nextStart] <= balance) {
                balance -= jobTokens[nextStart];
                consumedTokens += jobTokens[nextStart];
                waitingTokens -= jobTokens[nextStart];
                if (jobWaitCount == jobWaits.length) {
                    jobWaits = Arrays.copyOf(jobWaits, jobWaitCount * 2);
                }
                jobWaits[jobWaitCount++] = now - jobArrival[nextStart];
                nextStart++;
            }
        }

        void finish(long end) {
            advance(end);
            if (stockedOut) {
                stockOutMillis += end - stockOutSince;
                stockedOut = false;
            }
            unmetTokens += waitingTokens;
        }
    }
}
