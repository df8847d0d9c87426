package nl.puntwijs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code export} command line: files in, a workbook out; exit 0, or 2 with a clear message. */
class ExportCommandTest {

    private static final String VECTOR = "/conformance/vera/zelfstandige_woonruimten/input/12006000004.json";

    @TempDir
    Path tmp;

    private static ScoreCommandTest.Uitvoer export(String... args) {
        String[] alles = new String[args.length + 1];
        alles[0] = "export";
        System.arraycopy(args, 0, alles, 1, args.length);
        return ScoreCommandTest.voerUit(alles);
    }

    private static XSSFWorkbook lees(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void deVoorbeeldcomplexenWordenEenWerkmap() throws Exception {
        Path doel = tmp.resolve("rapport.xlsx");
        ScoreCommandTest.Uitvoer u = export("--peildatum", "2026-07-01", "--vergelijk", "2025-07-01", "--out",
                doel.toString(), "samples/de-linde-complex.json", "samples/zorgcomplex-de-hoven.json");
        assertThat(u.code()).as(u.stderr()).isZero();
        assertThat(u.stdout()).startsWith("geschreven: " + doel.toAbsolutePath())
                .contains("2 complexen, 36 woningen");
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(wb.getSheet("Samenvatting").getRow(1).getCell(0).getStringCellValue()).isEqualTo("samples");
            assertThat(wb.getSheet("Vergelijking").getRow(1).getCell(0).getStringCellValue()).isEqualTo("LIN-001");
        }
    }

    @Test
    void eenVeraBestandIsEenComplexMetDeNaamVanHetBestand() throws Exception {
        Path vera = tmp.resolve("12006000004.json");
        try (InputStream in = ExportCommandTest.class.getResourceAsStream(VECTOR)) {
            Files.write(vera, in.readAllBytes());
        }
        Path doel = tmp.resolve("vera.xlsx");
        ScoreCommandTest.Uitvoer u = export("--peildatum", "2026-07-01", "--naam", "Vectoren", "--out",
                doel.toString(), vera.toString());
        assertThat(u.code()).as(u.stderr()).isZero();
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(wb.getSheet("Complexen").getRow(1).getCell(0).getStringCellValue()).isEqualTo("12006000004");
            assertThat(wb.getSheet("Woningen").getRow(2).getCell(5).getStringCellValue()).isEqualTo("12006000004");
            assertThat(wb.getSheet("Samenvatting").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Vectoren");
        }
    }

    @Test
    void eenPortfoliobestandDatNietBestaatWordtNietAangemaakt() {
        Path doel = tmp.resolve("rapport.xlsx");
        Path db = tmp.resolve("portefeuille.puntwijs");
        ScoreCommandTest.Uitvoer u = export("--db", db.toString(), "--out", doel.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains("portfoliobestand " + db + " bestaat niet");
        assertThat(doel).doesNotExist();
        assertThat(db).doesNotExist();
    }

    @Test
    void eenGeimporteerdePortefeuilleWordtEenWerkmapMetWijzigingen() throws Exception {
        Path db = tmp.resolve("corporatie.puntwijs");
        ScoreCommandTest.Uitvoer imp = ScoreCommandTest.voerUit("import", "--db", db.toString(),
                "samples/de-linde-complex.json", "samples/zorgcomplex-de-hoven.json");
        assertThat(imp.code()).as(imp.stderr()).isZero();
        Path doel = tmp.resolve("uit-opslag.xlsx");
        ScoreCommandTest.Uitvoer u = export("--db", db.toString(), "--peildatum", "2026-07-01", "--vergelijk",
                "2025-07-01", "--out", doel.toString());
        assertThat(u.code()).as(u.stderr()).isZero();
        assertThat(u.stdout()).contains("2 complexen, 36 woningen");
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(wb.getSheet("Samenvatting").getRow(1).getCell(0).getStringCellValue()).isEqualTo("corporatie");
            assertThat(wb.getSheet("Complexen").getRow(1).getCell(0).getStringCellValue()).isEqualTo("De Linde");
            // LIN-001 has the same points as from the file: 141 at 2026-07-01
            assertThat(wb.getSheet("Woningen").getRow(2).getCell(0).getStringCellValue()).isEqualTo("LIN-001");
            assertThat(wb.getSheet("Woningen").getRow(2).getCell(20).getNumericCellValue()).isEqualTo(141);
            var wijzigingen = wb.getSheet("Wijzigingen");
            assertThat(wijzigingen.getLastRowNum()).as("the import is in the audit trail").isPositive();
            assertThat(wijzigingen.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(wijzigingen.getRow(1).getCell(1).getStringCellValue()).isNotBlank();
            assertThat(wb.getSheet("Vergelijking").getRow(1).getCell(0).getStringCellValue()).isEqualTo("LIN-001");
        }
        // the results the store lacked at both peildata were computed and stored
        try (nl.puntwijs.store.Portfolio p = nl.puntwijs.store.Portfolio.open(db)) {
            assertThat(p.resultaten().peildata()).contains(java.time.LocalDate.of(2026, 7, 1),
                    java.time.LocalDate.of(2025, 7, 1));
            assertThat(p.resultaten().resultaat("LIN-001", java.time.LocalDate.of(2026, 7, 1)).orElseThrow().punten())
                    .isEqualTo(141);
        }

        ScoreCommandTest.Uitvoer een = export("--db", db.toString(), "--peildatum", "2026-07-01", "--complex", "HOVEN",
                "--out", tmp.resolve("hoven.xlsx").toString());
        assertThat(een.stdout()).as(een.stderr()).contains("1 complexen, 12 woningen");
        ScoreCommandTest.Uitvoer geen = export("--db", db.toString(), "--peildatum", "2026-07-01", "--complex",
                "Nergens", "--out", tmp.resolve("nergens.xlsx").toString());
        assertThat(geen.code()).isEqualTo(2);
        assertThat(geen.stderr()).contains("--complex Nergens: geen complex of scenario");
        assertThat(tmp.resolve("nergens.xlsx")).doesNotExist();
        ScoreCommandTest.Uitvoer beide = export("--db", db.toString(), "--out", tmp.resolve("x.xlsx").toString(),
                "samples/de-linde-complex.json");
        assertThat(beide.code()).isEqualTo(2);
        assertThat(beide.stderr()).contains("niet beide");
    }

    @Test
    void zonderInvoerIsDeOpdrachtregelOnjuist() {
        ScoreCommandTest.Uitvoer u = export("--out", tmp.resolve("rapport.xlsx").toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains("geef de invoer");
    }

    @Test
    void eenOnbekendComplexOfOnschrijfbaarDoelGeeftExitTwee() throws Exception {
        ScoreCommandTest.Uitvoer onbekend = export("--peildatum", "2026-07-01", "--complex", "Nergens", "--out",
                tmp.resolve("a.xlsx").toString(), "samples/de-linde-complex.json");
        assertThat(onbekend.code()).isEqualTo(2);
        assertThat(onbekend.stderr()).contains("--complex Nergens: geen complex met deze naam of id");

        Path bestand = Files.writeString(tmp.resolve("bestand"), "x");
        ScoreCommandTest.Uitvoer geenMap = export("--peildatum", "2026-07-01", "--out",
                bestand.resolve("b.xlsx").toString(), "samples/de-linde-complex.json");
        assertThat(geenMap.code()).isEqualTo(2);
        assertThat(geenMap.stderr()).startsWith("fout: kan ").contains("is geen map");
    }
}
