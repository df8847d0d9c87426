package nl.puntwijs.ui.complex;

import static org.assertj.core.api.Assertions.assertThat;

import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class ComplexViewModelTest {

    @Test
    void woningenRuimtenGrafiekenEnSoo() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ComplexViewModel vm = new ComplexViewModel(p.werkruimte);
            assertThat(vm.titelProperty().get()).startsWith("De Linde");
            assertThat(vm.woningen()).hasSize(24);
            assertThat(vm.ruimten()).singleElement().satisfies(r -> {
                assertThat(r.adressen()).isEqualTo(24);
                assertThat(r.punten()).isEqualTo("101,75");
                assertThat(r.perWoning()).isEqualTo("4,24");
            });
            assertThat(vm.perSectorProperty().get()).containsEntry(Sector.SOCIAAL, 12).containsEntry(Sector.MIDDEN, 12);
            assertThat(vm.verdelingProperty().get().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(24);
            assertThat(vm.soo()).isNotEmpty();
            assertThat(vm.subsidieProperty().get()).startsWith("Geschatte SOO-subsidie €");
            assertThat(vm.matrix()).hasSize(3);
            assertThat(vm.matrix()).allSatisfy(r -> assertThat(vm.rijGekoppeld(r)).isTrue());
        }
    }

    @Test
    void eenWoningOntkoppelenVerlaagtHaarPunten() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ComplexViewModel vm = new ComplexViewModel(p.werkruimte);
            int voor = p.werkruimte.woningProperty().get().resultaat().punten();
            ComplexViewModel.Cel cel = vm.matrix().get(0).cellen().get(0);
            assertThat(cel.eenheidId()).isEqualTo("LIN-001");
            cel.gekoppeldProperty().set(false);
            assertThat(p.werkruimte.geopend().complex().gedeeldeRuimten().get(0).woningen()).doesNotContain("LIN-001");
            assertThat(p.werkruimte.woningProperty().get().resultaat().punten()).isLessThan(voor);
            assertThat(vm.ruimten().get(0).adressen()).isEqualTo(23);
            cel.gekoppeldProperty().set(true);
            assertThat(p.werkruimte.woningProperty().get().resultaat().punten()).isEqualTo(voor);

            vm.koppelRij(vm.matrix().get(1), false);
            assertThat(vm.ruimten().get(0).adressen()).isEqualTo(16);
            vm.koppelAlles(true);
            assertThat(vm.ruimten().get(0).adressen()).isEqualTo(24);
        }
    }

    @Test
    void deMethodeVoorZorgwoningenMetBeideUitkomsten() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ComplexViewModel vm = new ComplexViewModel(p.werkruimte);
            p.kies("HOVEN", "HOV-01");
            assertThat(vm.heeftZorgwoningenProperty().get()).isTrue();
            assertThat(vm.methodeProperty().get()).isEqualTo(MethodeGedeeldeRuimten.FORFAITAIR);
            String forf = vm.forfaitairProperty().get();
            String gem = vm.gemetenProperty().get();
            assertThat(forf).isNotEqualTo(gem).contains("punten samen");
            vm.methodeProperty().set(MethodeGedeeldeRuimten.GEMETEN);
            assertThat(p.werkruimte.geopend().complex().methode()).isEqualTo(MethodeGedeeldeRuimten.GEMETEN);
            assertThat(vm.gemetenProperty().get()).isEqualTo(gem);
            assertThat(vm.forfaitairProperty().get()).isEqualTo(forf);
        }
    }

    @Test
    void eenScenarioNaastDeBasis() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ComplexViewModel vm = new ComplexViewModel(p.werkruimte);
            p.dialogen.antwoord = "Zonder ontmoetingsruimte";
            vm.maakScenario();
            p.wacht();
            assertThat(vm.scenarioProperty().get()).isTrue();
            assertThat(vm.scenarioTekstProperty().get()).contains("Zonder ontmoetingsruimte");
            vm.koppelRij(vm.matrix().get(0), false);
            assertThat(vm.woningen().subList(0, 8)).allSatisfy(w -> {
                assertThat(w.basisPunten()).isNotNull();
                assertThat(w.punten()).isLessThan(w.basisPunten());
                assertThat(w.verschil()).startsWith("-");
            });
            assertThat(vm.woningen().subList(8, 24)).allSatisfy(w -> assertThat(w.punten()).isGreaterThan(w.basisPunten()));
            assertThat(vm.signaalverschillen()).anySatisfy(s -> assertThat(s.verschenen()).isFalse());

            vm.koppelAlles(false);
            assertThat(vm.woningen()).isEmpty();
            assertThat(vm.samenvattingProperty().get()).contains("geen woningen met gebruiksrecht");
            vm.verwerpScenario();
            p.wacht();
            assertThat(vm.scenarioProperty().get()).isFalse();
            assertThat(vm.ruimten().get(0).adressen()).isEqualTo(24);
        }
    }
}
