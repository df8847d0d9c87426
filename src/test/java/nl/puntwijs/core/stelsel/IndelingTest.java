package nl.puntwijs.core.stelsel;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Room classification (vera-interpretatie.md §1, spec §2.1/§2.2 and §6.B: the entered kind leads, only the
 * area thresholds are checked).
 */
class IndelingTest {

    private Meldingen meldingen;

    private Indeling deelIn(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        meldingen = new Meldingen();
        return Indeling.van(w.bouw(), meldingen);
    }

    /** The class of the single room, or empty when it is not classified. */
    private Optional<Klasse> klasse(Ruimte.Bouwer ruimte) {
        Indeling indeling = deelIn(ruimte);
        if (!indeling.prive().isEmpty()) {
            return Optional.of(indeling.prive().get(0).klasse());
        }
        if (!indeling.gedeeld().isEmpty()) {
            return Optional.of(indeling.gedeeld().get(0).klasse());
        }
        return Optional.empty();
    }

    @Test
    void verkeersruimteGaatVoorDeDetailsoort() {
        assertThat(klasse(Ruimte.van(VERKEERSRUIMTE, HAL, "6.00"))).contains(Klasse.VERKEERSRUIMTE);
        // a bathroom entered as verkeersruimte is a verkeersruimte (row 1 of the decision table)
        assertThat(klasse(Ruimte.van(VERKEERSRUIMTE, BADKAMER, "6.00"))).contains(Klasse.VERKEERSRUIMTE);
    }

    @ParameterizedTest(name = "{0}/{1} {2} m2 -> {3}")
    @CsvSource({
            // living and storage rooms: vertrek from 4 m2, else overige from 2 m2 (BB26 §2.2.1.2, §2.2.2.2)
            "VERTREK, SLAAPKAMER, 4.00, VERTREK",
            "VERTREK, SLAAPKAMER, 3.99, OVERIGE_RUIMTE",   // 3.99 fails, no rounding up (spec §2.1)
            "VERTREK, SLAAPKAMER, 2.00, OVERIGE_RUIMTE",
            "VERTREK, SLAAPKAMER, 1.99, GEEN",
            "OVERIGE_RUIMTE, WOONKAMER, 12.00, OVERIGE_RUIMTE", // the kind entered leads
            "OVERIGE_RUIMTE, BERGING, 2.00, OVERIGE_RUIMTE",
            "OVERIGE_RUIMTE, BERGING, 1.95, GEEN",            // spec §2.2: 1.95 fails
            "OVERIGE_RUIMTE, ZOLDER, 3.00, GEEN",             // attic without any stair recorded
            // kitchens and bathrooms are always vertrekken, whatever their size or kind (Bhw rubriek 1)
            "OVERIGE_RUIMTE, KEUKEN, 1.00, VERTREK",
            "VERTREK, BADKAMER, 1.50, VERTREK",
            "VERTREK, DOUCHERUIMTE, 1.20, VERTREK",
            "VERTREK, BADKAMER_MET_TOILET, 3.00, VERTREK",
            // a toilet room is never a vertrek
            "VERTREK, TOILETRUIMTE, 6.00, OVERIGE_RUIMTE",
            "OVERIGE_RUIMTE, TOILETRUIMTE, 2.00, OVERIGE_RUIMTE",
            "OVERIGE_RUIMTE, TOILETRUIMTE, 1.99, GEEN",
            // private garage: overige ruimte (BB26 §2.2.2.5)
            "OVERIGE_RUIMTE, GARAGE, 15.00, OVERIGE_RUIMTE",
            // outdoor spaces
            "BUITENRUIMTE, BALKON, 4.50, BUITENRUIMTE",
            "BUITENRUIMTE, TUIN, 40.00, BUITENRUIMTE",
            "BUITENRUIMTE, LOGGIA, 5.00, BUITENRUIMTE",
            "BUITENRUIMTE, CARPORT, 15.00, BUITENRUIMTE",
            "BUITENRUIMTE, PARKEERPLAATS, 12.00, BUITENRUIMTE"
    })
    void kentElkeRuimteEenKlasseToe(RuimteSoort soort, Detailsoort detailsoort, String oppervlakte, String verwacht) {
        Optional<Klasse> klasse = klasse(Ruimte.van(soort, detailsoort, oppervlakte));
        if (verwacht.equals("GEEN")) {
            assertThat(klasse).isEmpty();
        } else {
            assertThat(klasse).contains(Klasse.valueOf(verwacht));
        }
    }

    @Test
    void zolderMetVasteTrapIsVanafVierM2EenVertrek() {
        assertThat(klasse(Ruimte.van(VERTREK, ZOLDER, "4.00").vasteTrap())).contains(Klasse.VERTREK);
        // fixed stair but < 4 m2: overige ruimte (spec §6.B), no -5 correction
        Indeling klein = deelIn(Ruimte.van(VERTREK, ZOLDER, "3.50").vasteTrap());
        assertThat(klein.prive()).singleElement().satisfies(r -> {
            assertThat(r.klasse()).isEqualTo(Klasse.OVERIGE_RUIMTE);
            assertThat(r.zolderZonderVasteTrap()).isFalse();
        });
    }

    @Test
    void zolderMetVlizotrapIsEenOverigeRuimteMetCorrectie() {
        // BB26 §2.2.2.3: an attic reached by a loft ladder is an overige ruimte with the -5 correction
        Indeling indeling = deelIn(Ruimte.van(OVERIGE_RUIMTE, ZOLDER, "7.82").vlizotrap());
        assertThat(indeling.prive()).singleElement().satisfies(r -> {
            assertThat(r.klasse()).isEqualTo(Klasse.OVERIGE_RUIMTE);
            assertThat(r.zolderZonderVasteTrap()).isTrue();
        });
    }

    @Test
    void oppervlakteWordtPerRuimteOpTweeDecimalenAfgerond() {
        // 4.35 x 5.10 = 22.185 -> 22.19 (spec §2.1 example; half up)
        Indeling indeling = deelIn(Ruimte.van(VERTREK, WOONKAMER, "22.185"));
        assertThat(indeling.prive().get(0).oppervlakte()).isEqualByComparingTo("22.19");
        assertThat(indeling.prive().get(0).eigenOppervlakte()).isEqualByComparingTo("22.19");
    }

    @Test
    void kastenTellenMeeInDeOppervlakteMaarNietVoorDeDrempel() {
        // 3.60 m2 bedroom + 0.60 m2 cupboard: classified on 3.60 (< 4: overige), area 4.20 (vera-interpretatie §1.4)
        Indeling indeling = deelIn(Ruimte.van(VERTREK, SLAAPKAMER, "3.60").kast("0.60"));
        IngedeeldeRuimte r = indeling.prive().get(0);
        assertThat(r.klasse()).isEqualTo(Klasse.OVERIGE_RUIMTE);
        assertThat(r.oppervlakte()).isEqualByComparingTo("4.20");
        assertThat(r.eigenOppervlakte()).isEqualByComparingTo("3.60");
    }

    @Test
    void gedeeldeRuimtenStaanApartVanDePriveRuimten() {
        Indeling indeling = deelIn(
                Ruimte.van(VERTREK, WOONKAMER, "20.00"),
                Ruimte.van(VERTREK, RECREATIERUIMTE, "80.00").gedeeldMet(24),
                Ruimte.van(VERTREK, SLAAPKAMER, "10.00").gedeeldMet(1)); // 1 address = private
        assertThat(indeling.prive()).extracting(r -> r.ruimte().detailsoort()).containsExactly(WOONKAMER, SLAAPKAMER);
        assertThat(indeling.gedeeld()).singleElement().satisfies(r -> {
            assertThat(r.ruimte().detailsoort()).isEqualTo(RECREATIERUIMTE);
            assertThat(r.klasse()).isEqualTo(Klasse.VERTREK);
        });
    }

    @Test
    void gedeeldeBergingHeeftTweeM2PerAdresNodig() {
        // 10 m2 / 6 addresses = 1.67 < 2: dropped; 12 m2 / 6 = 2.00: an overige ruimte (BB25 §2.9, vector gvr/berging)
        assertThat(deelIn(Ruimte.van(OVERIGE_RUIMTE, BERGING, "10.00").gedeeldMet(6)).gedeeld()).isEmpty();
        assertThat(deelIn(Ruimte.van(OVERIGE_RUIMTE, BERGING, "12.00").gedeeldMet(6)).gedeeld())
                .singleElement().extracting(IngedeeldeRuimte::klasse).isEqualTo(Klasse.OVERIGE_RUIMTE);
    }

    @Test
    void gedeeldeCarportEnGarageZijnGeenBuitenruimteOfOverigeRuimte() {
        assertThat(klasse(Ruimte.van(BUITENRUIMTE, CARPORT, "15.00").gedeeldMet(4))).isEmpty();
        assertThat(klasse(Ruimte.van(OVERIGE_RUIMTE, GARAGE, "15.00").gedeeldMet(4))).isEmpty();
    }

    @Test
    void ruimteZonderOppervlakteWordtNietIngedeeldMetEenMelding() {
        Indeling indeling = deelIn(Ruimte.van(VERTREK, WOONKAMER, null));
        assertThat(indeling.prive()).isEmpty();
        assertThat(indeling.gedeeld()).isEmpty();
        assertThat(meldingen.lijst()).singleElement().satisfies(m -> assertThat(m.veld()).isEqualTo("ruimten[0]"));
    }

    @Test
    void ruimteZonderSoortOfDetailsoortWordtNietIngedeeld() {
        Indeling indeling = deelIn(Ruimte.van(null, WOONKAMER, "20.00"), Ruimte.van(VERTREK, null, "20.00"));
        assertThat(indeling.prive()).isEmpty();
        assertThat(meldingen.lijst()).hasSize(2);
    }

    @Test
    void volgordeVanDeInvoerBlijftBewaard() {
        Indeling indeling = deelIn(
                Ruimte.van(VERTREK, KEUKEN, "8.00"),
                Ruimte.van(VERKEERSRUIMTE, HAL, "4.00"),
                Ruimte.van(BUITENRUIMTE, BALKON, "5.00"),
                Ruimte.van(OVERIGE_RUIMTE, BERGING, "3.00"));
        assertThat(indeling.prive()).extracting(IngedeeldeRuimte::index).containsExactly(0, 1, 2, 3);
        assertThat(indeling.prive()).extracting(IngedeeldeRuimte::klasse).containsExactly(Klasse.VERTREK,
                Klasse.VERKEERSRUIMTE, Klasse.BUITENRUIMTE, Klasse.OVERIGE_RUIMTE);
    }
}
