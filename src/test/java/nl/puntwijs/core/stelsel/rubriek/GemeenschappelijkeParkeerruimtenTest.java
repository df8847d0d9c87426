package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubriek 10: per place type I 9, type II 6, type III 4, exclusive charger +2, divided by the addresses; a place
 * is at least 12 m² (BB26 §2.10; spec §2.10).
 */
class GemeenschappelijkeParkeerruimtenTest {

    private static Resultaat waardeer(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        return w.waardeer("2026-07-01");
    }

    private static RubriekResultaat gpa(Ruimte.Bouwer... ruimten) {
        return waardeer(ruimten).rubriek(Stelselgroep.GPA).orElseThrow();
    }

    private static Ruimte.Bouwer plek(Detailsoort type, int aantal, int adressen) {
        return Ruimte.van(BUITENRUIMTE, type, "12.50").aantal(aantal).gedeeldMet(adressen);
    }

    @ParameterizedTest(name = "{0} / 2 adressen -> {1}")
    @CsvSource({
            "PARKEERPLEK_INPANDIG, 4.50",            // type I: 9 / 2
            "PARKEERPLEK_UITPANDIG_OVERDEKT, 3.00",  // type II: 6 / 2
            "CARPORT, 3.00",                         // type II: 6 / 2
            "PARKEERPLEK_BUITEN_ONOVERDEKT, 2.00"    // type III: 4 / 2
    })
    void puntenPerType(Detailsoort type, String verwacht) {
        assertThat(gpa(plek(type, 1, 2)).punten()).isEqualByComparingTo(verwacht);
    }

    @Test
    void voorbeeldUitDeSpecificatie() {
        // spec §2.10: 6 type I places, one with charger, 18 addresses: (6 x 9 + 2) / 18 = 56 / 18 = 3.11 -> q 3.00
        RubriekResultaat r = gpa(
                plek(PARKEERPLEK_INPANDIG, 5, 18),
                plek(PARKEERPLEK_INPANDIG, 1, 18).laadpalen(1));
        assertThat(r.punten()).isEqualByComparingTo("3.00");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void carportsMetLaadpaalEnBuitenplekken() {
        // vector voorbeeld_beleidsboek: 5 carports with charger and 2 outdoor places, 10 addresses:
        // 5 x 6 / 10 = 3.00 + 5 x 2 / 10 = 1.00 + 2 x 4 / 10 = 0.80 = 4.80 -> q 4.75
        RubriekResultaat r = gpa(
                plek(CARPORT, 5, 10).laadpalen(1),
                plek(PARKEERPLEK_BUITEN_ONOVERDEKT, 2, 10));
        assertThat(r.punten()).isEqualByComparingTo("4.75");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void tc09TwaalfBuitenplekkenTweeLaadpalen() {
        // TC09: 12 type III places, 2 with charger, 24 addresses: (12 x 4 + 2 x 2) / 24 = 52 / 24 = 2.1667 -> q 2.25
        assertThat(gpa(
                plek(PARKEERPLEK_BUITEN_ONOVERDEKT, 10, 24),
                plek(PARKEERPLEK_BUITEN_ONOVERDEKT, 2, 24).laadpalen(1)).punten()).isEqualByComparingTo("2.25");
    }

    @Test
    void plekVanMinderDanTwaalfM2TeltNiet() {
        // 11.99 m2: no parking place; 12.00 m2: type III 4 / 2 = 2.00
        assertThat(gpa(Ruimte.van(BUITENRUIMTE, PARKEERPLEK_BUITEN_ONOVERDEKT, "11.99").gedeeldMet(2)).punten())
                .isEqualByComparingTo("0");
        assertThat(gpa(Ruimte.van(BUITENRUIMTE, PARKEERPLEK_BUITEN_ONOVERDEKT, "12.00").gedeeldMet(2)).punten())
                .isEqualByComparingTo("2.00");
    }

    @Test
    void zonderAantalAdressenGeenPunten() {
        assertThat(gpa(Ruimte.van(BUITENRUIMTE, PARKEERPLEK_INPANDIG, "12.50")).punten()).isEqualByComparingTo("0");
    }

    @Test
    void afrondingPasOpDeSomVanDePlekken() {
        // type I 9 / 4 = 2.25 + type III 4 / 3 = 1.3333 -> 3.5833 -> x 4 = 14.33 -> 14 -> 3.50
        assertThat(gpa(plek(PARKEERPLEK_INPANDIG, 1, 4), plek(PARKEERPLEK_BUITEN_ONOVERDEKT, 1, 3)).punten())
                .isEqualByComparingTo("3.50");
    }

    @Test
    void laadpaalBijGedeeldeParkeerplekTeltNietInRubriek12() {
        // the charger at a shared place is valued here (2 / 10), not as a private charger (BB26 §2.10.5)
        Resultaat r = waardeer(plek(PARKEERPLEK_INPANDIG, 1, 10).laadpalen(1));
        // (9 + 2) / 10 = 1.10 -> q 1.00
        assertThat(r.punten(Stelselgroep.GPA)).isEqualByComparingTo("1.00");
        assertThat(r.punten(Stelselgroep.BIJ)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void geenParkeerplekkenGeeftNul() {
        assertThat(gpa(Ruimte.van(VERTREK, WOONKAMER, "20.00")).punten()).isEqualByComparingTo("0");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1} per plek")
    @org.junit.jupiter.params.provider.CsvSource({"PARKEERPLEK_TYPE_1, 9", "INPANDIGE_AFGESLOTEN_PARKEERGARAGE, 9",
            "UITPANDIGE_AFGESLOTEN_PARKEERGARAGE, 9", "PARKEERPLEK_TYPE_2, 6", "PARKEERPLEK_TYPE_3, 4",
            "PARKEERTERREIN_COMPLEX, 4"})
    void collectiefObjectcodesVoorParkeren(nl.puntwijs.core.model.Detailsoort soort, int perPlek) {
        // 4 places shared by 8 addresses: 4 x perPlek / 8
        Testwoning w = Testwoning.nieuw().ruimte(nl.puntwijs.core.model.Ruimte.van(
                nl.puntwijs.core.model.RuimteSoort.GEMEENSCHAPPELIJK, soort, "14").aantal(4).gedeeldMet(8));
        assertThat(w.waardeer("2026-07-01").punten(nl.puntwijs.core.stelsel.Stelselgroep.GPA))
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(perPlek * 4L).divide(java.math.BigDecimal.valueOf(8)));
    }
}
