package io.gridbench.exchange.server;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.venue.VenueCore;

import java.util.Random;
import java.util.concurrent.CompletionException;

/**
 * Opens simulated accounts: draws credentials from a seeded {@link Random}, opens the account in the venue with
 * its cash and units, and registers its keys in the {@link AccountDirectory}. The same seed and the same sequence of
 * calls give the same accounts. Calls block until the venue core has done the work, so they belong to start-up code
 * and agent set-up threads, never to an event loop nor to a task running on the core (that would wait on itself);
 * they are serialised so the key sequence stays deterministic.
 */
public final class AccountProvisioner {
    private final VenueCore core;
    private final AccountDirectory directory;
    private final ExchangeConfig config;
    private final Random random;

    public AccountProvisioner(VenueCore core, AccountDirectory directory, ExchangeConfig config, long seed) {
        this.core = core;
        this.directory = directory;
        this.config = config;
        this.random = new Random(seed);
    }

    /** The demo account of {@code --credentials-out}: the configured demo cash and no consumption balance. */
    public Credentials openDemo() {
        return open(config.accounts().demoCashCents(), 0);
    }

    /** An account with the configured funded cash and units of every instrument. */
    public Credentials openFunded() {
        return open(config.accounts().fundedCashCents(), config.accounts().fundedUnitsPerInstrument());
    }

    /**
     * Opens an account with {@code cashCents} of cash and {@code unitsPerInstrument} units of every configured
     * instrument, in Auto Mode when {@code accounts.auto_mode} is true and in Advanced Mode otherwise.
     */
    public synchronized Credentials open(long cashCents, long unitsPerInstrument) {
        Credentials credentials = Credentials.generate(random);
        try {
            core.submit(venue -> {
                venue.openAccount(credentials.accountId(), cashCents, config.accounts().autoMode());
                if (unitsPerInstrument > 0) {
                    for (InstrumentSettings instrument : config.instruments()) {
                        venue.depositUnits(credentials.accountId(), instrument.instrumentId(), unitsPerInstrument);
                    }
                }
                return null;
            }).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot open account " + credentials.accountId() + ": " + e.getCause(), e.getCause());
        }
        directory.register(credentials);
        return credentials;
    }
}
