package nl.puntwijs.ui.woning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class WoningViewModelTest {

    private static int punten(Proefwerkruimte p) {
        return p.werkruimte.woningProperty().get().resultaat().punten();
    }

    @Test
    void toontDeRuimtenVanDeGekozenWoning() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            assertThat(vm.titelProperty().get()).startsWith("LIN-001").contains("Lindehof");
            assertThat(vm.ruimten()).isNotEmpty();
            assertThat(vm.binnenruimten()).extracting(r -> r.naamProperty().get()).contains("Woonkamer");
            assertThat(vm.buitenruimten()).hasSize(1);
            assertThat(vm.gekozenProperty().get().naamProperty().get()).isEqualTo("Woonkamer");
            assertThat(vm.labelProperty().get()).isNotNull();
            assertThat(vm.woz().tekst()).isNotBlank();
            assertThat(vm.kaleHuur().tekst()).isNotBlank();
        }
    }

    @Test
    void eenGroterVertrekGeeftMeerPuntenEnEenOngeldigGetalNiets() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            int voor = punten(p);
            RuimteRij woonkamer = vm.gekozenProperty().get();
            woonkamer.oppervlakte().typ("40,5");
            assertThat(woonkamer.oppervlakte().fout()).isNull();
            assertThat(p.werkruimte.huidigeWoning().ruimten().get(woonkamer.index()).oppervlakte()).isEqualByComparingTo("40.5");
            int na = punten(p);
            assertThat(na).isGreaterThan(voor);

            woonkamer.oppervlakte().typ("veertig");
            assertThat(woonkamer.oppervlakte().fout()).isEqualTo("'veertig' is geen getal");
            woonkamer.oppervlakte().typ("-3");
            assertThat(woonkamer.oppervlakte().fout()).isEqualTo("oppervlakte kan niet negatief zijn");
            assertThat(punten(p)).isEqualTo(na);
        }
    }

    @Test
    void lengteMaalBreedteGeeftDeOppervlakte() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            RuimteRij r = vm.gekozenProperty().get();
            r.lengte().typ("6");
            r.breedte().typ("5,5");
            assertThat(r.oppervlakte().tekst()).isEqualTo("33");
            assertThat(p.werkruimte.huidigeWoning().ruimten().get(r.index()).oppervlakte()).isEqualByComparingTo("33");
        }
    }

    @Test
    void deKernMeldingStaatBijDeRuimte() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            RuimteRij r = vm.gekozenProperty().get();
            r.oppervlakte().typ("");
            assertThat(r.meldingProperty().get()).isNotNull();
        }
    }

    @Test
    void voorzieningenLabelWozEnHuurWordenBewerkt() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            RuimteRij keuken = vm.ruimten().stream().filter(r -> "Keuken".equals(r.naamProperty().get())).findFirst().orElseThrow();
            vm.gekozenProperty().set(keuken);
            int voor = punten(p);
            vm.voegVoorzieningToe(Voorziening.VAATWASMACHINE);
            assertThat(vm.voorzieningen()).contains(Voorziening.VAATWASMACHINE);
            vm.voegVoorzieningToe(Voorziening.KOOKPLAAT_INDUCTIE);
            assertThat(punten(p)).isGreaterThanOrEqualTo(voor);
            vm.verwijderVoorziening(Voorziening.VAATWASMACHINE);
            assertThat(p.werkruimte.huidigeWoning().ruimten().get(keuken.index()).voorzieningen())
                    .doesNotContain(Voorziening.VAATWASMACHINE);

            vm.labelProperty().set(Energielabel.G);
            int metG = punten(p);
            vm.labelProperty().set(Energielabel.A_PLUS);
            assertThat(punten(p)).isGreaterThan(metG);

            vm.woz().typ("€ 400.000");
            assertThat(vm.woz().fout()).isNull();
            // the points group thousands, as a Dutch user means them: four hundred thousand, not four hundred
            assertThat(p.werkruimte.huidigeWoning().wozWaarden())
                    .anySatisfy(w -> assertThat(w.vastgesteldeWaarde()).isEqualByComparingTo("400000"));
            vm.kaleHuur().typ("1.500,00");
            assertThat(p.werkruimte.huidigeWoning().huur().kaleHuur()).isEqualByComparingTo("1500");
            vm.huishouden().typ("0");
            assertThat(vm.huishouden().fout()).isNotNull();
        }
    }

    /**
     * Text, NaN, exponents, thousands of digits, too many decimals and values beyond the readers' ranges in every
     * numeric field: a Dutch message at the field, nothing thrown, the stored dwelling unchanged.
     */
    @Test
    void onzinInEenGetalveldWordtGeweigerdEnNietOpgeslagen() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            RuimteRij r = vm.gekozenProperty().get();
            var voor = p.werkruimte.huidigeWoning();
            String duizendCijfers = "9".repeat(5000);
            Object[][] gevallen = {
                {r.oppervlakte(), "NaN", "'NaN' is geen getal"},
                {r.oppervlakte(), "1E308", "'1E308' is geen getal"},
                {r.oppervlakte(), "Infinity", "'Infinity' is geen getal"},
                {r.oppervlakte(), duizendCijfers, "'" + "9".repeat(40) + "…' is geen getal"},
                {r.oppervlakte(), "0,000000000001", "'0,000000000001' is onwaarschijnlijk klein (meer dan 10 decimalen)"},
                {r.oppervlakte(), "10000,5", "oppervlakte is onwaarschijnlijk groot (meer dan 10000 m²)"},
                {r.lengte(), "1001", "lengte is onwaarschijnlijk groot (meer dan 1000 m)"},
                {r.breedte(), "-0,5", "breedte kan niet negatief zijn"},
                {r.gedeeld(), "100001", "aantal adressen is onwaarschijnlijk groot (meer dan 100000 adressen)"},
                {r.gedeeld(), "1e3", "'1e3' is geen getal"},
                {vm.woz(), "€ 2000000001", "WOZ-waarde is onwaarschijnlijk groot (meer dan 1000000000 €)"},
                {vm.gangbreedte(), "1200", "gangbreedte is onwaarschijnlijk groot (meer dan 1000 cm)"},
                {vm.drempel(), "150 cm", "drempelhoogte is onwaarschijnlijk groot (meer dan 100 cm)"},
                {vm.kaleHuur(), "100.000,01", "huur is onwaarschijnlijk groot (meer dan 100000 €)"},
                {vm.geplandeHuur(), "-1", "geplande huur kan niet negatief zijn"},
                {vm.servicekosten(), "veel", "'veel' is geen getal"},
                {vm.huishouden(), "0", "huishoudgrootte is minstens 1"},
                {vm.huishouden(), "99999999999999999999", "'99999999999999999999' is geen geheel getal"},
                {vm.aanrechten(), "2400;1000000", "een aanrechtlengte is onwaarschijnlijk groot (meer dan 100000 mm)"},
            };
            for (Object[] g : gevallen) {
                nl.puntwijs.ui.Veld<?> veld = (nl.puntwijs.ui.Veld<?>) g[0];
                veld.typ((String) g[1]);
                assertThat(veld.fout()).as((String) g[1]).isEqualTo(g[2]);
                assertThat(p.werkruimte.huidigeWoning()).as((String) g[1]).isEqualTo(voor);
            }
            // a valid value after the refused ones is taken (once the row's other fields are valid again), rounded to
            // the readers' ten decimals
            r.lengte().laad("");
            r.breedte().laad("");
            r.gedeeld().laad("");
            r.oppervlakte().typ("30,123456789012");
            assertThat(r.oppervlakte().fout()).isNull();
            assertThat(p.werkruimte.huidigeWoning().ruimten().get(r.index()).oppervlakte()).isEqualTo("30.1234567890");
        }
    }

    @Test
    void eenZorgvoorwaardeOmzettenGeeftToeslagEnSignaal() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            p.kies("HOVEN", "HOV-07");
            assertThat(vm.gangbreedte().tekst()).isEqualTo("110");
            assertThat(vm.toetsen()).anySatisfy(t -> assertThat(t.nietVoldaan()).isTrue());
            assertThat(p.werkruimte.woningProperty().get().zorgtoeslag()).isZero();
            assertThat(p.werkruimte.woningProperty().get().signalen()).extracting(Signaal::code).contains("ZW-02");

            vm.gangbreedte().typ("130");
            assertThat(p.werkruimte.woningProperty().get().zorgtoeslag()).isGreaterThan(BigDecimal.ZERO);
            assertThat(p.werkruimte.woningProperty().get().signalen()).extracting(Signaal::code)
                    .contains("BT-01").doesNotContain("ZW-02");
            assertThat(vm.toetsen()).allSatisfy(t -> assertThat(t.voldaan()).isTrue());

            p.kies("HOVEN", "HOV-01");
            assertThat(vm.erftTekst("alarmComplex")).isEqualTo("zoals complex (ja)");
            vm.alarmComplexProperty().set(WoningViewModel.Keuze.NEE);
            assertThat(p.werkruimte.woningProperty().get().zorgtoeslag()).isZero();
            assertThat(p.werkruimte.woningProperty().get().signalen()).extracting(Signaal::code).contains("ZW-05");
            vm.alarmComplexProperty().set(WoningViewModel.Keuze.ERFT);
            assertThat(p.werkruimte.woningProperty().get().zorgtoeslag()).isPositive();
        }
    }

    @Test
    void ruimteToevoegenEnVerwijderen() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            int n = vm.ruimten().size();
            vm.voegRuimteToe(false);
            assertThat(vm.ruimten()).hasSize(n + 1);
            assertThat(vm.gekozenProperty().get().naamProperty().get()).isEqualTo("Nieuwe kamer");
            vm.verwijderGekozenRuimte();
            assertThat(vm.ruimten()).hasSize(n);
            assertThat(p.werkruimte.huidigeWoning().ruimten()).hasSize(n);
        }
    }

    @Test
    void ongedaanMakenLaadtDeVeldenOpnieuw() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            WoningViewModel vm = new WoningViewModel(p.werkruimte);
            String was = vm.gekozenProperty().get().oppervlakte().tekst();
            vm.gekozenProperty().get().oppervlakte().typ("50");
            p.werkruimte.ongedaan();
            assertThat(vm.gekozenProperty().get().oppervlakte().tekst()).isEqualTo(was);
        }
    }
}
