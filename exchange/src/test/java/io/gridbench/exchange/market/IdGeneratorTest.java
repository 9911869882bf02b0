package io.gridbench.exchange.market;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdGeneratorTest {

    @Test
    void idsArePrefixedFixedWidthAndUnique() {
        IdGenerator ids = new IdGenerator(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next("order");
            assertThat(id).matches("order_[0-9a-f]{16}");
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theSeedDecidesTheSequence() {
        assertThat(new IdGenerator(1).next("trade")).isEqualTo(new IdGenerator(1).next("trade"))
                .isNotEqualTo(new IdGenerator(2).next("trade"));
    }
}
