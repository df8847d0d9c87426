package nl.puntwijs.ui.dienst;

import static nl.puntwijs.ui.Werkmaplezer.bladen;
import static nl.puntwijs.ui.Werkmaplezer.inhoud;
import static nl.puntwijs.ui.Werkmaplezer.parameter;
import static nl.puntwijs.ui.Werkmaplezer.woningen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import nl.puntwijs.export.ExportFout;
import nl.puntwijs.export.Exportverslag;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop application's export on the sample portfolio: the CLI's report, progress, cancel, the peildata. */
class ExcelExportTest {

    static final LocalDate VORIG_JAAR = LocalDate.of(2025, 7, 1);

    @TempDir
    Path tmp;

    private Path voorbeeld() {
        return Voorbeeldportefeuille.zorgVoor(tmp.resolve("data"), Proefwerkruimte.kern(), Proefwerkruimte.PEILDATUM);
    }

    private static final class Teller implements Taakcontext {
        final List<String> fasen = new ArrayList<>();
        long laatste = -1;
        long totaal;

        @Override
        public void meld(String fase, long gedaan, long totaal) {
            fasen.add(fase);
            laatste = gedaan;
            this.totaal = totaal;
        }

        @Override
        public boolean geannuleerd() {
            return false;
        }
    }

    @Test
    void deHelePortefeuilleMetVergelijkingEnDeOntbrekendeResultatenOpgeslagen() throws Exception {
        Path doel = tmp.resolve("rapport.xlsx");
        Teller taak = new Teller();
        try (Portfolio p = Portfolio.open(voorbeeld())) {
            long linde = p.repository().complex("LINDE").orElseThrow().id();
            // the sample stores results at the peildatum only: those of the vergelijkdatum are computed by the export
            assertThat(p.resultaten().resultatenVanComplex(linde, VORIG_JAAR)).isEmpty();
            Exportverslag v = new ExcelExport(Proefwerkruimte.kern()).exporteer(p,
                    new ExcelExport.Verzoek(doel, Proefwerkruimte.PEILDATUM, VORIG_JAAR, List.of(), null), taak);
            assertThat(v.complexen()).isEqualTo(3);
            assertThat(v.woningen()).isEqualTo(76);
            assertThat(p.resultaten().resultatenVanComplex(linde, VORIG_JAAR)).hasSize(24);
        }
        assertThat(bladen(doel)).containsExactly("Samenvatting", "Complexen", "Woningen", "Puntenopbouw",
                "Gedeelde ruimten", "Knelpunten", "Vergelijking", "Parameters", "Wijzigingen");
        assertThat(woningen(doel)).hasSize(76).contains("LIN-001", "HOV-07", "BAK-001").doesNotHaveDuplicates();
        // the vergelijkdatum reached the report: the comparison has a row per dwelling
        assertThat(woningen(doel, "Vergelijking")).hasSize(76);
        assertThat(parameter(doel, "Portefeuille")).isEqualTo("Voorbeeld");
        assertThat(taak.fasen).contains("Werkboek opslaan", "Klaar");
        assertThat(taak.laatste).isEqualTo(taak.totaal);
    }

    @Test
    void alleenHetGekozenScenario() throws Exception {
        Path doel = tmp.resolve("scenario.xlsx");
        try (Portfolio p = Portfolio.open(voorbeeld())) {
            long linde = p.repository().complex("LINDE").orElseThrow().id();
            long watAls = p.repository().maakScenario(linde, "Wat als");
            Exportverslag v = new ExcelExport(Proefwerkruimte.kern()).exporteer(p,
                    new ExcelExport.Verzoek(doel, Proefwerkruimte.PEILDATUM, null, List.of(watAls),
                            "Voorbeeld \u2014 scenario Wat als"), Taakcontext.GEEN);
            assertThat(v.complexen()).isEqualTo(1);
        }
        assertThat(woningen(doel)).hasSize(24).allMatch(id -> id.startsWith("LIN-"));
        // the sheets name the complex as the scenario's copy does; the portfolio's name says it is a scenario
        assertThat(parameter(doel, "Portefeuille")).isEqualTo("Voorbeeld \u2014 scenario Wat als");
        assertThat(woningen(doel, "Vergelijking")).isEmpty();
    }

    @Test
    void annulerenHalverwegeLaatHetOudeBestandStaanEnGeenTijdelijkBestand() throws Exception {
        Path map = Files.createDirectories(tmp.resolve("uit"));
        Path doel = map.resolve("rapport.xlsx");
        Files.writeString(doel, "het rapport van vorige maand");
        List<Path> tijdensAnnuleren = new ArrayList<>();
        Taakcontext halverwege = new Taakcontext() {
            private boolean annuleren;

            @Override
            public void meld(String fase, long gedaan, long totaal) {
                // cancel once the first complex is in the workbook: the temporary file is there by then
                if (gedaan > 0 && !annuleren) {
                    annuleren = true;
                    tijdensAnnuleren.addAll(inhoud(map));
                }
            }

            @Override
            public boolean geannuleerd() {
                return annuleren;
            }
        };
        try (Portfolio p = Portfolio.open(voorbeeld())) {
            assertThatThrownBy(() -> new ExcelExport(Proefwerkruimte.kern()).exporteer(p,
                    new ExcelExport.Verzoek(doel, Proefwerkruimte.PEILDATUM, null, List.of(), null), halverwege))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(tijdensAnnuleren).hasSize(2).anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        assertThat(inhoud(map)).containsExactly(doel);
        assertThat(Files.readString(doel)).isEqualTo("het rapport van vorige maand");
    }

    @Test
    void eenDoelInEenMapDieNietBestaatGeeftEenNederlandseMelding() throws Exception {
        Path doel = tmp.resolve("weg").resolve("rapport.xlsx");
        try (Portfolio p = Portfolio.open(voorbeeld())) {
            assertThatThrownBy(() -> new ExcelExport(Proefwerkruimte.kern()).exporteer(p,
                    new ExcelExport.Verzoek(doel, Proefwerkruimte.PEILDATUM, null, List.of(), null), Taakcontext.GEEN))
                    .isInstanceOf(ExportFout.class).hasMessageContaining("bestaat niet");
        }
        assertThat(doel.getParent()).doesNotExist();
    }
}
