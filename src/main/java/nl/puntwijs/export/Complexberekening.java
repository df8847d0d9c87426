package nl.puntwijs.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.signalen.Signalering;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.complex.ComplexPaden;

/**
 * Values a complex for the report: the complex at the peildatum (and at the vergelijkdatum), its signals and its SOO
 * estimate. Used by every source for the results it does not have. Thread-safe.
 */
public final class Complexberekening {

    private final Stelsel stelsel;
    private final Complexwaardering waardering;
    private final Signalering signalering;

    public Complexberekening(Tabellenboek tabellenboek, Drempels drempels) {
        this.stelsel = new Stelsel(tabellenboek);
        this.waardering = new Complexwaardering(stelsel);
        this.signalering = new Signalering(stelsel, drempels);
    }

    public Tabellenboek tabellenboek() {
        return stelsel.tabellenboek();
    }

    /**
     * @param vergelijkdatum null for none
     * @param bron           how messages name where the complex came from (a file, the store)
     * @param meldingen      warnings already found while reading; the valuation's own are added
     * @param overgeslagen   dwellings of the input that could not be read, with the reason
     * @throws nl.puntwijs.core.complex.OngeldigComplexException when the complex's data prevents valuing it
     */
    public Exportcomplex bereken(Complex complex, LocalDate peildatum, LocalDate vergelijkdatum,
                                 Interpretatie interpretatie, String bron, List<Exportcomplex.Invoermelding> meldingen,
                                 List<String> overgeslagen) {
        ComplexResultaat resultaat = waardering.waardeer(complex, peildatum, interpretatie);
        ComplexResultaat vergelijking = vergelijkdatum == null ? null
                : waardering.waardeer(complex, vergelijkdatum, interpretatie);
        List<Exportcomplex.Invoermelding> alle = new ArrayList<>(meldingen);
        for (Complexmelding m : resultaat.meldingen()) {
            alle.add(new Exportcomplex.Invoermelding(null, m.toString(), bron));
        }
        // a shared space's warning is the same for every dwelling that uses it: report it once
        Set<String> gemeld = new LinkedHashSet<>();
        for (int i = 0; i < resultaat.woningen().size(); i++) {
            ComplexResultaat.Woning w = resultaat.woningen().get(i);
            for (Melding m : w.resultaat().meldingen()) {
                String veld = ComplexPaden.veld(complex, i, m.veld());
                String eenheid = ComplexPaden.isGedeeld(veld) ? null : w.eenheidId();
                if (gemeld.add(veld + ": " + m.tekst())) {
                    alle.add(new Exportcomplex.Invoermelding(eenheid, veld + ": " + m.tekst(), bron));
                }
            }
        }
        return new Exportcomplex(complex, resultaat, vergelijking, signalering.complex(complex, resultaat),
                signalering.subsidie(complex, peildatum).orElse(null), alle, overgeslagen);
    }
}
