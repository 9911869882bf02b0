package io.gridbench.exchange.book;

/**
 * The pool of resting-order nodes of one {@link ArrayOrderBook}, stored as parallel primitive arrays (one slot per
 * node) so that resting an order allocates nothing once the pool is warm. Each node is a member of an intrusive
 * doubly-linked FIFO list per price level ({@code next}/{@code prev} hold slot numbers). Freed slots are chained
 * through {@code next} and reused first. Owned by the book's thread.
 */
final class OrderNodes {
    static final int NIL = -1;

    long[] orderId;
    long[] owner;
    long[] price;
    long[] remaining;
    boolean[] buy;
    int[] next;
    int[] prev;

    private int freeHead = NIL;
    private int highWater;

    OrderNodes(int initialCapacity) {
        allocateArrays(Math.max(16, initialCapacity));
    }

    /** Takes a free slot and fills it; links are left to the caller. */
    int acquire(long id, long ownerId, boolean isBuy, long priceTicks, long quantity) {
        int node;
        if (freeHead != NIL) {
            node = freeHead;
            freeHead = next[node];
        } else {
            if (highWater == orderId.length) {
                grow();
            }
            node = highWater++;
        }
        orderId[node] = id;
        owner[node] = ownerId;
        buy[node] = isBuy;
        price[node] = priceTicks;
        remaining[node] = quantity;
        next[node] = NIL;
        prev[node] = NIL;
        return node;
    }

    void release(int node) {
        orderId[node] = 0;
        remaining[node] = 0;
        prev[node] = NIL;
        next[node] = freeHead;
        freeHead = node;
    }

    private void grow() {
        int capacity = orderId.length * 2;
        long[] oldId = orderId;
        long[] oldOwner = owner;
        long[] oldPrice = price;
        long[] oldRemaining = remaining;
        boolean[] oldBuy = buy;
        int[] oldNext = next;
        int[] oldPrev = prev;
        allocateArrays(capacity);
        System.arraycopy(oldId, 0, orderId, 0, highWater);
        System.arraycopy(oldOwner, 0, owner, 0, highWater);
        System.arraycopy(oldPrice, 0, price, 0, highWater);
        System.arraycopy(oldRemaining, 0, remaining, 0, highWater);
        System.arraycopy(oldBuy, 0, buy, 0, highWater);
        System.arraycopy(oldNext, 0, next, 0, highWater);
        System.arraycopy(oldPrev, 0, prev, 0, highWater);
    }

    private void allocateArrays(int capacity) {
        orderId = new long[capacity];
        owner = new long[capacity];
        price = new long[capacity];
        remaining = new long[capacity];
        buy = new boolean[capacity];
        next = new int[capacity];
        prev = new int[capacity];
    }
}
