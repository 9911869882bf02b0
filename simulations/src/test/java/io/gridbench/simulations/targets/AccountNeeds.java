package io.gridbench.simulations.targets;

/**
 * What accounts a simulation needs from a simulated exchange (a live one has the accounts it has).
 *
 * @param traders number of accounts
 * @param funded  true: cash plus a stock of units of every instrument, so orders and completions never run dry;
 *                false: cash only, no units, in Advanced Mode, so completions need what the simulation buys
 */
public record AccountNeeds(int traders, boolean funded) {

    public AccountNeeds {
        if (traders < 1) {
            throw new IllegalArgumentException("traders: at least one account is needed, got " + traders);
        }
    }

    public static AccountNeeds funded(int traders) {
        return new AccountNeeds(traders, true);
    }

    /** One account with cash and nothing else, as a new Advanced Mode customer has. */
    public static AccountNeeds cashOnly() {
        return new AccountNeeds(1, false);
    }
}
