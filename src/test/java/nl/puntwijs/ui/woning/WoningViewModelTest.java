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
            vm.kaleHuur().typ("1.500,00");
            assertThat(p.werkruimte.huidigeWoning().huur().kaleHuur()).isEqualByComparingTo("1500");
            vm.huishouden().typ("0");
            assertThat(vm.huishouden().fout()).isNotNull();
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
