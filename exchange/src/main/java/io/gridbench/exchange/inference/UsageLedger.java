package io.gridbench.exchange.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-account usage counters (requests, prompt tokens, completion tokens) per instrument. Owned by the venue's core
 * thread: it is only touched inside {@code VenueCore.submit} tasks, right beside the settlement it records, so a
 * reader on the core sees usage and balances that agree.
 */
public final class UsageLedger {
    private final Map<String, TreeMap<String, long[]>> byAccount = new HashMap<>();

    /** Records one settled request. */
    public void record(String accountId, String model, long promptTokens, long completionTokens) {
        long[] counters = byAccount.computeIfAbsent(accountId, a -> new TreeMap<>())
                .computeIfAbsent(model, m -> new long[3]);
        counters[0]++;
        counters[1] += promptTokens;
        counters[2] += completionTokens;
    }

    /** The account's usage per instrument, by instrument name. */
    public List<UsageView> byModel(String accountId) {
        List<UsageView> views = new ArrayList<>();
        byAccount.getOrDefault(accountId, new TreeMap<>()).forEach((model, c) ->
                views.add(new UsageView(model, c[0], c[1], c[2])));
        return views;
    }

    /** The account's usage summed over instruments ({@code model} is null). */
    public UsageView total(String accountId) {
        long requests = 0;
        long prompt = 0;
        long completion = 0;
        for (UsageView v : byModel(accountId)) {
            requests += v.requests();
            prompt += v.promptTokens();
            completion += v.completionTokens();
        }
        return new UsageView(null, requests, prompt, completion);
    }
}
