package io.gridbench.exchange.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All accounts of a venue, and the totals that trading must conserve (cash in cents, tokens per instrument).
 * Owned by the venue's core thread.
 */
public final class Ledger {
    private final int instrumentCount;
    private final Map<String, Account> accounts = new LinkedHashMap<>();

    public Ledger(int instrumentCount) {
        this.instrumentCount = instrumentCount;
    }

    /**
     * Opens an account.
     *
     * @throws IllegalArgumentException when the id is taken or the cash is negative
     */
    public Account open(String accountId, long cashCents, boolean autoMode, long nowMillis) {
        if (accounts.containsKey(accountId)) {
            throw new IllegalArgumentException("account " + accountId + " already exists");
        }
        Account account = new Account(accountId, accounts.size() + 1L, cashCents, autoMode, instrumentCount,
                nowMillis);
        accounts.put(accountId, account);
        return account;
    }

    /** The account, or null. */
    public Account find(String accountId) {
        return accountId == null ? null : accounts.get(accountId);
    }

    public Collection<Account> accounts() {
        return Collections.unmodifiableCollection(new ArrayList<>(accounts.values()));
    }

    /** Available plus reserved cash over all accounts. */
    public long totalCents() {
        long total = 0;
        for (Account a : accounts.values()) {
            total += a.availableCents() + a.reservedCents();
        }
        return total;
    }

    /** Available plus reserved tokens of one instrument over all accounts. */
    public long totalTokens(int instrumentIndex) {
        long total = 0;
        for (Account a : accounts.values()) {
            TokenBalance b = a.balance(instrumentIndex);
            if (b != null) {
                total += b.total();
            }
        }
        return total;
    }
}
