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
    void dbKomtMetDePortfolioOpslag() {
        Path doel = tmp.resolve("rapport.xlsx");
        ScoreCommandTest.Uitvoer u = export("--db", tmp.resolve("portefeuille.puntwijs").toString(), "--out",
                doel.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains("--db komt met de portfolio-opslag");
        assertThat(doel).doesNotExist();
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
