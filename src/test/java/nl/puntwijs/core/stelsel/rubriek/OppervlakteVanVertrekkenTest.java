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

/** Rubriek 1: 1 point per m² of the vertrekken, each room r2, the sum r0 (BB26 §2.2.1; spec §2.1). */
class OppervlakteVanVertrekkenTest {

    private static RubriekResultaat ovz(Testwoning woning) {
        return woning.waardeer("2026-07-01").rubriek(Stelselgroep.OVZ).orElseThrow();
    }

    @Test
    void voorbeeldUitDeSpecificatie() {
        // 4.35 x 5.10 = 22.185 -> 22.19; 2.95 x 3.40 = 10.03; kitchen 2.40 x 2.65 = 6.36
        // 22.19 + 10.03 + 6.36 = 38.58 -> 39 points
        RubriekResultaat r = ovz(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "22.185"))
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "10.03"))
                .ruimte(Ruimte.van(VERTREK, KEUKEN, "6.36")));
        assertThat(r.punten()).isEqualByComparingTo("39");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void somVanPrecies50HonderdstenGaatOmhoog() {
        // 20.25 + 10.25 = 30.50 -> 31
        assertThat(ovz(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "20.25"))
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "10.25"))).punten()).isEqualByComparingTo("31");
        // 20.25 + 10.24 = 30.49 -> 30
        assertThat(ovz(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "20.25"))
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "10.24"))).punten()).isEqualByComparingTo("30");
    }

    @Test
    void eerstPerRuimteOpTweeDecimalenDanOpHeleM2() {
        // 20.495 -> 20.50 (r2) -> 21 (r0); without the per-room rounding it would be 20
        assertThat(ovz(Testwoning.nieuw().ruimte(Ruimte.van(VERTREK, WOONKAMER, "20.495"))).punten())
                .isEqualByComparingTo("21");
    }

    @Test
    void kleineRuimtenEnAndereKlassenTellenNietMee() {
        // vertrekken: 20.00 + bathroom 3.00 (always a vertrek) + kitchen 1.00 soort OVR (always a vertrek) = 24
        // not: bedroom 3.99 (overige), hal (verkeersruimte), balcony, berging, shared recreation room
        RubriekResultaat r = ovz(Testwoning.nieuw()
                .ruimte(Ruimte.van(VERTREK, WOONKAMER, "20.00"))
                .ruimte(Ruimte.van(VERTREK, BADKAMER, "3.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, KEUKEN, "1.00"))
                .ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "3.99"))
                .ruimte(Ruimte.van(VERKEERSRUIMTE, HAL, "6.00"))
                .ruimte(Ruimte.van(BUITENRUIMTE, BALKON, "8.00"))
                .ruimte(Ruimte.van(OVERIGE_RUIMTE, BERGING, "5.00"))
                .ruimte(Ruimte.van(VERTREK, RECREATIERUIMTE, "40.00").gedeeldMet(10)));
        assertThat(r.punten()).isEqualByComparingTo("24");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void kastTeltMeeBijDeRuimteWaarinZijOpengaat() {
        // 10.00 + cupboard 0.60 = 10.60 -> 11
        assertThat(ovz(Testwoning.nieuw().ruimte(Ruimte.van(VERTREK, SLAAPKAMER, "10.00").kast("0.60"))).punten())
                .isEqualByComparingTo("11");
    }

    @Test
    void zolderMetVasteTrapIsEenVertrek() {
        // attic bedroom with fixed stair 3.80 x 2.70 = 10.26 -> 10 (spec TC03)
        assertThat(ovz(Testwoning.nieuw().ruimte(Ruimte.van(VERTREK, ZOLDER, "10.26").vasteTrap())).punten())
                .isEqualByComparingTo("10");
    }

    @Test
    void geenVertrekkenGeeftNul() {
        RubriekResultaat r = ovz(Testwoning.nieuw());
        assertThat(r.punten()).isEqualByComparingTo("0");
        assertThat(r.regels()).isEmpty();
    }
}
