package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.venue.InstrumentView;
import io.gridbench.exchange.venue.VenueCore;
import io.gridbench.exchange.venue.VenueException;

import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;

/**
 * Charges inference to consumption balances through the venue's core thread: a hold of prompt plus budget before
 * generating, a settlement of what was actually produced afterwards (recorded in the {@link UsageLedger} in the same
 * core task). Thread-safe: it only submits tasks.
 */
public final class Metering {
    private final VenueCore core;
    private final UsageLedger ledger;
    private final long autoBuyUnits;

    public Metering(VenueCore core, UsageLedger ledger, long autoBuyUnits) {
        this.core = core;
        this.ledger = ledger;
        this.autoBuyUnits = autoBuyUnits;
    }

    /** A hold on an account's balance of one instrument. */
    public record Hold(long id, String accountId, String instrument) {
    }

    /**
     * Resolves {@code model} and holds {@code tokens} of the account's balance for it (Auto Mode accounts buy
     * {@code autoBuyUnits} or more first when short). Fails with 404 (field {@code model}) for an unknown
     * instrument and 402 when the tokens cannot be held.
     */
    public CompletableFuture<Hold> hold(String accountId, String model, long tokens) {
        return hold(accountId, model, instrument -> tokens);
    }

    /**
     * As above, with the tokens to hold worked out from the resolved instrument name by {@code tokensFor}, on the core
     * thread; it may refuse the request by throwing a {@link VenueException} (a budget over the instrument's cap),
     * in which case nothing is held.
     */
    public CompletableFuture<Hold> hold(String accountId, String model, ToLongFunction<String> tokensFor) {
        return core.submit(venue -> {
            InstrumentView instrument;
            try {
                instrument = venue.instrument(model);
            } catch (VenueException e) {
                if (e.status() == 404) {
                    throw new VenueException(404, "model", "The model `" + ApiError.cut(model) + "` does not exist");
                }
                throw e;
            }
            long id = venue.holdTokens(accountId, instrument.name(), tokensFor.applyAsLong(instrument.name()),
                    autoBuyUnits);
            return new Hold(id, accountId, instrument.name());
        });
    }

    /** Debits prompt plus completion tokens, releases the rest of the hold and records the usage. */
    public CompletableFuture<Void> settle(Hold hold, long promptTokens, long completionTokens) {
        return core.submit(venue -> {
            venue.settleTokens(hold.id(), promptTokens + completionTokens);
            ledger.record(hold.accountId(), hold.instrument(), promptTokens, completionTokens);
            return null;
        });
    }

    /** The account's usage in total and per instrument, read on the core thread. */
    public CompletableFuture<UsageReport> usage(String accountId) {
        return core.submit(venue -> new UsageReport(accountId, ledger.total(accountId), ledger.byModel(accountId)));
    }

    /** A snapshot of one account's usage. */
    public record UsageReport(String accountId, UsageView total, java.util.List<UsageView> byModel) {
    }
}
