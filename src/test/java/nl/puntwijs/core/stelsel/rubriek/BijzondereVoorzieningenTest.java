package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static nl.puntwijs.core.model.Voorziening.*;
import static org.assertj.core.api.Assertions.assertThat;

import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;

/**
 * Rubriek 12: zorgwoning 35% of rubrieken 1-11.1, quarter-rounded (D5); aanbelfunctie 0.25; private charger 2
 * (BB26 §2.12; spec §2.12, §3).
 */
class BijzondereVoorzieningenTest {

    private static RubriekResultaat bij(Resultaat r) {
        return r.rubriek(Stelselgroep.BIJ).orElseThrow();
    }

    @Test
    void geenVoorzieningenGeeftNul() {
        assertThat(Testwoning.nieuw().ruimte(Ruimte.van(VERTREK, WOONKAMER, "30.00")).waardeer("2026-07-01")
                .punten(Stelselgroep.BIJ)).isEqualByComparingTo("0");
    }

    @Test
    void aanbelfunctieEenmaalEenKwartpunt() {
        // 0.25, once per dwelling even with two door phones; also when it hangs in a shared entrance
        assertThat(Testwoning.nieuw().ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "4.00").met(AANBELFUNCTIE))
                .waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("0.25");
        assertThat(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "4.00").met(AANBELFUNCTIE))
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "20.00").met(AANBELFUNCTIE))
                .waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("0.25");
        assertThat(Testwoning.nieuw().ruimte(Ruimte.van(VERKEERSRUIMTE, ENTREE, "12.00").met(AANBELFUNCTIE)
                .gedeeldMet(20)).waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("0.25");
    }

    @Test
    void priveLaadpaalTweePunten() {
        // private carport with one charger: 2; with two: 4
        assertThat(Testwoning.nieuw().ruimte(Ruimte.van(BUITENRUIMTE, CARPORT, "15.00").laadpalen(1))
                .waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("2");
        assertThat(Testwoning.nieuw().ruimte(Ruimte.van(BUITENRUIMTE, CARPORT, "15.00").laadpalen(2))
                .waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("4");
    }

    @Test
    void voorbeeldUitDeSpecificatie() {
        // spec §2.12: video door phone 0.25 + own charger on the private driveway 2 = 2.25
        RubriekResultaat r = bij(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "4.00").met(AANBELFUNCTIE))
                .ruimte(Ruimte.van(BUITENRUIMTE, PARKEERPLAATS, "15.00").laadpalen(1))
                .waardeer("2026-07-01"));
        assertThat(r.punten()).isEqualByComparingTo("2.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void laadpaalInGedeeldeParkeerruimteTeltHierNiet() {
        // the charger at a shared place belongs to rubriek 10
        assertThat(Testwoning.nieuw().ruimte(Ruimte.van(BUITENRUIMTE, PARKEERPLEK_INPANDIG, "12.50").laadpalen(1)
                .gedeeldMet(10)).waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("0");
    }

    @Test
    void zorgtoeslagOpKwartpuntenAfgerond() {
        // spec §3.4. Zorgwoning, 100 m2: R1 100, R8 -5, R9 3; minimum WOZ: 5.0611 + 85806 / 100 / 268 = 3.2017
        // -> 8.2628 -> 8.25. Base 100 - 5 + 3 + 8.25 = 106.25; Z = 37.1875 -> q 37.25; total 143.50 -> 144 (midden)
        Testwoning w = Testwoning.nieuw().zorgwoning().ruimte(Ruimte.van(VERTREK, WOONKAMER, "100.00"));
        Resultaat r = w.waardeer("2026-07-01");
        assertThat(bij(r).punten()).isEqualByComparingTo("37.25");
        assertThat(Regels.som(bij(r).regels())).isEqualByComparingTo(bij(r).punten());
        assertThat(r.punten()).isEqualTo(144);
        assertThat(r.sector()).isEqualTo(Sector.MIDDEN);
        // D5 option onafgerond: 106.25 + 37.1875 = 143.4375 -> 143 (sociaal)
        Resultaat onafgerond = w.waardeer("2026-07-01",
                Interpretatie.standaard().met("zorgtoeslag-afronding=onafgerond"));
        assertThat(bij(onafgerond).punten()).isEqualByComparingTo("37.1875");
        assertThat(onafgerond.punten()).isEqualTo(143);
        assertThat(onafgerond.sector()).isEqualTo(Sector.SOCIAAL);
    }

    @Test
    void zorgtoeslagRekenvoorbeeldZ1() {
        // spec §3.6 (TC07), peildatum 2026-03-01
        // R1: 20.00 + 10.50 + 6.00 = 36.50 -> 37; R2: 2.10 -> 2 m2 -> 1.50
        // R3: living + open kitchen 4 + bedroom 2 + bathroom 2 + hal 1 = 9; R4: B meergezins 30
        // R5: counter 1.80 -> 4 + ceramic 1 + hood 0.75 + fridge 1 + oven 1 = 7.75
        // R6: wall-hung toilet in bathroom 2.75 + shower 4 + basin 1 + thermostatic 0.50 = 8.25
        // R8: balcony 5.60 -> 6 m2: 2 + 2.10 = 4.10 -> 4.00; R9: 3
        // R11: 182000 (2025), m2 36.50 + 2.10 = 38.60 -> 39: 10.7349 + 17.4129 = 28.1479 -> 28.25
        // base 128.75; Z = 45.0625 -> 45.00; total 173.75 -> 174 -> 1145.69 (midden)
        Resultaat r = Testwoning.nieuw().zorgwoning()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "20.00").verwarmd().aanrecht("1800")
                        .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST, OVEN_ELEKTRISCH))
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "10.50").verwarmd())
                .ruimte(Ruimte.van(VERTREK, BADKAMER, "6.00").verwarmd()
                        .met(HANGEND_TOILET, DOUCHE, WASTAFEL, THERMOSTATISCHE_MENGKRAAN))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "2.10"))
                .ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "3.00").verwarmd())
                .ruimte(Ruimte.van(BUITENRUIMTE, BALKON, "5.60"))
                .label(Energielabel.B, "2022-01-01")
                .woz("182000", "2025-01-01")
                .waardeer("2026-03-01");
        assertThat(r.punten(Stelselgroep.OVZ)).isEqualByComparingTo("37");
        assertThat(r.punten(Stelselgroep.OOZ)).isEqualByComparingTo("1.50");
        assertThat(r.punten(Stelselgroep.VKV)).isEqualByComparingTo("9");
        assertThat(r.punten(Stelselgroep.ENE)).isEqualByComparingTo("30");
        assertThat(r.punten(Stelselgroep.KEU)).isEqualByComparingTo("7.75");
        assertThat(r.punten(Stelselgroep.SAN)).isEqualByComparingTo("8.25");
        assertThat(r.punten(Stelselgroep.BUI)).isEqualByComparingTo("4.00");
        assertThat(r.punten(Stelselgroep.GVR)).isEqualByComparingTo("3");
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("28.25");
        assertThat(r.punten(Stelselgroep.BIJ)).isEqualByComparingTo("45.00");
        assertThat(r.punten()).isEqualTo(174);
        assertThat(r.maximaleHuur()).isEqualByComparingTo("1145.69");
        assertThat(r.sector()).isEqualTo(Sector.MIDDEN);
    }

    @Test
    void verhogingTot40PuntenZitNietInDeGrondslag() {
        // spec §3.7 (the principle of TC08). Zorgwoning built 2017 (no label: A 37), 80 m2:
        // R1-10 = 80 + 37 - 5 + 3 = 115; W(11.1) = 5.0611 + 85806 / 80 / 268 = 4.0021 -> 9.0633 -> 9.00
        // Z = 0.35 x (115 + 9.00) = 43.40 -> 43.50; 110 test 115 + 43.50 >= 110 -> WOZ 40 (uplift 31, not in Z)
        // total 115 + 40 + 43.50 = 198.50 -> 199 (no cap: D8). Wrong: 0.35 x (115 + 40) = 54.25
        Resultaat r = Testwoning.nieuw().zorgwoning().bouwjaar(2017)
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "80.00"))
                .waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("40");
        assertThat(r.punten(Stelselgroep.BIJ)).isEqualByComparingTo("43.50");
        assertThat(r.punten()).isEqualTo(199);
    }

    @Test
    void zorgtoeslagPlusAanbelfunctieSamenAfgerond() {
        // zorgwoning 100 m2 as above with aanbelfunctie: q(37.1875 + 0.25) = q(37.4375) = 37.50
        assertThat(Testwoning.nieuw().zorgwoning()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "100.00").met(AANBELFUNCTIE))
                .waardeer("2026-07-01").punten(Stelselgroep.BIJ)).isEqualByComparingTo("37.50");
    }
}
