package nl.puntwijs.core.signalen;

import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Tabellen;

/** What every rule needs: the date, the thresholds, the tables, and how to build a signal about its subject. */
abstract class Context {

    /** Where "niet te beoordelen" signals for a missing threshold point to. */
    static final String DREMPELBRON = "tabellen/drempels.json";

    final Drempels drempels;
    final LocalDate peildatum;
    final Tabellen tabellen;

    Context(Drempels drempels, LocalDate peildatum, Tabellen tabellen) {
        this.drempels = drempels;
        this.peildatum = peildatum;
        this.tabellen = tabellen;
    }

    /** The dwelling the signals are about; null for the complex as a whole. */
    abstract String eenheidId();

    /** The complex; null for a dwelling on its own. */
    abstract String complexId();

    /** A threshold on the peildatum. */
    Drempel drempel(String sleutel) {
        return drempels.drempel(sleutel, peildatum);
    }

    Signaal signaal(Signaalsoort soort, Ernst ernst, String veld, String melding, String bron, Gelezen gelezen) {
        return new Signaal(soort, ernst, eenheidId(), complexId(), melding, bron, veld, gelezen.waarden(),
                gelezen.onbevestigd());
    }

    /** "Niet te beoordelen: de kale huur ontbreekt." as an info signal. */
    Signaal ontbreekt(Signaalsoort soort, String veld, String wat, String bron, Gelezen gelezen) {
        return signaal(soort, Ernst.INFO, veld, "Niet te beoordelen: " + wat + " ontbreekt.", bron, gelezen);
    }

    /** One check of a rule; may add signals. */
    @FunctionalInterface
    interface Toets {
        void voer(List<Signaal> uit);
    }

    /**
     * Runs one check. A threshold that no value covers on the date asked makes this check "niet te beoordelen"
     * with the loader's message (key and date); the other checks still run.
     */
    void toets(Signaalsoort soort, String veld, List<Signaal> uit, Toets toets) {
        try {
            toets.voer(uit);
        } catch (Drempels.GeenDrempelException e) {
            uit.add(signaal(soort, Ernst.INFO, veld, "Niet te beoordelen: " + e.getMessage() + ".", DREMPELBRON,
                    new Gelezen().met("drempel." + e.sleutel(), "ontbreekt op " + e.datum())));
        }
    }
}
