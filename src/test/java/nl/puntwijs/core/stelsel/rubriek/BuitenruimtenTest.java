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
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;

/**
 * Rubriek 8: private 2 (once) + 0.35/m², shared 0.75/m² / addresses, areas per category to whole m² (D4),
 * at most 15, -5 when there is no outdoor space (Bhw rubriek 8; BB26 §2.8; spec §2.8).
 */
class BuitenruimtenTest {

    private static final Interpretatie TWEE_DECIMALEN =
            Interpretatie.standaard().met("buitenruimte-oppervlakte=twee-decimalen");

    private static Testwoning woning(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        return w;
    }

    private static RubriekResultaat bui(Ruimte.Bouwer... ruimten) {
        return woning(ruimten).waardeer("2026-07-01").rubriek(Stelselgroep.BUI).orElseThrow();
    }

    private static BigDecimal punten(Ruimte.Bouwer... ruimten) {
        return bui(ruimten).punten();
    }

    private static Ruimte.Bouwer balkon(String m2) {
        return Ruimte.van(BUITENRUIMTE, BALKON, m2);
    }

    @Test
    void geenBuitenruimteMinVijf() {
        RubriekResultaat r = bui(Ruimte.van(VERTREK, WOONKAMER, "20.00"));
        assertThat(r.punten()).isEqualByComparingTo("-5");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void priveBuitenruimteTweePuntenPlusPerM2() {
        // 6.00 m2: 2 + 6 x 0.35 = 4.10 -> q 4.00
        assertThat(punten(balkon("6.00"))).isEqualByComparingTo("4.00");
        // 10 m2: 2 + 3.50 = 5.50
        assertThat(punten(balkon("10.00"))).isEqualByComparingTo("5.50");
    }

    @Test
    void tweePuntenMaarEenmaal() {
        // garden 10 + balcony 5 = 15 m2: 2 + 15 x 0.35 = 7.25 (not 2 x 2)
        RubriekResultaat r = bui(Ruimte.van(BUITENRUIMTE, TUIN, "10.00"), balkon("5.00"));
        assertThat(r.punten()).isEqualByComparingTo("7.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void heleM2PerCategorieHalfOmhoog() {
        // 1.50 x 3.00 = 4.50 -> 5 m2: 2 + 1.75 = 3.75
        assertThat(punten(balkon("4.50"))).isEqualByComparingTo("3.75");
        // 4.49 -> 4 m2: 2 + 1.40 = 3.40 -> q 3.50
        assertThat(punten(balkon("4.49"))).isEqualByComparingTo("3.50");
        // two spaces summed before rounding: 2.30 + 2.30 = 4.60 -> 5 m2 -> 3.75 (rounded each: 2 + 2 = 4 -> 3.50)
        assertThat(punten(balkon("2.30"), Ruimte.van(BUITENRUIMTE, TERRAS, "2.30"))).isEqualByComparingTo("3.75");
    }

    @Test
    void tweeDecimalenAlsAlternatief() {
        // D4 option: 4.50 m2 unrounded: 2 + 4.50 x 0.35 = 3.575 -> x 4 = 14.3 -> 14 -> 3.50
        assertThat(woning(balkon("4.50")).waardeer("2026-07-01", TWEE_DECIMALEN).punten(Stelselgroep.BUI))
                .isEqualByComparingTo("3.50");
    }

    @Test
    void tc09PriveEnGedeeld() {
        // TC09: balcony 1.50 x 3.00 = 4.50 -> 5 m2: 2 + 1.75 = 3.75; courtyard 240 m2 / 24: 0.75 x 240 / 24 = 7.50
        // -> 11.25
        Testwoning w = woning(balkon("4.50"),
                Ruimte.van(BUITENRUIMTE, TUIN, "240.00").afmetingen("20.00", "12.00", null).gedeeldMet(24));
        RubriekResultaat r = w.waardeer("2026-07-01").rubriek(Stelselgroep.BUI).orElseThrow();
        assertThat(r.punten()).isEqualByComparingTo("11.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
        // two decimals (spec §7 sensitivity): 2 + 4.50 x 0.35 = 3.575 + 7.50 = 11.075 -> x 4 = 44.3 -> 11.00
        assertThat(w.waardeer("2026-07-01", TWEE_DECIMALEN).punten(Stelselgroep.BUI)).isEqualByComparingTo("11.00");
    }

    @Test
    void voorbeeldUitDeSpecificatieMaximaalVijftien() {
        // garden 23.40 + balcony 4.30 = 27.70 -> 28 m2: 2 + 9.80 = 11.80
        // shared roof terrace 90 m2 / 12 addresses: 0.75 x 90 / 12 = 5.625; 17.425 -> capped at 15
        RubriekResultaat r = bui(Ruimte.van(BUITENRUIMTE, TUIN, "23.40"), balkon("4.30"),
                Ruimte.van(BUITENRUIMTE, DAKTERRAS, "90.00").afmetingen("10.00", "9.00", null).gedeeldMet(12));
        assertThat(r.punten()).isEqualByComparingTo("15");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void maximumVijftienPrive() {
        // 37 m2: 2 + 12.95 = 14.95 -> q 15.00 (under the cap, quarter rounding)
        assertThat(punten(Ruimte.van(BUITENRUIMTE, TUIN, "37.00"))).isEqualByComparingTo("15.00");
        // 36 m2: 2 + 12.60 = 14.60 -> q 14.50
        assertThat(punten(Ruimte.van(BUITENRUIMTE, TUIN, "36.00"))).isEqualByComparingTo("14.50");
        // 38 m2: 2 + 13.30 = 15.30 -> capped 15
        assertThat(punten(Ruimte.van(BUITENRUIMTE, TUIN, "38.00"))).isEqualByComparingTo("15");
        // 100 m2: 2 + 35 = 37 -> capped 15
        RubriekResultaat r = bui(Ruimte.van(BUITENRUIMTE, TUIN, "100.00"));
        assertThat(r.punten()).isEqualByComparingTo("15");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void alleenGedeeldGeenTweePunten() {
        // shared garden 60 m2 / 4 addresses: 0.75 x 60 / 4 = 11.25; no private space, so no 2 points
        assertThat(punten(Ruimte.van(BUITENRUIMTE, TUIN, "60.00").afmetingen("10.00", "6.00", null).gedeeldMet(4)))
                .isEqualByComparingTo("11.25");
    }

    @Test
    void gedeeldeGroepenPerAantalAdressen() {
        // group of 4 addresses: 10.40 + 10.40 = 20.80 -> 21 m2 x 0.75 / 4 = 3.9375
        // group of 12 addresses: 90 m2 x 0.75 / 12 = 5.625; sum 9.5625 -> x 4 = 38.25 -> 38 -> 9.50
        RubriekResultaat r = bui(
                Ruimte.van(BUITENRUIMTE, TUIN, "10.40").afmetingen("4.00", "2.60", null).gedeeldMet(4),
                Ruimte.van(BUITENRUIMTE, TERRAS, "10.40").afmetingen("4.00", "2.60", null).gedeeldMet(4),
                Ruimte.van(BUITENRUIMTE, DAKTERRAS, "90.00").afmetingen("10.00", "9.00", null).gedeeldMet(12));
        assertThat(r.punten()).isEqualByComparingTo("9.50");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void gedeeldeBuitenruimteMoetMinimaalAnderhalveMeterBreedZijn() {
        // shared balcony 1.40 m wide is not valued; as an outdoor space it still prevents the -5
        // (vector buitenruimten/te_kleine_buitenruimtes, vera-interpretatie §6): 0.00
        assertThat(punten(Ruimte.van(BUITENRUIMTE, BALKON, "14.00").afmetingen("10.00", "1.40", null).gedeeldMet(4)))
                .isEqualByComparingTo("0");
        // 1.50 m wide: 15 m2 x 0.75 / 4 = 2.8125 -> q 2.75
        assertThat(punten(Ruimte.van(BUITENRUIMTE, BALKON, "15.00").afmetingen("10.00", "1.50", null).gedeeldMet(4)))
                .isEqualByComparingTo("2.75");
    }

    @Test
    void carportLoggiaEnPriveParkeerplaatsZijnBuitenruimten() {
        // private carport 15 m2: 2 + 5.25 = 7.25
        assertThat(punten(Ruimte.van(BUITENRUIMTE, CARPORT, "15.00"))).isEqualByComparingTo("7.25");
        // loggia 5 m2: 2 + 1.75 = 3.75
        assertThat(punten(Ruimte.van(BUITENRUIMTE, LOGGIA, "5.00"))).isEqualByComparingTo("3.75");
        // a shared carport is parking (rubriek 10), not outdoor space: -5
        assertThat(punten(Ruimte.van(BUITENRUIMTE, CARPORT, "15.00").gedeeldMet(4))).isEqualByComparingTo("-5");
    }
}
