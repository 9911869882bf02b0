package io.gridbench.exchange.book;

import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/** The fast book behaves exactly like the reference book: same callbacks, same depth, after any operation sequence. */
class OrderBookEquivalencePropertyTest {

    /** Fixed so CI runs are reproducible; QuickTheories prints the seed and the shrunk counterexample on failure. */
    private static final long SEED = 0x6B00_4E01L;

    record Op(int kind, Side side, long owner, long price, long quantity, long budget, int cancelBack) {
    }

    @Test
    void fastBookMatchesTheReferenceBook() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(operations()).checkAssert(this::replayOnBothBooks);
    }

    private void replayOnBothBooks(List<Op> ops) {
        OrderBook reference = new TreeMapOrderBook();
        OrderBook fast = new ArrayOrderBook(2, 64);
        RecordingListener referenceEvents = new RecordingListener();
        RecordingListener fastEvents = new RecordingListener();
        long nextId = 1;
        for (Op op : ops) {
            long id = nextId++;
            switch (op.kind()) {
                case 0 -> {
                    long cancelId = Math.max(1, id - op.cancelBack());
                    assertThat(fast.cancel(cancelId)).isEqualTo(reference.cancel(cancelId));
                }
                case 1 -> assertThat(fast.placeMarket(id, op.owner(), op.side(), op.quantity(), op.budget(),
                        fastEvents)).isEqualTo(reference.placeMarket(id, op.owner(), op.side(), op.quantity(),
                        op.budget(), referenceEvents));
                default -> assertThat(fast.placeLimit(id, op.owner(), op.side(), op.price(), op.quantity(),
                        fastEvents)).isEqualTo(reference.placeLimit(id, op.owner(), op.side(), op.price(),
                        op.quantity(), referenceEvents));
            }
            fast.validateInternalState();
            reference.validateInternalState();
            assertThat(fastEvents.events).isEqualTo(referenceEvents.events);
            assertSameDepth(reference, fast);
        }
    }

    private static void assertSameDepth(OrderBook reference, OrderBook fast) {
        assertThat(fast.bestBid()).isEqualTo(reference.bestBid());
        assertThat(fast.bestAsk()).isEqualTo(reference.bestAsk());
        assertThat(fast.orderCount()).isEqualTo(reference.orderCount());
        for (Side side : Side.values()) {
            long[] p1 = new long[64];
            long[] q1 = new long[64];
            long[] p2 = new long[64];
            long[] q2 = new long[64];
            assertThat(fast.depth(side, p2, q2)).isEqualTo(reference.depth(side, p1, q1));
            assertThat(p2).isEqualTo(p1);
            assertThat(q2).isEqualTo(q1);
            assertThat(fast.levelCount(side)).isEqualTo(reference.levelCount(side));
        }
    }

    private static Gen<List<Op>> operations() {
        Gen<Integer> kind = integers().between(0, 5);
        Gen<Side> side = Generate.enumValues(Side.class);
        Gen<Long> owner = longs().between(1, 4);
        Gen<Long> price = longs().between(90, 110);
        Gen<Long> quantity = longs().between(1, 30);
        Gen<Long> budget = Generate.oneOf(Generate.constant(Long.MAX_VALUE), longs().between(0, 3000));
        Gen<Integer> cancelBack = integers().between(1, 20);
        Gen<Op> op = in -> new Op(kind.generate(in), side.generate(in), owner.generate(in), price.generate(in),
                quantity.generate(in), budget.generate(in), cancelBack.generate(in));
        return lists().of(op).ofSizeBetween(1, 120);
    }
}
