package nl.puntwijs.ui.dienst;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexcontrole;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.complex.OngeldigComplexException;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.signalen.Signalering;
import nl.puntwijs.core.signalen.Subsidieschatting;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.tabellen.TabellenLader;

/**
 * The calculation service of the desktop application: the core's stelsel, complex valuation and signals behind two
 * calls, one for a single dwelling of a complex (fast: what runs after every keystroke) and one for a whole complex
 * (in the background). Thread-safe; holds no state but the loaded tables.
 */
public final class Rekenkern {

    /**
     * One dwelling valued in its complex.
     *
     * @param resultaat      the explained result (the complex's method for shared rooms)
     * @param signalen       the dwelling's signals
     * @param zorgtoeslag    points the zorg surcharge adds
     * @param gedeeld        points from the complex's shared spaces
     * @param duurMicro      how long the calculation took, in microseconds
     */
    public record Woningberekening(Eenheid woning, Resultaat resultaat, List<Signaal> signalen, BigDecimal zorgtoeslag,
                                   BigDecimal gedeeld, long duurMicro) {
    }

    /**
     * A complex valued: results per dwelling with both methods, its signals, the subsidy estimate; or, when the
     * complex cannot be valued, its errors.
     */
    public record Complexberekening(Complex complex, ComplexResultaat resultaat, List<Signaal> signalen,
                                    Optional<Subsidieschatting> subsidie, List<Complexmelding> meldingen) {

        public boolean gelukt() {
            return resultaat != null;
        }
    }

    private final Tabellenboek boek;
    private final Drempels drempels;
    private final Stelsel stelsel;
    private final Signalering signalering;
    private final Complexwaardering complexwaardering;
    private final Interpretatie interpretatie = Interpretatie.standaard();

    public Rekenkern(Tabellenboek boek, Drempels drempels) {
        this.boek = boek;
        this.drempels = drempels;
        this.stelsel = new Stelsel(boek);
        this.signalering = new Signalering(stelsel, drempels);
        this.complexwaardering = new Complexwaardering(stelsel);
    }

    /** The bundled tables and thresholds. */
    public static Rekenkern standaard() {
        return new Rekenkern(TabellenLader.standaard(), TabellenLader.drempels());
    }

    public Stelsel stelsel() {
        return stelsel;
    }

    public Tabellenboek tabellenboek() {
        return boek;
    }

    /** The thresholds with their own validity (rent limits, SOO rounds): the signals, the SOO form and the export. */
    public Drempels drempels() {
        return drempels;
    }

    public Interpretatie interpretatie() {
        return interpretatie;
    }

    /** True when a table set covers the date. */
    public boolean heeftTabellen(LocalDate peildatum) {
        try {
            boek.voor(peildatum);
            return true;
        } catch (Tabellenboek.GeenTabellenException e) {
            return false;
        }
    }

    /**
     * Values one dwelling of a complex with the complex's shared spaces and zorg conditions: the dwelling's result,
     * its signals, the zorg surcharge and the shared-space share. Does not value the other dwellings.
     */
    public Woningberekening woning(Complex complex, String eenheidId, LocalDate peildatum) {
        long start = System.nanoTime();
        Eenheid woning = complex.woning(eenheidId).orElseThrow(() -> new IllegalArgumentException("woning '" + eenheidId
                + "' bestaat niet in complex '" + complex.weergavenaam() + "'"));
        Interpretatie gekozen = complex.methode().in(interpretatie);
        Resultaat r = stelsel.waardeer(complex.inComplex(woning), peildatum, gekozen);
        Resultaat zonder = stelsel.waardeer(complex.inComplex(woning, List.of()), peildatum, gekozen);
        List<Signaal> signalen = signalering.woningInComplex(complex, woning, r);
        return new Woningberekening(woning, r, signalen, Complexwaardering.zorgtoeslag(r),
                Complexwaardering.uitGedeeldeRuimten(r, zonder), (System.nanoTime() - start) / 1_000);
    }

    /** Values a whole complex with its signals and subsidy estimate; a complex with errors gives the errors. */
    public Complexberekening complex(Complex complex, LocalDate peildatum) {
        try {
            ComplexResultaat r = complexwaardering.waardeer(complex, peildatum, interpretatie);
            List<Signaal> signalen = signalering.complex(complex, r);
            return new Complexberekening(complex, r, signalen, signalering.subsidie(complex, peildatum), r.meldingen());
        } catch (OngeldigComplexException e) {
            return new Complexberekening(complex, null, List.of(), Optional.empty(), Complexcontrole.controleer(complex));
        }
    }
}
