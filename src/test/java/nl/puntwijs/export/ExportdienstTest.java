package nl.puntwijs.export;

import static nl.puntwijs.export.ExportWerkboekTest.HOVEN;
import static nl.puntwijs.export.ExportWerkboekTest.LINDE;
import static nl.puntwijs.export.ExportWerkboekTest.PEILDATUM;
import static nl.puntwijs.export.ExportWerkboekTest.bron;
import static nl.puntwijs.export.ExportWerkboekTest.dienst;
import static nl.puntwijs.export.ExportWerkboekTest.lees;
import static nl.puntwijs.export.ExportWerkboekTest.zoekRij;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.io.tabellen.TabellenLader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe writing, cancellation and progress, sheets past the row limit, formula-like user text, empty sources. */
class ExportdienstTest {

    private static final byte[] OUD = "het rapport van vorige week".getBytes();

    @TempDir
    Path tmp;

    private Path oudRapport() throws IOException {
        Path doel = tmp.resolve("rapport.xlsx");
        Files.write(doel, OUD);
        return doel;
    }

    private List<String> inhoud() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eenDoelWaarvanDeMapEenBestandIsGeeftEenDuidelijkeMelding() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("geen-map.txt"), "x");
        assertThatThrownBy(() -> dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE),
                bestand.resolve("rapport.xlsx"), Voortgang.GEEN, Annulering.NOOIT))
                .isInstanceOf(ExportFout.class).hasMessageContaining("is geen map");
        assertThat(inhoud()).containsExactly("geen-map.txt");
    }

    @Test
    void eenNietBestaandeMapGeeftEenDuidelijkeMelding() {
        assertThatThrownBy(() -> dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE),
                tmp.resolve("bestaat-niet/rapport.xlsx"), Voortgang.GEEN, Annulering.NOOIT))
                .isInstanceOf(ExportFout.class).hasMessageContaining("bestaat niet");
    }

    @Test
    void eenBestandDatInExcelOpenStaatBlijftOngemoeid() throws Exception {
        Path doel = oudRapport();
        Files.writeString(tmp.resolve("~$rapport.xlsx"), "eigenaar");
        assertThatThrownBy(() -> dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE), doel,
                Voortgang.GEEN, Annulering.NOOIT))
                .isInstanceOf(ExportFout.class).hasMessageContaining("geopend in een ander programma")
                .hasMessageContaining("niet gewijzigd");
        assertThat(Files.readAllBytes(doel)).isEqualTo(OUD);
        assertThat(inhoud()).containsExactly("rapport.xlsx", "~$rapport.xlsx");
    }

    @Test
    void eenBestandDatInLibreOfficeOpenStaatBlijftOngemoeid() throws Exception {
        Path doel = oudRapport();
        Files.writeString(tmp.resolve(".~lock.rapport.xlsx#"), "eigenaar");
        assertThatThrownBy(() -> dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE), doel,
                Voortgang.GEEN, Annulering.NOOIT)).isInstanceOf(ExportFout.class)
                .hasMessageContaining(".~lock.rapport.xlsx#");
        assertThat(Files.readAllBytes(doel)).isEqualTo(OUD);
    }

    @Test
    void eenVergrendeldDoelBijHetVervangenLaatHetOudeBestandHeel() throws Exception {
        Path doel = oudRapport();
        // what Windows answers when Excel holds the file open while we replace it
        Doelbestand.Verplaatser vergrendeld = (van, naar) -> {
            throw new FileSystemException(naar.toString(), null,
                    "The process cannot access the file because it is being used by another process");
        };
        Exportdienst d = new Exportdienst(TabellenLader.standaard(), TabellenLader.drempels(), Exportopties.standaard(),
                vergrendeld);
        assertThatThrownBy(() -> d.exporteer(bron(null, List.of(), LINDE), doel, Voortgang.GEEN, Annulering.NOOIT))
                .isInstanceOf(ExportFout.class)
                .hasMessageContaining("geopend in een ander programma (bijvoorbeeld Excel)")
                .hasMessageContaining("being used by another process")
                .hasMessageContaining("Het bestaande bestand is niet gewijzigd");
        assertThat(Files.readAllBytes(doel)).isEqualTo(OUD);
        assertThat(inhoud()).as("no temporary file left").containsExactly("rapport.xlsx");
    }

    @Test
    void annulerenLaatHetOudeBestandHeelEnRuimtOp() throws Exception {
        Path doel = oudRapport();
        AtomicInteger gevraagd = new AtomicInteger();
        assertThatThrownBy(() -> dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE, HOVEN), doel,
                Voortgang.GEEN, () -> gevraagd.incrementAndGet() > 10))
                .isInstanceOf(CancellationException.class);
        assertThat(gevraagd.get()).isEqualTo(11);
        assertThat(Files.readAllBytes(doel)).isEqualTo(OUD);
        assertThat(inhoud()).containsExactly("rapport.xlsx");
    }

    @Test
    void deVoortgangLooptOpTotHetEinde() throws Exception {
        List<long[]> meldingen = new ArrayList<>();
        List<String> stappen = new ArrayList<>();
        Exportverslag v = dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE, HOVEN),
                tmp.resolve("rapport.xlsx"), (gedaan, totaal, stap) -> {
                    meldingen.add(new long[] {gedaan, totaal});
                    stappen.add(stap);
                }, Annulering.NOOIT);
        assertThat(v.woningen()).isEqualTo(36);
        long vorige = -1;
        for (long[] m : meldingen) {
            assertThat(m[0]).isGreaterThanOrEqualTo(vorige).isLessThanOrEqualTo(m[1]);
            vorige = m[0];
        }
        long[] laatste = meldingen.get(meldingen.size() - 1);
        assertThat(laatste[0]).isEqualTo(laatste[1]);
        assertThat(stappen).contains("Werkboek opslaan", "Klaar");
        assertThat(inhoud()).containsExactly("rapport.xlsx");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                tmp.resolve("rapport.xlsx")))).as("readable by colleagues, not the temporary file's rw-------")
                .isEqualTo("rw-r--r--");
    }

    @Test
    void voorbijDeRijgrensLooptDePuntenopbouwDoorOpVolgendeBladen() throws Exception {
        Path doel = tmp.resolve("rapport.xlsx");
        Exportverslag v = dienst(Exportopties.standaard().metMaximumRijen(200))
                .exporteer(bron(null, List.of(), LINDE, HOVEN), doel, Voortgang.GEEN, Annulering.NOOIT);
        assertThat(v.puntenopbouwBladen()).isGreaterThan(5);
        try (XSSFWorkbook wb = lees(doel)) {
            List<String> namen = new ArrayList<>();
            wb.forEach(s -> namen.add(s.getSheetName()));
            assertThat(namen.subList(0, 5)).containsExactly("Samenvatting", "Complexen", "Woningen", "Puntenopbouw",
                    "Puntenopbouw (2)");
            assertThat(namen.get(3 + v.puntenopbouwBladen())).isEqualTo("Gedeelde ruimten");
            int woningen = 0;
            for (int i = 0; i < v.puntenopbouwBladen(); i++) {
                XSSFSheet blad = wb.getSheetAt(3 + i);
                assertThat(blad.getSheetName()).isEqualTo(i == 0 ? "Puntenopbouw" : "Puntenopbouw (" + (i + 1) + ")");
                assertThat(blad.getLastRowNum()).isLessThan(200);
                assertThat(blad.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Omschrijving");
                assertThat(blad.getRow(1).getOutlineLevel()).as("a sheet starts with a dwelling").isZero();
                assertThat(blad.getRepeatingRows()).as("print titles follow the reordered sheet")
                        .isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(blad.getCTWorksheet().isSetAutoFilter()).isTrue();
                for (Row r : blad) {
                    if (r.getRowNum() > 0 && r.getOutlineLevel() == 0) {
                        woningen++;
                    }
                }
            }
            assertThat(woningen).as("every dwelling once, none split").isEqualTo(36);
            boolean gemeld = false;
            for (Row r : wb.getSheet("Samenvatting")) {
                Cell c = r.getCell(0);
                gemeld |= c != null && c.getCellType() == CellType.STRING
                        && c.getStringCellValue().contains("loopt door op Puntenopbouw (2)");
            }
            assertThat(gemeld).as("Samenvatting says so").isTrue();
        }
    }

    @Test
    void gebruikerstekstDieOpEenFormuleLijktBlijftTekst() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode complex = (ObjectNode) json.readTree(LINDE.toFile());
        complex.put("naam", "=HYPERLINK(\"http://example.invalid\",\"klik\")");
        ObjectNode woning = (ObjectNode) complex.get("woningen").get(0);
        ((ObjectNode) woning.get("adres")).put("straatnaam", "+31 Lindehof");
        ((ObjectNode) woning.get("ruimten").get(0)).put("naam", "@SOM(A1)");
        ((ObjectNode) woning.get("ruimten").get(1)).put("naam", "-Keuken");
        Path invoer = tmp.resolve("gevaarlijk.json");
        json.writeValue(invoer.toFile(), complex);
        Path doel = tmp.resolve("rapport.xlsx");
        dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), invoer), doel, Voortgang.GEEN,
                Annulering.NOOIT);
        try (XSSFWorkbook wb = lees(doel)) {
            Row rij = wb.getSheet("Woningen").getRow(2);
            alsTekst(rij.getCell(1), "+31 Lindehof");
            alsTekst(rij.getCell(5), "=HYPERLINK(\"http://example.invalid\",\"klik\")");
            alsTekst(wb.getSheet("Complexen").getRow(1).getCell(0), "=HYPERLINK(\"http://example.invalid\",\"klik\")");
            Sheet p = wb.getSheet("Puntenopbouw");
            alsTekst(zoekRij(p, 2, "@SOM(A1)").getCell(2), "@SOM(A1)");
            alsTekst(zoekRij(p, 2, "-Keuken").getCell(2), "-Keuken");
            // ordinary text keeps its plain style
            assertThat(rij.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    private static void alsTekst(Cell c, String tekst) {
        assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        assertThat(c.getStringCellValue()).isEqualTo(tekst);
        assertThat(c.getCellStyle().getQuotePrefixed()).as("quote prefix on " + tekst).isTrue();
    }

    @Test
    void onleesbareInvoerWordtGenoemdEnDeRestGeexporteerd() throws Exception {
        Path kapot = Files.writeString(tmp.resolve("kapot.json"), "{ dit is geen json");
        Path weg = tmp.resolve("bestaat-niet.json");
        Path doel = tmp.resolve("rapport.xlsx");
        Exportverslag v = dienst(Exportopties.standaard()).exporteer(bron(null, List.of(), LINDE, kapot, weg), doel,
                Voortgang.GEEN, Annulering.NOOIT);
        assertThat(v.complexen()).isEqualTo(1);
        assertThat(v.nietOpgenomen()).hasSize(2);
        assertThat(v.nietOpgenomen().get(0)).contains("kapot.json").contains("geen geldige JSON");
        assertThat(v.nietOpgenomen().get(1)).contains("bestaat-niet.json").contains("bestaat niet");
        try (XSSFWorkbook wb = lees(doel)) {
            List<String> notities = new ArrayList<>();
            for (Row r : wb.getSheet("Samenvatting")) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Niet opgenomen")) {
                    notities.add(c.getStringCellValue());
                }
            }
            assertThat(notities).hasSize(2);
            Row knelpunt = zoekRij(wb.getSheet("Knelpunten"), 2, "Niet opgenomen in dit rapport");
            assertThat(knelpunt.getCell(5).getStringCellValue()).contains("kapot.json");
        }
    }

    @Test
    void eenLegeBronGeeftElkBladMetEenMelding() throws Exception {
        Path doel = tmp.resolve("leeg.xlsx");
        dienst(Exportopties.standaard()).exporteer(new Leeg(), doel, Voortgang.GEEN, Annulering.NOOIT);
        try (XSSFWorkbook wb = lees(doel)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
            assertThat(eersteTekst(wb.getSheet("Complexen"))).startsWith("Geen complexen");
            assertThat(wb.getSheet("Woningen").getRow(2).getCell(0).getStringCellValue()).as("under both header rows")
                    .startsWith("Geen woningen");
            assertThat(eersteTekst(wb.getSheet("Puntenopbouw"))).startsWith("Geen woningen");
            assertThat(eersteTekst(wb.getSheet("Gedeelde ruimten"))).startsWith("Geen gedeelde ruimten");
            assertThat(eersteTekst(wb.getSheet("Knelpunten"))).startsWith("Geen knelpunten");
            assertThat(eersteTekst(wb.getSheet("Vergelijking"))).startsWith("Geen vergelijking");
            assertThat(eersteTekst(wb.getSheet("Wijzigingen"))).startsWith("Geen wijzigingen vastgelegd");
            Row woningen = zoekRij(wb.getSheet("Samenvatting"), 0, "Woningen");
            assertThat(woningen.getCell(1).getNumericCellValue()).isZero();
            assertThat(wb.getSheet("Samenvatting").getDrawingPatriarch().getCharts()).hasSize(2);
        }
    }

    @Test
    void eenBronMetAudittrailVultWijzigingen() throws Exception {
        Exportbron metTrail = new Doorgeefbron(bron(null, List.of(), LINDE)) {
            @Override
            public Iterable<Wijzigingsregel> wijzigingen() {
                return List.of(new Wijzigingsregel(LocalDateTime.of(2026, 3, 2, 9, 15), "jdevries", "De Linde",
                        "woning LIN-001", "huur.kaleHuur", "630.00", "642.50", "bewerkt"),
                        new Wijzigingsregel(LocalDateTime.of(2026, 3, 3, 11, 0), "pbakker", "De Linde",
                                "gedeelde ruimte ontmoeting", "woningen", null, "=LIN-024", null));
            }
        };
        Path doel = tmp.resolve("rapport.xlsx");
        dienst(Exportopties.standaard()).exporteer(metTrail, doel, Voortgang.GEEN, Annulering.NOOIT);
        try (XSSFWorkbook wb = lees(doel)) {
            Sheet w = wb.getSheet("Wijzigingen");
            Row eerste = w.getRow(1);
            assertThat(eerste.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 15));
            assertThat(eerste.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy hh:mm");
            assertThat(eerste.getCell(1).getStringCellValue()).isEqualTo("jdevries");
            assertThat(eerste.getCell(5).getStringCellValue()).isEqualTo("630.00");
            assertThat(w.getRow(2).getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(w.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void hetFilterOpComplexLaatDeAndereWeg() throws Exception {
        Invoerbron b = bron(null, List.of("HOVEN", "Bestaat niet"), LINDE, HOVEN);
        Exportverslag v = dienst(Exportopties.standaard()).exporteer(b, tmp.resolve("rapport.xlsx"), Voortgang.GEEN,
                Annulering.NOOIT);
        assertThat(v.complexen()).isEqualTo(1);
        assertThat(v.woningen()).isEqualTo(12);
        assertThat(b.nietGevonden()).containsExactly("Bestaat niet");
    }

    private static String eersteTekst(Sheet s) {
        return s.getRow(1).getCell(0).getStringCellValue();
    }

    /** A source with nothing in it. */
    private static final class Leeg implements Exportbron {
        @Override
        public String portefeuille() {
            return "Leeg";
        }

        @Override
        public String herkomst() {
            return "test";
        }

        @Override
        public LocalDate peildatum() {
            return PEILDATUM;
        }

        @Override
        public Optional<LocalDate> vergelijkdatum() {
            return Optional.empty();
        }

        @Override
        public Interpretatie interpretatie() {
            return Interpretatie.standaard();
        }

        @Override
        public List<Onderdeel> onderdelen() {
            return List.of();
        }

        @Override
        public Optional<Exportcomplex> laad(Onderdeel onderdeel) {
            return Optional.empty();
        }

        @Override
        public Iterable<Wijzigingsregel> wijzigingen() {
            return List.of();
        }
    }

    /** Passes everything on to another source; tests override one part. */
    static class Doorgeefbron implements Exportbron {
        private final Exportbron bron;

        Doorgeefbron(Exportbron bron) {
            this.bron = bron;
        }

        @Override
        public String portefeuille() {
            return bron.portefeuille();
        }

        @Override
        public String herkomst() {
            return bron.herkomst();
        }

        @Override
        public LocalDate peildatum() {
            return bron.peildatum();
        }

        @Override
        public Optional<LocalDate> vergelijkdatum() {
            return bron.vergelijkdatum();
        }

        @Override
        public Interpretatie interpretatie() {
            return bron.interpretatie();
        }

        @Override
        public List<Onderdeel> onderdelen() {
            return bron.onderdelen();
        }

        @Override
        public Optional<Exportcomplex> laad(Onderdeel onderdeel) throws Onleesbaar {
            return bron.laad(onderdeel);
        }

        @Override
        public Iterable<Wijzigingsregel> wijzigingen() {
            return bron.wijzigingen();
        }
    }
}
