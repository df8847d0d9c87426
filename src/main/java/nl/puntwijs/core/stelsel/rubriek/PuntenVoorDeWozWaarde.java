package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.IngedeeldeRuimte;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Klasse;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;
import nl.puntwijs.core.tabellen.Grenzen;
import nl.puntwijs.core.tabellen.WozTabel;

/**
 * Rubriek 11: points for the WOZ value (Bhw rubriek 11; BB26 §2.11). Onderdeel I is the value divided by a
 * factor, onderdeel II the value per m² divided by another; their sum is rounded to quarter points (11.1).
 * A 2015-2019 new build with at least 110 points gets at least 40 (11.2, BB26 §2.11.5). From 187 points
 * the WOZ share is capped at 33%, and a total the cap pushes below 187 becomes 186 (11.3, BB26 §2.11.7);
 * small new builds in the COROP areas Amsterdam and Utrecht use another factor and are not capped (11.1a).
 * The interplay with rubriek 12 is orchestrated by {@link nl.puntwijs.core.stelsel.Stelsel}.
 */
public final class PuntenVoorDeWozWaarde {

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    /**
     * Onderdeel 11.1 with its explanation.
     *
     * @param punten q(I + II): the WOZ points before 11.2 and 11.3
     * @param corop  the COROP small-dwelling rule (11.1a) applies: no cap
     */
    public record Onderdelen(BigDecimal punten, boolean corop, List<Regel> regels) {
    }

    private PuntenVoorDeWozWaarde() {
    }

    /** Computes 11.1: the value that counts, the m², onderdeel I and II. */
    public static Onderdelen onderdelen(Waardering w) {
        Eenheid e = w.eenheid();
        WozTabel tabel = w.tabellen().woz();
        List<Regel> regels = new ArrayList<>();

        BigDecimal waarde;
        LocalDate waardepeildatum;
        WozWaarde woz = kiesWozWaarde(w);
        if (woz != null) {
            waarde = woz.vastgesteldeWaarde();
            waardepeildatum = woz.waardepeildatum();
            regels.add(Regel.meting("woz_waarde", "WOZ-waarde op waardepeildatum " + waardepeildatum, waarde,
                    Meeteenheid.EURO, null, "BB26 §2.11.1"));
        } else if (e.taxatiewaarde() != null) {
            waarde = e.taxatiewaarde().multiply(tabel.taxatieFactor());
            waardepeildatum = tabel.minimumWaardepeildatum();
            w.waarschuw("wozEenheden", "geen WOZ-waarde voor peildatum " + w.peildatum() + "; "
                    + tabel.taxatieFactor().multiply(HONDERD).stripTrailingZeros().toPlainString()
                    + "% van de taxatiewaarde gebruikt (BB26 §2.11.1)");
            regels.add(Regel.meting("taxatiewaarde", "Taxatiewaarde " + e.taxatiewaarde().toPlainString() + " x "
                    + tabel.taxatieFactor().toPlainString(), waarde, Meeteenheid.EURO, null, "BB26 §2.11.1"));
        } else {
            waarde = tabel.minimumWaarde();
            waardepeildatum = tabel.minimumWaardepeildatum();
            w.waarschuw("wozEenheden", "geen WOZ-waarde voor peildatum " + w.peildatum()
                    + "; minimum-WOZ-waarde " + waarde.toPlainString() + " gebruikt (BB26 §2.11.1)");
            regels.add(Regel.meting("minimum_woz_waarde", "Minimum-WOZ-waarde", waarde, Meeteenheid.EURO, null,
                    "BB26 §2.11.1"));
        }

        WozTabel.Factor factor = tabel.factor(waardepeildatum).orElse(null);
        if (factor == null) {
            w.waarschuw("wozEenheden", "geen WOZ-factoren voor waardepeildatum " + waardepeildatum
                    + "; geen punten voor de WOZ-waarde");
            return new Onderdelen(BigDecimal.ZERO.setScale(2), false, regels);
        }
        BigDecimal m2 = oppervlakte(w);
        boolean corop = isCoropKleineNieuwbouw(e, tabel.corop());
        BigDecimal deler2 = corop ? factor.onderdeel2Corop() : factor.onderdeel2();
        boolean tweeDecimalen = w.optie(Interpretatie.Optie.WOZ_ONDERDELEN);

        BigDecimal i = Afronding.deel(waarde, factor.onderdeel1());
        if (tweeDecimalen) {
            i = Afronding.tweeDecimalen(i);
        }
        regels.add(new Regel("onderdeel_I", "Onderdeel I: WOZ-waarde / " + factor.onderdeel1().toPlainString(), null,
                null, i, "BB26 §2.11.2", List.of(Regel.meting("factor_I", "Factor I", factor.onderdeel1(),
                Meeteenheid.EURO, null, null))));
        if (m2.signum() == 0) {
            w.waarschuw("ruimten", "geen oppervlakte van vertrekken of overige ruimten; onderdeel II van de WOZ-punten "
                    + "is 0");
            return new Onderdelen(kwart(w, i, regels), corop, regels);
        }
        BigDecimal ii = Afronding.deel(Afronding.deel(waarde, m2), deler2);
        if (tweeDecimalen) {
            ii = Afronding.tweeDecimalen(ii);
        }
        regels.add(new Regel("onderdeel_II", "Onderdeel II: WOZ-waarde / " + m2.toPlainString() + " m² / "
                + deler2.toPlainString() + (corop ? " (kleine nieuwbouw COROP-gebied Amsterdam/Utrecht)" : ""), null,
                null, ii, corop ? "BB26 §2.11.6" : "BB26 §2.11.2", List.of(
                Regel.meting("oppervlakte", "Oppervlakte van vertrekken en overige ruimten", m2,
                        Meeteenheid.VIERKANTE_METER, null, null),
                Regel.meting("factor_II", "Factor II", deler2, Meeteenheid.EURO, null, null))));
        return new Onderdelen(kwart(w, i.add(ii), regels), corop, regels);
    }

    private static BigDecimal kwart(Waardering w, BigDecimal som, List<Regel> regels) {
        BigDecimal punten = Afronding.kwartpunt(som);
        if (punten.compareTo(som) != 0) {
            regels.add(Regel.punten(Regels.AFRONDING, "Afronding op kwartpunten", punten.subtract(som),
                    "BB26 §2.11.2"));
        }
        return punten;
    }

    /**
     * The WOZ value that counts: the latest value whose waardepeildatum this year's Bhw lists, whose
     * beschikking was issued by the peildatum (spec A7; unknown issue dates count as issued).
     */
    static WozWaarde kiesWozWaarde(Waardering w) {
        WozWaarde gekozen = null;
        for (WozWaarde woz : w.eenheid().wozWaarden()) {
            if (woz.waardepeildatum() == null || !w.tabellen().woz().waardepeildata().contains(woz.waardepeildatum())) {
                continue;
            }
            if (woz.beschikkingsdatum() != null && woz.beschikkingsdatum().isAfter(w.peildatum())) {
                continue;
            }
            if (gekozen == null || woz.waardepeildatum().isAfter(gekozen.waardepeildatum())) {
                gekozen = woz;
            }
        }
        if (gekozen != null && gekozen.vastgesteldeWaarde() == null) {
            w.waarschuw("wozEenheden", "WOZ-waarde op " + gekozen.waardepeildatum() + " heeft geen bedrag");
            return null;
        }
        return gekozen;
    }

    /**
     * m² for onderdeel II: the vertrekken and overige ruimten, each to two decimals, plus each dwelling's share
     * of places in a closed parking garage (12 m² per place when not measured), rounded once to whole m²
     * (BB26 §2.11.2). Shared rooms of rubriek 9 are not included.
     */
    static BigDecimal oppervlakte(Waardering w) {
        BigDecimal som = BigDecimal.ZERO;
        for (IngedeeldeRuimte r : w.indeling().prive()) {
            if (r.klasse() == Klasse.VERTREK || r.klasse() == Klasse.OVERIGE_RUIMTE) {
                som = som.add(r.oppervlakte());
            }
        }
        for (Ruimte r : w.eenheid().ruimten()) {
            if (r.is(Detailsoort.PARKEERPLEK_INPANDIG, Detailsoort.PARKEERPLEK_TYPE_1,
                    Detailsoort.INPANDIGE_AFGESLOTEN_PARKEERGARAGE, Detailsoort.UITPANDIGE_AFGESLOTEN_PARKEERGARAGE)
                    && r.isGedeeld()) {
                BigDecimal plek = r.oppervlakte() == null ? GemeenschappelijkeParkeerruimten.MINIMUM_OPPERVLAKTE
                        : r.oppervlakte();
                if (plek.compareTo(GemeenschappelijkeParkeerruimten.MINIMUM_OPPERVLAKTE) >= 0) {
                    som = som.add(Afronding.deel(plek.multiply(BigDecimal.valueOf(r.aantal())), r.adressen()));
                }
            }
        }
        return Afronding.heel(som);
    }

    /** Bhw 11.1a: small, completed 2018-2022, in the COROP areas Amsterdam or Utrecht. */
    static boolean isCoropKleineNieuwbouw(Eenheid e, WozTabel.Corop corop) {
        return e.bouwjaar() != null && e.bouwjaar() >= corop.bouwjaarVan() && e.bouwjaar() <= corop.bouwjaarTot()
                && e.gebruiksoppervlakte() != null && e.gebruiksoppervlakte() < corop.maximumOppervlakte()
                && e.adres() != null && corop.omvat(e.adres().woonplaats(), e.adres().woonplaatscode());
    }

    /** Bhw 11.2: completed (or renovated to new-build energy rules) in 2015-2019. */
    public static boolean isNieuwbouw2015Tot2019(Eenheid e) {
        return e.bouwjaar() != null && e.bouwjaar() >= 2015 && e.bouwjaar() <= 2019;
    }

    /**
     * Finishes the rubriek: the 11.2 minimum and the 11.3 cap with its 186 floor.
     *
     * @param onderdelen  the result of 11.1
     * @param overig      the points of every other rubriek that counts for the cap (unrounded sum)
     * @param toets110    the points of rubrieken 1-10 and 12 for the 11.2 test
     */
    public static RubriekResultaat afronden(Waardering w, Onderdelen onderdelen, BigDecimal overig, BigDecimal toets110) {
        Grenzen g = w.tabellen().grenzen();
        List<Regel> regels = new ArrayList<>(onderdelen.regels());
        BigDecimal punten = onderdelen.punten();
        BigDecimal minimum = BigDecimal.valueOf(g.nieuwbouwMinimumPunten());
        boolean nieuwbouw = isNieuwbouw2015Tot2019(w.eenheid()) && toets110.compareTo(BigDecimal.valueOf(g.nieuwbouwDrempel())) >= 0;
        if (nieuwbouw && punten.compareTo(minimum) < 0) {
            regels.add(Regel.punten("minimum_nieuwbouw", "Minimaal " + g.nieuwbouwMinimumPunten()
                    + " punten: gebouwd 2015-2019 en " + toets110.stripTrailingZeros().toPlainString()
                    + " punten in rubrieken 1-10 en 12", minimum.subtract(punten), "BB26 §2.11.5"));
            punten = minimum;
        }
        boolean capUitgesloten = onderdelen.corop()
                || (nieuwbouw && !w.optie(Interpretatie.Optie.NIEUWBOUW_2015_2019));
        BigDecimal drempel = BigDecimal.valueOf(g.wozCapDrempel());
        if (!capUitgesloten && Afronding.heel(overig.add(punten)).compareTo(drempel) >= 0) {
            BigDecimal aandeel = g.wozCapAandeel();
            BigDecimal max = Afronding.omlaag(overig.multiply(aandeel)
                    .divide(BigDecimal.ONE.subtract(aandeel), 10, RoundingMode.HALF_UP));
            if (max.compareTo(punten) < 0) {
                regels.add(Regel.punten("maximering_woz_punten", "Maximering op "
                        + aandeel.multiply(HONDERD).stripTrailingZeros().toPlainString() + "% van het totaal: "
                        + max.toPlainString() + " punten", max.subtract(punten), "BB26 §2.11.7"));
                punten = max;
                if (nieuwbouw && punten.compareTo(minimum) < 0) {
                    regels.add(Regel.punten("minimum_nieuwbouw_na_maximering", "Minimaal "
                            + g.nieuwbouwMinimumPunten() + " punten na maximering (gebouwd 2015-2019)",
                            minimum.subtract(punten), "BB26 §2.11.5"));
                    punten = minimum;
                }
                if (Afronding.heel(overig.add(punten)).compareTo(drempel) < 0) {
                    BigDecimal hoogste = BigDecimal.valueOf(g.maximumPuntenMidden());
                    BigDecimal verhoging = hoogste.subtract(overig).subtract(punten);
                    regels.add(Regel.punten("verhoging_tot_" + g.maximumPuntenMidden(), "Door de maximering onder "
                            + g.wozCapDrempel() + " punten: totaal wordt " + g.maximumPuntenMidden() + " punten",
                            verhoging, "BB26 §2.11.7"));
                    punten = punten.add(verhoging);
                }
            }
        }
        return new RubriekResultaat(Stelselgroep.WOZ, punten, regels);
    }
}
