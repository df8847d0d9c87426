package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import java.util.List;

/**
 * The points of one rubriek with the lines that explain them.
 *
 * @param groep             which rubriek
 * @param punten            the rubriek's points after its rounding (a multiple of 0.25)
 * @param regels            the explanation; the top-level lines' points add up to {@code punten}
 * @param opslagpercentage  only for the opslagen: the rent surcharge as a fraction (0.35); else null
 */
public record RubriekResultaat(Stelselgroep groep, BigDecimal punten, List<Regel> regels,
                               BigDecimal opslagpercentage) {

    public RubriekResultaat {
        regels = List.copyOf(regels);
    }

    public RubriekResultaat(Stelselgroep groep, BigDecimal punten, List<Regel> regels) {
        this(groep, punten, regels, null);
    }
}
