package nl.puntwijs.ui.hoofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import nl.puntwijs.ui.Proefwerkruimte;
import nl.puntwijs.ui.Werkmaplezer;
import nl.puntwijs.ui.dienst.Bestandsopener;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.taak.TaakViewModel;
import org.junit.jupiter.api.Test;

class HoofdViewModelTest {

    private static HoofdViewModel vm(Proefwerkruimte p, Optional<Bestandsopener> opener) {
        return new HoofdViewModel(p.werkruimte, new Instellingen(p.map), new TaakViewModel(p.werkruimte), opener);
    }

    @Test
    void titelRecentEnPeildata() {
        try (Proefwerkruimte p = new Proefwerkruimte()) {
            HoofdViewModel vm = vm(p, Optional.empty());
            p.open();
            assertThat(vm.titelProperty().get()).isEqualTo("Puntwijs \u2014 Voorbeeld.puntwijs \u2014 De Linde");
            assertThat(vm.recent()).containsExactly(p.bestand.toAbsolutePath().normalize());

            vm.peildatumProperty().set(LocalDate.of(2025, 7, 1));
            assertThat(p.werkruimte.peildatumProperty().get()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(p.werkruimte.woningProperty().get().resultaat().peildatum()).isEqualTo(LocalDate.of(2025, 7, 1));
            vm.peildatumProperty().set(LocalDate.of(1999, 1, 1));
            assertThat(vm.peildatumProperty().get()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(p.dialogen.fouten).singleElement().asString().contains("geen tabellen voor peildatum 1999-01-01");

            vm.tweedePeildatumProperty().set(LocalDate.of(2026, 7, 1));
            vm.vergelijkenProperty().set(true);
            assertThat(p.werkruimte.woningVergelijkProperty().get()).isNotNull();
            vm.vergelijkenProperty().set(false);
            assertThat(p.werkruimte.woningVergelijkProperty().get()).isNull();
        }
    }

    @Test
    void exporterenSchrijftHetRapportMeldtHetEnBiedtAanHetTeOpenen() throws Exception {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            List<Path> geopend = new ArrayList<>();
            HoofdViewModel vm = vm(p, Optional.of(geopend::add));
            vm.vergelijkenProperty().set(true);
            // the platform dialog may return the name without the extension
            p.dialogen.bestanden = List.of(p.map.resolve("bestuur"));
            vm.exporteren();
            p.wacht();
            Path doel = p.map.resolve("bestuur.xlsx");
            assertThat(p.dialogen.voorstel).isEqualTo("Voorbeeld-2026-07-01.xlsx");
            assertThat(p.dialogen.fouten).isEmpty();
            assertThat(p.werkruimte.statusProperty().get())
                    .isEqualTo("Bestuursrapport geschreven: bestuur.xlsx (3 complexen, 76 woningen)");
            assertThat(p.dialogen.vragen).containsExactly("Het bestuursrapport bestuur.xlsx nu openen?");
            assertThat(geopend).containsExactly(doel);
            assertThat(Werkmaplezer.woningen(doel)).hasSize(76);
            assertThat(Werkmaplezer.woningen(doel, "Vergelijking")).hasSize(76);
        }
    }

    @Test
    void hetGeopendeComplexAlleenZonderAanbodOmTeOpenenAlsNietsHetKanOpenen() throws Exception {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            HoofdViewModel vm = vm(p, Optional.empty());
            p.kies("HOVEN", "HOV-07");
            Path doel = p.map.resolve("hoven.xlsx");
            p.dialogen.bestanden = List.of(doel);
            vm.exporteerGeopend();
            p.wacht();
            assertThat(p.dialogen.voorstel).isEqualTo("Voorbeeld-Zorgcomplex De Hoven-2026-07-01.xlsx");
            assertThat(Werkmaplezer.woningen(doel)).hasSize(12).allMatch(id -> id.startsWith("HOV-"));
            assertThat(Werkmaplezer.parameter(doel, "Portefeuille")).isEqualTo("Voorbeeld \u2014 Zorgcomplex De Hoven");
            assertThat(p.werkruimte.statusProperty().get()).contains("(1 complexen, 12 woningen)");
            assertThat(p.dialogen.vragen).isEmpty();
        }
    }

    @Test
    void eenExportDieNietKanSchrijvenToontDeMeldingInDeFoutdialoog() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            HoofdViewModel vm = vm(p, Optional.of(pad -> { }));
            p.dialogen.bestanden = List.of(p.map.resolve("bestaat-niet").resolve("rapport.xlsx"));
            vm.exporteren();
            p.wacht();
            assertThat(p.dialogen.fouten).singleElement().asString().startsWith("Exporteren mislukt")
                    .contains("Een eerder bestand met die naam is ongewijzigd.").doesNotContain("niets gewijzigd")
                    .contains("de map " + p.map.resolve("bestaat-niet") + " bestaat niet")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(p.dialogen.vragen).isEmpty();
            assertThat(p.werkruimte.statusProperty().get()).doesNotContain("geschreven");
        }
    }

    @Test
    void importerenVoegtEenComplexToe() throws Exception {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            HoofdViewModel vm = vm(p, Optional.empty());
            Path vector = Path.of("src/test/resources/conformance/vera/zelfstandige_woonruimten/input/12006000004.json");
            assertThat(vm.importeer(List.of(vector))).isTrue();
            p.wacht();
            assertThat(p.werkruimte.complexen()).hasSize(4);
            // stored, with the importer's warnings listed in full
            assertThat(p.dialogen.fouten).singleElement().asString().contains("1 eenheden in 1 complex geïmporteerd")
                    .contains("adres: onvolledig");

            vm.importeer(List.of(p.map.resolve("bestaat-niet.json")));
            p.wacht();
            assertThat(p.dialogen.fouten).hasSize(2).last().asString().contains("bestaat niet");
        }
    }

    @Test
    void herwaarderenAlsTaak() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            HoofdViewModel vm = vm(p, Optional.empty());
            vm.herwaarderen();
            p.wacht();
            assertThat(p.werkruimte.statusProperty().get()).isEqualTo("76 woningen gewaardeerd op 2026-07-01");
        }
    }
}
