package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.zorg.Zorgbeoordeling;
import nl.puntwijs.core.zorg.Zorgtoets;

/**
 * One dwelling with its valuation, and the variants the rules compare it with, each computed at most once: without
 * the zorg surcharge (P_zonder: valued again with a doelgroep other than ZOR), with the surcharge as if every
 * condition were met (P_met), without the complex's shared spaces.
 */
final class Woningcontext extends Context {

    /** Every zorgwoning condition recorded and met: for "what the surcharge would have given". */
    private static final Zorgvoorwaarden ALLES_VOLDAAN = new Zorgvoorwaarden(true, Zorgtoets.MINIMUM_GANGBREEDTE_CM,
            BigDecimal.ZERO, true, true, true, true, false, null);

    private final Stelsel stelsel;
    /** The dwelling as valued: in a complex with its shared spaces and the complex's zorg conditions filled in. */
    final Eenheid eenheid;
    final Resultaat resultaat;
    /** The complex, or null for a dwelling on its own. */
    final Complex complex;
    /** The dwelling as the complex lists it (without shared spaces); the same as {@link #eenheid} on its own. */
    private final Eenheid woning;
    private Resultaat zonderToeslag;
    private Resultaat metToeslag;
    private Resultaat zonderGedeeldeRuimten;

    Woningcontext(Stelsel stelsel, Drempels drempels, Eenheid woning, Eenheid eenheid, Resultaat resultaat,
                  Complex complex) {
        super(drempels, resultaat.peildatum(), stelsel.tabellenboek().voor(resultaat.peildatum()));
        this.stelsel = stelsel;
        this.woning = woning;
        this.eenheid = eenheid;
        this.resultaat = resultaat;
        this.complex = complex;
    }

    @Override
    String eenheidId() {
        return eenheid.id();
    }

    @Override
    String complexId() {
        return complex == null ? null : complex.id();
    }

    Ouderenhuisvesting ouderenhuisvesting() {
        return complex == null ? null : complex.ouderenhuisvesting();
    }

    /** P_zonder: the valuation without the zorg surcharge (the dwelling valued with no doelgroep). */
    Resultaat zonderToeslag() {
        if (zonderToeslag == null) {
            zonderToeslag = resultaat.zorg().isZorgwoning() ? waardeer(eenheid.metDoelgroep(null)) : resultaat;
        }
        return zonderToeslag;
    }

    /**
     * P_met: the valuation with the surcharge; for a claimed zorgwoning whose recorded condition fails, what it would
     * be with every condition met.
     */
    Resultaat metToeslag() {
        if (metToeslag == null) {
            metToeslag = resultaat.zorg().isGeclaimd() && !resultaat.zorg().isZorgwoning()
                    ? waardeer(eenheid.metZorgvoorwaarden(ALLES_VOLDAAN)) : resultaat;
        }
        return metToeslag;
    }

    /**
     * P_geldig: the points that hold up — with the surcharge only when every condition is recorded and met (the
     * knelpunten document: ZW-01 to ZW-03 clear), else without.
     */
    Resultaat geldig() {
        return resultaat.zorg().besluit() == Zorgbeoordeling.Besluit.TOEGEPAST ? resultaat : zonderToeslag();
    }

    /** The valuation without any of the complex's shared spaces; only in a complex. */
    Resultaat zonderGedeeldeRuimten() {
        if (zonderGedeeldeRuimten == null) {
            zonderGedeeldeRuimten = waardeer(complex.inComplex(woning, List.of()));
        }
        return zonderGedeeldeRuimten;
    }

    private Resultaat waardeer(Eenheid variant) {
        return stelsel.waardeer(variant, resultaat.peildatum(), resultaat.interpretatie());
    }
}
