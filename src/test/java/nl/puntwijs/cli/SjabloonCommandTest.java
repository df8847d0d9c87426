package nl.puntwijs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.io.sjabloon.Sjabloon;
import nl.puntwijs.store.Portfolio;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template} writes the import template; a filled one imports, and every error is reported at once. */
class SjabloonCommandTest {

    @TempDir
    Path tmp;

    private Path sjabloon() {
        Path uit = tmp.resolve("sjabloon.xlsx");
        PortefeuilleCommandTest.Uitvoer u = PortefeuilleCommandTest.voerUit("template", "--out", uit.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).contains("sjabloon geschreven: " + uit);
        return uit;
    }

    private static void rij(Sheet blad, int rij, Object... waarden) {
        Row r = blad.createRow(rij - 1);
        for (int i = 0; i < waarden.length; i++) {
            if (waarden[i] instanceof Number n) {
                r.createCell(i).setCellValue(n.doubleValue());
            } else if (waarden[i] != null) {
                r.createCell(i).setCellValue(waarden[i].toString());
            }
        }
    }

    private interface Invuller {
        void vul(Workbook wb);
    }

    private Path ingevuld(Invuller invuller) throws Exception {
        Path leeg = sjabloon();
        Workbook wb;
        try (InputStream in = Files.newInputStream(leeg)) {
            wb = new XSSFWorkbook(in);
        }
        invuller.vul(wb);
        Path uit = tmp.resolve("ingevuld.xlsx");
        try (OutputStream o = Files.newOutputStream(uit)) {
            wb.write(o);
        }
        wb.close();
        return uit;
    }

    @Test
    void hetSjabloonHeeftBladenKoppenEenhedenKeuzelijstenEnUitleg() throws Exception {
        Path uit = sjabloon();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(uit))) {
            assertThat(wb.getSheet(Sjabloon.COMPLEXEN)).isNotNull();
            Sheet woningen = wb.getSheet(Sjabloon.WONINGEN);
            assertThat(woningen.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Eenheid-id *");
            assertThat(woningen.getRow(1).getCell(10).getStringCellValue()).isEqualTo("m²");
            assertThat(woningen.getRow(2).getCell(0).getStringCellValue()).startsWith("voorbeeld");
            assertThat(woningen.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getFormula1()).startsWith("lijst_"));
            assertThat(wb.getSheet(Sjabloon.RUIMTEN).getRow(0).getCell(6).getStringCellValue()).isEqualTo("Detailsoort");
            assertThat(wb.getSheet(Sjabloon.GEDEELDE_RUIMTEN)).isNotNull();
            assertThat(wb.getSheet(Sjabloon.HELP).getRow(0).getCell(0).getStringCellValue()).contains("importsjabloon");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(Sjabloon.CODES))).isTrue();
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("sjabloon.xlsx");
        }
    }

    @Test
    void eenIngevuldSjabloonWordtGeimporteerd() throws Exception {
        Path invoer = ingevuld(wb -> {
            rij(wb.getSheet(Sjabloon.COMPLEXEN), 4, "LIN", "De Linde", "gemeten", "ja", 130, "1,5", "ja", "ja", "ja", "ja", "nee");
            rij(wb.getSheet(Sjabloon.WONINGEN), 4, "W1", "LIN", "Lindelaan", "1", null, "3511AB", "Utrecht", 1975, "MGW",
                    "ZOR", 48, "B", "2023-05-01", 210000, "2025-01-01", null, "712,50", null, 1);
            rij(wb.getSheet(Sjabloon.WONINGEN), 5, "W2", "LIN", "Lindelaan", "3", null, "3511AB", "Utrecht", 1975, "MGW",
                    null, 52, "C", "2022-01-10", 220000, "2025-01-01");
            Sheet r = wb.getSheet(Sjabloon.RUIMTEN);
            rij(r, 4, "W1", null, null, "woon", "Woonkamer", "VTK", "WOO", "28,4", null, null, null, "ja", "nee");
            rij(r, 5, "W1", null, null, "keuken", "Keuken", "VTK", "KEU", 7.5, null, null, null, "ja", null, null,
                    "IKK;IAF;EHM", "2400");
            rij(r, 6, "W1", null, null, "bad", "Badkamer", "OVR", "BAD", "4", null, null, null, "ja", null, null, "DOU,WAS,HTO");
            rij(r, 7, "W2", null, null, "woon", "Woonkamer", "VTK", "WOO", 30, null, null, null, "ja");
            rij(r, 8, null, "OR", "LIN", "or", "Ontmoetingsruimte", "VTK", "REC", 80, null, null, null, "ja");
            rij(wb.getSheet(Sjabloon.GEDEELDE_RUIMTEN), 4, "LIN", "OR", "Ontmoetingsruimte", "ontmoetingsruimte", 24, "W1;W2");
        });
        Path db = tmp.resolve("p.puntwijs");
        PortefeuilleCommandTest.Uitvoer u = PortefeuilleCommandTest.voerUit("import", "--db", db.toString(),
                "--peildatum", "2026-07-01", invoer.toString());
        assertThat(u.foutregels()).isEmpty();
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).contains("2 eenheden (2 nieuw").contains("complex 'De Linde' (nieuw): 2 woningen")
                .contains("1 gedeelde ruimte");
        try (Portfolio p = Portfolio.open(db)) {
            Complex c = p.repository().laad(p.repository().complex("LIN").orElseThrow().id());
            assertThat(c.methode()).isEqualTo(MethodeGedeeldeRuimten.GEMETEN);
            assertThat(c.zorg().smalsteGangbreedteCm()).isEqualByComparingTo("130");
            assertThat(c.zorg().hoogsteDrempelCm()).isEqualByComparingTo("1.5");
            assertThat(c.zorg().binnendoorBereikbaar()).isNull();
            var w1 = c.woningen().get(0);
            assertThat(w1.adres().regel()).isEqualTo("Lindelaan 1, 3511AB Utrecht");
            assertThat(w1.huur().kaleHuur()).isEqualByComparingTo("712.50");
            assertThat(w1.ruimten()).hasSize(3);
            assertThat(w1.ruimten().get(0).oppervlakte()).isEqualByComparingTo("28.4");
            assertThat(w1.ruimten().get(1).voorzieningen()).containsExactly(Voorziening.KOOKPLAAT_KERAMISCH,
                    Voorziening.AFZUIGINSTALLATIE, Voorziening.EENHANDSMENGKRAAN);
            assertThat(w1.ruimten().get(1).aanrechten()).singleElement().satisfies(a -> assertThat(a).isEqualByComparingTo("2400"));
            assertThat(w1.energieprestaties().get(0).begindatum()).isEqualTo(LocalDate.of(2023, 5, 1));
            assertThat(c.gedeeldeRuimten()).singleElement().satisfies(g -> {
                assertThat(g.soort()).isEqualTo(SoortGedeeldeRuimte.ONTMOETINGSRUIMTE);
                assertThat(g.woningen()).containsExactly("W1", "W2");
                assertThat(g.adressen()).isEqualTo(24);
                assertThat(g.ruimten().get(0).detailsoort()).isEqualTo(Detailsoort.RECREATIERUIMTE);
            });
            assertThat(p.resultaten().resultaat("W1", LocalDate.of(2026, 7, 1))).isPresent();
        }
    }

    @Test
    void elkeFoutWordtGemeldMetBladRijKolomWaardeEnReden() throws Exception {
        Path invoer = ingevuld(wb -> {
            rij(wb.getSheet(Sjabloon.COMPLEXEN), 4, "LIN", "De Linde", "soms");
            rij(wb.getSheet(Sjabloon.WONINGEN), 4, "W1", "LIN", null, null, null, null, null, "negentien");
            rij(wb.getSheet(Sjabloon.WONINGEN), 5, "W2", null);
            rij(wb.getSheet(Sjabloon.RUIMTEN), 4, "W1", null, null, "woon", null, "VTK", "XYZ", "-3");
        });
        Path db = tmp.resolve("p.puntwijs");
        PortefeuilleCommandTest.Uitvoer u = PortefeuilleCommandTest.voerUit("import", "--db", db.toString(), invoer.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.stderr())
                .contains("blad Complexen, rij 4, kolom C (Methode gedeelde ruimten), waarde 'soms': is geen geldige code")
                .contains("blad Woningen, rij 4, kolom H (Bouwjaar), waarde 'negentien': is geen getal")
                .contains("blad Ruimten, rij 4, kolom G (Detailsoort), waarde 'XYZ': is geen geldige code")
                .contains("blad Ruimten, rij 4, kolom H (Oppervlakte), waarde '-3': is negatief")
                .contains("blad Woningen, rij 5, kolom B (Complex-id): ontbreekt (verplicht)")
                .contains("er is niets opgeslagen");
        assertThat(db).doesNotExist();
    }

    @Test
    void eenNietBestaandDoelOfVerkeerdeExtensie() {
        assertThat(PortefeuilleCommandTest.voerUit("template", "--out", tmp.resolve("x.txt").toString()).code()).isEqualTo(2);
        assertThat(PortefeuilleCommandTest.voerUit("template", "--out", tmp.resolve("nieuw/map/s.xlsx").toString()).code()).isZero();
        assertThat(List.of(tmp.resolve("nieuw/map/s.xlsx").toFile().exists())).containsExactly(true);
    }
}
