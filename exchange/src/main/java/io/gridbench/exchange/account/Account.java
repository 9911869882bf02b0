package io.gridbench.exchange.account;

/**
 * A trading account: USD cash in cents (available, and reserved by resting limit buys) and one
 * {@link TokenBalance} per instrument it has touched. Mutated only by the venue's core thread; every method
 * refuses to drive a figure negative, so a risk bug surfaces as an exception rather than a silent overdraft.
 */
public final class Account {
    private final String accountId;
    private final long number;
    private final boolean autoMode;
    private final long createdAtMillis;
    private final TokenBalance[] balances;
    private long availableCents;
    private long reservedCents;

    /**
     * @param number          a small positive number unique per account: the owner id the order book sees
     * @param instrumentCount the venue's instrument count; balances are indexed by instrument position
     */
    public Account(String accountId, long number, long cashCents, boolean autoMode, int instrumentCount,
                   long createdAtMillis) {
        if (cashCents < 0) {
            throw new IllegalArgumentException("negative cash " + cashCents);
        }
        this.accountId = accountId;
        this.number = number;
        this.availableCents = cashCents;
        this.autoMode = autoMode;
        this.createdAtMillis = createdAtMillis;
        this.balances = new TokenBalance[instrumentCount];
    }

    /** Moves cash from available to reserved; returns false (and changes nothing) when too little is available. */
    public boolean reserveCash(long cents) {
        if (checkAmount(cents) > availableCents) {
            return false;
        }
        availableCents -= cents;
        reservedCents += cents;
        return true;
    }

    public void releaseCash(long cents) {
        requireReserved(cents);
        reservedCents -= cents;
        availableCents += cents;
    }

    /** Pays out of reserved cash (a resting buy's fill). */
    public void payReserved(long cents) {
        requireReserved(cents);
        reservedCents -= cents;
    }

    /** Pays out of available cash (a market buy's fill). */
    public void pay(long cents) {
        if (checkAmount(cents) > availableCents) {
            throw new IllegalStateException(accountId + " has " + availableCents + " cents available, not " + cents);
        }
        availableCents -= cents;
    }

    public void receive(long cents) {
        availableCents = Math.addExact(availableCents, checkAmount(cents));
    }

    private void requireReserved(long cents) {
        if (checkAmount(cents) > reservedCents) {
            throw new IllegalStateException(accountId + " has " + reservedCents + " cents reserved, not " + cents);
        }
    }

    private static long checkAmount(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("negative cash amount " + cents);
        }
        return cents;
    }

    /** The balance for an instrument, or null when the account never touched it. */
    public TokenBalance balance(int instrumentIndex) {
        return balances[instrumentIndex];
    }

    /** The balance for an instrument, opened empty on first use. */
    public TokenBalance openBalance(int instrumentIndex, String consumptionAccountId, long nowMillis) {
        TokenBalance balance = balances[instrumentIndex];
        if (balance == null) {
            balance = new TokenBalance(consumptionAccountId, instrumentIndex, nowMillis);
            balances[instrumentIndex] = balance;
        }
        return balance;
    }

    public String accountId() {
        return accountId;
    }

    public long number() {
        return number;
    }

    public boolean autoMode() {
        return autoMode;
    }

    public long createdAtMillis() {
        return createdAtMillis;
    }

    public long availableCents() {
        return availableCents;
    }

    public long reservedCents() {
        return reservedCents;
    }

    public int instrumentCount() {
        return balances.length;
    }
}
