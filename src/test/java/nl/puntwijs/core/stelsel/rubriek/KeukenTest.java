package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static nl.puntwijs.core.model.Voorziening.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubriek 5: counter < 1 m 0, 1 up to 2 m 4, from 2 m 7 (Bhw 5.1, spec D3); extras capped at the counter points;
 * two-function appliances count twice (BB26 §2.5; spec §2.5).
 */
class KeukenTest {

    private static RubriekResultaat keu(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        return w.waardeer("2026-07-01").rubriek(Stelselgroep.KEU).orElseThrow();
    }

    private static Ruimte.Bouwer keuken() {
        return Ruimte.van(VERTREK, KEUKEN, "8.00");
    }

    @ParameterizedTest(name = "aanrecht {0} mm -> {1}")
    @CsvSource({
            "999, 0",
            "1000, 4",
            "1550, 4",
            "1999, 4",
            "2000, 7",   // exactly 2 m: 7 (Bhw "2 m en meer", spec D3)
            "3600, 7"
    })
    void aanrechtLengte(String mm, String punten) {
        assertThat(keu(keuken().aanrecht(mm)).punten()).isEqualByComparingTo(punten);
    }

    @Test
    void zonderGeldigAanrechtTellenDeExtraVoorzieningenOokNiet() {
        // counter 999 mm: no kitchen; the induction hob and fridge earn nothing
        assertThat(keu(keuken().aanrecht("999").met(KOOKPLAAT_INDUCTIE, KOELKAST)).punten()).isEqualByComparingTo("0");
        // a kitchen without any counter: 0
        assertThat(keu(keuken().met(KOOKPLAAT_INDUCTIE)).punten()).isEqualByComparingTo("0");
    }

    @Test
    void voorbeeldUitDeSpecificatieMetMaximering() {
        // spec §2.5: counter 1.55 m -> 4; extras 1.75 + 0.75 + 1 + 1 + 1.5 = 6 -> capped at 4 -> 8
        RubriekResultaat r = keu(keuken().aanrecht("1550")
                .met(KOOKPLAAT_INDUCTIE, AFZUIGINSTALLATIE, KOELKAST, OVEN_ELEKTRISCH, VAATWASMACHINE));
        assertThat(r.punten()).isEqualByComparingTo("8");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void extrasOnderDeMaximering() {
        // TC01: counter 2.10 m -> 7; induction 1.75 + hood 0.75 + fridge 1 + oven 1 + single-lever mixer 0.25 = 4.75
        // -> 11.75
        RubriekResultaat r = keu(keuken().aanrecht("2100")
                .met(KOOKPLAAT_INDUCTIE, AFZUIGINSTALLATIE, KOELKAST, OVEN_ELEKTRISCH, EENHANDSMENGKRAAN));
        assertThat(r.punten()).isEqualByComparingTo("11.75");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void extrasPreciesGelijkAanDeMaximering() {
        // counter 1000 mm -> 4; 4 fridges x 1 = 4 -> 8; 8 fridges = 8 -> capped at 4 -> 8
        assertThat(keu(keuken().aanrecht("1000").met(KOELKAST, KOELKAST, KOELKAST, KOELKAST)).punten())
                .isEqualByComparingTo("8");
        assertThat(keu(keuken().aanrecht("1000").met(KOELKAST, KOELKAST, KOELKAST, KOELKAST, KOELKAST, KOELKAST,
                KOELKAST, KOELKAST)).punten()).isEqualByComparingTo("8");
    }

    @Test
    void apparatenMetTweeFunctiesTellenDubbel() {
        // fridge-freezer = fridge 1 + freezer 0.75 = 1.75 -> 7 + 1.75 = 8.75
        assertThat(keu(keuken().aanrecht("2000").met(KOELVRIESCOMBINATIE)).punten()).isEqualByComparingTo("8.75");
        assertThat(keu(keuken().aanrecht("2000").met(KOELKAST, VRIESKAST)).punten()).isEqualByComparingTo("8.75");
        // combi oven = oven 1 + microwave 1 = 2 -> 9
        assertThat(keu(keuken().aanrecht("2000").met(COMBI_MAGNETRON_OVEN)).punten()).isEqualByComparingTo("9");
        assertThat(keu(keuken().aanrecht("2000").met(OVEN_ELEKTRISCH, MAGNETRON)).punten()).isEqualByComparingTo("9");
    }

    @ParameterizedTest(name = "{0} -> 7 + {1}")
    @CsvSource({
            // spec §2.5 extras with a 2 m counter (cap 7 not reached)
            "AFZUIGINSTALLATIE, 0.75",
            "KOOKPLAAT_INDUCTIE, 1.75",
            "KOOKPLAAT_KERAMISCH, 1.00",
            "KOOKPLAAT_GAS, 0.50",
            "KOELKAST, 1.00",
            "VRIESKAST, 0.75",
            "OVEN_ELEKTRISCH, 1.00",
            "OVEN_GAS, 0.50",
            "MAGNETRON, 1.00",
            "VAATWASMACHINE, 1.50",
            "EXTRA_KEUKENKASTRUIMTE, 0.75",
            "EENHANDSMENGKRAAN, 0.25",
            "THERMOSTATISCHE_MENGKRAAN, 0.50",
            "KOKEND_WATERFUNCTIE, 0.50"
    })
    void puntenPerExtraVoorziening(Voorziening voorziening, String extra) {
        assertThat(keu(keuken().aanrecht("2000").met(voorziening)).punten())
                .isEqualByComparingTo(new BigDecimal("7").add(new BigDecimal(extra)));
    }

    @Test
    void nietGewaardeerdeVoorzieningen() {
        // not valued: onderrijdbare kookplaat, verlaagde/verhoogde keuken, spoelbak, kastjes, tweehandsmengkraan
        assertThat(keu(keuken().aanrecht("2000").met(ONDERRIJDBARE_KOOKPLAAT, VERLAAGDE_KEUKEN, VERHOOGDE_KEUKEN,
                ONDERRIJDBARE_SPOELBAK, UITSCHUIFBARE_KEUKENKASTJES, TWEEHANDSMENGKRAAN)).punten())
                .isEqualByComparingTo("7");
    }

    @Test
    void aanrechtdelenWordenOpgeteld() {
        // corner counter 2.10 + 0.90 = 3.00 m -> 7 (spec §2.5)
        assertThat(keu(keuken().aanrecht("2100").aanrecht("900")).punten()).isEqualByComparingTo("7");
        // 1.50 + 0.60 = 2.10 m -> 7 (a short piece counts once another piece reaches 1 m)
        assertThat(keu(keuken().aanrecht("1500").aanrecht("600")).punten()).isEqualByComparingTo("7");
        // 0.90 + 1.00 = 1.90 m -> 4
        assertThat(keu(keuken().aanrecht("900").aanrecht("1000")).punten()).isEqualByComparingTo("4");
        // 0.60 + 0.60: no piece reaches 1 m -> no kitchen
        assertThat(keu(keuken().aanrecht("600").aanrecht("600")).punten()).isEqualByComparingTo("0");
    }

    @Test
    void openKeukenInDeWoonkamer() {
        // TC04: counter 1.20 in the living room -> 4; ceramic 1 + hood 0.75 + fridge 1 = 2.75 -> 6.75
        assertThat(keu(Ruimte.van(VERTREK, WOONKAMER, "21.00").aanrecht("1200")
                .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST)).punten()).isEqualByComparingTo("6.75");
    }

    @Test
    void keukenvoorzieningBuitenDeKeukenTeltNiet() {
        // two fridges in the bathroom: 0 (vector keuken/keukenvoorziening_niet_in_keuken); living room without counter: 0
        assertThat(keu(Ruimte.van(VERTREK, BADKAMER, "5.00").met(KOELKAST, KOELKAST),
                Ruimte.van(VERTREK, WOONKAMER, "20.00").met(KOOKPLAAT_INDUCTIE)).punten()).isEqualByComparingTo("0");
    }

    @Test
    void elkeRuimteMetGeldigAanrechtIsEenKeuken() {
        // kitchen 2.00 m -> 7, living room 1.00 m -> 4: 11 (vector keuken/woon_slaap_met_aanrecht)
        RubriekResultaat r = keu(keuken().aanrecht("2000"), Ruimte.van(VERTREK, WOONKAMER, "20.00").aanrecht("1000"));
        assertThat(r.punten()).isEqualByComparingTo("11");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void maximeringGeldtPerKeuken() {
        // kitchen 1: 1.00 m -> 4 + fridges 6 -> capped 4 = 8; kitchen 2: 2.00 m -> 7 + nothing = 7; total 15
        // (one cap over both kitchens together would give 4 + 7 + 6 = 17)
        assertThat(keu(keuken().aanrecht("1000").met(KOELKAST, KOELKAST, KOELKAST, KOELKAST, KOELKAST, KOELKAST),
                Ruimte.van(VERTREK, WOONKAMER, "20.00").aanrecht("2000")).punten()).isEqualByComparingTo("15");
    }

    @Test
    void gedeeldeKeukenTeltNietInRubriek5() {
        assertThat(keu(keuken().aanrecht("2400").met(KOELKAST).gedeeldMet(6)).punten()).isEqualByComparingTo("0");
    }
}
