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
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubriek 6: toilets, wastafels, showers and baths, extra provisions only in a bathroom with a wastafel and a bath
 * or shower, all extras at most the bath/shower points of the dwelling (default, spec D11) or per room (option)
 * (BB26 §2.6; spec §2.6).
 */
class SanitairTest {

    private static final Interpretatie PER_RUIMTE = Interpretatie.standaard().met("sanitair-maximering=per-ruimte");

    private static Testwoning woning(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        return w;
    }

    private static RubriekResultaat san(Ruimte.Bouwer... ruimten) {
        return woning(ruimten).waardeer("2026-07-01").rubriek(Stelselgroep.SAN).orElseThrow();
    }

    private static BigDecimal punten(Ruimte.Bouwer... ruimten) {
        return san(ruimten).punten();
    }

    private static Ruimte.Bouwer badkamer() {
        return Ruimte.van(VERTREK, BADKAMER, "6.00");
    }

    private static Ruimte.Bouwer toiletruimte() {
        return Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "1.20");
    }

    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource({
            "TOILETRUIMTE, STAAND_TOILET, 3.00",
            "TOILETRUIMTE, HANGEND_TOILET, 3.75",
            "BADKAMER, STAAND_TOILET, 2.00",
            "BADKAMER, HANGEND_TOILET, 2.75",
            "BADKAMER_MET_TOILET, STAAND_TOILET, 2.00",
            "DOUCHERUIMTE, HANGEND_TOILET, 2.75",   // a doucheruimte counts as a bathroom
            "SLAAPKAMER, STAAND_TOILET, 0",         // toilet outside a toilet room or bathroom
            "BERGING, HANGEND_TOILET, 0",
            "HAL, STAAND_TOILET, 0"
    })
    void toiletPuntenPerSoortRuimte(Detailsoort detailsoort, Voorziening toilet, String verwacht) {
        assertThat(punten(Ruimte.van(VERTREK, detailsoort, "5.00").met(toilet))).isEqualByComparingTo(verwacht);
    }

    @Test
    void elkToiletTelt() {
        // standing 3 + wall-hung 3.75 in one toilet room = 6.75
        assertThat(punten(toiletruimte().met(STAAND_TOILET, HANGEND_TOILET))).isEqualByComparingTo("6.75");
    }

    @Test
    void wastafelsInEnBuitenDeBadkamer() {
        // bathroom: 1 per wastafel: 2
        assertThat(punten(badkamer().met(WASTAFEL, WASTAFEL))).isEqualByComparingTo("2");
        // toilet room: at most 1 per room
        assertThat(punten(toiletruimte().met(WASTAFEL, WASTAFEL))).isEqualByComparingTo("1");
        // bedroom: 1
        assertThat(punten(Ruimte.van(VERTREK, SLAAPKAMER, "12.00").met(WASTAFEL, WASTAFEL, WASTAFEL)))
                .isEqualByComparingTo("1");
        // meerpersoonswastafel: 1.50 each in a bathroom, at most 1.50 elsewhere
        assertThat(punten(badkamer().met(MEERPERSOONSWASTAFEL, MEERPERSOONSWASTAFEL))).isEqualByComparingTo("3");
        // toilet room 2 wastafels + 2 meerpersoons: 1 + 1.50 = 2.50; in a bathroom 2 + 3 = 5
        assertThat(punten(toiletruimte().met(WASTAFEL, WASTAFEL, MEERPERSOONSWASTAFEL, MEERPERSOONSWASTAFEL)))
                .isEqualByComparingTo("2.50");
        assertThat(punten(badkamer().met(WASTAFEL, WASTAFEL, MEERPERSOONSWASTAFEL, MEERPERSOONSWASTAFEL)))
                .isEqualByComparingTo("5");
        // the cap is per room: two toilet rooms with 2 wastafels each: 1 + 1 = 2
        assertThat(punten(toiletruimte().met(WASTAFEL, WASTAFEL), toiletruimte().met(WASTAFEL, WASTAFEL)))
                .isEqualByComparingTo("2");
    }

    @Test
    void badEnDouche() {
        assertThat(punten(badkamer().met(DOUCHE))).isEqualByComparingTo("4");
        assertThat(punten(badkamer().met(BAD))).isEqualByComparingTo("6");
        // bath + separate shower = 7 (not 6 + 4)
        assertThat(punten(badkamer().met(BAD, DOUCHE))).isEqualByComparingTo("7");
        assertThat(punten(badkamer().met(BAD_EN_DOUCHE))).isEqualByComparingTo("7");
        // drempelloze inrijdouche is a shower: 4
        assertThat(punten(badkamer().met(DREMPELLOZE_INRIJDOUCHE))).isEqualByComparingTo("4");
        // 2 baths + 1 shower: pair 7 + bath 6 = 13
        assertThat(punten(badkamer().met(BAD, BAD, DOUCHE))).isEqualByComparingTo("13");
        // 1 bath + 2 showers: pair 7 + shower 4 = 11
        assertThat(punten(badkamer().met(BAD, DOUCHE, DOUCHE))).isEqualByComparingTo("11");
        // bath-with-shower + separate shower: 7 + 4 = 11 (every shower counts)
        assertThat(punten(badkamer().met(BAD_EN_DOUCHE, DOUCHE))).isEqualByComparingTo("11");
        // a shower cabin in a bedroom is a shower: 4
        assertThat(punten(Ruimte.van(VERTREK, SLAAPKAMER, "12.00").met(DOUCHE))).isEqualByComparingTo("4");
    }

    @Test
    void extrasAlleenInBadkamerMetWastafelEnBadOfDouche() {
        // toilet room: standing toilet 3 + wastafel 1; towel radiator not valued -> 4
        assertThat(punten(toiletruimte().met(STAAND_TOILET, WASTAFEL, HANDDOEKENRADIATOR))).isEqualByComparingTo("4");
        // bathroom without wastafel: shower 4, radiator 0 -> 4
        assertThat(punten(badkamer().met(DOUCHE, HANDDOEKENRADIATOR))).isEqualByComparingTo("4");
        // bathroom without bath or shower: wastafel 1, radiator 0 -> 1
        assertThat(punten(badkamer().met(WASTAFEL, HANDDOEKENRADIATOR))).isEqualByComparingTo("1");
        // bathroom with both: 1 + 4 + 0.75 = 5.75
        assertThat(punten(badkamer().met(WASTAFEL, DOUCHE, HANDDOEKENRADIATOR))).isEqualByComparingTo("5.75");
        // bedroom with wastafel and shower is not a bathroom: 1 + 4, radiator 0 -> 5
        assertThat(punten(Ruimte.van(VERTREK, SLAAPKAMER, "12.00").met(WASTAFEL, DOUCHE, HANDDOEKENRADIATOR)))
                .isEqualByComparingTo("5");
    }

    @ParameterizedTest(name = "{0} -> 1 + 6 + {1}")
    @CsvSource({
            // spec §2.6 extras, in a bathroom with wastafel (1) and bath (6)
            "BUBBELFUNCTIE, 1.50",
            "DOUCHEWAND, 1.25",
            "HANDDOEKENRADIATOR, 0.75",
            "KASTJE_MET_WASTAFEL, 1.00",
            "KASTRUIMTE, 0.75",
            "STOPCONTACT_BIJ_WASTAFEL, 0.25",
            "EENHANDSMENGKRAAN, 0.25",
            "THERMOSTATISCHE_MENGKRAAN, 0.50"
    })
    void puntenPerExtraVoorziening(Voorziening extra, String waarde) {
        assertThat(punten(badkamer().met(WASTAFEL, BAD, extra)))
                .isEqualByComparingTo(new BigDecimal("7").add(new BigDecimal(waarde)));
    }

    @Test
    void kastruimteMaximaalEenPerRuimte() {
        // 2 cupboards: max 0.75 per room -> 1 + 4 + 0.75 = 5.75
        assertThat(punten(badkamer().met(WASTAFEL, DOUCHE, KASTRUIMTE, KASTRUIMTE))).isEqualByComparingTo("5.75");
    }

    @Test
    void stopcontactenMaximaalTweePerWastafel() {
        // 1 wastafel, 3 sockets: max 2 x 0.25 = 0.50 -> 1 + 4 + 0.50 = 5.50
        assertThat(punten(badkamer().met(WASTAFEL, DOUCHE, STOPCONTACT_BIJ_WASTAFEL, STOPCONTACT_BIJ_WASTAFEL,
                STOPCONTACT_BIJ_WASTAFEL))).isEqualByComparingTo("5.50");
        // 2 wastafels, 3 sockets: 3 x 0.25 = 0.75 -> 2 + 4 + 0.75 = 6.75
        assertThat(punten(badkamer().met(WASTAFEL, WASTAFEL, DOUCHE, STOPCONTACT_BIJ_WASTAFEL,
                STOPCONTACT_BIJ_WASTAFEL, STOPCONTACT_BIJ_WASTAFEL))).isEqualByComparingTo("6.75");
    }

    @Test
    void voorbeeldUitDeSpecificatie() {
        // spec §2.6: toilet room: wall-hung 3.75 + basin 1 = 4.75
        // bathroom: bath + separate shower 7, two basins 2; extras: towel radiator 0.75, 3 sockets 0.75,
        // 2 thermostatic 1.00, 2 cupboards (max) 0.75 = 3.25 <= 7 -> 12.25; total 17.00
        RubriekResultaat r = san(
                toiletruimte().met(HANGEND_TOILET, WASTAFEL),
                badkamer().met(BAD, DOUCHE, WASTAFEL, WASTAFEL, HANDDOEKENRADIATOR, STOPCONTACT_BIJ_WASTAFEL,
                        STOPCONTACT_BIJ_WASTAFEL, STOPCONTACT_BIJ_WASTAFEL, THERMOSTATISCHE_MENGKRAAN,
                        THERMOSTATISCHE_MENGKRAAN, KASTRUIMTE, KASTRUIMTE));
        assertThat(r.punten()).isEqualByComparingTo("17.00");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void extrasMaximaalDeBadEnDouchepuntenVanDeWoning() {
        // one bathroom: wastafel 1 + shower 4; extras screen 1.25 + radiator 0.75 + cabinet 1 + cupboard 0.75
        // + thermostatic 0.50 + 2 sockets 0.50 = 4.75 > 4 -> 4; total 1 + 4 + 4 = 9
        Ruimte.Bouwer bad = badkamer().met(WASTAFEL, DOUCHE, DOUCHEWAND, HANDDOEKENRADIATOR, KASTJE_MET_WASTAFEL,
                KASTRUIMTE, THERMOSTATISCHE_MENGKRAAN, STOPCONTACT_BIJ_WASTAFEL, STOPCONTACT_BIJ_WASTAFEL);
        RubriekResultaat r = san(bad);
        assertThat(r.punten()).isEqualByComparingTo("9");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
        // per room the same here: one bathroom
        assertThat(woning(bad).waardeer("2026-07-01", PER_RUIMTE).punten(Stelselgroep.SAN)).isEqualByComparingTo("9");
    }

    @Test
    void maximeringPerWoningOfPerRuimte() {
        // bathroom 1: wastafel 1 + shower 4; extras screen 1.25 + radiator 0.75 + cabinet 1 + cupboard 0.75
        //             + thermostatic 0.50 + single-lever 0.25 = 4.50
        // bathroom 2 (shower room): wastafel 1 + shower 4; extras screen 1.25 + radiator 0.75 + cabinet 1
        //             + thermostatic 0.50 = 3.50
        // base 2 x 5 = 10
        // per dwelling (D11 default): extras 8.00 <= showers 8 -> 10 + 8 = 18.00
        // per room (option): min(4.50, 4) + min(3.50, 4) = 7.50 -> 17.50
        Testwoning w = woning(
                badkamer().met(WASTAFEL, DOUCHE, DOUCHEWAND, HANDDOEKENRADIATOR, KASTJE_MET_WASTAFEL, KASTRUIMTE,
                        THERMOSTATISCHE_MENGKRAAN, EENHANDSMENGKRAAN),
                Ruimte.van(VERTREK, DOUCHERUIMTE, "3.00").met(WASTAFEL, DOUCHE, DOUCHEWAND, HANDDOEKENRADIATOR,
                        KASTJE_MET_WASTAFEL, THERMOSTATISCHE_MENGKRAAN));
        RubriekResultaat perWoning = w.waardeer("2026-07-01").rubriek(Stelselgroep.SAN).orElseThrow();
        assertThat(perWoning.punten()).isEqualByComparingTo("18.00");
        assertThat(Regels.som(perWoning.regels())).isEqualByComparingTo(perWoning.punten());
        RubriekResultaat perRuimte = w.waardeer("2026-07-01", PER_RUIMTE).rubriek(Stelselgroep.SAN).orElseThrow();
        assertThat(perRuimte.punten()).isEqualByComparingTo("17.50");
        assertThat(Regels.som(perRuimte.regels())).isEqualByComparingTo(perRuimte.punten());
    }

    @Test
    void maximeringPerWoningOverschrijdtDeTotaleBadEnDouchepunten() {
        // bathroom 1: wastafel 1 + shower 4 + extras 4.50 (as above); bathroom 2: wastafel 1 + shower 4 + extras 0.75
        // per dwelling: extras 5.25 <= 8 -> 10 + 5.25 = 15.25; per room: 4 + 0.75 -> 14.75
        Testwoning w = woning(
                badkamer().met(WASTAFEL, DOUCHE, DOUCHEWAND, HANDDOEKENRADIATOR, KASTJE_MET_WASTAFEL, KASTRUIMTE,
                        THERMOSTATISCHE_MENGKRAAN, EENHANDSMENGKRAAN),
                Ruimte.van(VERTREK, DOUCHERUIMTE, "3.00").met(WASTAFEL, DOUCHE, HANDDOEKENRADIATOR));
        assertThat(w.waardeer("2026-07-01").punten(Stelselgroep.SAN)).isEqualByComparingTo("15.25");
        assertThat(w.waardeer("2026-07-01", PER_RUIMTE).punten(Stelselgroep.SAN)).isEqualByComparingTo("14.75");
    }

    @Test
    void spoelbakBijAanrechtKorterDanEenMeterIsEenWastafel() {
        // kitchen counter 0.80 m: no kitchen (KEU 0), its sink is a wastafel (BB26 §2.5.2): SAN 1
        Testwoning w = woning(Ruimte.van(VERTREK, KEUKEN, "6.00").aanrecht("800"));
        assertThat(w.waardeer("2026-07-01").punten(Stelselgroep.KEU)).isEqualByComparingTo("0");
        assertThat(w.waardeer("2026-07-01").punten(Stelselgroep.SAN)).isEqualByComparingTo("1");
    }

    @Test
    void spoelbakVanEenGeldigAanrechtIsGeenWastafel() {
        // BB26 §2.5.2 / spec §2.5: only the sink of a counter shorter than 1 m may count as a wastafel;
        // otherwise the kitchen sink never counts in rubriek 6. Counter 1.50 + 0.60 = 2.10 m is a valid counter
        // (KEU 7), so SAN 0.
        Testwoning w = woning(Ruimte.van(VERTREK, KEUKEN, "8.00").aanrecht("1500").aanrecht("600"));
        assertThat(w.waardeer("2026-07-01").punten(Stelselgroep.KEU)).isEqualByComparingTo("7");
        assertThat(w.waardeer("2026-07-01").punten(Stelselgroep.SAN)).isEqualByComparingTo("0");
    }

    @Test
    void gedeeldeSanitaireRuimteTeltNietInRubriek6() {
        assertThat(punten(toiletruimte().met(HANGEND_TOILET, WASTAFEL).gedeeldMet(4))).isEqualByComparingTo("0");
    }
}
