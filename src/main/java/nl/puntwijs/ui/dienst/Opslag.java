package nl.puntwijs.ui.dienst;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.puntwijs.store.Portfolio;

/**
 * The open portfolio file and the one thread that uses it (the store is single-threaded by design). Every read and
 * write of the desktop application goes through {@link #doe}; edits are saved through {@link #bewaarStraks}, which
 * waits a moment for more keystrokes and then stores the newest state of the complex in one transaction (so typing
 * "24,60" gives one change in the audit trail, not five). {@link #sluit} stores what is pending before it closes:
 * closing never loses an edit.
 */
public final class Opslag implements AutoCloseable {

    /** How long an edit waits for the next keystroke before it is stored. */
    static final long WACHT_MS = 400;

    /** A pending save: the newest state wins. */
    @FunctionalInterface
    public interface Bewaring {
        void bewaar(Portfolio portfolio);
    }

    private final ScheduledThreadPoolExecutor draad;
    private final AtomicReference<Bewaring> wachtend = new AtomicReference<>();
    private volatile Portfolio portfolio;
    private volatile java.util.function.Consumer<RuntimeException> bijFout = e -> { };

    public Opslag() {
        draad = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "puntwijs-opslag");
            t.setDaemon(true);
            return t;
        });
    }

    /** Where failures of a delayed save are reported (a dialog). */
    public void bijFout(java.util.function.Consumer<RuntimeException> melder) {
        this.bijFout = melder;
    }

    /** Opens (or creates) a portfolio file, closing the one open before (after storing what is pending). */
    public CompletableFuture<Portfolio> open(Path bestand) {
        return doe(oud -> {
            bewaarWachtend();
            if (portfolio != null) {
                portfolio.close();
                portfolio = null;
            }
            portfolio = Portfolio.open(bestand);
            return portfolio;
        }, false);
    }

    public boolean isOpen() {
        return portfolio != null;
    }

    public Path bestand() {
        Portfolio p = portfolio;
        return p == null ? null : p.bestand();
    }

    /** Runs work on the portfolio's thread (after any pending save). */
    public <T> CompletableFuture<T> doe(Function<Portfolio, T> werk) {
        return doe(werk, true);
    }

    private <T> CompletableFuture<T> doe(Function<Portfolio, T> werk, boolean nodigOpen) {
        CompletableFuture<T> uit = new CompletableFuture<>();
        draad.execute(() -> {
            try {
                bewaarWachtend();
                if (nodigOpen && portfolio == null) {
                    throw new IllegalStateException("geen portefeuille geopend");
                }
                uit.complete(werk.apply(portfolio));
            } catch (Throwable t) {
                uit.completeExceptionally(t);
            }
        });
        return uit;
    }

    /** Stores this state a moment from now, unless a newer state replaces it first. */
    public void bewaarStraks(Bewaring bewaring) {
        if (wachtend.getAndSet(bewaring) == null) {
            draad.schedule(this::bewaarWachtendVeilig, WACHT_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** Blocks until every pending save and every queued piece of work is done (tests, closing). */
    public void wacht() {
        doe(p -> null, false).join();
    }

    private void bewaarWachtendVeilig() {
        try {
            bewaarWachtend();
        } catch (RuntimeException e) {
            bijFout.accept(e);
        }
    }

    private void bewaarWachtend() {
        Bewaring b = wachtend.getAndSet(null);
        if (b != null && portfolio != null) {
            b.bewaar(portfolio);
        }
    }

    /** Stores what is pending, closes the file and stops the thread. */
    @Override
    public void close() {
        try {
            doe(p -> {
                if (portfolio != null) {
                    portfolio.close();
                    portfolio = null;
                }
                return null;
            }, false).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing: nothing more to do than stop the thread
        } finally {
            draad.shutdown();
        }
    }
}
