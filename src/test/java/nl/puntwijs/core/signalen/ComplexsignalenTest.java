package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Signaaltest.SIGNALERING;
import static nl.puntwijs.core.signalen.Signaaltest.een;
import static nl.puntwijs.core.signalen.Signaaltest.ids;
import static nl.puntwijs.core.signalen.Signaaltest.spec43;
import static nl.puntwijs.core.signalen.Signaaltest.zaal;
import static nl.puntwijs.core.signalen.Signaaltest.geen;
import static nl.puntwijs.core.signalen.Signaaltest.met;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Interpretatie;
import org.junit.jupiter.api.Test;

/**
 * The signals of a complex: shared rooms (GR), the sector effect of shared spaces (BT-08/09), DAEB (BT-07) and the
 * SOO subsidy conditions per round with the estimate. Complexes are built in Java as in ComplexwaarderingTest.
 */
class ComplexsignalenTest {

    private static final String PEILDATUM = "2026-07-01";
    private static final Zorgvoorwaarden ALLES = new Zorgvoorwaarden(true, new BigDecimal("130"), BigDecimal.ZERO, null,
            true, true, true, false, null);
    /** A plan that meets every SOO condition in the round 2024-2025. */
    private static final Ouderenhuisvesting GOED = new Ouderenhuisvesting(new BigDecimal("0.80"), new BigDecimal("50"),
            false, "2024-2025", true, LocalDate.parse("2026-01-01"), null, true, false, true);

    private static Eenheid woning(String id, String m2, boolean zorg, String huur) {
        Testwoning w = Testwoning.nieuw().id(id).pandSoort(null)
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, m2));
        if (huur != null) {
            w.huur(new Huur(new BigDecimal(huur), null, 1, null, null, null));
        }
        return (zorg ? w.zorgwoning(null) : w).bouw();
    }

    private static List<Eenheid> woningen(int n, String m2, boolean zorg, String huur) {
        List<Eenheid> lijst = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lijst.add(woning(String.format("W%03d", i), m2, zorg, huur));
        }
        return lijst;
    }




    private static Complex complex(List<Eenheid> woningen, Zorgvoorwaarden zorg, Ouderenhuisvesting o,
                                   GedeeldeRuimte... ruimten) {
        return new Complex("C1", "De Linde", zorg, MethodeGedeeldeRuimten.FORFAITAIR, woningen, List.of(ruimten), o);
    }

    private static List<Signaal> signalen(Complex c, String peildatum) {
        return SIGNALERING.complex(c, LocalDate.parse(peildatum), Interpretatie.standaard());
    }

    /** A SOO complex: n dwellings of 60 m² at this rent with an ontmoetingsruimte of m2 m². */
    private static Complex soo(int n, String huur, String m2, Ouderenhuisvesting o) {
        List<Eenheid> w = woningen(n, "60", false, huur);
        return complex(w, null, o, zaal(m2, ids(w)));
    }

    private static Ouderenhuisvesting oh(String aandeel55, String afstand, Boolean verbonden, String ronde) {
        return new Ouderenhuisvesting(aandeel55 == null ? null : new BigDecimal(aandeel55),
                afstand == null ? null : new BigDecimal(afstand), verbonden, ronde, GOED.corporatie(), GOED.oplevering(),
                null, true, false, true);
    }

    // ---- GR-01: the 3-point practice ----

    @Test
    void gr01GemetenPuntenWijkenAfVanDeDriePunten() {
        // 24 zorgwoningen: measured 101.75 / 24 = 4.2396 -> 4.25; |4.25 - 3| = 1.25 > 1
        List<Eenheid> w = woningen(24, "60", true, null);
        List<Signaal> s = signalen(complex(w, ALLES, null, spec43(ids(w))), PEILDATUM);
        Signaal gr01 = een(s, "GR-01");
        assertThat(gr01.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(gr01.complex()).isEqualTo("C1");
        assertThat(gr01.eenheid()).isNull();
        assertThat(gr01.veld()).isEqualTo("methode");
        // per dwelling 94 points measured against 93 with the flat 3: 596.45 - 589.61 = 6.84; x 24 = 164.16
        assertThat(gr01.melding()).isEqualTo("Bij 24 van de 24 zorgwoningen komen de gemeten punten voor "
                + "gemeenschappelijke ruimten op 4,25 per woning; dat wijkt meer dan 1 punt af van de vaste 3 punten die "
                + "de Huurcommissie in zorgcomplexen toekent. Het complex rekent met vaste 3 punten per zorgwoning "
                + "(BB26 §2.9.4); met de andere methode stijgt de maximale huur van deze woningen samen met € 164,16 per "
                + "maand.");
        assertThat(gr01.bron()).startsWith("BB26 §2.9.4, §2.9.7; signaalgrens: [KNELPUNTEN]");
    }

    @Test
    void gr01NietBijEenPuntAfwijking() {
        // 26 zorgwoningen: 101.75 / 26 = 3.9135 -> 4.00; |4.00 - 3| = 1.00, not more than 1
        List<Eenheid> w = woningen(26, "60", true, null);
        geen(signalen(complex(w, ALLES, null, spec43(ids(w))), PEILDATUM), "GR-01");
        // and no zorgwoningen at all: not a zorgcomplex
        List<Eenheid> gewoon = woningen(24, "60", false, null);
        geen(signalen(complex(gewoon, null, null, spec43(ids(gewoon))), PEILDATUM), "GR-01");
    }

    // ---- GR-02: fewer than two addresses ----

    @Test
    void gr02RuimteMetEenAdres() {
        List<Eenheid> w = woningen(2, "60", false, null);
        GedeeldeRuimte berging = new GedeeldeRuimte("berging", "Berging", SoortGedeeldeRuimte.BERGING, List.of(
                Ruimte.van(RuimteSoort.OVERIGE_RUIMTE, Detailsoort.BERGING, "10").id("b").bouw()), List.of("W001"), null);
        Signaal gr02 = een(signalen(complex(w, null, null, berging), PEILDATUM), "GR-02");
        assertThat(gr02.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(gr02.veld()).isEqualTo("gedeeldeRuimten[0].woningen");
        assertThat(gr02.melding()).isEqualTo("De ruimte 'Berging' heeft maar 1 adres met gebruiksrecht en telt daarom niet "
                + "als gemeenschappelijke ruimte (daarvoor zijn minstens 2 adressen nodig); zij levert geen punten op.");
        geen(signalen(complex(w, null, null, berging.metWoningen(List.of("W001", "W002"))), PEILDATUM), "GR-02");
    }

    // ---- BT-08/09: shared spaces move the sector ----

    /**
     * 137 m²: 132 + q(5.0611 + 85806 / 137 / 268 = 2.3370 -> 7.3981) 7.50 = 139.50 -> 140 without the room; with
     * 4.25 from the spec §4.3 room 143.75 -> 144, midden. 136 m²: 131 + 7.50 (2.3542) + 4.25 = 142.75 -> 143.
     */
    @Test
    void bt08GedeeldeRuimtenTillenUitSocialeHuur() {
        List<Eenheid> w = woningen(24, "137", false, null);
        Signaal bt08 = met(signalen(complex(w, null, null, spec43(ids(w))), PEILDATUM), "BT-08").get(0);
        assertThat(bt08.eenheid()).isEqualTo("W001");
        assertThat(bt08.complex()).isEqualTo("C1");
        assertThat(bt08.veld()).isEqualTo("gedeeldeRuimten");
        assertThat(bt08.melding()).isEqualTo("Door de punten voor gedeelde ruimten (4,25 punten) komt deze woning op 144 "
                + "punten en valt daarmee in de middenhuur; zonder gedeelde ruimten 140 punten (sociale huur, maximale "
                + "huur € 912,26).");
        assertThat(met(signalen(complex(w, null, null, spec43(ids(w))), PEILDATUM), "BT-08")).hasSize(24);
        List<Eenheid> kleiner = woningen(24, "136", false, null);
        geen(signalen(complex(kleiner, null, null, spec43(ids(kleiner))), PEILDATUM), "BT-08");
    }

    /**
     * 181 m²: 176 + q(5.0611 + 1.7689 = 6.8300) 6.75 = 182.75 -> 183; with 4.25: 187.00 -> 187, vrij. 180 m²: 175 +
     * 6.75 (1.7787) + 4.25 = 186.00 -> 186.
     */
    @Test
    void bt09GedeeldeRuimtenTillenNaarVrijeSector() {
        List<Eenheid> w = woningen(24, "181", false, null);
        assertThat(met(signalen(complex(w, null, null, spec43(ids(w))), PEILDATUM), "BT-09").get(0).melding())
                .isEqualTo("Door de punten voor gedeelde ruimten (4,25 punten) scoort de woning 187 punten en valt in de "
                        + "vrije sector; zonder gedeelde ruimten 183 punten (middenhuur, maximale huur € 1.207,46). Bij "
                        + "een nieuw contract vervalt dan de huurprijsbescherming.");
        List<Eenheid> kleiner = woningen(24, "180", false, null);
        geen(signalen(complex(kleiner, null, null, spec43(ids(kleiner))), PEILDATUM), "BT-09");
    }

    // ---- BT-07: DAEB limit for a corporation ----

    @Test
    void bt07CorporatiewoningBovenDeDaebGrens() {
        assertThat(met(signalen(soo(6, "932.94", "60", GOED), "2026-01-01"), "BT-07")).hasSize(6);
        assertThat(met(signalen(soo(6, "932.94", "60", GOED), "2026-01-01"), "BT-07").get(0).melding())
                .isEqualTo("Deze corporatiewoning valt met een huur van € 932,94 buiten de DAEB-huurgrens van € 932,93.");
        geen(signalen(soo(6, "932.93", "60", GOED), "2026-01-01"), "BT-07");
        // 2025: 900.07
        assertThat(met(signalen(soo(6, "900.08", "60", GOED), "2025-12-31"), "BT-07")).hasSize(6);
        geen(signalen(soo(6, "900.07", "60", GOED), "2025-12-31"), "BT-07");
        // not a corporation: nothing to check
        Ouderenhuisvesting particulier = new Ouderenhuisvesting(GOED.aandeelBewoners55Plus(),
                GOED.afstandOntmoetingsruimteM(), false, GOED.subsidieronde(), false, GOED.oplevering(), null, true,
                false, true);
        geen(signalen(soo(6, "2000", "60", particulier), "2026-01-01"), "BT-07");
    }

    // ---- SOO ----

    @Test
    void eenPlanDatAanAlleSooVoorwaardenVoldoet() {
        List<Signaal> s = signalen(soo(24, "700", "60", GOED), PEILDATUM);
        assertThat(s).filteredOn(x -> x.code().startsWith("SOO-")).extracting(Signaal::code).containsExactly("SOO-07");
        // 60 m² x 2500 = 150000 = the cap of 21-50 dwellings
        assertThat(een(s, "SOO-07").melding()).isEqualTo("Geschatte SOO-subsidie (SOO-ronde 2024 (14-10-2024 t/m "
                + "19-9-2025)): 60 m² × € 2.500 = € 150.000, binnen het plafond van € 150.000 voor 21 tot en met 50 "
                + "woonruimten: € 150.000. De regeling rekent met het bruto vloeroppervlak en nooit meer dan de "
                + "bouwkosten; hier is de gemeten oppervlakte gebruikt.");
        assertThat(s).noneMatch(x -> x.code().startsWith("SOO-") && x.ernst() != Ernst.INFO);
    }

    @Test
    void soo01MinderDanVijfWoonruimten() {
        Signaal soo01 = een(signalen(soo(4, "700", "30", GOED), PEILDATUM), "SOO-01");
        assertThat(soo01.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(soo01.veld()).isEqualTo("woningen");
        assertThat(soo01.melding()).isEqualTo("Voor de SOO-subsidie moeten minimaal 5 woonruimten bij de "
                + "ontmoetingsruimte horen; dit complex heeft er 4 (SOO-ronde 2024 (14-10-2024 t/m 19-9-2025)).");
        geen(signalen(soo(5, "700", "30", GOED), PEILDATUM), "SOO-01");
    }

    @Test
    void soo01BovenDeBandVan150InDeRonde2024Onbevestigd() {
        Signaal soo01 = een(signalen(soo(151, "700", "70", GOED), PEILDATUM), "SOO-01");
        assertThat(soo01.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(soo01.onbevestigd()).isTrue();
        assertThat(soo01.melding()).isEqualTo("Het complex heeft 151 woonruimten; in de SOO-ronde 2024 (14-10-2024 t/m "
                + "19-9-2025) loopt de hoogste band tot 150 woonruimten (dit getal is niet bevestigd). Controleer in welke "
                + "band het complex valt.");
        geen(signalen(soo(150, "700", "70", GOED), PEILDATUM), "SOO-01");
        // the 2023 round has no upper bound
        geen(signalen(soo(151, "700", "70", oh("0.80", "50", false, "2023")), PEILDATUM), "SOO-01");
    }

    @Test
    void soo02TeWeinig55Plussers() {
        Signaal soo02 = een(signalen(soo(24, "700", "60", oh("0.49", "50", false, "2024")), PEILDATUM), "SOO-02");
        assertThat(soo02.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(soo02.veld()).isEqualTo("ouderenhuisvesting.aandeelBewoners55Plus");
        assertThat(soo02.melding()).isEqualTo("Maar 49% van de (beoogde) bewoners is 55 jaar of ouder; de SOO vraagt "
                + "minstens 50%.");
        geen(signalen(soo(24, "700", "60", oh("0.50", "50", false, "2024")), PEILDATUM), "SOO-02");
        Signaal onbekend = een(signalen(soo(24, "700", "60", oh(null, "50", false, "2024")), PEILDATUM), "SOO-02");
        assertThat(onbekend.ernst()).isEqualTo(Ernst.INFO);
        assertThat(onbekend.melding()).isEqualTo("Niet te beoordelen: het aandeel (beoogde) bewoners van 55 jaar en ouder "
                + "ontbreekt.");
    }

    /** 24 dwellings: 18 at or under the limit is 75%, 17 is 70.8%. */
    private static Complex huren(int onder, String grens, String boven, Ouderenhuisvesting o) {
        List<Eenheid> w = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            w.add(woning(String.format("W%03d", i), "60", false, i <= onder ? grens : boven));
        }
        return complex(w, null, o, zaal("60", ids(w)));
    }

    @Test
    void soo03HuurniveauRonde2024DeMaximaleHuurBij186Punten() {
        Signaal soo03 = een(signalen(huren(17, "1228.07", "1228.08", GOED), PEILDATUM), "SOO-03");
        assertThat(soo03.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(soo03.melding()).isEqualTo("Maar 17 van de 24 huurwoningen (70,8%) blijven bij oplevering onder de "
                + "huurgrens van € 1.228,07 (de maximale huur bij 186 punten op 1-7-2026) van de SOO-ronde 2024 "
                + "(14-10-2024 t/m 19-9-2025); de SOO vraagt minstens 75%.");
        geen(signalen(huren(18, "1228.07", "1228.08", GOED), PEILDATUM), "SOO-03");
    }

    @Test
    void soo03DeGrensVan186PuntenVolgtDeHuurprijstabel() {
        // 1200 a month: above 1184.82 (186 points in 2025), under 1228.07 (2026)
        assertThat(een(signalen(huren(0, "1200", "1200", GOED), "2025-12-31"), "SOO-03").melding())
                .startsWith("Maar 0 van de 24 huurwoningen (0%) blijven bij oplevering onder de huurgrens van € 1.184,82");
        geen(signalen(huren(0, "1200", "1200", GOED), "2026-01-01"), "SOO-03");
    }

    @Test
    void soo03Ronde2023EenVastBedrag() {
        Ouderenhuisvesting ronde2023 = oh("0.80", "50", false, "2023");
        assertThat(een(signalen(huren(17, "1000", "1000.01", ronde2023), PEILDATUM), "SOO-03").melding())
                .contains("onder de huurgrens van € 1.000,00 van de SOO-ronde 2023 (16-1-2023 t/m 31-10-2023)");
        geen(signalen(huren(18, "1000", "1000.01", ronde2023), PEILDATUM), "SOO-03");
    }

    @Test
    void soo03ZonderHuurNietTeBeoordelen() {
        Signaal soo03 = een(signalen(huren(23, "700", null, GOED), PEILDATUM), "SOO-03");
        assertThat(soo03.ernst()).isEqualTo(Ernst.INFO);
        assertThat(soo03.veld()).isEqualTo("woningen[23].huur.kaleHuur");
        assertThat(soo03.melding()).isEqualTo("Niet te beoordelen: de huur bij 1 van de 24 woningen ontbreekt.");
    }

    @Test
    void soo04OntmoetingsruimteTeVer() {
        Signaal soo04 = een(signalen(soo(24, "700", "60", oh("0.80", "101", false, "2024")), PEILDATUM), "SOO-04");
        assertThat(soo04.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(soo04.melding()).isEqualTo("De ontmoetingsruimte ligt 101 meter van het wooncomplex en is er niet "
                + "fysiek mee verbonden; de SOO staat hoogstens 100 meter toe.");
        geen(signalen(soo(24, "700", "60", oh("0.80", "100", false, "2024")), PEILDATUM), "SOO-04");
        geen(signalen(soo(24, "700", "60", oh("0.80", "500", true, "2024")), PEILDATUM), "SOO-04");
        assertThat(een(signalen(soo(24, "700", "60", oh("0.80", null, null, "2024")), PEILDATUM), "SOO-04").melding())
                .isEqualTo("Niet te beoordelen: de afstand van de ontmoetingsruimte tot de woningen ontbreekt.");
    }

    @Test
    void soo05OppervlakteBovenHetPlafond() {
        Signaal soo05 = een(signalen(soo(24, "700", "61", GOED), PEILDATUM), "SOO-05");
        assertThat(soo05.ernst()).isEqualTo(Ernst.INFO);
        assertThat(soo05.melding()).isEqualTo("Boven 60 m² (21 tot en met 50 woonruimten) levert extra oppervlakte geen "
                + "extra subsidie op: de ontmoetingsruimte is 61 m², 1 m² telt niet mee.");
        geen(signalen(soo(24, "700", "60", GOED), PEILDATUM), "SOO-05");
        // 20 dwellings: 100000 / 2500 = 40 m²
        een(signalen(soo(20, "700", "41", GOED), PEILDATUM), "SOO-05");
        geen(signalen(soo(20, "700", "40", GOED), PEILDATUM), "SOO-05");
    }

    @Test
    void soo05GeenOntmoetingsruimte() {
        List<Eenheid> w = woningen(24, "60", false, "700");
        Signaal soo05 = een(signalen(complex(w, null, GOED), PEILDATUM), "SOO-05");
        assertThat(soo05.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(soo05.melding()).isEqualTo("Het complex heeft geen ontmoetingsruimte (0 m²); er is niets om "
                + "SOO-subsidie voor te krijgen.");
        // without senior-housing data and without an ontmoetingsruimte the SOO is not in play
        assertThat(signalen(complex(w, null, null), PEILDATUM)).noneMatch(x -> x.code().startsWith("SOO-"));
    }

    private static Ouderenhuisvesting gebruik(String einde, Boolean plan, Boolean winst, Boolean open) {
        return new Ouderenhuisvesting(new BigDecimal("0.80"), new BigDecimal("50"), false, "2024", true,
                LocalDate.parse("2026-01-01"), einde == null ? null : LocalDate.parse(einde), plan, winst, open);
    }

    @Test
    void soo05VijfJaarOpOntmoetingGericht() {
        Signaal einde = een(signalen(soo(24, "700", "60", gebruik("2030-12-31", true, false, true)), PEILDATUM), "SOO-05");
        assertThat(einde.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(einde.veld()).isEqualTo("ouderenhuisvesting.eindeOntmoetingsfunctie");
        assertThat(einde.melding()).isEqualTo("De ruimte stopt op 31-12-2030 als ontmoetingsruimte, eerder dan 5 jaar na "
                + "oplevering (1-1-2031); de SOO eist dat zij zo lang op ontmoeting gericht blijft.");
        geen(signalen(soo(24, "700", "60", gebruik("2031-01-01", true, false, true)), PEILDATUM), "SOO-05");
    }

    @Test
    void soo05ExploitatieWinstEnOpenheid() {
        assertThat(een(signalen(soo(24, "700", "60", gebruik(null, false, false, true)), PEILDATUM), "SOO-05").melding())
                .isEqualTo("SOO-voorwaarde niet voldaan: er is geen exploitatieplan voor 5 jaar. De ruimte moet tot 5 "
                        + "jaar na oplevering op ontmoeting gericht en open voor buurtbewoners blijven, zonder winst, met "
                        + "een exploitatieplan.");
        assertThat(een(signalen(soo(24, "700", "60", gebruik(null, true, true, true)), PEILDATUM), "SOO-05").veld())
                .isEqualTo("ouderenhuisvesting.winstOpExploitatie");
        assertThat(een(signalen(soo(24, "700", "60", gebruik(null, true, false, false)), PEILDATUM), "SOO-05").veld())
                .isEqualTo("ouderenhuisvesting.openVoorBuurt");
        List<Signaal> onbekend = met(signalen(soo(24, "700", "60", gebruik(null, null, null, null)), PEILDATUM), "SOO-05");
        assertThat(onbekend).extracting(Signaal::ernst).containsOnly(Ernst.INFO);
        assertThat(onbekend).extracting(Signaal::melding).containsExactly(
                "Niet te beoordelen: het gegeven 'exploitatieplan voor 5 jaar (ja/nee)' ontbreekt.",
                "Niet te beoordelen: het gegeven 'winst op de exploitatie (ja/nee)' ontbreekt.",
                "Niet te beoordelen: het gegeven 'open voor buurtbewoners (ja/nee)' ontbreekt.");
    }

    @Test
    void soo06GeenRondeOpgegevenEnGeenOpen() {
        Signaal soo06 = een(signalen(soo(24, "700", "60", oh("0.80", "50", false, null)), PEILDATUM), "SOO-06");
        assertThat(soo06.ernst()).isEqualTo(Ernst.INFO);
        assertThat(soo06.veld()).isEqualTo("ouderenhuisvesting.subsidieronde");
        assertThat(soo06.melding()).isEqualTo("Niet te beoordelen: de subsidieronde ontbreekt, en op 1-7-2026 is geen "
                + "SOO-ronde open (bekend zijn SOO-ronde 2022 (10-1-2022 t/m 30-11-2022), SOO-ronde 2023 (16-1-2023 t/m "
                + "31-10-2023), SOO-ronde 2024 (14-10-2024 t/m 19-9-2025); de regeling loopt tot en met 31-12-2026). Geef de "
                + "ronde op waarvoor u aanvraagt.");
        assertThat(signalen(soo(24, "700", "60", oh("0.80", "50", false, null)), PEILDATUM))
                .filteredOn(x -> x.code().startsWith("SOO-")).hasSize(1);
    }

    @Test
    void soo06DeRondeDieOpDePeildatumOpenIs() {
        // the round 2024-2025 closes on 19-9-2025
        assertThat(een(signalen(soo(24, "700", "60", oh("0.80", "50", false, null)), "2025-09-19"), "SOO-07").melding())
                .contains("SOO-ronde 2024 (14-10-2024 t/m 19-9-2025)");
        een(signalen(soo(24, "700", "60", oh("0.80", "50", false, null)), "2025-09-20"), "SOO-06");
        assertThat(een(signalen(soo(24, "700", "60", oh("0.80", "50", false, "2030")), PEILDATUM), "SOO-06").melding())
                .startsWith("Niet te beoordelen: de subsidieronde '2030' is onbekend; bekend zijn SOO-ronde 2022");
    }

    @Test
    void soo07SubsidieBegrensdOpHetPlafond() {
        // spec §4.3 room: 80 + 2.16 = 82.16 m² x 2500 = 205400, capped at 150000 for 24 dwellings
        List<Eenheid> w = woningen(24, "60", false, "700");
        Complex c = complex(w, null, GOED, spec43(ids(w)));
        assertThat(een(signalen(c, PEILDATUM), "SOO-07").melding()).startsWith("Geschatte SOO-subsidie (SOO-ronde 2024 "
                + "(14-10-2024 t/m 19-9-2025)): 82,16 m² × € 2.500 = € 205.400, begrensd op € 150.000 voor 21 tot en met "
                + "50 woonruimten: € 150.000.");
        Subsidieschatting s = SIGNALERING.subsidie(c, LocalDate.parse(PEILDATUM)).orElseThrow();
        assertThat(s.ronde()).isEqualTo(2024);
        assertThat(s.woonruimten()).isEqualTo(24);
        assertThat(s.oppervlakteM2()).isEqualByComparingTo("82.16");
        assertThat(s.berekend()).isEqualByComparingTo("205400");
        assertThat(s.plafond()).isEqualByComparingTo("150000");
        assertThat(s.subsidie()).isEqualByComparingTo("150000");
        assertThat(s.maximumM2()).isEqualByComparingTo("60");
        assertThat(s.begrensd()).isTrue();
        // 51 dwellings: the band up to 150 (unconfirmed) with 175000
        Subsidieschatting groot = SIGNALERING.subsidie(soo(51, "700", "80", GOED), LocalDate.parse(PEILDATUM))
                .orElseThrow();
        assertThat(groot.band()).isEqualTo("51 tot en met 150 woonruimten");
        assertThat(groot.subsidie()).isEqualByComparingTo("175000");
        assertThat(groot.onbevestigd()).isFalse();
        assertThat(SIGNALERING.subsidie(soo(24, "700", "60", oh("0.80", "50", false, null)), LocalDate.parse(PEILDATUM)))
                .isEmpty();
    }

    @Test
    void complexsignalenEerstDanPerWoning() {
        List<Signaal> s = signalen(soo(4, "950", "30", GOED), PEILDATUM);
        assertThat(s.get(0).eenheid()).isNull();
        assertThat(s.get(s.size() - 1).eenheid()).isEqualTo("W004");
        assertThat(s).filteredOn(x -> x.eenheid() != null).allMatch(x -> "C1".equals(x.complex()));
    }
}
