package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Tekst.euro;
import static nl.puntwijs.core.signalen.Tekst.getal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Drempelsleutel;

/**
 * SOO: the conditions of the Stimuleringsregeling ontmoetingsruimten in ouderenhuisvesting per subsidy round, and the
 * estimated subsidy. The round is the one the complex names, else the one open on the peildatum (SOO-06 when neither
 * is known); every parameter is looked up on the round's opening date, the rent limit of the 2024-2025 round (the
 * maximum rent at 186 points) in the rent table of the peildatum. SOO-01 cluster size and band, SOO-02 residents aged
 * 55+, SOO-03 rent level, SOO-04 distance, SOO-05 area and the five-year use conditions, SOO-07 the estimate.
 */
final class Subsidiesignalen implements Complexregel {

    private static final String BRON = "SOO (Stcrt. 2021, 47530): ";
    private static final Pattern JAAR = Pattern.compile("^\\s*(\\d{4})");

    /** The subsidy round: a row of {@link Drempelsleutel#SOO_RONDE}. */
    private record Ronde(Drempel drempel) {
        int jaar() {
            return drempel.waarde().intValueExact();
        }

        LocalDate datum() {
            return drempel.geldigVanaf();
        }

        String tekst() {
            return "SOO-ronde " + jaar() + " (" + Tekst.datum(drempel.geldigVanaf()) + " t/m "
                    + Tekst.datum(drempel.geldigTot()) + ")";
        }
    }

    @Override
    public void signaleer(Complexcontext c, List<Signaal> uit) {
        Complex complex = c.complex;
        if (complex.ouderenhuisvesting() == null && ontmoetingsruimten(complex).isEmpty()) {
            return; // no senior-housing data and no ontmoetingsruimte: the SOO is not in play
        }
        Ouderenhuisvesting o = complex.ouderenhuisvesting() == null
                ? new Ouderenhuisvesting(null, null, null, null, null, null, null, null, null, null)
                : complex.ouderenhuisvesting();
        Ronde ronde = ronde(c, o, uit);
        if (ronde == null) {
            return;
        }
        LocalDate d = ronde.datum();
        c.toets(Signaalsoort.SOO_01, "woningen", uit, u -> omvang(c, ronde, u));
        c.toets(Signaalsoort.SOO_02, "ouderenhuisvesting.aandeelBewoners55Plus", uit, u -> leeftijd(c, o, d, u));
        c.toets(Signaalsoort.SOO_03, "woningen", uit, u -> huurniveau(c, ronde, u));
        c.toets(Signaalsoort.SOO_04, "ouderenhuisvesting.afstandOntmoetingsruimteM", uit, u -> afstand(c, o, d, u));
        c.toets(Signaalsoort.SOO_05, "gedeeldeRuimten", uit, u -> oppervlakte(c, ronde, u));
        c.toets(Signaalsoort.SOO_05, "ouderenhuisvesting", uit, u -> instandhouding(c, o, d, u));
    }

    /** The round named by the complex, else the one open on the peildatum; null (with SOO-06) when unknown. */
    private static Ronde ronde(Complexcontext c, Ouderenhuisvesting o, List<Signaal> uit) {
        Optional<Ronde> ronde = kies(c.drempels, o.subsidieronde(), c.peildatum);
        if (ronde.isPresent()) {
            return ronde.get();
        }
        String bekend = c.drempels.periodes(Drempelsleutel.SOO_RONDE).stream().map(r -> new Ronde(r).tekst())
                .collect(Collectors.joining(", "));
        String melding = o.subsidieronde() != null
                ? "de subsidieronde '" + o.subsidieronde() + "' is onbekend; bekend zijn " + bekend + "."
                : "de subsidieronde ontbreekt, en op " + Tekst.datum(c.peildatum) + " is geen SOO-ronde open (bekend "
                + "zijn " + bekend + einde(c.drempels) + "). Geef de ronde op waarvoor u aanvraagt.";
        uit.add(c.signaal(Signaalsoort.SOO_06, Ernst.INFO, "ouderenhuisvesting.subsidieronde", "Niet te beoordelen: "
                + melding, BRON + "rondes in tabellen/drempels.json",
                new Gelezen().met("ouderenhuisvesting.subsidieronde", o.subsidieronde())));
        return null;
    }

    /** "; de regeling loopt tot en met 31-12-2026": the end of the regulation-wide parameters in the data. */
    private static String einde(Drempels drempels) {
        List<Drempel> perioden = drempels.periodes(Drempelsleutel.SOO_MINIMUM_WOONRUIMTEN);
        return perioden.isEmpty() ? "" : "; de regeling loopt tot en met "
                + Tekst.datum(perioden.get(perioden.size() - 1).geldigTot());
    }

    /** The round named ("2024-2025" and "2024" both name the round that opened in 2024), else the one open on the date. */
    private static Optional<Ronde> kies(Drempels drempels, String naam, LocalDate peildatum) {
        int jaar = -1;
        if (naam != null) {
            Matcher m = JAAR.matcher(naam);
            jaar = m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        for (Drempel r : drempels.periodes(Drempelsleutel.SOO_RONDE)) {
            if (naam == null ? r.geldigOp(peildatum) : r.waarde().intValue() == jaar) {
                return Optional.of(new Ronde(r));
            }
        }
        return Optional.empty();
    }

    private static void omvang(Complexcontext c, Ronde ronde, List<Signaal> uit) {
        int n = c.complex.woningen().size();
        Drempel minimum = c.drempels.drempel(Drempelsleutel.SOO_MINIMUM_WOONRUIMTEN, ronde.datum());
        if (n < minimum.waarde().intValueExact()) {
            uit.add(c.signaal(Signaalsoort.SOO_01, Ernst.BLOKKEREND, "woningen", "Voor de SOO-subsidie moeten minimaal "
                    + getal(minimum.waarde()) + " woonruimten bij de ontmoetingsruimte horen; dit complex heeft er " + n
                    + " (" + ronde.tekst() + ").", BRON + minimum.bron(), new Gelezen().met("woningen", n).drempel(minimum)));
        }
        if (c.drempels.heeft(Drempelsleutel.SOO_GROOT_MAXIMUM_WOONRUIMTEN, ronde.datum())) {
            Drempel maximum = c.drempels.drempel(Drempelsleutel.SOO_GROOT_MAXIMUM_WOONRUIMTEN, ronde.datum());
            if (n > maximum.waarde().intValueExact()) {
                uit.add(c.signaal(Signaalsoort.SOO_01, Ernst.WAARSCHUWING, "woningen", "Het complex heeft " + n
                        + " woonruimten; in de " + ronde.tekst() + " loopt de hoogste band tot " + getal(maximum.waarde())
                        + " woonruimten" + Tekst.onbevestigd(maximum) + ". Controleer in welke band het complex "
                        + "valt.", BRON + maximum.bron(), new Gelezen().met("woningen", n).drempel(maximum)));
            }
        }
    }

    private static void leeftijd(Complexcontext c, Ouderenhuisvesting o, LocalDate d, List<Signaal> uit) {
        Drempel minimum = c.drempels.drempel(Drempelsleutel.SOO_MINIMUM_AANDEEL_55PLUS, d);
        String veld = "ouderenhuisvesting.aandeelBewoners55Plus";
        Gelezen gelezen = new Gelezen().met(veld, o.aandeelBewoners55Plus()).drempel(minimum);
        if (o.aandeelBewoners55Plus() == null) {
            uit.add(c.ontbreekt(Signaalsoort.SOO_02, veld, "het aandeel (beoogde) bewoners van 55 jaar en ouder",
                    BRON + minimum.bron(), gelezen));
        } else if (o.aandeelBewoners55Plus().compareTo(minimum.waarde()) < 0) {
            uit.add(c.signaal(Signaalsoort.SOO_02, Ernst.BLOKKEREND, veld, "Maar " + Tekst.aandeel(o.aandeelBewoners55Plus())
                    + " van de (beoogde) bewoners is 55 jaar of ouder; de SOO vraagt minstens "
                    + Tekst.aandeel(minimum.waarde()) + ".", BRON + minimum.bron(), gelezen));
        }
    }

    private static void huurniveau(Complexcontext c, Ronde ronde, List<Signaal> uit) {
        Drempel minimum = c.drempels.drempel(Drempelsleutel.SOO_MINIMUM_AANDEEL_ONDER_HUURGRENS, ronde.datum());
        Drempel regel;
        BigDecimal grens;
        String grensTekst;
        if (c.drempels.heeft(Drempelsleutel.SOO_HUURGRENS_BEDRAG, ronde.datum())) {
            regel = c.drempels.drempel(Drempelsleutel.SOO_HUURGRENS_BEDRAG, ronde.datum());
            grens = regel.waarde();
            grensTekst = euro(grens);
        } else {
            regel = c.drempels.drempel(Drempelsleutel.SOO_HUURGRENS_PUNTEN, ronde.datum());
            grens = c.tabellen.huurprijzen().bedrag(regel.waarde().intValueExact());
            grensTekst = euro(grens) + " (de maximale huur bij " + getal(regel.waarde()) + " punten op "
                    + Tekst.datum(c.peildatum) + ")";
        }
        List<Eenheid> woningen = c.complex.woningen();
        int zonderHuur = 0;
        int eersteZonder = -1;
        int onder = 0;
        for (int i = 0; i < woningen.size(); i++) {
            BigDecimal huur = woningen.get(i).huur() == null ? null : woningen.get(i).huur().teBeoordelenHuur();
            if (huur == null) {
                zonderHuur++;
                eersteZonder = eersteZonder < 0 ? i : eersteZonder;
            } else if (huur.compareTo(grens) <= 0) {
                onder++;
            }
        }
        String bron = BRON + regel.bron() + "; " + minimum.bron();
        Gelezen gelezen = new Gelezen().met("woningen", woningen.size()).met("woningen onder de huurgrens", onder)
                .met("woningen zonder huur", zonderHuur).met("huurgrens", grens).drempel(regel).drempel(minimum);
        if (zonderHuur > 0) {
            uit.add(c.ontbreekt(Signaalsoort.SOO_03, "woningen[" + eersteZonder + "].huur.kaleHuur", "de huur bij "
                    + zonderHuur + " van de " + woningen.size() + " woningen", bron, gelezen));
            return;
        }
        BigDecimal n = BigDecimal.valueOf(woningen.size());
        if (woningen.isEmpty() || BigDecimal.valueOf(onder).compareTo(minimum.waarde().multiply(n)) >= 0) {
            return;
        }
        uit.add(c.signaal(Signaalsoort.SOO_03, Ernst.BLOKKEREND, "woningen", "Maar " + onder + " van de "
                + woningen.size() + " huurwoningen (" + Tekst.aandeel(BigDecimal.valueOf(onder).divide(n,
                MathContext.DECIMAL64)) + ") blijven bij oplevering onder de huurgrens van " + grensTekst
                + " van de " + ronde.tekst() + "; de SOO vraagt minstens " + Tekst.aandeel(minimum.waarde()) + ".",
                bron, gelezen));
    }

    private static void afstand(Complexcontext c, Ouderenhuisvesting o, LocalDate d, List<Signaal> uit) {
        if (Boolean.TRUE.equals(o.fysiekVerbonden())) {
            return;
        }
        Drempel maximum = c.drempels.drempel(Drempelsleutel.SOO_MAXIMALE_AFSTAND_M, d);
        String veld = "ouderenhuisvesting.afstandOntmoetingsruimteM";
        Gelezen gelezen = new Gelezen().met("ouderenhuisvesting.fysiekVerbonden", o.fysiekVerbonden())
                .met(veld, o.afstandOntmoetingsruimteM()).drempel(maximum);
        if (o.afstandOntmoetingsruimteM() == null) {
            uit.add(c.ontbreekt(Signaalsoort.SOO_04, veld, "de afstand van de ontmoetingsruimte tot de woningen", BRON + maximum.bron(), gelezen));
        } else if (o.afstandOntmoetingsruimteM().compareTo(maximum.waarde()) > 0) {
            uit.add(c.signaal(Signaalsoort.SOO_04, Ernst.BLOKKEREND, veld, "De ontmoetingsruimte ligt "
                    + getal(o.afstandOntmoetingsruimteM()) + " meter van het wooncomplex en is er "
                    + (o.fysiekVerbonden() == null ? "volgens de gegevens niet" : "niet") + " fysiek mee verbonden; de "
                    + "SOO staat hoogstens " + getal(maximum.waarde()) + " meter toe.", BRON + maximum.bron(), gelezen));
        }
    }

    private static void oppervlakte(Complexcontext c, Ronde ronde, List<Signaal> uit) {
        List<GedeeldeRuimte> ruimten = ontmoetingsruimten(c.complex);
        if (ruimten.isEmpty()) {
            uit.add(c.signaal(Signaalsoort.SOO_05, Ernst.BLOKKEREND, "gedeeldeRuimten", "Het complex heeft geen "
                    + "ontmoetingsruimte (0 m²); er is niets om SOO-subsidie voor te krijgen.", BRON + "art. 2 (doel)",
                    new Gelezen().met("gedeeldeRuimten (ontmoetingsruimte)", 0)));
            return;
        }
        BigDecimal m2 = oppervlakte(ruimten);
        if (m2 == null) {
            uit.add(c.ontbreekt(Signaalsoort.SOO_05, "gedeeldeRuimten", "de oppervlakte van een ruimte van de "
                    + "ontmoetingsruimte", BRON + "oppervlakte", new Gelezen().met("oppervlakte", null)));
            return;
        }
        Subsidieschatting s = schatting(c.complex, c.drempels, ronde, m2);
        Gelezen gelezen = new Gelezen().met("oppervlakte ontmoetingsruimte (m²)", m2).met("woningen", s.woonruimten())
                .drempel(c.drempels.drempel(Drempelsleutel.SOO_BEDRAG_PER_M2, ronde.datum()))
                .drempel(plafond(c.drempels, ronde.datum(), s.woonruimten()));
        String bron = BRON + c.drempels.drempel(Drempelsleutel.SOO_BEDRAG_PER_M2, ronde.datum()).bron();
        if (s.begrensd()) {
            uit.add(c.signaal(Signaalsoort.SOO_05, Ernst.INFO, "gedeeldeRuimten", "Boven " + getal(s.maximumM2())
                    + " m² (" + s.band() + ") levert extra oppervlakte geen extra subsidie op: de ontmoetingsruimte is "
                    + getal(m2) + " m², " + getal(m2.subtract(s.maximumM2())) + " m² telt niet mee.", bron, gelezen));
        }
        uit.add(c.signaal(Signaalsoort.SOO_07, Ernst.INFO, "gedeeldeRuimten", "Geschatte SOO-subsidie ("
                + ronde.tekst() + "): " + getal(m2) + " m² × " + Tekst.euroRond(s.bedragPerM2()) + " = "
                + Tekst.euroRond(s.berekend()) + (s.begrensd() ? ", begrensd op " + Tekst.euroRond(s.plafond()) + " voor "
                + s.band() : ", binnen het plafond van " + Tekst.euroRond(s.plafond()) + " voor " + s.band()) + ": "
                + Tekst.euroRond(s.subsidie()) + ". De regeling rekent met het "
                + "bruto vloeroppervlak en nooit meer dan de bouwkosten; hier is de gemeten oppervlakte gebruikt.",
                bron, gelezen));
    }

    private static void instandhouding(Complexcontext c, Ouderenhuisvesting o, LocalDate d, List<Signaal> uit) {
        Drempel jaren = c.drempels.drempel(Drempelsleutel.SOO_INSTANDHOUDING_JAREN, d);
        String bron = BRON + jaren.bron();
        int j = jaren.waarde().intValueExact();
        String termijn = j + " jaar na oplevering";
        if (o.eindeOntmoetingsfunctie() != null) {
            Gelezen gelezen = new Gelezen().met("ouderenhuisvesting.oplevering", o.oplevering())
                    .met("ouderenhuisvesting.eindeOntmoetingsfunctie", o.eindeOntmoetingsfunctie()).drempel(jaren);
            if (o.oplevering() == null) {
                uit.add(c.ontbreekt(Signaalsoort.SOO_05, "ouderenhuisvesting.oplevering", "de opleverdatum (nodig om de "
                        + "geplande einddatum van de ontmoetingsfunctie te toetsen)", bron, gelezen));
            } else if (o.eindeOntmoetingsfunctie().isBefore(o.oplevering().plusYears(j))) {
                uit.add(c.signaal(Signaalsoort.SOO_05, Ernst.WAARSCHUWING, "ouderenhuisvesting.eindeOntmoetingsfunctie",
                        "De ruimte stopt op " + Tekst.datum(o.eindeOntmoetingsfunctie()) + " als ontmoetingsruimte, eerder "
                                + "dan " + termijn + " (" + Tekst.datum(o.oplevering().plusYears(j)) + "); de SOO eist dat "
                                + "zij zo lang op ontmoeting gericht blijft.", bron, gelezen));
            }
        }
        voorwaarde(c, uit, "ouderenhuisvesting.exploitatieplan", o.exploitatieplan(), false, "er is geen "
                + "exploitatieplan voor " + j + " jaar", "het gegeven 'exploitatieplan voor " + j + " jaar (ja/nee)'", termijn, bron, jaren);
        voorwaarde(c, uit, "ouderenhuisvesting.winstOpExploitatie", o.winstOpExploitatie(), true, "de exploitatie maakt "
                + "winst", "het gegeven 'winst op de exploitatie (ja/nee)'", termijn, bron, jaren);
        voorwaarde(c, uit, "ouderenhuisvesting.openVoorBuurt", o.openVoorBuurt(), false, "de ruimte is niet open voor "
                + "buurtbewoners", "het gegeven 'open voor buurtbewoners (ja/nee)'", termijn, bron, jaren);
    }

    /** One use condition: a warning when it fails ({@code waarde == fout}), "niet te beoordelen" when not recorded. */
    private static void voorwaarde(Complexcontext c, List<Signaal> uit, String veld, Boolean waarde, boolean fout,
                                   String faalt, String onbekend, String termijn, String bron, Drempel jaren) {
        Gelezen gelezen = new Gelezen().met(veld, waarde).drempel(jaren);
        if (waarde == null) {
            uit.add(c.ontbreekt(Signaalsoort.SOO_05, veld, onbekend, bron, gelezen));
        } else if (waarde == fout) {
            uit.add(c.signaal(Signaalsoort.SOO_05, Ernst.WAARSCHUWING, veld, "SOO-voorwaarde niet voldaan: " + faalt
                    + ". De ruimte moet tot " + termijn + " op ontmoeting gericht en open voor buurtbewoners blijven, "
                    + "zonder winst, met een exploitatieplan.", bron, gelezen));
        }
    }

    /**
     * The estimated subsidy of a complex's ontmoetingsruimte in the round named by the complex or open on the
     * peildatum; empty when the round is unknown, there is no ontmoetingsruimte or an area is missing.
     */
    static Optional<Subsidieschatting> schatting(Complex complex, Drempels drempels, LocalDate peildatum) {
        String naam = complex.ouderenhuisvesting() == null ? null : complex.ouderenhuisvesting().subsidieronde();
        Optional<Ronde> ronde = kies(drempels, naam, peildatum);
        List<GedeeldeRuimte> ruimten = ontmoetingsruimten(complex);
        BigDecimal m2 = ruimten.isEmpty() ? null : oppervlakte(ruimten);
        return ronde.isEmpty() || m2 == null ? Optional.empty()
                : Optional.of(schatting(complex, drempels, ronde.get(), m2));
    }

    private static Subsidieschatting schatting(Complex complex, Drempels drempels, Ronde ronde, BigDecimal m2) {
        LocalDate d = ronde.datum();
        int n = complex.woningen().size();
        Drempel perM2 = drempels.drempel(Drempelsleutel.SOO_BEDRAG_PER_M2, d);
        Drempel plafond = plafond(drempels, d, n);
        BigDecimal berekend = m2.multiply(perM2.waarde());
        return new Subsidieschatting(ronde.jaar(), ronde.drempel().geldigVanaf(), ronde.drempel().geldigTot(), n,
                band(drempels, d, n), m2, perM2.waarde(), plafond.waarde(), berekend, berekend.min(plafond.waarde()),
                perM2.onbevestigd() || plafond.onbevestigd());
    }

    private static Drempel plafond(Drempels drempels, LocalDate d, int n) {
        if (n <= drempels.waarde(Drempelsleutel.SOO_KLEIN_MAXIMUM_WOONRUIMTEN, d).intValueExact()) {
            return drempels.drempel(Drempelsleutel.SOO_KLEIN_PLAFOND, d);
        }
        if (n <= drempels.waarde(Drempelsleutel.SOO_MIDDEN_MAXIMUM_WOONRUIMTEN, d).intValueExact()) {
            return drempels.drempel(Drempelsleutel.SOO_MIDDEN_PLAFOND, d);
        }
        return drempels.drempel(Drempelsleutel.SOO_GROOT_PLAFOND, d);
    }

    /** "5 tot en met 20 woonruimten", "21 tot en met 50 woonruimten", "51 of meer woonruimten". */
    private static String band(Drempels drempels, LocalDate d, int n) {
        int klein = drempels.waarde(Drempelsleutel.SOO_KLEIN_MAXIMUM_WOONRUIMTEN, d).intValueExact();
        int midden = drempels.waarde(Drempelsleutel.SOO_MIDDEN_MAXIMUM_WOONRUIMTEN, d).intValueExact();
        if (n <= klein) {
            return drempels.waarde(Drempelsleutel.SOO_MINIMUM_WOONRUIMTEN, d).intValueExact() + " tot en met " + klein
                    + " woonruimten";
        }
        if (n <= midden) {
            return (klein + 1) + " tot en met " + midden + " woonruimten";
        }
        return drempels.heeft(Drempelsleutel.SOO_GROOT_MAXIMUM_WOONRUIMTEN, d) ? (midden + 1) + " tot en met "
                + drempels.waarde(Drempelsleutel.SOO_GROOT_MAXIMUM_WOONRUIMTEN, d).intValueExact() + " woonruimten"
                : (midden + 1) + " of meer woonruimten";
    }

    static List<GedeeldeRuimte> ontmoetingsruimten(Complex complex) {
        return complex.gedeeldeRuimten().stream().filter(g -> g.soort() == SoortGedeeldeRuimte.ONTMOETINGSRUIMTE)
                .toList();
    }

    /** The area of the rooms of the ontmoetingsruimten; null when a room has none. */
    static BigDecimal oppervlakte(List<GedeeldeRuimte> ruimten) {
        BigDecimal som = BigDecimal.ZERO;
        for (GedeeldeRuimte g : ruimten) {
            for (Ruimte r : g.ruimten()) {
                if (r.oppervlakte() == null) {
                    return null; // the stelsel does not value a room without an area either
                }
                som = som.add(r.oppervlakte());
            }
        }
        return som;
    }
}
