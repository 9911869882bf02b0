package io.gridbench.exchange.venue;

/**
 * A consumption balance for one instrument, in tokens (1 unit = 1,000,000 tokens). {@code reservedTokens} are held
 * by resting sell orders and in-flight inference requests; total = available + reserved.
 */
public record BalanceView(String consumptionAccountId, String accountId, String instrumentId, String instrumentName,
                          long availableTokens, long reservedTokens, long createdAtMillis) {

    public long totalTokens() {
        return availableTokens + reservedTokens;
    }
}
