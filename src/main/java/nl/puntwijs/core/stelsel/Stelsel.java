package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.rubriek.BijzondereVoorzieningen;
import nl.puntwijs.core.stelsel.rubriek.Buitenruimten;
import nl.puntwijs.core.stelsel.rubriek.Energieprestatie;
import nl.puntwijs.core.stelsel.rubriek.GemeenschappelijkeParkeerruimten;
import nl.puntwijs.core.stelsel.rubriek.GemeenschappelijkeVertrekken;
import nl.puntwijs.core.stelsel.rubriek.Keuken;
import nl.puntwijs.core.stelsel.rubriek.OppervlakteVanOverigeRuimten;
import nl.puntwijs.core.stelsel.rubriek.OppervlakteVanVertrekken;
import nl.puntwijs.core.stelsel.rubriek.PrijsopslagMonumentenEnNieuwbouw;
import nl.puntwijs.core.stelsel.rubriek.PuntenVoorDeWozWaarde;
import nl.puntwijs.core.stelsel.rubriek.Sanitair;
import nl.puntwijs.core.stelsel.rubriek.VerkoelingEnVerwarming;
import nl.puntwijs.core.stelsel.rubriek.WoonvoorzieningenVoorGehandicapten;
import nl.puntwijs.core.tabellen.Grenzen;
import nl.puntwijs.core.tabellen.Tabellen;
import nl.puntwijs.core.tabellen.Tabellenboek;

/**
 * The stelsel zelfstandige woonruimte (Bhw Bijlage I onder A): runs the rubrieken in order, then the
 * interplay of rubriek 11 and 12 (spec wws-zelfstandig §1.3 steps 3-9), the opslagen and the rent.
 * Thread-safe: one instance serves any number of valuations.
 */
public final class Stelsel {

    private static final List<Rubriek> RUBRIEKEN = List.of(new OppervlakteVanVertrekken(),
            new OppervlakteVanOverigeRuimten(), new VerkoelingEnVerwarming(), new Energieprestatie(), new Keuken(),
            new Sanitair(), new WoonvoorzieningenVoorGehandicapten(), new Buitenruimten(),
            new GemeenschappelijkeVertrekken(), new GemeenschappelijkeParkeerruimten());

    private final Tabellenboek tabellenboek;

    public Stelsel(Tabellenboek tabellenboek) {
        this.tabellenboek = tabellenboek;
    }

    public Tabellenboek tabellenboek() {
        return tabellenboek;
    }

    /**
     * Values a dwelling.
     *
     * @throws Tabellenboek.GeenTabellenException when no table set covers the peildatum
     */
    public Resultaat waardeer(Eenheid eenheid, LocalDate peildatum, Interpretatie interpretatie) {
        Tabellen tabellen = tabellenboek.voor(peildatum);
        Waardering w = Waardering.van(eenheid, peildatum, tabellen, interpretatie);
        List<RubriekResultaat> rubrieken = new ArrayList<>(13);
        BigDecimal rubrieken1tot10 = BigDecimal.ZERO;
        for (Rubriek rubriek : RUBRIEKEN) {
            RubriekResultaat r = rubriek.waardeer(w);
            rubrieken.add(r);
            rubrieken1tot10 = rubrieken1tot10.add(r.punten());
        }

        PuntenVoorDeWozWaarde.Onderdelen woz = PuntenVoorDeWozWaarde.onderdelen(w);
        List<Regel> voorzieningen = BijzondereVoorzieningen.voorzieningen(w);
        RubriekResultaat wozResultaat;
        RubriekResultaat bijzonder;
        if (interpretatie.alternatief(Interpretatie.Optie.ZORGTOESLAG_EN_WOZ_CAP)) {
            // reading I (spec §3.5): the cap on rubrieken 1-11 first, the surcharge over the capped points
            BigDecimal zonderToeslag = rubrieken1tot10.add(BijzondereVoorzieningen.zonderToeslag(voorzieningen));
            wozResultaat = PuntenVoorDeWozWaarde.afronden(w, woz, rubrieken1tot10, zonderToeslag);
            BigDecimal minimum = ophoging(wozResultaat);
            bijzonder = BijzondereVoorzieningen.waardeer(w, voorzieningen,
                    rubrieken1tot10.add(wozResultaat.punten()).subtract(minimum));
        } else {
            // reading II (spec D6): the surcharge over the uncapped 11.1 points, the cap over the full total
            bijzonder = BijzondereVoorzieningen.waardeer(w, voorzieningen, rubrieken1tot10.add(woz.punten()));
            BigDecimal overig = rubrieken1tot10.add(bijzonder.punten());
            wozResultaat = PuntenVoorDeWozWaarde.afronden(w, woz, overig, overig);
        }
        rubrieken.add(wozResultaat);
        rubrieken.add(bijzonder);

        BigDecimal som = rubrieken1tot10.add(wozResultaat.punten()).add(bijzonder.punten());
        int punten = Afronding.heel(som).intValueExact();
        RubriekResultaat opslagen = PrijsopslagMonumentenEnNieuwbouw.waardeer(w, punten);
        rubrieken.add(opslagen);
        som = som.add(opslagen.punten());
        punten = Afronding.heel(som).intValueExact();

        BigDecimal huur = tabellen.huurprijzen().bedrag(punten);
        BigDecimal percentage = opslagen.opslagpercentage();
        BigDecimal opslag = Afronding.tweeDecimalen(huur.multiply(percentage));
        return new Resultaat(eenheid.id(), peildatum, tabellen.naam(), interpretatie, rubrieken, som, punten,
                sector(tabellen.grenzen(), punten), huur, percentage, opslag, huur.add(opslag), w.zorg(),
                w.meldingen().lijst());
    }

    /** The points the 11.2 minimum added (they are not in the base of the zorg surcharge, BB26 §2.12.1). */
    private static BigDecimal ophoging(RubriekResultaat woz) {
        BigDecimal som = BigDecimal.ZERO;
        for (Regel r : woz.regels()) {
            if (r.sleutel().startsWith("minimum_nieuwbouw")) {
                som = som.add(r.punten());
            }
        }
        return som;
    }

    public static Sector sector(Grenzen grenzen, int punten) {
        if (punten <= grenzen.maximumPuntenSociaal()) {
            return Sector.SOCIAAL;
        }
        return punten <= grenzen.maximumPuntenMidden() ? Sector.MIDDEN : Sector.VRIJ;
    }
}
