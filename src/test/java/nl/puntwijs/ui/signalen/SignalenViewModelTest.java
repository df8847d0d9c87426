package nl.puntwijs.ui.signalen;

import static org.assertj.core.api.Assertions.assertThat;

import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.ui.Proefwerkruimte;
import nl.puntwijs.ui.dienst.Werkruimte;
import org.junit.jupiter.api.Test;

class SignalenViewModelTest {

    @Test
    void deSignalenVanDeKeuzeBlokkerendEerst() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            SignalenViewModel vm = new SignalenViewModel(p.werkruimte);
            p.kies("HOVEN", "HOV-07");
            assertThat(vm.signalen()).isNotEmpty();
            assertThat(vm.signalen().get(0).ernst()).isEqualTo(Ernst.BLOKKEREND);
            assertThat(vm.signalen()).extracting(Signaal::eenheid).containsOnly("HOV-07", null);
            assertThat(vm.samenvattingProperty().get()).startsWith("1 blokkerend");
            vm.heleComplexProperty().set(true);
            assertThat(vm.signalen()).extracting(Signaal::eenheid).contains("HOV-01", "HOV-12");
        }
    }

    @Test
    void eenSignaalKiezenVraagtHetVeld() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            SignalenViewModel vm = new SignalenViewModel(p.werkruimte);
            p.kies("HOVEN", "HOV-07");
            vm.heleComplexProperty().set(true);
            Signaal zw = vm.signalen().stream().filter(s -> s.code().equals("ZW-02")).findFirst().orElseThrow();
            p.kies("HOVEN", "HOV-01");
            vm.kies(zw);
            Werkruimte.Veldverzoek v = p.werkruimte.veldverzoekProperty().get();
            assertThat(v.eenheidId()).isEqualTo("HOV-07");
            assertThat(v.veld()).isEqualTo("zorg.smalsteGangbreedteCm");
            assertThat(p.werkruimte.woningIdProperty().get()).isEqualTo("HOV-07");
        }
    }
}
