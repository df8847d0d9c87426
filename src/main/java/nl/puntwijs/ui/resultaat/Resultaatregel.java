package nl.puntwijs.ui.resultaat;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the live result: a rubriek or one of its lines, with the points at the peildatum and, when a second
 * peildatum is chosen, the points there and the difference.
 *
 * @param soort       how the row is highlighted
 * @param hoeveelheid the measured quantity with its unit ("24,6 m²"), or empty
 * @param paragraaf   the beleidsboek paragraph behind the line
 * @param uitleg      the tooltip: what the rule is and where it comes from
 */
public record Resultaatregel(String sleutel, String omschrijving, String hoeveelheid, BigDecimal punten,
                             BigDecimal puntenVergelijk, String paragraaf, String uitleg, Soort soort,
                             List<Resultaatregel> kinderen) {

    /** Highlighting. */
    public enum Soort {
        RUBRIEK, REGEL, ZORGTOESLAG, GEDEELD, OPSLAG
    }

    public Resultaatregel {
        kinderen = List.copyOf(kinderen);
    }

    /** Points at the second peildatum minus points at the first; null without a second peildatum. */
    public BigDecimal verschil() {
        if (puntenVergelijk == null) {
            return null;
        }
        return puntenVergelijk.subtract(punten == null ? BigDecimal.ZERO : punten);
    }
}
