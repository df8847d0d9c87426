package nl.puntwijs.ui.taak;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.ui.dienst.Taakcontext;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * Long work (import, rescore, export) as one background task on the portfolio's thread: a progress bar, a text, a
 * cancel button. Progress reaches the toolkit at most every 50 ms, so the window stays responsive. Cancelling throws
 * inside the work at its next progress report: the store rolls the transaction back and nothing is half-stored.
 * Failures end in the error dialog with the full message.
 */
public final class TaakViewModel {

    private static final long INTERVAL_NS = 50_000_000L;

    private final Werkruimte werkruimte;
    private final BooleanProperty bezig = new SimpleBooleanProperty(this, "bezig");
    private final DoubleProperty voortgang = new SimpleDoubleProperty(this, "voortgang", -1);
    private final StringProperty tekst = new SimpleStringProperty(this, "tekst", "");
    private volatile boolean annuleren;

    public TaakViewModel(Werkruimte werkruimte) {
        this.werkruimte = werkruimte;
    }

    public ReadOnlyBooleanProperty bezigProperty() {
        return bezig;
    }

    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty voortgangProperty() {
        return voortgang;
    }

    public ReadOnlyStringProperty tekstProperty() {
        return tekst;
    }

    public void annuleer() {
        annuleren = true;
        tekst.set(tekst.get() + " (wordt geannuleerd)");
    }

    /**
     * Runs {@code werk} with the open portfolio on its thread; {@code klaar} gets the outcome on the toolkit's thread.
     * Returns false when another task is running.
     */
    public <T> boolean start(String naam, Function<Werk<T>, T> werk, Consumer<T> klaar) {
        return start(naam, (p, ctx) -> werk.apply(new Werk<>(p, ctx)), klaar);
    }

    /** The portfolio and the task context, for the work. */
    public record Werk<T>(Portfolio portfolio, Taakcontext taak) {
    }

    /** The work of a task. */
    @FunctionalInterface
    public interface Taakwerk<T> {
        T voerUit(Portfolio portfolio, Taakcontext taak) throws Exception;
    }

    public <T> boolean start(String naam, Taakwerk<T> werk, Consumer<T> klaar) {
        return start(naam, "er is niets gewijzigd", werk, klaar);
    }

    /**
     * As {@link #start(String, Taakwerk, Consumer)}, with what a cancel or a failure leaves as it was ("er is niets
     * gewijzigd" for work in one transaction; an export says its earlier file is untouched).
     */
    public <T> boolean start(String naam, String ongewijzigd, Taakwerk<T> werk, Consumer<T> klaar) {
        if (bezig.get()) {
            werkruimte.dialogen().melding(naam, "Er loopt al een taak; wacht tot die klaar is of annuleer hem.");
            return false;
        }
        annuleren = false;
        bezig.set(true);
        voortgang.set(-1);
        tekst.set(naam + " ...");
        Context ctx = new Context(naam);
        CompletableFuture<T> uit = werkruimte.opslag().doe(p -> {
            try {
                return werk.voerUit(p, ctx);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        uit.whenComplete((t, fout) -> werkruimte.uitvoerder().opUi(() -> {
            bezig.set(false);
            voortgang.set(-1);
            if (fout != null) {
                Throwable oorzaak = fout.getCause() != null ? fout.getCause() : fout;
                if (oorzaak instanceof CancellationException) {
                    tekst.set(naam + " geannuleerd; " + ongewijzigd);
                } else {
                    tekst.set(naam + " mislukt");
                    werkruimte.dialogen().fouten(naam + " mislukt", Character.toUpperCase(ongewijzigd.charAt(0))
                            + ongewijzigd.substring(1) + ".", List.of(Werkruimte.bericht(fout)));
                }
                return;
            }
            tekst.set(naam + " klaar");
            klaar.accept(t);
        }));
        return true;
    }

    private final class Context implements Taakcontext {
        private final String naam;
        private long laatste;

        Context(String naam) {
            this.naam = naam;
        }

        @Override
        public void meld(String fase, long gedaan, long totaal) {
            controleer();
            long nu = System.nanoTime();
            if (nu - laatste < INTERVAL_NS && gedaan < totaal) {
                return;
            }
            laatste = nu;
            double deel = totaal <= 0 ? -1 : (double) gedaan / totaal;
            String t = naam + ": " + fase + " " + gedaan + (totaal > 0 ? " / " + totaal : "");
            werkruimte.uitvoerder().opUi(() -> {
                voortgang.set(deel);
                tekst.set(t);
            });
        }

        @Override
        public boolean geannuleerd() {
            return annuleren;
        }
    }
}
