package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an explained result.
 *
 * @param sleutel      a stable segment for ids (a room id or a fixed word such as "afronding")
 * @param omschrijving what the line is about, in Dutch
 * @param aantal       the quantity the line measures (m², stuks, euro, mm); null when none
 * @param eenheid      the unit of {@code aantal}; null when none
 * @param punten       the points this line contributes, its sub-lines included; null for an informative line
 * @param bron         the rule behind the line (e.g. "BB26 §2.5.2"); null when the rubriek's paragraph applies
 * @param onderdelen   sub-lines that explain this line
 */
public record Regel(String sleutel, String omschrijving, BigDecimal aantal, Meeteenheid eenheid, BigDecimal punten,
                    String bron, List<Regel> onderdelen) {

    public Regel {
        onderdelen = onderdelen == null ? List.of() : List.copyOf(onderdelen);
    }

    public static Regel punten(String sleutel, String omschrijving, BigDecimal punten, String bron) {
        return new Regel(sleutel, omschrijving, null, null, punten, bron, List.of());
    }

    public static Regel meting(String sleutel, String omschrijving, BigDecimal aantal, Meeteenheid eenheid,
                               BigDecimal punten, String bron) {
        return new Regel(sleutel, omschrijving, aantal, eenheid, punten, bron, List.of());
    }

    public Regel met(List<Regel> nieuweOnderdelen) {
        return new Regel(sleutel, omschrijving, aantal, eenheid, punten, bron, nieuweOnderdelen);
    }
}
