package io.gridbench.exchange.config;

import io.gridbench.exchange.market.Prices;

import java.math.BigDecimal;

/**
 * The {@code accounts:} section: what accounts the server creates start with.
 *
 * @param demoCashUsd              cash of the demo account written by {@code --credentials-out} (no units)
 * @param fundedCashUsd            cash of each of the {@code --accounts N} extra accounts
 * @param fundedUnitsPerInstrument units of every instrument each extra account holds
 * @param autoMode                 true: the accounts the server opens are in Auto Mode (a completion that finds the
 *                                 balance short market-buys units first); false (the default): Advanced Mode, where
 *                                 it is refused with 402
 */
public record AccountSettings(BigDecimal demoCashUsd, BigDecimal fundedCashUsd, Long fundedUnitsPerInstrument,
                              Boolean autoMode) {

    public AccountSettings {
        demoCashUsd = demoCashUsd == null ? new BigDecimal("10000.00") : demoCashUsd;
        fundedCashUsd = fundedCashUsd == null ? new BigDecimal("100000.00") : fundedCashUsd;
        fundedUnitsPerInstrument = fundedUnitsPerInstrument == null ? 1000L : fundedUnitsPerInstrument;
        autoMode = autoMode != null && autoMode;
        requireNonNegative("accounts.demo_cash_usd", demoCashUsd);
        requireNonNegative("accounts.funded_cash_usd", fundedCashUsd);
        if (fundedUnitsPerInstrument < 0) {
            throw new IllegalArgumentException("accounts.funded_units_per_instrument must not be negative");
        }
    }

    static AccountSettings defaults() {
        return new AccountSettings(null, null, null, null);
    }

    public long demoCashCents() {
        return Prices.toTicks(demoCashUsd);
    }

    public long fundedCashCents() {
        return Prices.toTicks(fundedCashUsd);
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value.toPlainString());
        }
    }
}
