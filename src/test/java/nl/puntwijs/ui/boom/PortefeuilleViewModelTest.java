package nl.puntwijs.ui.boom;

import static org.assertj.core.api.Assertions.assertThat;

import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class PortefeuilleViewModelTest {

    private static int woningen(PortefeuilleViewModel vm) {
        return vm.zichtbaarProperty().get().stream().mapToInt(c -> c.woningen().size()).sum();
    }

    @Test
    void complexenMetWoningenPuntenEnSector() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            PortefeuilleViewModel vm = new PortefeuilleViewModel(p.werkruimte);
            assertThat(vm.zichtbaarProperty().get()).extracting(c -> c.info().sleutel()).containsExactly("LINDE", "BAKEN", "HOVEN");
            assertThat(woningen(vm)).isEqualTo(76);
            PortefeuilleViewModel.WoningKnoop k = vm.knoop("LIN-007");
            assertThat(k.puntenProperty().get()).isNotNull();
            assertThat(k.sectorProperty().get()).isEqualTo(Sector.MIDDEN);
            assertThat(k.adres()).contains("Lindehof");
        }
    }

    @Test
    void zoekenEnFilteren() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            PortefeuilleViewModel vm = new PortefeuilleViewModel(p.werkruimte);
            vm.zoektermProperty().set("hov-0");
            assertThat(woningen(vm)).isEqualTo(9);
            vm.zoektermProperty().set("de linde");
            assertThat(woningen(vm)).isEqualTo(24);
            vm.zoektermProperty().set("");
            vm.alleenZorgProperty().set(true);
            assertThat(woningen(vm)).isEqualTo(52); // De Hoven's 12 and Het Baken's 40 zorgwoningen
            vm.alleenZorgProperty().set(false);
            vm.alleenBlokkerendProperty().set(true);
            assertThat(vm.zichtbaarProperty().get()).flatExtracting(PortefeuilleViewModel.ComplexKnoop::woningen)
                    .extracting(PortefeuilleViewModel.WoningKnoop::eenheidId).contains("HOV-07");
            vm.alleenBlokkerendProperty().set(false);
            vm.sectorProperty().set(Sector.MIDDEN);
            assertThat(vm.zichtbaarProperty().get()).flatExtracting(PortefeuilleViewModel.ComplexKnoop::woningen)
                    .allSatisfy(w -> assertThat(w.sectorProperty().get()).isEqualTo(Sector.MIDDEN));
        }
    }

    @Test
    void livePuntenNaEenWijziging() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            PortefeuilleViewModel vm = new PortefeuilleViewModel(p.werkruimte);
            var e = p.werkruimte.huidigeWoning();
            var r = new java.util.ArrayList<>(e.ruimten());
            var o = r.get(0);
            r.set(0, nl.puntwijs.core.model.Ruimte.van(o.soort(), o.detailsoort(), "60").id(o.id()).naam(o.naam()).verwarmd().bouw());
            p.werkruimte.wijzigWoning(e.metRuimten(r), "test");
            assertThat(vm.knoop("LIN-001").puntenProperty().get()).isEqualTo(p.werkruimte.woningProperty().get().resultaat().punten());
        }
    }

    @Test
    void kiezenOpentDeWoning() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            PortefeuilleViewModel vm = new PortefeuilleViewModel(p.werkruimte);
            vm.kies(vm.knoop("HOV-03"));
            p.wacht();
            assertThat(p.werkruimte.geopend().complex().id()).isEqualTo("HOVEN");
            assertThat(p.werkruimte.woningIdProperty().get()).isEqualTo("HOV-03");
        }
    }
}
