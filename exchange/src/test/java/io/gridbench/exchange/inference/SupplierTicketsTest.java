package io.gridbench.exchange.inference;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Supplier-redirect tickets: bound to key and path, valid for their TTL only. */
class SupplierTicketsTest {
    private final AtomicLong now = new AtomicLong(0);
    private final SupplierTickets tickets = new SupplierTickets(30_000, now::get);

    @Test
    void acceptsATicketForItsKeyAndPathWithinItsLifetime() {
        String ticket = tickets.issue("key", "/supplier/v1/messages");
        now.addAndGet(29_000_000_000L);

        assertThat(tickets.valid(ticket, "key", "/supplier/v1/messages")).isTrue();
    }

    @Test
    void refusesATicketAfterItsLifetime() {
        String ticket = tickets.issue("key", "/supplier/v1/messages");
        now.addAndGet(30_000_000_001L);

        assertThat(tickets.valid(ticket, "key", "/supplier/v1/messages")).isFalse();
    }

    @Test
    void refusesATicketForAnotherKeyOrPath() {
        String ticket = tickets.issue("key", "/supplier/v1/messages");

        assertThat(tickets.valid(ticket, "other", "/supplier/v1/messages")).isFalse();
        assertThat(tickets.valid(ticket, "key", "/supplier/v1/chat/completions")).isFalse();
    }

    @Test
    void refusesATicketWithAnExtendedExpiry() {
        String ticket = tickets.issue("key", "/p");
        String forged = (Long.parseLong(ticket.substring(0, ticket.indexOf('.'))) + 1_000_000_000_000L)
                + ticket.substring(ticket.indexOf('.'));

        assertThat(tickets.valid(forged, "key", "/p")).isFalse();
        assertThat(tickets.valid("garbage", "key", "/p")).isFalse();
        assertThat(tickets.valid(null, "key", "/p")).isFalse();
    }
}
