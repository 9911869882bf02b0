package io.gridbench.exchange.account;

/**
 * One account's consumption balance for one instrument, in tokens (1 unit = 1,000,000 tokens): {@code available}
 * can be sold or held for inference, {@code reserved} is held by resting sells and in-flight requests. Mutated only
 * by the venue's core thread; every method refuses to drive a figure negative.
 */
public final class TokenBalance {
    private final String consumptionAccountId;
    private final int instrumentIndex;
    private final long createdAtMillis;
    private long available;
    private long reserved;

    public TokenBalance(String consumptionAccountId, int instrumentIndex, long createdAtMillis) {
        this.consumptionAccountId = consumptionAccountId;
        this.instrumentIndex = instrumentIndex;
        this.createdAtMillis = createdAtMillis;
    }

    public void credit(long tokens) {
        available = Math.addExact(available, checkAmount(tokens));
    }

    /** Moves tokens from available to reserved; returns false (and changes nothing) when too few are available. */
    public boolean reserve(long tokens) {
        if (checkAmount(tokens) > available) {
            return false;
        }
        available -= tokens;
        reserved += tokens;
        return true;
    }

    public void release(long tokens) {
        requireReserved(tokens);
        reserved -= tokens;
        available += tokens;
    }

    /** Removes reserved tokens for good: sold, or consumed by inference. */
    public void debitReserved(long tokens) {
        requireReserved(tokens);
        reserved -= tokens;
    }

    private void requireReserved(long tokens) {
        if (checkAmount(tokens) > reserved) {
            throw new IllegalStateException(consumptionAccountId + " has " + reserved + " tokens reserved, not "
                    + tokens);
        }
    }

    private static long checkAmount(long tokens) {
        if (tokens < 0) {
            throw new IllegalArgumentException("negative token amount " + tokens);
        }
        return tokens;
    }

    public String consumptionAccountId() {
        return consumptionAccountId;
    }

    public int instrumentIndex() {
        return instrumentIndex;
    }

    public long createdAtMillis() {
        return createdAtMillis;
    }

    public long available() {
        return available;
    }

    public long reserved() {
        return reserved;
    }

    public long total() {
        return available + reserved;
    }
}
