package nl.puntwijs.ui.resultaat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.zorg.Zorgbeoordeling;
import nl.puntwijs.ui.Opmaak;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * The live result of the selected dwelling: the explained tree per rubriek (with a second peildatum: both columns and
 * the difference) and the figures that matter most, the total, maximum rent, sector, opslag, zorg surcharge and the
 * shared-space share, as ready-made texts. Follows every recalculation of the workspace.
 */
public final class ResultaatViewModel {

    private final ObjectProperty<Resultaatregel> wortel = new SimpleObjectProperty<>(this, "wortel");
    private final BooleanProperty vergelijken = new SimpleBooleanProperty(this, "vergelijken");
    private final StringProperty kop = new SimpleStringProperty(this, "kop", "");
    private final StringProperty totaal = new SimpleStringProperty(this, "totaal", "");
    private final StringProperty maximaleHuur = new SimpleStringProperty(this, "maximaleHuur", "");
    private final StringProperty sector = new SimpleStringProperty(this, "sector", "");
    private final StringProperty opslag = new SimpleStringProperty(this, "opslag", "");
    private final StringProperty zorgtoeslag = new SimpleStringProperty(this, "zorgtoeslag", "");
    private final StringProperty gedeeld = new SimpleStringProperty(this, "gedeeld", "");
    private final StringProperty zorgbesluit = new SimpleStringProperty(this, "zorgbesluit", "");
    private final StringProperty vergelijking = new SimpleStringProperty(this, "vergelijking", "");
    private final StringProperty rekentijd = new SimpleStringProperty(this, "rekentijd", "");
    private final ObjectProperty<Resultaat> resultaat = new SimpleObjectProperty<>(this, "resultaat");

    public ResultaatViewModel(Werkruimte werkruimte) {
        werkruimte.woningProperty().addListener((o, oud, nieuw) -> toon(nieuw, werkruimte.woningVergelijkProperty().get()));
        werkruimte.woningVergelijkProperty().addListener((o, oud, nieuw) -> toon(werkruimte.woningProperty().get(), nieuw));
        toon(werkruimte.woningProperty().get(), werkruimte.woningVergelijkProperty().get());
    }

    public ReadOnlyObjectProperty<Resultaatregel> wortelProperty() {
        return wortel;
    }

    public ReadOnlyBooleanProperty vergelijkenProperty() {
        return vergelijken;
    }

    public ReadOnlyObjectProperty<Resultaat> resultaatProperty() {
        return resultaat;
    }

    public ReadOnlyStringProperty kopProperty() {
        return kop;
    }

    public ReadOnlyStringProperty totaalProperty() {
        return totaal;
    }

    public ReadOnlyStringProperty maximaleHuurProperty() {
        return maximaleHuur;
    }

    public ReadOnlyStringProperty sectorProperty() {
        return sector;
    }

    public ReadOnlyStringProperty opslagProperty() {
        return opslag;
    }

    public ReadOnlyStringProperty zorgtoeslagProperty() {
        return zorgtoeslag;
    }

    public ReadOnlyStringProperty gedeeldProperty() {
        return gedeeld;
    }

    public ReadOnlyStringProperty zorgbesluitProperty() {
        return zorgbesluit;
    }

    public ReadOnlyStringProperty vergelijkingProperty() {
        return vergelijking;
    }

    public ReadOnlyStringProperty rekentijdProperty() {
        return rekentijd;
    }

    private void toon(Rekenkern.Woningberekening w, Rekenkern.Woningberekening v) {
        if (w == null) {
            wortel.set(null);
            resultaat.set(null);
            for (StringProperty p : List.of(kop, totaal, maximaleHuur, sector, opslag, zorgtoeslag, gedeeld, zorgbesluit,
                    vergelijking, rekentijd)) {
                p.set("");
            }
            vergelijken.set(false);
            return;
        }
        Resultaat r = w.resultaat();
        Resultaat rv = v == null ? null : v.resultaat();
        resultaat.set(r);
        vergelijken.set(rv != null);
        kop.set(Teksten.t("resultaat.kop", w.woning().id(), r.peildatum().toString(), r.tabellen()));
        totaal.set(r.punten() + " " + Teksten.t("eenheid.punten"));
        maximaleHuur.set(Opmaak.euro(r.maximaleHuurInclusiefOpslag()));
        sector.set(r.sector().naam());
        opslag.set(r.huurprijsopslag().signum() == 0 ? Teksten.t("resultaat.geenOpslag")
                : Opmaak.getal(r.opslagpercentage().movePointRight(2)) + "% = " + Opmaak.euro(r.huurprijsopslag()));
        zorgtoeslag.set(w.zorgtoeslag().signum() == 0 ? Teksten.t("resultaat.geenZorgtoeslag")
                : "+" + Opmaak.getal(w.zorgtoeslag()) + " " + Teksten.t("eenheid.punten"));
        gedeeld.set(w.gedeeld().signum() == 0 ? Teksten.t("resultaat.geenGedeeld")
                : "+" + Opmaak.getal(w.gedeeld()) + " " + Teksten.t("eenheid.punten"));
        zorgbesluit.set(r.zorg().besluit() == Zorgbeoordeling.Besluit.GEEN_ZORGWONING ? "" : r.zorg().besluit().tekst());
        vergelijking.set(rv == null ? "" : Teksten.t("resultaat.vergelijking", rv.peildatum().toString(), rv.punten(),
                Opmaak.euro(rv.maximaleHuurInclusiefOpslag()), Opmaak.verschil(BigDecimal.valueOf(rv.punten() - r.punten())),
                Opmaak.verschilEuro(rv.maximaleHuurInclusiefOpslag().subtract(r.maximaleHuurInclusiefOpslag()))));
        rekentijd.set(Teksten.t("resultaat.rekentijd", String.format(java.util.Locale.ROOT, "%.2f", w.duurMicro() / 1000.0)));
        wortel.set(boom(r, rv));
    }

    /** The tree: one row per rubriek with its lines; the comparison matched by the lines' keys. */
    static Resultaatregel boom(Resultaat r, Resultaat rv) {
        List<Resultaatregel> rubrieken = new ArrayList<>();
        for (RubriekResultaat rr : r.rubrieken()) {
            RubriekResultaat andere = rv == null ? null : rv.rubriek(rr.groep()).orElse(null);
            Map<String, Regel> anderePerSleutel = new HashMap<>();
            if (andere != null) {
                for (Regel a : andere.regels()) {
                    anderePerSleutel.putIfAbsent(a.sleutel(), a);
                }
            }
            List<Resultaatregel> regels = new ArrayList<>();
            for (Regel regel : rr.regels()) {
                regels.add(regel(rr.groep(), regel, anderePerSleutel.get(regel.sleutel()), rv != null));
            }
            Resultaatregel.Soort soort = rr.groep() == Stelselgroep.PMN ? Resultaatregel.Soort.OPSLAG
                    : rr.groep() == Stelselgroep.GVR && rr.punten().signum() != 0 ? Resultaatregel.Soort.GEDEELD
                    : Resultaatregel.Soort.RUBRIEK;
            String naam = (rr.groep().rubriek() <= 12 ? rr.groep().rubriek() + ". " : "") + rr.groep().naam();
            rubrieken.add(new Resultaatregel(rr.groep().code(), naam, "", rr.punten(),
                    andere == null ? null : andere.punten(), rr.groep().paragraaf(),
                    Teksten.t("rubriek.uitleg." + rr.groep().code()) + "\n" + rr.groep().paragraaf(), soort, regels));
        }
        BigDecimal totaalVergelijk = rv == null ? null : BigDecimal.valueOf(rv.punten());
        return new Resultaatregel("totaal", Teksten.t("resultaat.totaal"), "", BigDecimal.valueOf(r.punten()),
                totaalVergelijk, "BB26 §2.1.5", "", Resultaatregel.Soort.RUBRIEK, rubrieken);
    }

    private static Resultaatregel regel(Stelselgroep groep, Regel regel, Regel andere, boolean vergelijk) {
        List<Resultaatregel> kinderen = new ArrayList<>();
        Map<String, Regel> anderePerSleutel = new HashMap<>();
        if (andere != null) {
            for (Regel a : andere.onderdelen()) {
                anderePerSleutel.putIfAbsent(a.sleutel(), a);
            }
        }
        for (Regel k : regel.onderdelen()) {
            kinderen.add(regel(groep, k, anderePerSleutel.get(k.sleutel()), vergelijk));
        }
        String hoeveelheid = regel.aantal() == null ? "" : Opmaak.getal(regel.aantal()) + (regel.eenheid() == null ? ""
                : " " + (regel.eenheid().symbool().equals("EUR") ? "€" : regel.eenheid().symbool()));
        String paragraaf = regel.bron() != null ? regel.bron() : groep.paragraaf();
        Resultaatregel.Soort soort = regel.sleutel().startsWith("zorgwoning") ? Resultaatregel.Soort.ZORGTOESLAG
                : groep == Stelselgroep.GVR && regel.punten() != null && regel.punten().signum() != 0
                ? Resultaatregel.Soort.GEDEELD : Resultaatregel.Soort.REGEL;
        String uitleg = regel.omschrijving() + (hoeveelheid.isEmpty() ? "" : "\n" + hoeveelheid)
                + (regel.punten() == null ? "" : " \u2192 " + Opmaak.getal(regel.punten()) + " " + Teksten.t("eenheid.punten"))
                + "\n" + Teksten.t("resultaat.regelUit", paragraaf, groep.naam());
        BigDecimal puntenVergelijk = !vergelijk ? null : andere == null ? BigDecimal.ZERO : andere.punten();
        return new Resultaatregel(regel.sleutel(), regel.omschrijving(), hoeveelheid, regel.punten(),
                regel.punten() == null && andere != null ? andere.punten() : puntenVergelijk, paragraaf, uitleg, soort,
                kinderen);
    }
}
