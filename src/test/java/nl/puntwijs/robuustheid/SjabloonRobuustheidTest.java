package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.io.sjabloon.Sjabloon;
import nl.puntwijs.io.sjabloon.SjabloonSchrijver;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioRepository;
import nl.puntwijs.store.invoer.Importeur;
import nl.puntwijs.store.invoer.Importverzameling;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken spreadsheet templates through the real import ({@link Importeur} with its {@code SjabloonBron}) into a
 * portfolio that already holds a complex: every file is refused with a message naming the file (and for cell
 * problems sheet, row, column, value and reason, all at once), within a bounded time, and the portfolio is exactly
 * as it was afterwards.
 */
class SjabloonRobuustheidTest {

    private static final Stelsel STELSEL = new Stelsel(TabellenLader.standaard());
    /** Generous for a shared two-core machine; a hang or a gigabyte being inflated takes far longer. */
    private static final Duration BOVENGRENS = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private Path db;
    private byte[] leegSjabloon;

    @BeforeEach
    void portefeuilleMetEenComplex() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new SjabloonSchrijver().schrijf(b);
        leegSjabloon = b.toByteArray();
        db = tmp.resolve("p.puntwijs");
        Path goed = schrijf("goed.xlsx", ingevuld(wb -> { }));
        try (Portfolio p = Portfolio.open(db)) {
            Importeur.Rapport r = importeer(p, goed);
            assertThat(r.ongeldig()).isEmpty();
            assertThat(r.opgeslagen()).isTrue();
        }
    }

    // ---------------------------------------------------------------- whole files

    @Test
    void legeWillekeurigeEnAfgekapteBestanden() throws Exception {
        List<byte[]> bestanden = new ArrayList<>();
        bestanden.add(new byte[0]);
        Random random = new Random(8);
        for (int lengte : new int[] {1, 4, 100, 5000, 200_000}) {
            byte[] b = new byte[lengte];
            random.nextBytes(b);
            bestanden.add(b);
        }
        // random bytes behind a zip signature, so POI gets past its format sniffing
        byte[] zipkop = new byte[5000];
        random.nextBytes(zipkop);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipkop, 0, 4);
        bestanden.add(zipkop);
        byte[] echt = ingevuld(wb -> { });
        for (int i = 1; i < 25; i++) {
            bestanden.add(Arrays.copyOf(echt, echt.length * i / 25));
        }
        for (int i = 0; i < bestanden.size(); i++) {
            Importverzameling.Ongeldig o = geweigerd(schrijf("kapot-" + i + ".xlsx", bestanden.get(i)));
            assertThat(o.locatie()).contains("kapot-" + i + ".xlsx");
            assertThat(String.join(" ", o.redenen())).as("file %d (%d bytes)", i, bestanden.get(i).length)
                    .containsAnyOf("geen leesbaar Excel-bestand", "leeg", "geen Puntwijs-sjabloon");
        }
    }

    @Test
    void eenZipZonderWerkboekEenCsvEnEenOudXlsBestand() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("leesmij.txt"));
            z.write("geen werkboek".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(String.join(" ", geweigerd(schrijf("zip.xlsx", zip.toByteArray())).redenen()))
                .contains("geen leesbaar Excel-bestand");
        byte[] csv = "Eenheid-id;Complex-id\nW1;LIN\n".getBytes(StandardCharsets.UTF_8);
        assertThat(String.join(" ", geweigerd(schrijf("lijst.xlsx", csv)).redenen()))
                .contains("geen leesbaar Excel-bestand");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue("oud formaat");
            wb.write(xls);
        }
        assertThat(String.join(" ", geweigerd(schrijf("oud.xlsx", xls.toByteArray())).redenen()))
                .contains("Excel 97-2003-bestand (.xls)");
    }

    @Test
    void eenMetEenWachtwoordBeveiligdBestand() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("geheim");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(ingevuld(wb -> { }));
            }
            fs.writeFilesystem(uit);
        }
        assertThat(String.join(" ", geweigerd(schrijf("geheim.xlsx", uit.toByteArray())).redenen()))
                .contains("wachtwoord");
    }

    @Test
    void eenZipbomWordtNietUitgepakt() throws Exception {
        // 100 MB of spaces as the Complexen sheet: about 100 kB compressed, a ratio of 1000
        byte[] bom = vervangBlad(ingevuld(wb -> { }), "xl/worksheets/sheet3.xml", 9, uit -> {
            byte[] spaties = new byte[1 << 20];
            Arrays.fill(spaties, (byte) ' ');
            uit.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                uit.write(spaties);
            }
            uit.write("<sheetData/></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(bom.length).isLessThan(500_000);
        assertThat(String.join(" ", geweigerd(schrijf("bom.xlsx", bom)).redenen()))
                .contains("geen leesbaar Excel-bestand").containsIgnoringCase("zip bomb");
    }

    @Test
    void eenBladMetEenMiljoenRijenWordtBegrensdGeweigerd() throws Exception {
        // Excel's maximum of 1 048 576 rows on Ruimten, each with an id, written as sheet XML (SXSSF takes 12 s)
        byte[] groot = vervangBlad(ingevuld(wb -> { }), "xl/worksheets/sheet5.xml", 1, uit -> {
            StringBuilder sb = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><dimension ref=\"A1:A2\"/><sheetData>");
            for (int r = 1; r <= 1_048_576; r++) {
                sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>W")
                        .append(r).append("</t></is></c></row>");
                if (sb.length() > 1 << 16) {
                    uit.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
                    sb.setLength(0);
                }
            }
            uit.write(sb.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.US_ASCII));
        });
        // the dimension claims two rows: the rows are counted, not believed
        assertThat(String.join(" ", geweigerd(schrijf("groot.xlsx", groot)).redenen())).contains("blad Ruimten")
                .contains("te veel rijen (meer dan 200000)");
    }

    // ---------------------------------------------------------------- cells and sheets

    @Test
    void verkeerdeCellenWordenAllemaalTegelijkGemeldMetBladRijKolomWaardeEnReden() throws Exception {
        Path p = schrijf("cellen.xlsx", ingevuld(wb -> {
            Sheet w = wb.getSheet(Sjabloon.WONINGEN);
            Row r4 = w.getRow(3);
            r4.getCell(7).setCellValue("negentien");                     // bouwjaar: text
            r4.getCell(13).setCellValue(1E308);                          // WOZ: absurd
            r4.getCell(16).setCellValue("1E+999999999");                 // kale huur: absurd exponent as text
            r4.getCell(17).setCellValue("NaN");                          // geplande huur
            r4.getCell(10).setCellErrorValue(FormulaError.DIV0.getCode()); // gebruiksoppervlakte: #DIV/0!
            r4.getCell(18).setCellFormula("1/0");                        // huishouden: a formula without a number
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r4.getCell(18));
            Row r5 = w.getRow(4);
            r5.getCell(0).setCellValue("W1");                            // duplicate id
            CellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            r5.getCell(12).setCellValue(-5);                             // a date-formatted negative serial
            r5.getCell(12).setCellStyle(datum);
            r5.getCell(14).setCellValue(1E300);                          // a date-formatted absurd serial
            r5.getCell(14).setCellStyle(datum);
            Sheet ru = wb.getSheet(Sjabloon.RUIMTEN);
            ru.getRow(3).getCell(7).setCellValue(-28.4);                 // negative area
            ru.getRow(3).getCell(8).setCellValue("Infinity");            // length
            ru.getRow(3).getCell(15).setCellValue("2400;1E+999999999");  // counters
            ru.getRow(3).getCell(16).setCellValue("1e-999999999");       // cupboards: absurdly small
            ru.getRow(4).getCell(7).setCellValue(45_000);                // an area that is really a date serial
            ru.getRow(4).getCell(13).setCellValue(2_000_000_000);        // count
            Sheet c = wb.getSheet(Sjabloon.COMPLEXEN);
            c.getRow(3).getCell(4).setCellValue(12_000);                 // corridor of 120 m
            c.getRow(3).getCell(5).setCellValue("x".repeat(5000));      // threshold: a huge text
        }));
        List<String> redenen;
        long start = System.nanoTime();
        try (Portfolio portfolio = Portfolio.open(db)) {
            Stand voor = Stand.van(portfolio);
            Importeur.Rapport r = importeer(portfolio, p);
            assertThat(r.opgeslagen()).isFalse();
            redenen = r.ongeldig().stream().flatMap(o -> o.redenen().stream()).toList();
            assertThat(Stand.van(portfolio)).isEqualTo(voor);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOVENGRENS);
        assertThat(redenen).allSatisfy(t -> assertThat(t.length()).isLessThan(400));
        String alles = String.join("\n", redenen);
        assertThat(alles)
                .contains("blad Woningen, rij 4, kolom H (Bouwjaar), waarde 'negentien': is geen getal")
                .contains("blad Woningen, rij 4, kolom N (WOZ-waarde), waarde '1E+308': is onwaarschijnlijk groot")
                .contains("blad Woningen, rij 4, kolom Q (Kale huur), waarde '1E+999999999': is onwaarschijnlijk groot")
                .contains("blad Woningen, rij 4, kolom R (Geplande huur), waarde 'NaN': is geen getal")
                .contains("blad Woningen, rij 4, kolom K (Gebruiksoppervlakte), waarde '#DIV/0!': bevat een Excel-fout")
                .contains("blad Woningen, rij 4, kolom S (Huishoudgrootte), waarde '#DIV/0!': bevat een Excel-fout")
                .contains("blad Woningen, rij 5, kolom A (Eenheid-id), waarde 'W1': eenheid-id komt al eerder")
                .contains("blad Woningen, rij 5, kolom M (Opnamedatum label), waarde '-5': is geen datum")
                .contains("blad Woningen, rij 5, kolom O (WOZ-waardepeildatum), waarde '1E+300': is geen datum")
                .contains("blad Ruimten, rij 4, kolom H (Oppervlakte), waarde '-28.4': is negatief")
                .contains("blad Ruimten, rij 4, kolom I (Lengte), waarde 'Infinity': is geen getal")
                .contains("blad Ruimten, rij 4, kolom P (Aanrechten), waarde '1E+999999999': is onwaarschijnlijk groot")
                .contains("blad Ruimten, rij 4, kolom Q (Kasten), waarde '1e-999999999': is onwaarschijnlijk klein")
                .contains("blad Ruimten, rij 5, kolom H (Oppervlakte), waarde '45000': is onwaarschijnlijk groot")
                .contains("blad Ruimten, rij 5, kolom N (Aantal), waarde '2000000000': is onwaarschijnlijk groot")
                .contains("blad Complexen, rij 4, kolom E (Zorg: smalste gangbreedte), waarde '12000': is onwaarschijnlijk groot")
                .contains("blad Complexen, rij 4, kolom F (Zorg: hoogste drempel), waarde 'xxxxx")
                .contains("…': is geen getal");
    }

    @Test
    void eenFormuleMetEenGetalTeltAlsDatGetal() throws Exception {
        Path p = schrijf("formule.xlsx", ingevuld(wb -> {
            Cell c = wb.getSheet(Sjabloon.RUIMTEN).getRow(3).getCell(7);
            c.setCellFormula("20+8.4");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        }));
        try (Portfolio portfolio = Portfolio.open(db)) {
            Importeur.Rapport r = importeer(portfolio, p);
            assertThat(r.ongeldig()).isEmpty();
            Complex c = portfolio.repository().laad(portfolio.repository().complex("LIN").orElseThrow().id());
            assertThat(c.woningen().get(0).ruimten().get(0).oppervlakte()).isEqualByComparingTo("28.4");
        }
    }

    @Test
    void ontbrekendeBladenEnVerschovenKoppen() throws Exception {
        Path zonderRuimten = schrijf("zonder.xlsx", ingevuld(wb -> wb.removeSheetAt(wb.getSheetIndex(Sjabloon.RUIMTEN))));
        assertThat(geweigerd(zonderRuimten).redenen()).anySatisfy(t -> assertThat(t).contains("blad Ruimten")
                .contains("blad ontbreekt"));
        Path zonderAlles = schrijf("niets.xlsx", ingevuld(wb -> {
            wb.removeSheetAt(wb.getSheetIndex(Sjabloon.COMPLEXEN));
            wb.removeSheetAt(wb.getSheetIndex(Sjabloon.WONINGEN));
        }));
        assertThat(String.join(" ", geweigerd(zonderAlles).redenen())).contains("geen Puntwijs-sjabloon");
        // a column inserted before Straat: every value after it would land in the wrong field
        Path verschoven = schrijf("verschoven.xlsx", ingevuld(wb -> wb.getSheet(Sjabloon.WONINGEN)
                .shiftColumns(2, 30, 1)));
        assertThat(String.join("\n", geweigerd(verschoven).redenen()))
                .contains("blad Woningen, rij 1, kolom C (Straat), waarde '': kop ontbreekt of is anders");
        Path zonderKop = schrijf("zonderkop.xlsx", ingevuld(wb -> wb.getSheet(Sjabloon.COMPLEXEN)
                .removeRow(wb.getSheet(Sjabloon.COMPLEXEN).getRow(0))));
        assertThat(String.join("\n", geweigerd(zonderKop).redenen()))
                .contains("blad Complexen, rij 1, kolom A (Complex-id), waarde '': kop ontbreekt of is anders");
    }

    // ---------------------------------------------------------------- helpers

    /** The portfolio's content as far as an import can change it: every complex with its audit trail. */
    private record Stand(List<PortfolioRepository.ComplexInfo> complexen, List<Complex> inhoud, List<Integer> wijzigingen) {
        static Stand van(Portfolio p) {
            PortfolioRepository r = p.repository();
            List<PortfolioRepository.ComplexInfo> c = r.complexen();
            return new Stand(c, c.stream().map(i -> r.laad(i.id())).toList(),
                    c.stream().map(i -> r.wijzigingen(i.id()).size()).toList());
        }
    }

    private static Importeur.Rapport importeer(Portfolio p, Path bestand) {
        return new Importeur(p, STELSEL).importeer(List.of(new Importeur.Invoerbestand(bestand, bestand.toString())),
                new Importeur.Opties(null, false, Fuzz.PEILDATUM), Importeur.Voortgang.GEEN);
    }

    /** Imports the file into the portfolio: refused as one invalid record, quickly, and nothing changed. */
    private Importverzameling.Ongeldig geweigerd(Path bestand) {
        long start = System.nanoTime();
        try (Portfolio p = Portfolio.open(db)) {
            Stand voor = Stand.van(p);
            Importeur.Rapport r = importeer(p, bestand);
            assertThat(r.opgeslagen()).as(bestand.toString()).isFalse();
            assertThat(r.ongeldig()).as(bestand.toString()).isNotEmpty();
            assertThat(Stand.van(p)).isEqualTo(voor);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(bestand.toString()).isLessThan(BOVENGRENS);
            return r.ongeldig().get(0);
        }
    }

    private Path schrijf(String naam, byte[] inhoud) throws IOException {
        return Files.write(tmp.resolve(naam), inhoud);
    }

    /**
     * The template with a complex, two dwellings with rooms, a shared space, and then whatever {@code wijziging}
     * does to it.
     */
    private byte[] ingevuld(Consumer<Workbook> wijziging) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(leegSjabloon))) {
            rij(wb.getSheet(Sjabloon.COMPLEXEN), 4, "LIN", "De Linde", "gemeten", "ja", 130, "1,5", "ja", "ja", "ja",
                    "ja", "nee");
            rij(wb.getSheet(Sjabloon.WONINGEN), 4, "W1", "LIN", "Lindelaan", "1", null, "3511AB", "Utrecht", 1975, "MGW",
                    "ZOR", 48, "B", "2023-05-01", 210000, "2025-01-01", null, "712,50", "700", 1);
            rij(wb.getSheet(Sjabloon.WONINGEN), 5, "W2", "LIN", "Lindelaan", "3", null, "3511AB", "Utrecht", 1975, "MGW",
                    null, 52, "C", "2022-01-10", 220000, "2025-01-01");
            Sheet r = wb.getSheet(Sjabloon.RUIMTEN);
            rij(r, 4, "W1", null, null, "woon", "Woonkamer", "VTK", "WOO", "28,4", 6, 4.7, 2.6, "ja", "nee", 1, null,
                    "2400", "0,5");
            rij(r, 5, "W2", null, null, "woon", "Woonkamer", "VTK", "WOO", 30, null, null, null, "ja", null, 1);
            rij(r, 6, null, "OR", "LIN", "or", "Ontmoetingsruimte", "VTK", "REC", 80, null, null, null, "ja");
            rij(wb.getSheet(Sjabloon.GEDEELDE_RUIMTEN), 4, "LIN", "OR", "Ontmoetingsruimte", "ontmoetingsruimte", 24,
                    "W1;W2");
            wijziging.accept(wb);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            wb.write(uit);
            return uit.toByteArray();
        }
    }

    /** Fills a row; every cell up to column T exists, so a test can change any of them. */
    private static void rij(Sheet blad, int rij, Object... waarden) {
        Row r = blad.createRow(rij - 1);
        for (int i = 0; i < 20; i++) {
            Cell c = r.createCell(i);
            Object w = i < waarden.length ? waarden[i] : null;
            if (w instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (w != null) {
                c.setCellValue(w.toString());
            }
        }
    }

    private interface Schrijver {
        void schrijf(OutputStream uit) throws IOException;
    }

    /** The workbook with one zip entry replaced, deflated at {@code niveau} (1 fast, 9 small). */
    private static byte[] vervangBlad(byte[] xlsx, String entry, int niveau, Schrijver inhoud) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        boolean gevonden = false;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
             ZipOutputStream z = new ZipOutputStream(uit)) {
            z.setLevel(niveau);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    inhoud.schrijf(z);
                    gevonden = true;
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        assertThat(gevonden).as(entry).isTrue();
        return uit.toByteArray();
    }
}
