package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;

/**
 * Rubriek 3: heated vertrek 2; heated overige ruimte or verkeersruimte 1, at most 4 together; heated and cooled
 * vertrek +1, at most 2; an open kitchen counts as a heated vertrek of its own (BB26 §2.3; spec §2.3).
 */
class VerkoelingEnVerwarmingTest {

    private static RubriekResultaat vkv(Testwoning woning) {
        return woning.waardeer("2026-07-01").rubriek(Stelselgroep.VKV).orElseThrow();
    }

    private static BigDecimal punten(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        return vkv(w).punten();
    }

    @Test
    void verwarmdVertrekTweePunten() {
        // 3 heated vertrekken x 2 = 6; the unheated one 0
        assertThat(punten(
                Ruimte.van(VERTREK, WOONKAMER, "25.00").verwarmd(),
                Ruimte.van(VERTREK, SLAAPKAMER, "12.00").verwarmd(),
                Ruimte.van(VERTREK, BADKAMER, "5.00").verwarmd(),
                Ruimte.van(VERTREK, SLAAPKAMER, "9.00"))).isEqualByComparingTo("6");
    }

    @Test
    void verwarmdeOverigeEnVerkeersruimtenEenPuntTotMaximaalVier() {
        // 3 heated: 3 x 1 = 3
        assertThat(punten(
                Ruimte.van(VERKEERSRUIMTE, HAL, "5.00").verwarmd(),
                Ruimte.van(VERKEERSRUIMTE, OVERLOOP, "4.00").verwarmd(),
                Ruimte.van(OVERIGE_RUIMTE, BIJKEUKEN, "4.00").verwarmd())).isEqualByComparingTo("3");
        // 4 heated: 4
        assertThat(punten(
                Ruimte.van(VERKEERSRUIMTE, HAL, "5.00").verwarmd(),
                Ruimte.van(VERKEERSRUIMTE, OVERLOOP, "4.00").verwarmd(),
                Ruimte.van(OVERIGE_RUIMTE, BIJKEUKEN, "4.00").verwarmd(),
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.10").verwarmd())).isEqualByComparingTo("4");
        // 5 heated: 5 x 1 = 5 -> capped at 4
        assertThat(punten(
                Ruimte.van(VERKEERSRUIMTE, HAL, "5.00").verwarmd(),
                Ruimte.van(VERKEERSRUIMTE, OVERLOOP, "4.00").verwarmd(),
                Ruimte.van(OVERIGE_RUIMTE, BIJKEUKEN, "4.00").verwarmd(),
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.10").verwarmd(),
                Ruimte.van(OVERIGE_RUIMTE, BERGING, "3.00").verwarmd())).isEqualByComparingTo("4");
    }

    @Test
    void koelingEenPuntPerVerwarmdVertrekTotMaximaalTwee() {
        // 1 heated+cooled: 2 + 1 = 3
        assertThat(punten(Ruimte.van(VERTREK, WOONKAMER, "25.00").verwarmd().verkoeld())).isEqualByComparingTo("3");
        // 3 heated+cooled: 3 x 2 + min(3, 2) = 8
        assertThat(punten(
                Ruimte.van(VERTREK, WOONKAMER, "25.00").verwarmd().verkoeld(),
                Ruimte.van(VERTREK, SLAAPKAMER, "12.00").verwarmd().verkoeld(),
                Ruimte.van(VERTREK, SLAAPKAMER, "10.00").verwarmd().verkoeld())).isEqualByComparingTo("8");
    }

    @Test
    void koelingZonderVerwarmingTeltNiet() {
        // cooled but not heated: nothing (the device must also heat); cooled overige ruimte: only its heating
        assertThat(punten(Ruimte.van(VERTREK, WOONKAMER, "25.00").verkoeld())).isEqualByComparingTo("0");
        assertThat(punten(Ruimte.van(OVERIGE_RUIMTE, BIJKEUKEN, "4.00").verwarmd().verkoeld()))
                .isEqualByComparingTo("1");
    }

    @Test
    void openKeukenTeltAlsApartVerwarmdVertrek() {
        // living room with a counter of 1000 mm: 2 + open kitchen 2 = 4
        assertThat(punten(Ruimte.van(VERTREK, WOONKAMER, "30.00").verwarmd().aanrecht("1000")))
                .isEqualByComparingTo("4");
        // counter 999 mm is no kitchen: 2
        assertThat(punten(Ruimte.van(VERTREK, WOONKAMER, "30.00").verwarmd().aanrecht("999")))
                .isEqualByComparingTo("2");
        // woonkamer/keuken: always 4
        assertThat(punten(Ruimte.van(VERTREK, WOONKAMER_KEUKEN, "30.00").verwarmd())).isEqualByComparingTo("4");
        // a separate kitchen is just a heated vertrek: 2
        assertThat(punten(Ruimte.van(VERTREK, KEUKEN, "8.00").verwarmd().aanrecht("2400")))
                .isEqualByComparingTo("2");
        // an unheated room with a counter: 0
        assertThat(punten(Ruimte.van(VERTREK, WOONKAMER, "30.00").aanrecht("2000"))).isEqualByComparingTo("0");
    }

    @Test
    void voorbeeldUitDeSpecificatie() {
        // spec §2.3: living + open kitchen 4; 3 bedrooms 6; bathroom 2 = 12
        // hal, overloop, bijkeuken, toilet room, attic storage = 5 -> 4; cooling in 3 vertrekken -> 2; total 18
        RubriekResultaat r = vkv(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "30.00").verwarmd().verkoeld().aanrecht("2000"))
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "12.00").verwarmd().verkoeld())
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "10.00").verwarmd().verkoeld())
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "8.00").verwarmd())
                .ruimte(Ruimte.van(VERTREK, BADKAMER, "5.00").verwarmd())
                .ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "5.00").verwarmd())
                .ruimte(Ruimte.van(VERKEERSRUIMTE, OVERLOOP, "4.00").verwarmd())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BIJKEUKEN, "4.00").verwarmd())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.10").verwarmd())
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "8.00").vlizotrap().verwarmd()));
        assertThat(r.punten()).isEqualByComparingTo("18");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void nietIngedeeldeEnBuitenruimtenKrijgenNiets() {
        // heated toilet of 1.09 m2 is not classified: 0; heated balcony: 0; heated trappenhuis (verkeersruimte): 1
        assertThat(punten(
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "1.09").verwarmd(),
                Ruimte.van(BUITENRUIMTE, BALKON, "6.00").verwarmd(),
                Ruimte.van(VERKEERSRUIMTE, TRAPHAL, "3.00").verwarmd())).isEqualByComparingTo("1");
    }

    @Test
    void gedeeldeRuimtenTellenHierNietMee() {
        // shared heated recreation room belongs to rubriek 9
        assertThat(punten(
                Ruimte.van(VERTREK, WOONKAMER, "25.00").verwarmd(),
                Ruimte.van(VERTREK, RECREATIERUIMTE, "40.00").verwarmd().gedeeldMet(10))).isEqualByComparingTo("2");
    }
}
