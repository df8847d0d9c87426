package nl.puntwijs.core.stelsel;

import java.time.LocalDate;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.tabellen.Tabellen;
import nl.puntwijs.core.zorg.Zorgbeoordeling;
import nl.puntwijs.core.zorg.Zorgtoets;

/**
 * Everything one valuation reads: the dwelling, the peildatum with its tables, the interpretation
 * choices, the room classification (made once), the zorgwoning check and the warnings collected on the way.
 */
public record Waardering(Eenheid eenheid, LocalDate peildatum, Tabellen tabellen, Interpretatie interpretatie,
                         Indeling indeling, Zorgbeoordeling zorg, Meldingen meldingen) {

    public static Waardering van(Eenheid eenheid, LocalDate peildatum, Tabellen tabellen,
                                 Interpretatie interpretatie) {
        Meldingen meldingen = new Meldingen();
        return new Waardering(eenheid, peildatum, tabellen, interpretatie, Indeling.van(eenheid, meldingen),
                Zorgtoets.beoordeel(eenheid), meldingen);
    }

    /** The zorgwoning surcharge and the flat shared-room points apply (after the zorg check). */
    public boolean isZorgwoning() {
        return zorg.isZorgwoning();
    }

    public boolean optie(Interpretatie.Optie optie) {
        return interpretatie.alternatief(optie);
    }

    public void waarschuw(String veld, String tekst) {
        meldingen.waarschuw(veld, tekst);
    }
}
