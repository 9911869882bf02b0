package io.gridbench.exchange.book;

import java.util.Arrays;

/**
 * One side of an {@link ArrayOrderBook}: arrays indexed directly by price tick hold each level's FIFO (head and tail
 * node) and total quantity, and a bitset of non-empty levels finds the next best price with a few word scans
 * instead of a tree walk. Arrays grow (doubling, up to {@link OrderBook#MAX_PRICE_TICKS}) only when a higher
 * price than ever before rests; otherwise nothing allocates. Owned by the book's thread.
 */
final class PriceLadder {
    private final boolean bids;
    private final OrderNodes nodes;
    private int[] head;
    private int[] tail;
    private long[] quantity;
    private long[] occupied;
    private int levels;
    private long best = -1;

    PriceLadder(boolean bids, OrderNodes nodes, int initialTicks) {
        this.bids = bids;
        this.nodes = nodes;
        allocate(Math.max(64, initialTicks));
    }

    long best() {
        return best;
    }

    int levels() {
        return levels;
    }

    int head(long price) {
        return price < head.length ? head[(int) price] : OrderNodes.NIL;
    }

    long quantityAt(long price) {
        return price < quantity.length ? quantity[(int) price] : 0;
    }

    /** Appends a node at the back of its price level's queue. */
    void append(int node) {
        long price = nodes.price[node];
        if (price >= head.length) {
            grow(price);
        }
        int p = (int) price;
        int last = tail[p];
        if (last == OrderNodes.NIL) {
            head[p] = node;
            occupied[p >>> 6] |= 1L << p;
            levels++;
            if (best < 0 || (bids ? price > best : price < best)) {
                best = price;
            }
        } else {
            nodes.next[last] = node;
            nodes.prev[node] = last;
        }
        tail[p] = node;
        quantity[p] += nodes.remaining[node];
    }

    /** Unlinks a node from its level (its remaining quantity leaves the level total). */
    void unlink(int node) {
        int p = (int) nodes.price[node];
        int before = nodes.prev[node];
        int after = nodes.next[node];
        if (before == OrderNodes.NIL) {
            head[p] = after;
        } else {
            nodes.next[before] = after;
        }
        if (after == OrderNodes.NIL) {
            tail[p] = before;
        } else {
            nodes.prev[after] = before;
        }
        quantity[p] -= nodes.remaining[node];
        if (head[p] == OrderNodes.NIL) {
            occupied[p >>> 6] &= ~(1L << p);
            levels--;
            if (p == best) {
                best = nextWorse(p);
            }
        }
    }

    /** Records a partial fill of a node that stays on the level. */
    void reduce(long price, long filled) {
        quantity[(int) price] -= filled;
    }

    /** The next non-empty level strictly worse than {@code price}, or -1. */
    long nextWorse(long price) {
        return bids ? highestBelow(price) : lowestAbove(price);
    }

    private long highestBelow(long price) {
        long p = price - 1;
        if (p < 0) {
            return -1;
        }
        int w = (int) (p >>> 6);
        long word = occupied[w] & (-1L >>> (63 - (p & 63)));
        while (true) {
            if (word != 0) {
                return ((long) w << 6) + 63 - Long.numberOfLeadingZeros(word);
            }
            if (--w < 0) {
                return -1;
            }
            word = occupied[w];
        }
    }

    private long lowestAbove(long price) {
        long p = price + 1;
        int w = (int) (p >>> 6);
        if (w >= occupied.length) {
            return -1;
        }
        long word = occupied[w] & (-1L << (p & 63));
        while (true) {
            if (word != 0) {
                return ((long) w << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++w == occupied.length) {
                return -1;
            }
            word = occupied[w];
        }
    }

    /** Checks this side against the nodes and the index; see {@link OrderBook#validateInternalState()}. */
    int validate(LongIntHashMap index) {
        int count = 0;
        int seenLevels = 0;
        long expectedBest = -1;
        for (int p = 0; p < head.length; p++) {
            boolean bit = (occupied[p >>> 6] & (1L << p)) != 0;
            if (bit != (head[p] != OrderNodes.NIL)) {
                throw new IllegalStateException("occupancy bit disagrees with level at " + p);
            }
            if (!bit) {
                if (tail[p] != OrderNodes.NIL || quantity[p] != 0) {
                    throw new IllegalStateException("empty level " + p + " keeps a tail or quantity");
                }
                continue;
            }
            seenLevels++;
            if (bids || expectedBest < 0) {
                expectedBest = p;
            }
            long total = 0;
            int previous = OrderNodes.NIL;
            for (int n = head[p]; n != OrderNodes.NIL; n = nodes.next[n]) {
                if (nodes.prev[n] != previous || nodes.price[n] != p || nodes.buy[n] != bids
                        || nodes.remaining[n] <= 0 || index.get(nodes.orderId[n]) != n) {
                    throw new IllegalStateException("node " + n + " (order " + nodes.orderId[n]
                            + ") misfiled at level " + p);
                }
                total += nodes.remaining[n];
                previous = n;
                count++;
            }
            if (tail[p] != previous || total != quantity[p]) {
                throw new IllegalStateException("level " + p + " tail or total quantity is wrong");
            }
        }
        if (seenLevels != levels || expectedBest != best) {
            throw new IllegalStateException("level count or best price is stale on the "
                    + (bids ? "bid" : "ask") + " side");
        }
        return count;
    }

    private void grow(long price) {
        if (price > OrderBook.MAX_PRICE_TICKS) {
            throw new IllegalArgumentException("price " + price + " above " + OrderBook.MAX_PRICE_TICKS);
        }
        int[] oldHead = head;
        int[] oldTail = tail;
        long[] oldQuantity = quantity;
        long[] oldOccupied = occupied;
        long wanted = Math.max(price + 1, (long) head.length * 2);
        allocate((int) Math.min(wanted, OrderBook.MAX_PRICE_TICKS + 1));
        System.arraycopy(oldHead, 0, head, 0, oldHead.length);
        System.arraycopy(oldTail, 0, tail, 0, oldTail.length);
        System.arraycopy(oldQuantity, 0, quantity, 0, oldQuantity.length);
        System.arraycopy(oldOccupied, 0, occupied, 0, oldOccupied.length);
    }

    private void allocate(int ticks) {
        head = new int[ticks];
        tail = new int[ticks];
        Arrays.fill(head, OrderNodes.NIL);
        Arrays.fill(tail, OrderNodes.NIL);
        quantity = new long[ticks];
        occupied = new long[(ticks + 63) >>> 6];
    }
}
