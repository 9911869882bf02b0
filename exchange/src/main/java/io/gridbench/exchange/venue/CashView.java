package io.gridbench.exchange.venue;

/** An account's USD cash in cents: what it can spend and what resting buys hold. */
public record CashView(String accountId, long availableCents, long reservedCents) {

    public long totalCents() {
        return availableCents + reservedCents;
    }
}
