package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;
import nl.puntwijs.core.tabellen.Grenzen;

/**
 * The opslagen on the maximum rent (Bhw art. 8a; BB26 §2.13): rijksmonument 35% (or 50 points for a lease
 * signed before 1 July 2024), gemeentelijk or provinciaal monument 15%, protected town view 5% for a building
 * from before 1965 that is no monument, and 10% for a new build in the middle sector. The monument surcharge is
 * one surcharge (§2.13.1): a building on several registers gets the highest.
 */
public final class PrijsopslagMonumentenEnNieuwbouw {

    static final LocalDate WET_BETAALBARE_HUUR = LocalDate.of(2024, 7, 1);
    static final BigDecimal RIJKSMONUMENT = new BigDecimal("0.35");
    static final BigDecimal RIJKSMONUMENT_PUNTEN = BigDecimal.valueOf(50);
    static final BigDecimal GEMEENTELIJK_PROVINCIAAL = new BigDecimal("0.15");
    static final BigDecimal BESCHERMD_GEZICHT = new BigDecimal("0.05");
    static final int GEZICHT_BOUWJAAR_VOOR = 1965;
    static final BigDecimal NIEUWBOUW = new BigDecimal("0.10");
    static final LocalDate NIEUWBOUW_START_VOOR = LocalDate.of(2028, 1, 1);
    static final int NIEUWBOUW_JAREN = 20;

    private PrijsopslagMonumentenEnNieuwbouw() {
    }

    /**
     * @param punten the point total of rubrieken 1-12, whole points (the nieuwbouw test)
     */
    public static RubriekResultaat waardeer(Waardering w, int punten) {
        Eenheid e = w.eenheid();
        List<Regel> regels = new ArrayList<>();
        BigDecimal extraPunten = BigDecimal.ZERO;
        BigDecimal percentage = BigDecimal.ZERO;
        if (e.heeftMonument(Monument.RIJKSMONUMENT)) {
            LocalDate getekend = e.datumHuurovereenkomst();
            if (getekend == null) {
                w.waarschuw("datumAfsluitenHuurovereenkomst", "rijksmonument zonder datum van de huurovereenkomst; "
                        + "de peildatum is aangenomen (opslag 35%)");
                getekend = w.peildatum();
            }
            if (getekend.isBefore(WET_BETAALBARE_HUUR)) {
                extraPunten = RIJKSMONUMENT_PUNTEN;
                regels.add(Regel.punten("rijksmonument", "Rijksmonument, huurovereenkomst van " + getekend
                        + " (voor 1 juli 2024): 50 punten", RIJKSMONUMENT_PUNTEN, "BB26 §2.13.3"));
            } else {
                percentage = RIJKSMONUMENT;
                regels.add(opslag("rijksmonument", "Rijksmonument: opslag 35%", RIJKSMONUMENT, "BB26 §2.13.3"));
            }
        } else if (e.heeftMonument(Monument.GEMEENTELIJK_MONUMENT) || e.heeftMonument(Monument.PROVINCIAAL_MONUMENT)) {
            percentage = GEMEENTELIJK_PROVINCIAAL;
            regels.add(opslag("gemeentelijk_provinciaal_monument", (e.heeftMonument(Monument.GEMEENTELIJK_MONUMENT)
                    ? "Gemeentelijk" : "Provinciaal") + " monument: opslag 15%", GEMEENTELIJK_PROVINCIAAL,
                    "BB26 §2.13.4"));
        } else if (e.heeftMonument(Monument.RIJKSBESCHERMD_STADSGEZICHT)
                || e.heeftMonument(Monument.RIJKSBESCHERMD_DORPSGEZICHT)) {
            if (e.bouwjaar() == null) {
                w.waarschuw("bouwjaar", "beschermd stads- of dorpsgezicht zonder bouwjaar; geen opslag");
            } else if (e.bouwjaar() < GEZICHT_BOUWJAAR_VOOR) {
                percentage = BESCHERMD_GEZICHT;
                regels.add(opslag("beschermd_stads_dorpsgezicht", "Beschermd stads- of dorpsgezicht, gebouwd "
                        + e.bouwjaar() + ": opslag 5%", BESCHERMD_GEZICHT, "BB26 §2.13.5"));
            }
        }
        if (isNieuwbouw(w, punten)) {
            percentage = percentage.add(NIEUWBOUW);
            regels.add(opslag("nieuwbouw", "Nieuwbouw in de middensector, in gebruik sinds " + e.eersteIngebruikname()
                    + ": opslag 10%", NIEUWBOUW, "BB26 §2.13.6"));
        }
        return new RubriekResultaat(Stelselgroep.PMN, extraPunten.setScale(2), regels, percentage);
    }

    private static Regel opslag(String sleutel, String omschrijving, BigDecimal percentage, String bron) {
        return new Regel(sleutel, omschrijving, percentage, null, null, bron, List.of());
    }

    /**
     * First use after 1 July 2024, construction started before 2028, within 20 years of first use, and a
     * point total in the middle sector (BB26 §2.13.6).
     */
    static boolean isNieuwbouw(Waardering w, int punten) {
        Eenheid e = w.eenheid();
        LocalDate inGebruik = e.eersteIngebruikname();
        if (e.beginBouwdatum() == null || inGebruik == null) {
            return false;
        }
        Grenzen g = w.tabellen().grenzen();
        return e.beginBouwdatum().isBefore(NIEUWBOUW_START_VOOR)
                && inGebruik.isAfter(WET_BETAALBARE_HUUR)
                && !inGebruik.isAfter(w.peildatum())
                && w.peildatum().isBefore(inGebruik.plusYears(NIEUWBOUW_JAREN))
                && punten > g.maximumPuntenSociaal() && punten <= g.maximumPuntenMidden();
    }
}
