package io.gridbench.exchange.book;

import io.gridbench.exchange.market.Side;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast book behaves exactly like the reference book: same callbacks, same depth, after any operation sequence. */
class OrderBookEquivalencePropertyTest {

    record Op(int kind, Side side, long owner, long price, long quantity, long budget, int cancelBack) {
    }

    @Property(tries = 200)
    void fastBookMatchesTheReferenceBook(@ForAll("operations") List<Op> ops) {
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

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(Side.class),
                Arbitraries.longs().between(1, 4),
                Arbitraries.longs().between(90, 110),
                Arbitraries.longs().between(1, 30),
                Arbitraries.oneOf(Arbitraries.just(Long.MAX_VALUE), Arbitraries.longs().between(0, 3000)),
                Arbitraries.integers().between(1, 20)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(120);
    }
}
