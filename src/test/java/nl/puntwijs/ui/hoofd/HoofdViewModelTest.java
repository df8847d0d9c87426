package nl.puntwijs.ui.hoofd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.puntwijs.ui.Proefwerkruimte;
import nl.puntwijs.ui.dienst.ExcelExport;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.taak.TaakViewModel;
import org.junit.jupiter.api.Test;

class HoofdViewModelTest {

    private static HoofdViewModel vm(Proefwerkruimte p, Optional<ExcelExport> export) {
        return new HoofdViewModel(p.werkruimte, new Instellingen(p.map), new TaakViewModel(p.werkruimte), () -> export);
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
    void zonderExcelExportZegtHetDatDieVolgt() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            HoofdViewModel vm = vm(p, Optional.empty());
            assertThat(vm.exportBeschikbaar()).isFalse();
            vm.exporteren();
            assertThat(p.dialogen.meldingen).singleElement().asString().contains("Excel-export volgt");
        }
    }

    @Test
    void eenGeinstalleerdeExportKrijgtHetVerzoek() throws Exception {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            AtomicReference<ExcelExport.Verzoek> gekregen = new AtomicReference<>();
            ExcelExport nep = (pf, v, taak) -> {
                taak.meld("schrijven", 1, 1);
                Files.writeString(v.doel(), "werkmap");
                gekregen.set(v);
            };
            Path doel = p.map.resolve("rapport.xlsx");
            p.dialogen.bestanden = List.of(doel);
            HoofdViewModel vm = vm(p, Optional.of(nep));
            vm.exporteren();
            p.wacht();
            assertThat(gekregen.get().peildatum()).isEqualTo(Proefwerkruimte.PEILDATUM);
            assertThat(doel).exists();
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
