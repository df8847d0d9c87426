package nl.puntwijs.export;

import static nl.puntwijs.export.ExportWerkboekTest.HOVEN;
import static nl.puntwijs.export.ExportWerkboekTest.LINDE;
import static nl.puntwijs.export.ExportWerkboekTest.PEILDATUM;
import static nl.puntwijs.export.ExportWerkboekTest.dienst;
import static nl.puntwijs.export.ExportWerkboekTest.lees;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.store.Portfolio;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store-backed source: results it lacks are stored, stale ones named, a read-only file left as it is. */
class OpslagbronTest {

    @TempDir
    Path tmp;

    private Path portefeuille() throws Exception {
        Path db = tmp.resolve("corporatie.puntwijs");
        Complex linde = new ComplexLezer().lees(Files.readAllBytes(LINDE)).complex();
        try (Portfolio p = Portfolio.open(db)) {
            p.repository().nieuwComplex(linde, "de-linde-complex.json");
        }
        return db;
    }

    private static Opslagbron bron(Portfolio p, List<String> complexen) {
        return new Opslagbron(p, PEILDATUM, null, Interpretatie.standaard(), complexen,
                new Complexberekening(TabellenLader.standaard(), TabellenLader.drempels()));
    }

    private static List<String> meldingen(XSSFWorkbook wb) {
        List<String> uit = new ArrayList<>();
        Sheet k = wb.getSheet("Knelpunten");
        for (Row r : k) {
            if (r.getRowNum() > 0 && r.getCell(1) != null && "INVOER".equals(r.getCell(1).getStringCellValue())) {
                uit.add(r.getCell(5).getStringCellValue());
            }
        }
        return uit;
    }

    @Test
    void ontbrekendeResultatenWordenBerekendEnOpgeslagen() throws Exception {
        Path db = portefeuille();
        Path doel = tmp.resolve("rapport.xlsx");
        try (Portfolio p = Portfolio.open(db)) {
            assertThat(p.resultaten().resultatenVanComplex(p.repository().complexen().get(0).id(), PEILDATUM)).isEmpty();
            Opslagbron b = bron(p, List.of());
            assertThat(b.onderdelen()).extracting(Exportbron.Onderdeel::woningen).containsExactly(24);
            Exportverslag v = dienst(Exportopties.standaard()).exporteer(b, doel, Voortgang.GEEN, Annulering.NOOIT);
            assertThat(v.woningen()).isEqualTo(24);
            assertThat(p.resultaten().resultatenVanComplex(p.repository().complexen().get(0).id(), PEILDATUM))
                    .hasSize(24);
        }
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(wb.getSheet("Samenvatting").getRow(1).getCell(0).getStringCellValue()).isEqualTo("corporatie");
            assertThat(wb.getSheet("Wijzigingen").getRow(1).getCell(7).getStringCellValue())
                    .isEqualTo("de-linde-complex.json");
            assertThat(meldingen(wb)).noneMatch(m -> m.contains("wijkt af"));
        }
    }

    @Test
    void eenVerouderdOpgeslagenResultaatWordtGenoemd() throws Exception {
        Path db = portefeuille();
        try (Portfolio p = Portfolio.open(db)) {
            dienst(Exportopties.standaard()).exporteer(bron(p, List.of()), tmp.resolve("eerst.xlsx"), Voortgang.GEEN,
                    Annulering.NOOIT);
        }
        // as if an older version had stored 139 points for LIN-001
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE resultaat SET punten = 139, puntwijs_versie = '0.9' WHERE eenheid_id = "
                    + "(SELECT id FROM eenheid WHERE vera_id = 'LIN-001') AND peildatum = '2026-07-01'");
        }
        Path doel = tmp.resolve("rapport.xlsx");
        try (Portfolio p = Portfolio.open(db)) {
            dienst(Exportopties.standaard()).exporteer(bron(p, List.of("De Linde")), doel, Voortgang.GEEN,
                    Annulering.NOOIT);
        }
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(meldingen(wb)).anySatisfy(m -> assertThat(m).contains("139 punten").contains("Puntwijs 0.9")
                    .contains("(141 punten)").contains("rescore"));
            assertThat(wb.getSheet("Woningen").getRow(2).getCell(Rapport.W_TOTAAL).getNumericCellValue())
                    .isEqualTo(141);
        }
    }

    @Test
    void eenAlleenLezenBestandHoudtZijnGatenEnZegtDat() throws Exception {
        Path db = portefeuille();
        Path doel = tmp.resolve("rapport.xlsx");
        try (Portfolio p = Portfolio.open(db, Portfolio.Opties.standaard().metAlleenLezen())) {
            dienst(Exportopties.standaard()).exporteer(bron(p, List.of()), doel, Voortgang.GEEN, Annulering.NOOIT);
            assertThat(p.resultaten().resultatenVanComplex(p.repository().complexen().get(0).id(), PEILDATUM))
                    .isEmpty();
        }
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(meldingen(wb)).anySatisfy(m -> assertThat(m)
                    .contains("24 van de 24 woningen hebben geen opgeslagen resultaat").contains("alleen-lezen"));
            assertThat(wb.getSheet("Woningen").getRow(2).getCell(Rapport.W_TOTAAL).getNumericCellValue())
                    .isEqualTo(141);
        }
    }

    @Test
    void eenOnbekendeNaamWordtVoorafGemeld() throws Exception {
        Path db = portefeuille();
        try (Portfolio p = Portfolio.open(db)) {
            Opslagbron b = bron(p, List.of("LINDE", "Nergens"));
            assertThat(b.onderdelen()).hasSize(1);
            assertThat(b.nietGevonden()).containsExactly("Nergens");
        }
    }

    @Test
    void opIdEenScenarioVanEenComplexNietDatVanEenAnderMetDezelfdeNaam() throws Exception {
        Path db = portefeuille();
        Path doel = tmp.resolve("scenario.xlsx");
        try (Portfolio p = Portfolio.open(db)) {
            Complex hoven = new ComplexLezer().lees(Files.readAllBytes(HOVEN)).complex();
            p.repository().nieuwComplex(hoven, "zorgcomplex-de-hoven.json");
            long linde = p.repository().complex("LINDE").orElseThrow().id();
            long lindeWatAls = p.repository().maakScenario(linde, "Wat als");
            p.repository().maakScenario(p.repository().complex("HOVEN").orElseThrow().id(), "Wat als");
            Opslagbron b = Opslagbron.vanComplexen(p, PEILDATUM, null, Interpretatie.standaard(), List.of(lindeWatAls),
                    new Complexberekening(TabellenLader.standaard(), TabellenLader.drempels()));
            assertThat(b.onderdelen()).extracting(Exportbron.Onderdeel::naam)
                    .containsExactly("De Linde (scenario 'Wat als')");
            assertThat(b.nietGevonden()).isEmpty();
            Exportverslag v = dienst(Exportopties.standaard()).exporteer(b, doel, Voortgang.GEEN, Annulering.NOOIT);
            assertThat(v.complexen()).isEqualTo(1);
            assertThat(v.woningen()).isEqualTo(24);
            assertThat(v.bladen()).containsExactly("Samenvatting", "Complexen", "Woningen", "Puntenopbouw",
                    "Gedeelde ruimten", "Knelpunten", "Vergelijking", "Parameters", "Wijzigingen");

            Opslagbron weg = Opslagbron.vanComplexen(p, PEILDATUM, null, Interpretatie.standaard(), List.of(9999L),
                    new Complexberekening(TabellenLader.standaard(), TabellenLader.drempels()));
            assertThat(weg.onderdelen()).isEmpty();
            assertThat(weg.nietGevonden()).containsExactly("9999");
        }
    }
}
