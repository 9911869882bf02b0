/**
 * Accounts and their money: USD cash in cents and per-instrument consumption balances in tokens, each split into
 * available and reserved.
 *
 * <p>Risk model the venue applies with these types (checked by the venue's property tests):
 * <ul>
 *   <li>a limit buy reserves {@code price x quantity} cents when placed, or is rejected; a fill at a lower price
 *       pays from the reservation and releases the difference; a cancel releases the rest;</li>
 *   <li>a market buy reserves nothing: it pays each fill from available cash and stops at the first unit it cannot
 *       afford;</li>
 *   <li>a sell (limit or market) reserves {@code quantity x 1,000,000} tokens when placed, or is rejected; fills
 *       remove them, a cancel (or a market sell's unfilled part) releases them;</li>
 *   <li>a fill moves cash from buyer to seller at the trade price and tokens from seller to buyer, so trading
 *       conserves total cash and total tokens, and no figure is ever negative.</li>
 * </ul>
 */
package io.gridbench.exchange.account;
