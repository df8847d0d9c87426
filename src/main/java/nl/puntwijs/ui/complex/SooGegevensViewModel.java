package nl.puntwijs.ui.complex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempelsleutel;
import nl.puntwijs.ui.Opmaak;
import nl.puntwijs.ui.Veld;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * What the complex records for the SOO check (the senior-housing data of {@link Ouderenhuisvesting}), editable: the
 * share of residents aged 55+, the distance to the ontmoetingsruimte, the subsidy round, the delivery and end dates
 * and the yes/no conditions. Every valid change goes back to the workspace as an edited complex (recalculated, saved,
 * audited, undoable); the SOO signals and the estimate then follow from the complex calculation.
 */
public final class SooGegevensViewModel {

    /** A yes/no condition that may also not be recorded (the signals then say what is missing). */
    public enum JaNee {
        ONBEKEND, JA, NEE;

        static JaNee van(Boolean b) {
            return b == null ? ONBEKEND : b ? JA : NEE;
        }

        Boolean waarde() {
            return this == ONBEKEND ? null : this == JA;
        }
    }

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);
    private static final Ouderenhuisvesting LEEG = new Ouderenhuisvesting(null, null, null, null, null, null, null,
            null, null, null);

    private final Werkruimte werkruimte;
    private boolean laden;

    private final Veld<BigDecimal> aandeel55Plus = Veld.getal(v -> v != null && (v.signum() < 0 || v.compareTo(HONDERD) > 0)
            ? "het aandeel bewoners van 55 jaar of ouder ligt tussen 0 en 100%" : null);
    private final Veld<BigDecimal> afstand = Veld.getal(Veld.tussen("de afstand tot de ontmoetingsruimte", 100_000, "m"));
    private final ObjectProperty<String> ronde = new SimpleObjectProperty<>(this, "ronde");
    private final ObjectProperty<LocalDate> oplevering = new SimpleObjectProperty<>(this, "oplevering");
    private final ObjectProperty<LocalDate> eindeOntmoeting = new SimpleObjectProperty<>(this, "eindeOntmoeting");
    private final ObjectProperty<JaNee> fysiekVerbonden = keuze("fysiekVerbonden");
    private final ObjectProperty<JaNee> corporatie = keuze("corporatie");
    private final ObjectProperty<JaNee> exploitatieplan = keuze("exploitatieplan");
    private final ObjectProperty<JaNee> winstOpExploitatie = keuze("winstOpExploitatie");
    private final ObjectProperty<JaNee> openVoorBuurt = keuze("openVoorBuurt");

    SooGegevensViewModel(Werkruimte werkruimte) {
        this.werkruimte = werkruimte;
        aandeel55Plus.bijWijziging(v -> wijzig("aandeel bewoners 55+",
                o -> uitFormulier(v == null ? null : v.divide(HONDERD), o.afstandOntmoetingsruimteM())));
        afstand.bijWijziging(v -> wijzig("afstand tot de ontmoetingsruimte",
                o -> uitFormulier(o.aandeelBewoners55Plus(), v)));
        volg(ronde, "subsidieronde");
        volg(oplevering, "oplevering");
        volg(eindeOntmoeting, "einde ontmoetingsfunctie");
        werkruimte.geopendProperty().addListener((o, a, b) -> laad(b));
        laad(werkruimte.geopend());
    }

    private ObjectProperty<JaNee> keuze(String naam) {
        ObjectProperty<JaNee> p = new SimpleObjectProperty<>(this, naam, JaNee.ONBEKEND);
        volg(p, naam);
        return p;
    }

    /** A choice or date of the form: a change stores the form as it now stands. */
    private void volg(ObjectProperty<?> p, String naam) {
        p.addListener((o, a, b) -> wijzig(naam,
                h -> uitFormulier(h.aandeelBewoners55Plus(), h.afstandOntmoetingsruimteM())));
    }

    /**
     * The data as the form holds it: the choices and dates from their properties (which {@link #laad} keeps equal to
     * the stored data), the two numbers given (a number field's text need not be valid, the stored number is).
     */
    private Ouderenhuisvesting uitFormulier(BigDecimal aandeel, BigDecimal afstandM) {
        return new Ouderenhuisvesting(aandeel, afstandM, waarde(fysiekVerbonden), ronde.get(), waarde(corporatie),
                oplevering.get(), eindeOntmoeting.get(), waarde(exploitatieplan), waarde(winstOpExploitatie),
                waarde(openVoorBuurt));
    }

    private static Boolean waarde(ObjectProperty<JaNee> p) {
        return p.get() == null ? null : p.get().waarde();
    }

    private void wijzig(String veld, UnaryOperator<Ouderenhuisvesting> wijziging) {
        Werkruimte.Geopend g = werkruimte.geopend();
        if (laden || g == null) {
            return;
        }
        Complex c = g.complex();
        Ouderenhuisvesting oud = c.ouderenhuisvesting() == null ? LEEG : c.ouderenhuisvesting();
        Ouderenhuisvesting nieuw = wijziging.apply(oud);
        if (nieuw.equals(oud)) {
            return;
        }
        // a complex without any senior-housing data keeps none (the SOO is then only in play with an ontmoetingsruimte)
        werkruimte.wijzigComplex(c.metOuderenhuisvesting(nieuw.equals(LEEG) ? null : nieuw), "SOO-gegevens: " + veld);
    }

    private void laad(Werkruimte.Geopend g) {
        laden = true;
        try {
            Ouderenhuisvesting o = g == null || g.complex().ouderenhuisvesting() == null ? LEEG
                    : g.complex().ouderenhuisvesting();
            laad(aandeel55Plus, o.aandeelBewoners55Plus() == null ? null : o.aandeelBewoners55Plus().multiply(HONDERD));
            laad(afstand, o.afstandOntmoetingsruimteM());
            ronde.set(o.subsidieronde());
            oplevering.set(o.oplevering());
            eindeOntmoeting.set(o.eindeOntmoetingsfunctie());
            fysiekVerbonden.set(JaNee.van(o.fysiekVerbonden()));
            corporatie.set(JaNee.van(o.corporatie()));
            exploitatieplan.set(JaNee.van(o.exploitatieplan()));
            winstOpExploitatie.set(JaNee.van(o.winstOpExploitatie()));
            openVoorBuurt.set(JaNee.van(o.openVoorBuurt()));
        } finally {
            laden = false;
        }
    }

    /**
     * Shows a stored number unless the field already holds it: every valid keystroke is stored and comes back here, and
     * rewriting "92," as "92" would take the comma from under the user's cursor.
     */
    private static void laad(Veld<BigDecimal> veld, BigDecimal waarde) {
        BigDecimal getypt;
        try {
            getypt = Opmaak.leesGetal(veld.tekst());
        } catch (NumberFormatException e) {
            getypt = null;
        }
        boolean gelijk = getypt == null ? waarde == null : waarde != null && getypt.compareTo(waarde) == 0;
        if (!gelijk || veld.fout() != null) {
            veld.laad(Opmaak.invoer(waarde));
        }
    }

    /**
     * The subsidy rounds of the thresholds (their opening year, as the complex names a round), with null first: the
     * round open on the peildatum. A round the complex names that the tables do not know stays selectable; one
     * written as "2024-2025" is the round of 2024.
     */
    public List<String> rondes() {
        List<String> r = new ArrayList<>();
        r.add(null);
        for (Drempel d : werkruimte.kern().drempels().periodes(Drempelsleutel.SOO_RONDE)) {
            r.add(String.valueOf(d.waarde().intValue()));
        }
        String gekozen = ronde.get();
        if (gekozen != null && r.stream().noneMatch(j -> j != null && gekozen.startsWith(j))) {
            r.add(gekozen);
        }
        return r;
    }

    /** How a round is shown: its opening year and period, or "the round open on the peildatum". */
    public String rondeTekst(String jaar) {
        if (jaar == null) {
            return "de ronde die open is op de peildatum";
        }
        return werkruimte.kern().drempels().periodes(Drempelsleutel.SOO_RONDE).stream()
                .filter(d -> jaar.startsWith(String.valueOf(d.waarde().intValue())))
                .findFirst()
                .map(d -> "ronde " + jaar + " (" + d.geldigVanaf() + " t/m " + Objects.toString(d.geldigTot(), "…") + ")")
                .orElse("ronde " + jaar + " (niet in de tabellen)");
    }

    public Veld<BigDecimal> aandeel55Plus() {
        return aandeel55Plus;
    }

    public Veld<BigDecimal> afstand() {
        return afstand;
    }

    public ObjectProperty<String> rondeProperty() {
        return ronde;
    }

    public ObjectProperty<LocalDate> opleveringProperty() {
        return oplevering;
    }

    public ObjectProperty<LocalDate> eindeOntmoetingProperty() {
        return eindeOntmoeting;
    }

    public ObjectProperty<JaNee> fysiekVerbondenProperty() {
        return fysiekVerbonden;
    }

    public ObjectProperty<JaNee> corporatieProperty() {
        return corporatie;
    }

    public ObjectProperty<JaNee> exploitatieplanProperty() {
        return exploitatieplan;
    }

    public ObjectProperty<JaNee> winstOpExploitatieProperty() {
        return winstOpExploitatie;
    }

    public ObjectProperty<JaNee> openVoorBuurtProperty() {
        return openVoorBuurt;
    }
}
