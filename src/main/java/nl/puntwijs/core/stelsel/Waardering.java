package nl.puntwijs.core.stelsel;

import java.time.LocalDate;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.tabellen.Tabellen;

/**
 * Everything one valuation reads: the dwelling, the peildatum with its tables, the interpretation
 * choices, the room classification (made once) and the warnings collected on the way.
 */
public record Waardering(Eenheid eenheid, LocalDate peildatum, Tabellen tabellen, Interpretatie interpretatie,
                         Indeling indeling, Meldingen meldingen) {

    public static Waardering van(Eenheid eenheid, LocalDate peildatum, Tabellen tabellen,
                                 Interpretatie interpretatie) {
        Meldingen meldingen = new Meldingen();
        return new Waardering(eenheid, peildatum, tabellen, interpretatie, Indeling.van(eenheid, meldingen),
                meldingen);
    }

    public boolean optie(Interpretatie.Optie optie) {
        return interpretatie.alternatief(optie);
    }

    public void waarschuw(String veld, String tekst) {
        meldingen.waarschuw(veld, tekst);
    }
}
