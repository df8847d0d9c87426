package nl.puntwijs.core.stelsel.rubriek;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rubriek 7: 1 point per €332 of net investment, quarter-rounded once (Bhw rubriek 7; BB26 §2.7; spec §2.7). */
class WoonvoorzieningenVoorGehandicaptenTest {

    private static RubriekResultaat geh(Testwoning woning) {
        return woning.waardeer("2026-07-01").rubriek(Stelselgroep.GEH).orElseThrow();
    }

    private static RubriekResultaat geh(List<Gehandicaptenvoorziening> voorzieningen) {
        Eenheid b = Testwoning.nieuw().bouw();
        Eenheid e = new Eenheid(b.id(), b.adres(), b.bouwjaar(), b.beginBouwdatum(), b.eersteIngebruikname(),
                b.datumHuurovereenkomst(), b.pandSoort(), b.monumenten(), b.doelgroep(), b.gebruiksoppervlakte(),
                b.energieprestaties(), b.energieprestatievergoedingen(), b.wozWaarden(), b.taxatiewaarde(), b.ruimten(),
                voorzieningen, b.zorgvoorwaarden(), b.huur());
        return Testwoning.STELSEL.waardeer(e, LocalDate.parse("2026-07-01"), Interpretatie.standaard())
                .rubriek(Stelselgroep.GEH).orElseThrow();
    }

    @Test
    void voorbeeldUitDeSpecificatie() {
        // stair lift 6200 - subsidy 2050 = 4150 / 332 = 12.50
        RubriekResultaat r = geh(Testwoning.nieuw().gehandicaptenvoorziening("traplift", "6200", "2050"));
        assertThat(r.punten()).isEqualByComparingTo("12.50");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @ParameterizedTest(name = "{0} euro -> {1}")
    @CsvSource({
            "332, 1.00",    // 1.0000
            "331, 1.00",    // 0.99699 x 4 = 3.988 -> 4 -> 1.00
            "290, 0.75",    // 0.87349 x 4 = 3.494 -> 3 -> 0.75
            "41.50, 0.25",  // 0.125 exactly -> 0.25 (an eighth goes up)
            "41, 0.00",     // 0.12349 x 4 = 0.494 -> 0
            "664, 2.00"
    })
    void eenPuntPer332Euro(String kosten, String punten) {
        assertThat(geh(Testwoning.nieuw().gehandicaptenvoorziening("aanpassing", kosten, null)).punten())
                .isEqualByComparingTo(punten);
    }

    @Test
    void volledigGesubsidieerdGeeftNul() {
        assertThat(geh(Testwoning.nieuw().gehandicaptenvoorziening("traplift", "5000", "5000")).punten())
                .isEqualByComparingTo("0");
        // more subsidy than cost never gives negative points
        assertThat(geh(Testwoning.nieuw().gehandicaptenvoorziening("traplift", "5000", "6000")).punten())
                .isEqualByComparingTo("0");
    }

    @Test
    void eigenBijdrageVanDeHuurderGaatEraf() {
        // 1000 - subsidy 200 - tenant 136 = 664 / 332 = 2.00
        assertThat(geh(List.of(new Gehandicaptenvoorziening("drempelhulp", new BigDecimal("1000"),
                new BigDecimal("200"), new BigDecimal("136")))).punten()).isEqualByComparingTo("2.00");
    }

    @Test
    void voorzieningenWordenOpgeteldEnEenmaalAfgerond() {
        // 200/332 + 200/332 = 400/332 = 1.2048 -> x 4 = 4.82 -> 5 -> 1.25 (per item 0.6024 -> 0.50 each = 1.00)
        RubriekResultaat r = geh(Testwoning.nieuw()
                .gehandicaptenvoorziening("beugels", "200", null)
                .gehandicaptenvoorziening("drempels", "200", null));
        assertThat(r.punten()).isEqualByComparingTo("1.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void geenVoorzieningenGeeftNul() {
        assertThat(geh(Testwoning.nieuw()).punten()).isEqualByComparingTo("0");
    }
}
