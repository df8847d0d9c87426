package nl.puntwijs.core.tabellen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Energielabel;

/**
 * Energy points (BB26 §2.4.4-§2.4.6).
 *
 * @param eengezins          points per label for an eengezinswoning
 * @param meergezins         points per label for a meergezinswoning
 * @param labelEVolgensBhw   the Bhw table's value for label E, used only under the alternative of option D12
 * @param indexGrenzen       energie-index upper bounds (inclusive) per label, best label first
 * @param bouwjaarKlassen    construction-year classes and the label they count as, newest first
 * @param epvEengezins       fixed points with an energieprestatievergoeding, eengezins
 * @param epvMeergezins      fixed points with an energieprestatievergoeding, meergezins
 */
public record Energietabel(Map<Energielabel, Integer> eengezins, Map<Energielabel, Integer> meergezins,
                           int labelEVolgensBhw, List<IndexGrens> indexGrenzen, List<BouwjaarKlasse> bouwjaarKlassen,
                           int epvEengezins, int epvMeergezins) {

    public Energietabel {
        eengezins = Map.copyOf(eengezins);
        meergezins = Map.copyOf(meergezins);
        indexGrenzen = List.copyOf(indexGrenzen);
        bouwjaarKlassen = List.copyOf(bouwjaarKlassen);
        for (Energielabel label : Energielabel.values()) {
            if (!eengezins.containsKey(label) || !meergezins.containsKey(label)) {
                throw new IllegalArgumentException("energietabel: geen punten voor label " + label.naam());
            }
        }
    }

    /** An index up to and including {@code tot} counts as {@code label}; the last bound may be open (null). */
    public record IndexGrens(Energielabel label, BigDecimal tot) {
    }

    /** A construction year from {@code vanaf} (inclusive, null = open) counts as {@code label}. */
    public record BouwjaarKlasse(Integer vanaf, Energielabel label) {
    }

    public Energielabel labelVoorIndex(BigDecimal index) {
        for (IndexGrens grens : indexGrenzen) {
            if (grens.tot() == null || index.compareTo(grens.tot()) <= 0) {
                return grens.label();
            }
        }
        return indexGrenzen.get(indexGrenzen.size() - 1).label();
    }

    public Energielabel labelVoorBouwjaar(int bouwjaar) {
        for (BouwjaarKlasse klasse : bouwjaarKlassen) {
            if (klasse.vanaf() == null || bouwjaar >= klasse.vanaf()) {
                return klasse.label();
            }
        }
        return bouwjaarKlassen.get(bouwjaarKlassen.size() - 1).label();
    }
}
