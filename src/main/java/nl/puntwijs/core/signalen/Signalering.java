package nl.puntwijs.core.signalen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Drempels;

/**
 * The signals engine: runs every signal family over a dwelling (from its valuation and the dwelling itself) or over
 * a complex (its own signals first, then each dwelling's in the complex's order). The zorg families run first, so
 * that the rent rules use the points that hold up. Thread-safe.
 */
public final class Signalering {

    private static final List<Woningregel> WONINGREGELS = List.of(new Zorgwoningsignalen(), new Sectorsignalen(),
            new Wozsignalen(), new Huursignalen(), new Servicekostensignalen());
    private static final List<Complexregel> COMPLEXREGELS = List.of(new Gedeelderuimtesignalen(),
            new Subsidiesignalen());

    private final Stelsel stelsel;
    private final Drempels drempels;
    private final Complexwaardering complexwaardering;

    public Signalering(Stelsel stelsel, Drempels drempels) {
        this.stelsel = stelsel;
        this.drempels = drempels;
        this.complexwaardering = new Complexwaardering(stelsel);
    }

    /** Values a dwelling on its own and returns its signals. */
    public List<Signaal> woning(Eenheid eenheid, LocalDate peildatum, Interpretatie interpretatie) {
        return woning(eenheid, stelsel.waardeer(eenheid, peildatum, interpretatie));
    }

    /** The signals of a dwelling on its own, from its valuation. */
    public List<Signaal> woning(Eenheid eenheid, Resultaat resultaat) {
        List<Signaal> uit = new ArrayList<>();
        signaleer(new Woningcontext(stelsel, drempels, eenheid, eenheid, resultaat, null), uit);
        return uit;
    }

    /**
     * The signals of one dwelling of a complex, from its valuation in the complex ({@code complex.inComplex(woning)}):
     * the dwelling rules only, without the complex's own signals. What an editor recomputes after a change to one
     * dwelling, without valuing the whole complex again.
     */
    public List<Signaal> woningInComplex(Complex complex, Eenheid woning, Resultaat resultaat) {
        List<Signaal> uit = new ArrayList<>();
        signaleer(new Woningcontext(stelsel, drempels, woning, complex.inComplex(woning), resultaat, complex), uit);
        return uit;
    }

    /**
     * Values a complex and returns its signals.
     *
     * @throws nl.puntwijs.core.complex.OngeldigComplexException when the complex's data prevents valuing it
     */
    public List<Signaal> complex(Complex complex, LocalDate peildatum, Interpretatie interpretatie) {
        return complex(complex, complexwaardering.waardeer(complex, peildatum, interpretatie));
    }

    /** The signals of a complex and its dwellings, from its valuation. */
    public List<Signaal> complex(Complex complex, ComplexResultaat resultaat) {
        List<Signaal> uit = new ArrayList<>();
        Complexcontext cc = new Complexcontext(drempels, stelsel.tabellenboek().voor(resultaat.peildatum()), complex,
                resultaat);
        for (Complexregel regel : COMPLEXREGELS) {
            regel.signaleer(cc, uit);
        }
        for (int i = 0; i < complex.woningen().size(); i++) {
            Eenheid woning = complex.woningen().get(i);
            signaleer(new Woningcontext(stelsel, drempels, woning, complex.inComplex(woning), resultaat.woningen().get(i)
                    .resultaat(), complex), uit);
        }
        return uit;
    }

    /**
     * The estimated SOO subsidy of the complex's ontmoetingsruimte, in the round the complex names or the one open on
     * the peildatum; empty when the round is unknown, there is no ontmoetingsruimte or an area is missing.
     */
    public Optional<Subsidieschatting> subsidie(Complex complex, LocalDate peildatum) {
        return Subsidiesignalen.schatting(complex, drempels, peildatum);
    }

    private static void signaleer(Woningcontext c, List<Signaal> uit) {
        for (Woningregel regel : WONINGREGELS) {
            regel.signaleer(c, uit);
        }
    }
}
