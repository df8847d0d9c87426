package nl.puntwijs.eigenschappen;

import java.math.BigDecimal;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.stelsel.Stelselgroep;

/** Values the generated cases with the shipped tables, and small helpers the properties share. */
final class Waarderen {

    static final Stelsel STELSEL = Testwoning.STELSEL;
    static final BigDecimal KWART = new BigDecimal("0.25");

    private Waarderen() {
    }

    static Resultaat waardeer(Woningen.Geval g) {
        return STELSEL.waardeer(g.eenheid(), g.peildatum(), g.interpretatie());
    }

    /** Rubrieken 1 and 2 together: the area points of the dwelling's own rooms. */
    static BigDecimal oppervlaktepunten(Resultaat r) {
        return r.punten(Stelselgroep.OVZ).add(r.punten(Stelselgroep.OOZ));
    }

    /** Quarter points, an eighth up: written out here rather than taken from the code under test. */
    static BigDecimal kwartpunt(BigDecimal punten) {
        return punten.multiply(BigDecimal.valueOf(4)).setScale(0, java.math.RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(4));
    }

    static boolean isKwartpunt(BigDecimal punten) {
        return punten.remainder(KWART).signum() == 0;
    }
}
