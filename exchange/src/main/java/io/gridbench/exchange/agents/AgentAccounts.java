package io.gridbench.exchange.agents;

/**
 * Ids of the agent accounts of an instrument: {@code acct_agent_supplier_chat-fast} (ask ladder),
 * {@code acct_agent_bidder_chat-fast} (bid ladder), {@code acct_agent_buyers_chat-fast} and
 * {@code acct_agent_sellers_chat-fast} (background order flow).
 */
public final class AgentAccounts {
    /** Every agent account id starts with this, so the API and reports can tell agents from users. */
    public static final String PREFIX = "acct_agent_";

    private AgentAccounts() {
    }

    public static String supplier(String instrumentName) {
        return PREFIX + "supplier_" + instrumentName;
    }

    public static String bidder(String instrumentName) {
        return PREFIX + "bidder_" + instrumentName;
    }

    public static String buyers(String instrumentName) {
        return PREFIX + "buyers_" + instrumentName;
    }

    public static String sellers(String instrumentName) {
        return PREFIX + "sellers_" + instrumentName;
    }

    /** True for the id of any agent account. */
    public static boolean isAgent(String accountId) {
        return accountId != null && accountId.startsWith(PREFIX);
    }
}
