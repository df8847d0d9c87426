package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static org.assertj.core.api.Assertions.assertThat;

import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;

/**
 * Rubriek 2: 0.75 point per m² of the overige ruimten (sum r0), minus at most 5 for each attic without a fixed
 * stair, never more than the attic contributes (BB26 §2.2.2; spec §2.2).
 */
class OppervlakteVanOverigeRuimtenTest {

    private static RubriekResultaat ooz(Testwoning woning) {
        return woning.waardeer("2026-07-01").rubriek(Stelselgroep.OOZ).orElseThrow();
    }

    @Test
    void voorbeeldUitDeSpecificatieMetZolderAftrek() {
        // berging 1.85 x 1.60 = 2.96; attic via loft ladder 3.40 x 2.30 = 7.82; toilet room 1.05 m2 ignored
        // 2.96 + 7.82 = 10.78 -> 11 m2 x 0.75 = 8.25
        // attic contributes (11 - r0(2.96) = 3) = 8 m2 x 0.75 = 6 > 5 -> -5; 8.25 - 5 = 3.25
        RubriekResultaat r = ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "2.96"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "7.82").vlizotrap())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "1.05")));
        assertThat(r.punten()).isEqualByComparingTo("3.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void zolderAftrekIsNooitMeerDanWatDeZolderBijdraagt() {
        // berging 6.00 + attic 4.40 = 10.40 -> 10 m2 x 0.75 = 7.50
        // attic contributes (10 - r0(6.00) = 6) = 4 m2 x 0.75 = 3.00 < 5 -> -3.00; 7.50 - 3.00 = 4.50
        RubriekResultaat r = ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "6.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "4.40").vlizotrap()));
        assertThat(r.punten()).isEqualByComparingTo("4.50");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void alleenEenKleineZolderGeeftNulEnNietNegatief() {
        // attic 2.40 -> 2 m2 x 0.75 = 1.50; contribution (2 - 0) x 0.75 = 1.50 -> -1.50; total 0
        assertThat(ooz(Testwoning.nieuw().ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "2.40").vlizotrap())).punten())
                .isEqualByComparingTo("0");
    }

    @Test
    void tweeZoldersTrekkenSamenNooitMeerAfDanZeBijdragen() {
        // found by OppervlakteEigenschappenTest: each attic used to be measured against the full total, so two attics
        // counted the same rounding twice and a larger attic gave fewer points (4.10 -> 4.50 pt, 4.20 -> 3.75 pt).
        // Now the larger attic goes first onto the berging, the smaller onto both.
        // berging 6.00 + 4.10 + 3.30 = 13.40 -> 13 m2 x 0.75 = 9.75
        // 4.10 onto 6.00: r0(10.10) - r0(6.00) = 4 m2 -> -3.00; 3.30 onto 10.10: r0(13.40) - 10 = 3 m2 -> -2.25
        RubriekResultaat kleiner = ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "6.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "3.30").vlizotrap())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "4.10").vlizotrap()));
        assertThat(kleiner.punten()).isEqualByComparingTo("4.50");
        // berging 6.00 + 4.20 + 3.30 = 13.50 -> 14 m2 x 0.75 = 10.50
        // 4.20 onto 6.00: r0(10.20) - 6 = 4 m2 -> -3.00; 3.30 onto 10.20: r0(13.50) - 10 = 4 m2 -> -3.00
        RubriekResultaat groter = ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "6.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "3.30").vlizotrap())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "4.20").vlizotrap()));
        assertThat(groter.punten()).isEqualByComparingTo("4.50");
        assertThat(Regels.som(groter.regels())).isEqualByComparingTo(groter.punten());
        // the lines stay in input order, one per attic
        assertThat(groter.regels()).extracting(r -> r.sleutel()).containsExactly("overige_ruimten", "correctie_zolder_r1",
                "correctie_zolder_r2");
    }

    @Test
    void alleenZoldersGevenNooitNegatievePunten() {
        // 3.30 + 4.20 = 7.50 -> 8 m2 x 0.75 = 6.00; 4.20 -> 4 m2 -> -3.00; 3.30 onto 4.20: 8 - 4 = 4 m2 -> -3.00
        // (the old rule deducted 3.00 + 3.75 and gave -0.75)
        assertThat(ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "3.30").vlizotrap())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "4.20").vlizotrap())).punten()).isEqualByComparingTo("0");
    }

    @Test
    void deZolderbijdrageRekentMetDeKastenZoalsDeCategorie() {
        // found by OppervlakteEigenschappenTest: the contribution was measured without cupboards, the category with
        // them, so growing the attic from 3.77 to 3.86 m2 lowered the rubriek from 3.75 to 3.00.
        // berging 3.64 + kast 0.09 = 3.73; attic 3.77: 7.50 -> 8 m2 x 0.75 = 6.00; attic adds 8 - r0(3.73) = 4 m2 -> -3
        for (String zolder : new String[] {"3.77", "3.86"}) {
            assertThat(ooz(Testwoning.nieuw()
                    .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "3.64").kast("0.09"))
                    .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, zolder).vlizotrap())).punten())
                    .as("zolder %s m²", zolder).isEqualByComparingTo("3.00");
        }
    }

    @Test
    void zolderMetVasteTrapKrijgtGeenAftrek() {
        // attic with fixed stair, soort OVR, 7.82 -> 8 m2 x 0.75 = 6.00
        assertThat(ooz(Testwoning.nieuw().ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "7.82").vasteTrap())).punten())
                .isEqualByComparingTo("6.00");
    }

    @Test
    void toiletruimteTeltVanafTweeM2() {
        // 2.00 -> 2 m2 x 0.75 = 1.50; 1.99 -> not an overige ruimte
        assertThat(ooz(Testwoning.nieuw().ruimte(Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.00"))).punten())
                .isEqualByComparingTo("1.50");
        assertThat(ooz(Testwoning.nieuw().ruimte(Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "1.99"))).punten())
                .isEqualByComparingTo("0");
    }

    @Test
    void kleinVertrekEnBergingSamenOpHeleM2() {
        // bedroom 3.00 (VTK < 4: overige) + berging 2.50 = 5.50 -> 6 m2 x 0.75 = 4.50
        assertThat(ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "3.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "2.50"))).punten()).isEqualByComparingTo("4.50");
    }

    @Test
    void priveGarageIsEenOverigeRuimte() {
        // 15.00 m2 x 0.75 = 11.25
        assertThat(ooz(Testwoning.nieuw().ruimte(Ruimte.van(OVERIGE_RUIMTE, GARAGE, "15.00"))).punten())
                .isEqualByComparingTo("11.25");
    }

    @Test
    void verkeersruimtenEnGedeeldeRuimtenTellenNietMee() {
        // hal and overloop never get area points; the shared berging goes to rubriek 9
        assertThat(ooz(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "6.00"))
                .ruimte(Ruimte.van(VERKEERSRUIMTE, OVERLOOP, "4.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "30.00").gedeeldMet(6))).punten())
                .isEqualByComparingTo("0");
    }
}
