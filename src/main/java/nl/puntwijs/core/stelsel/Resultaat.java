package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.puntwijs.core.zorg.Zorgbeoordeling;

/**
 * The explained valuation of one dwelling at one peildatum.
 *
 * @param eenheidId       the dwelling's id
 * @param peildatum       the date valued
 * @param tabellen        the table set used (its name)
 * @param interpretatie   the interpretation options used
 * @param rubrieken       every rubriek in the beleidsboek's order, the opslagen last
 * @param som             the sum of the rubrieken before rounding to whole points
 * @param punten          the point total, whole points (BB26 §2.1.5)
 * @param sector          the rent sector of the point total (BB26 §1.3.1)
 * @param maximaleHuur    the maximum rent for the point total, per month
 * @param opslagpercentage sum of the surcharge percentages, as a fraction
 * @param huurprijsopslag the surcharge in euro
 * @param maximaleHuurInclusiefOpslag the maximum rent including the surcharge
 * @param zorg            the zorgwoning check: whether the surcharge applies and why
 * @param meldingen       warnings raised while valuing
 */
public record Resultaat(String eenheidId, LocalDate peildatum, String tabellen, Interpretatie interpretatie,
                        List<RubriekResultaat> rubrieken, BigDecimal som, int punten, Sector sector,
                        BigDecimal maximaleHuur, BigDecimal opslagpercentage, BigDecimal huurprijsopslag,
                        BigDecimal maximaleHuurInclusiefOpslag, Zorgbeoordeling zorg, List<Melding> meldingen) {

    public Resultaat {
        rubrieken = List.copyOf(rubrieken);
        meldingen = List.copyOf(meldingen);
    }

    public Optional<RubriekResultaat> rubriek(Stelselgroep groep) {
        for (RubriekResultaat r : rubrieken) {
            if (r.groep() == groep) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The points of a rubriek (0 when the rubriek is absent). */
    public BigDecimal punten(Stelselgroep groep) {
        return rubriek(groep).map(RubriekResultaat::punten).orElse(BigDecimal.ZERO);
    }
}
