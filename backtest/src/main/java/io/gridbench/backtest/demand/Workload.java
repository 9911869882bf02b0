package io.gridbench.backtest.demand;

import java.util.List;

/**
 * What the user consumes during a backtest: a starting balance, continuous demand, and batch jobs (sorted by
 * arrival). The same workload is replayed against every strategy so their costs are comparable.
 */
public record Workload(long initialBalanceTokens, DemandModel demand, List<Job> jobs) {
    public Workload {
        if (initialBalanceTokens < 0) {
            throw new IllegalArgumentException("initial balance must not be negative");
        }
        jobs = jobs.stream().sorted(java.util.Comparator.comparingLong(Job::arrivalMillis)).toList();
    }

    public String describe() {
        long tokens = 0;
        for (Job j : jobs) {
            tokens += j.tokens();
        }
        return "initial balance " + initialBalanceTokens + " tokens; consumption " + demand.describe() + "; "
                + jobs.size() + " jobs (" + tokens + " tokens)";
    }
}
