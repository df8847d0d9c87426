package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubriek 11: I = value / F1, II = value / m² / F2 (factors of the waardepeildatum), W = q(I + II); minimum WOZ
 * value, 85% of a taxatiewaarde; 40 for 2015-2019 new builds with >= 110 points; the 33% cap from 187 points
 * (floor) with the 186 floor; COROP small new builds (F2c, no cap) (Bhw rubriek 11; BB26 §2.11; spec §2.11, §5.4,
 * D6-D9).
 * <p>
 * Most dwellings here have one unheated living room of A m² and nothing else, no label and no bouwjaar (or a
 * bouwjaar whose energy points are stated): R1 = A, R8 = -5 (no outdoor space), m² = A.
 */
class PuntenVoorDeWozWaardeTest {

    private static Testwoning kamer(String m2) {
        return Testwoning.nieuw().ruimte(Ruimte.van(VERTREK, WOONKAMER, m2));
    }

    private static RubriekResultaat woz(Resultaat r) {
        return r.rubriek(Stelselgroep.WOZ).orElseThrow();
    }

    @Test
    void tc01OnderdeelIEnII() {
        // spec §2.11 / TC01: vertrekken 44.26 + berging 2.40 = 46.66 -> 47 m2 (toilet 1.08 m2 and shared room not)
        // I = 265000 / 16954 = 15.6305; II = 265000 / 47 / 268 = 21.0384; 36.6690 -> q 36.75
        Resultaat r = Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "44.26"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "2.40"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "1.08"))
                .ruimte(Ruimte.van(VERTREK, RECREATIERUIMTE, "50.00").gedeeldMet(10))
                .woz("265000", "2025-01-01")
                .waardeer("2026-03-01");
        assertThat(woz(r).punten()).isEqualByComparingTo("36.75");
        assertThat(Regels.som(woz(r).regels())).isEqualByComparingTo(woz(r).punten());
    }

    @Test
    void factorenVolgenDeWaardepeildatum() {
        // TC02: 248000 with waardepeildatum 2024: I = 248000 / 15329 = 16.1785; II = 248000 / 47 / 242 = 21.8041
        // 37.9826 -> q 38.00; the same factors whether the peildatum is in 2025 or 2026
        Testwoning w = kamer("47.00").woz("248000", "2024-01-01");
        assertThat(w.waardeer("2025-07-01").punten(Stelselgroep.WOZ)).isEqualByComparingTo("38.00");
        assertThat(w.waardeer("2026-07-01").punten(Stelselgroep.WOZ)).isEqualByComparingTo("38.00");
    }

    @Test
    void nieuwsteToegestaneWaardepeildatumTelt() {
        // 2024: 248000 and 2025: 265000 at a 2026 peildatum: the 2025 value -> 36.75 (as TC01), in either order
        assertThat(kamer("47.00").woz("248000", "2024-01-01").woz("265000", "2025-01-01").waardeer("2026-03-01")
                .punten(Stelselgroep.WOZ)).isEqualByComparingTo("36.75");
        assertThat(kamer("47.00").woz("265000", "2025-01-01").woz("248000", "2024-01-01").waardeer("2026-03-01")
                .punten(Stelselgroep.WOZ)).isEqualByComparingTo("36.75");
    }

    @Test
    void minimumWozWaardeAlsErGeenIs() {
        // TC04: 2026 minimum 85806 (factors of 2025), 24 m2: I = 5.0611; II = 85806 / 24 / 268 = 13.3405
        // 18.4016 -> q 18.50
        assertThat(kamer("24.00").waardeer("2026-02-01").punten(Stelselgroep.WOZ)).isEqualByComparingTo("18.50");
        // a value with waardepeildatum 2023 does not count in 2026: the minimum again
        assertThat(kamer("24.00").woz("400000", "2023-01-01").waardeer("2026-02-01").punten(Stelselgroep.WOZ))
                .isEqualByComparingTo("18.50");
    }

    @Test
    void minimumWozWaardePerJaar() {
        // 25 m2. 2026: 85806 / 16954 = 5.0611 + 85806 / 25 / 268 = 12.8069 -> 17.8680 -> x 4 = 71.47 -> 17.75
        // 2025: 77582 / 15329 = 5.0611 + 77582 / 25 / 242 = 12.8235 -> 17.8846 -> x 4 = 71.54 -> 18.00
        assertThat(kamer("25.00").waardeer("2026-07-01").punten(Stelselgroep.WOZ)).isEqualByComparingTo("17.75");
        assertThat(kamer("25.00").waardeer("2025-07-01").punten(Stelselgroep.WOZ)).isEqualByComparingTo("18.00");
    }

    @Test
    void vijfentachtigProcentVanDeTaxatiewaarde() {
        // TC10: taxatie 330000 x 0.85 = 280500, factors of 2025, 50 m2:
        // I = 280500 / 16954 = 16.5448; II = 280500 / 50 / 268 = 20.9328; 37.4776 -> q 37.50
        assertThat(kamer("50.00").taxatiewaarde("330000").waardeer("2026-02-01").punten(Stelselgroep.WOZ))
                .isEqualByComparingTo("37.50");
        // with a WOZ value the taxatiewaarde is not used: 265000 at 47 m2 -> 36.75
        assertThat(kamer("47.00").taxatiewaarde("330000").woz("265000", "2025-01-01").waardeer("2026-02-01")
                .punten(Stelselgroep.WOZ)).isEqualByComparingTo("36.75");
    }

    @Test
    void taxatiewaardeMetDeFactorenVanHetJaar() {
        // 2025 peildatum: 280500 with the factors of 1-1-2024: I = 280500 / 15329 = 18.2986;
        // II = 280500 / 50 / 242 = 23.1818; 41.4805 -> q 41.50
        assertThat(kamer("50.00").taxatiewaarde("330000").waardeer("2025-07-01").punten(Stelselgroep.WOZ))
                .isEqualByComparingTo("41.50");
    }

    @Test
    void beschikkingNaDePeildatumTeltNogNiet() {
        // spec §6 A7: the 2025 value's beschikking is issued on 2026-02-28; on 2026-02-01 the 2024 value counts:
        // 248000 with 2024 factors at 47 m2 -> 38.00 (as TC02); from 2026-02-28 the 2025 value: 265000 -> 36.75
        Eenheid b = kamer("47.00").bouw();
        Eenheid e = new Eenheid(b.id(), b.adres(), b.bouwjaar(), b.beginBouwdatum(), b.eersteIngebruikname(),
                b.datumHuurovereenkomst(), b.pandSoort(), b.monumenten(), b.doelgroep(), b.gebruiksoppervlakte(),
                b.energieprestaties(), b.energieprestatievergoedingen(), List.of(
                new WozWaarde(LocalDate.parse("2024-01-01"), new BigDecimal("248000"), LocalDate.parse("2025-02-28")),
                new WozWaarde(LocalDate.parse("2025-01-01"), new BigDecimal("265000"), LocalDate.parse("2026-02-28"))),
                b.taxatiewaarde(), b.ruimten(), b.gehandicaptenvoorzieningen(), b.zorgvoorwaarden(), b.huur());
        assertThat(Testwoning.STELSEL.waardeer(e, LocalDate.parse("2026-02-01"), Interpretatie.standaard())
                .punten(Stelselgroep.WOZ)).isEqualByComparingTo("38.00");
        assertThat(Testwoning.STELSEL.waardeer(e, LocalDate.parse("2026-02-28"), Interpretatie.standaard())
                .punten(Stelselgroep.WOZ)).isEqualByComparingTo("36.75");
    }

    @Test
    void parkeerplekInAfgeslotenGarageTeltMeeInDeM2() {
        // 37.00 + type I place 20 m2 x 2 / 4 addresses = 10 -> 47 m2 -> as TC01: 36.75
        assertThat(kamer("37.00")
                .ruimte(Ruimte.van(BUITENRUIMTE, PARKEERPLEK_INPANDIG, "20.00").aantal(2).gedeeldMet(4))
                .woz("265000", "2025-01-01").waardeer("2026-03-01").punten(Stelselgroep.WOZ))
                .isEqualByComparingTo("36.75");
    }

    @ParameterizedTest(name = "bouwjaar {0}, {1} m2 -> {2}")
    @CsvSource({
            // bouwjaar >= 2002 counts as label A: 37. Rubrieken 1-10 = A + 37 - 5; minimum WOZ value:
            // 78 m2: I 5.0611 + II 85806 / 78 / 268 = 4.1048 -> 9.1659 -> 9.25; 77 m2: + 4.1581 -> 9.2192 -> 9.25
            "2017, 78, 40",    // 78 + 32 = 110 >= 110: at least 40
            "2017, 77, 9.25",  // 109 < 110
            "2015, 78, 40",
            "2019, 78, 40",
            "2014, 78, 9.25",  // not built 2015-2019
            "2020, 78, 9.25"
    })
    void nieuwbouw2015Tot2019MinimaalVeertig(int bouwjaar, String m2, String verwacht) {
        RubriekResultaat r = woz(kamer(m2).bouwjaar(bouwjaar).waardeer("2026-07-01"));
        assertThat(r.punten()).isEqualByComparingTo(verwacht);
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void toets110TeltRubriek12Mee() {
        // D9: rubrieken 1-10 and 12. Bouwjaar 2017 (A: 37), living room 62 m2, private carport 20 m2 (R8 = 2 + 7 = 9):
        // R1-10 = 62 + 37 + 9 = 108; with aanbelfunctie 0.25 + own charger 2: R12 = 2.25 -> 110.25 >= 110 -> 40
        // W = 5.0611 + 85806 / 62 / 268 = 5.1641 -> 10.2252 -> 10.25
        Resultaat met = Testwoning.nieuw().bouwjaar(2017)
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "62.00").met(Voorziening.AANBELFUNCTIE))
                .ruimte(Ruimte.van(BUITENRUIMTE, CARPORT, "20.00").laadpalen(1))
                .waardeer("2026-07-01");
        assertThat(met.punten(Stelselgroep.BIJ)).isEqualByComparingTo("2.25");
        assertThat(met.punten(Stelselgroep.WOZ)).isEqualByComparingTo("40");
        // without them: 108 < 110 -> 10.25
        Resultaat zonder = Testwoning.nieuw().bouwjaar(2017)
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "62.00"))
                .ruimte(Ruimte.van(BUITENRUIMTE, CARPORT, "20.00"))
                .waardeer("2026-07-01");
        assertThat(zonder.punten(Stelselgroep.WOZ)).isEqualByComparingTo("10.25");
    }

    @Test
    void maximering33ProcentVanaf187Punten() {
        // 139 m2 -> other rubrieken 139 - 5 = 134; WOZ 1600000 (2025): I = 94.3730, II = 1600000 / 139 / 268
        // = 42.9507 -> 137.3237 -> 137.25; total 271.25 >= 187 -> cap floor(134 x 33 / 67) = floor(66.0) = 66
        // total 134 + 66 = 200 (BB26 §2.11 example: other 134 -> 66, total 200)
        Resultaat r = kamer("139.00").woz("1600000", "2025-01-01").waardeer("2026-07-01");
        assertThat(woz(r).punten()).isEqualByComparingTo("66");
        assertThat(Regels.som(woz(r).regels())).isEqualByComparingTo(woz(r).punten());
        assertThat(r.punten()).isEqualTo(200);
    }

    @Test
    void maximeringWordtNaarBenedenAfgerond() {
        // 145 m2 -> other 140; WOZ 1600000: 94.3730 + 1600000 / 145 / 268 = 41.1734 -> 135.5465 -> 135.50
        // cap: 140 x 33 / 67 = 68.955 -> floor 68 (not 69, not 68.75); total 208
        Resultaat r = kamer("145.00").woz("1600000", "2025-01-01").waardeer("2026-07-01");
        assertThat(woz(r).punten()).isEqualByComparingTo("68");
        assertThat(r.punten()).isEqualTo(208);
    }

    @Test
    void maximeringOnder187WordtPrecies186() {
        // 114 m2 -> other 109; WOZ 1300000: I = 76.6781, II = 1300000 / 114 / 268 = 42.5504 -> 119.2285 -> 119.25
        // T0 = 228 >= 187; cap floor(109 x 33 / 67 = 53.687) = 53 -> 162 < 187 -> total 186, WOZ group 186 - 109 = 77
        Resultaat r = kamer("114.00").woz("1300000", "2025-01-01").waardeer("2026-07-01");
        assertThat(woz(r).punten()).isEqualByComparingTo("77");
        assertThat(Regels.som(woz(r).regels())).isEqualByComparingTo(woz(r).punten());
        assertThat(r.punten()).isEqualTo(186);
    }

    @Test
    void maximeringOnder187MetHalvePuntenWordtPrecies186() {
        // spec §6 A9 (.50 edges): living room 113 + berging 2.00 (R2 1.50): other 113 + 1.50 - 5 = 109.50; m2 115
        // WOZ 1300000: 76.6781 + 1300000 / 115 / 268 = 42.1804 -> 118.8585 -> 118.75; T0 = r0(228.25) = 228
        // cap floor(109.50 x 33 / 67 = 53.93) = 53 -> 162.50 < 187 -> total exactly 186: WOZ 186 - 109.50 = 76.50
        Resultaat r = kamer("113.00").ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "2.00"))
                .woz("1300000", "2025-01-01").waardeer("2026-07-01");
        assertThat(woz(r).punten()).isEqualByComparingTo("76.50");
        assertThat(r.som()).isEqualByComparingTo("186");
        assertThat(r.punten()).isEqualTo(186);
    }

    @Test
    void drempel187OpHetAfgerondeTotaal() {
        // 114 m2, other 109; factor k = 1/16954 + 1/(114 x 268)
        // WOZ 842000: 49.6638 + 27.5596 = 77.2234 -> 77.25; 109 + 77.25 = 186.25 -> 186 < 187: no cap
        Resultaat onder = kamer("114.00").woz("842000", "2025-01-01").waardeer("2026-07-01");
        assertThat(woz(onder).punten()).isEqualByComparingTo("77.25");
        assertThat(onder.punten()).isEqualTo(186);
        // WOZ 845000: 49.8407 + 27.6578 = 77.4985 -> 77.50; 186.50 -> 187: cap 53 -> 162 -> total 186, WOZ 77
        Resultaat boven = kamer("114.00").woz("845000", "2025-01-01").waardeer("2026-07-01");
        assertThat(woz(boven).punten()).isEqualByComparingTo("77");
        assertThat(boven.punten()).isEqualTo(186);
    }

    @Test
    void nieuwbouw2015Tot2019WordtNietGemaximeerd() {
        // D8: bouwjaar 2017 (A 37), 150 m2: other 150 + 37 - 5 = 182 >= 110
        // WOZ 1600000: 94.3730 + 1600000 / 150 / 268 = 39.8010 -> 134.1740 -> 134.25; not capped by default
        Testwoning w = kamer("150.00").bouwjaar(2017).woz("1600000", "2025-01-01");
        Resultaat r = w.waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("134.25");
        assertThat(r.punten()).isEqualTo(316); // 182 + 134.25 = 316.25
        // option cap-dan-minimum: floor(182 x 33 / 67 = 89.64) = 89 >= 40; total 271
        Resultaat gecapt = w.waardeer("2026-07-01", Interpretatie.standaard().met("nieuwbouw-2015-2019=cap-dan-minimum"));
        assertThat(gecapt.punten(Stelselgroep.WOZ)).isEqualByComparingTo("89");
        assertThat(gecapt.punten()).isEqualTo(271);
    }

    @ParameterizedTest(name = "{0} ({1}), bouwjaar {2}, {3} m2 gebruiksoppervlakte -> {4}")
    @CsvSource({
            // 30 m2 room, WOZ 450000 (2025). COROP-small: I = 26.5424, II = 450000 / 30 / 114 = 131.5789
            // -> 158.1214 -> 158.00, no cap (a cap would give floor(62 x 33 / 67) = 30)
            // otherwise: II = 450000 / 30 / 268 = 55.9701 -> 82.5126 -> 82.50 (total 144.50: no cap either way)
            "Amsterdam, 3594, 2020, 35, 158",
            "Amsterdam, 3594, 2018, 35, 158",
            "Amsterdam, 3594, 2022, 39, 158",
            "Utrecht, , 2020, 35, 158",
            ", 3594, 2020, 35, 158",
            "Rotterdam, 0599, 2020, 35, 82.50",
            "Amsterdam, 3594, 2020, 40, 82.50",
            "Amsterdam, 3594, 2017, 35, 82.50",
            "Amsterdam, 3594, 2023, 35, 82.50"
    })
    void kleineNieuwbouwInCoropGebied(String woonplaats, String code, int bouwjaar, int gebruiksoppervlakte,
                                      String verwacht) {
        Resultaat r = kamer("30.00").adres(woonplaats, code).bouwjaar(bouwjaar).gebruiksoppervlakte(gebruiksoppervlakte)
                .woz("450000", "2025-01-01").waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo(verwacht);
    }

    @Test
    void coropKleineNieuwbouwOngemaximeerdBovenDe187() {
        // other 30 + 37 - 5 = 62; 62 + 158 = 220 >= 187 but 11.1a is never capped
        Resultaat r = kamer("30.00").adres("Amsterdam", "3594").bouwjaar(2020).gebruiksoppervlakte(35)
                .woz("450000", "2025-01-01").waardeer("2026-07-01");
        assertThat(r.punten()).isEqualTo(220);
    }

    @Test
    void zorgtoeslagVoorDeMaximering() {
        // spec §3.5 / D6. Zorgwoning, 82 m2: R1 82, R8 -5, R9 3 -> R1-10 = 80
        // WOZ 670000: 39.5187 + 670000 / 82 / 268 = 30.4878 -> 70.0065 -> 70.00
        // reading II (default): Z = 0.35 x (80 + 70) = 52.50; T0 = r0(80 + 52.50 + 70) = 203 >= 187
        //   cap floor(132.50 x 33 / 67 = 65.26) = 65 -> total 80 + 65 + 52.50 = 197.50 -> 198
        Testwoning w = kamer("82.00").zorgwoning().woz("670000", "2025-01-01");
        Resultaat ii = w.waardeer("2026-07-01");
        assertThat(ii.punten(Stelselgroep.WOZ)).isEqualByComparingTo("65");
        assertThat(ii.punten(Stelselgroep.BIJ)).isEqualByComparingTo("52.50");
        assertThat(ii.punten()).isEqualTo(198);
        // reading I (option cap-voor-toeslag): 80 + 70 = 150 < 187, no cap; Z = 52.50; 202.50 -> 203
        Resultaat i = w.waardeer("2026-07-01", Interpretatie.standaard().met("zorgtoeslag-woz-cap=cap-voor-toeslag"));
        assertThat(i.punten(Stelselgroep.WOZ)).isEqualByComparingTo("70");
        assertThat(i.punten(Stelselgroep.BIJ)).isEqualByComparingTo("52.50");
        assertThat(i.punten()).isEqualTo(203);
    }
}
