package nl.puntwijs.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.tabellen.TabellenLader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip: the sample complexes exported at 2026-07-01 (compared with 2025-07-01), read back with POI and checked
 * cell by cell against what the core computes.
 */
class ExportWerkboekTest {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);
    static final LocalDate VERGELIJK = LocalDate.of(2025, 7, 1);
    static final Path LINDE = Path.of("samples/de-linde-complex.json");
    static final Path HOVEN = Path.of("samples/zorgcomplex-de-hoven.json");
    static final Clock KLOK = Clock.fixed(LocalDateTime.of(2026, 11, 2, 14, 30).atZone(ZoneId.systemDefault())
            .toInstant(), ZoneId.systemDefault());

    @TempDir
    static Path tmp;
    static XSSFWorkbook wb;
    static Exportverslag verslag;

    static Exportdienst dienst(Exportopties opties) {
        return new Exportdienst(TabellenLader.standaard(), TabellenLader.drempels(), opties);
    }

    static Invoerbron bron(LocalDate vergelijk, List<String> complexen, Path... invoer) {
        return new Invoerbron(List.of(invoer), PEILDATUM, vergelijk, Interpretatie.standaard(), complexen,
                new Complexberekening(TabellenLader.standaard(), TabellenLader.drempels()));
    }

    static XSSFWorkbook lees(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @BeforeAll
    static void exporteer() throws Exception {
        Path doel = tmp.resolve("rapport.xlsx");
        verslag = dienst(Exportopties.standaard().metKlok(KLOK)).exporteer(bron(VERGELIJK, List.of(), LINDE, HOVEN)
                .metNaam("Voorbeeldportefeuille"), doel, Voortgang.GEEN, Annulering.NOOIT);
        wb = lees(doel);
    }

    @Test
    void hetVerslagTeltWatErIsGeschreven() {
        assertThat(verslag.complexen()).isEqualTo(2);
        assertThat(verslag.woningen()).isEqualTo(36);
        assertThat(verslag.puntenopbouwBladen()).isEqualTo(1);
        assertThat(verslag.volledig()).isTrue();
        assertThat(verslag.bytes()).isPositive();
    }

    @Test
    void elkBladInDeVasteVolgorde() {
        List<String> namen = new ArrayList<>();
        wb.forEach(s -> namen.add(s.getSheetName()));
        assertThat(namen).containsExactly("Samenvatting", "Complexen", "Woningen", "Puntenopbouw", "Gedeelde ruimten",
                "Knelpunten", "Vergelijking", "Parameters", "Wijzigingen");
        assertThat(wb.getActiveSheetIndex()).isZero();
    }

    @Test
    void woningenHebbenDeRubriekenInBeleidsboekvolgordeMetVeraCodes() {
        Sheet w = wb.getSheet("Woningen");
        Row kop = w.getRow(0);
        Row codes = w.getRow(1);
        assertThat(kop.getCell(0).getStringCellValue()).isEqualTo("Eenheid");
        assertThat(kop.getCell(1).getStringCellValue()).isEqualTo("Straat");
        assertThat(kop.getCell(7).getStringCellValue()).isEqualTo("1. Oppervlakte van vertrekken");
        assertThat(kop.getCell(18).getStringCellValue()).isEqualTo("12. Bijzondere voorzieningen");
        assertThat(kop.getCell(19).getStringCellValue()).isEqualTo("Prijsopslag monumenten en nieuwbouw");
        List<String> vera = new ArrayList<>();
        for (int k = 7; k < 20; k++) {
            vera.add(codes.getCell(k).getStringCellValue());
        }
        assertThat(vera).containsExactly("OVZ", "OOZ", "VKV", "ENE", "KEU", "SAN", "GEH", "BUI", "GVR", "GPA", "WOZ",
                "BIJ", "PMN");
        assertThat(kop.getCell(Rapport.W_TOTAAL).getStringCellValue()).isEqualTo("Totaal punten");
        assertThat(kop.getCell(Rapport.W_SECTOR).getStringCellValue()).isEqualTo("Sector");
        assertThat(kop.getCell(Rapport.W_ZORGWONING + 1).getStringCellValue()).isEqualTo("Signalen");
    }

    @Test
    void eenBekendeWoningHeeftDePuntenDieDeKernBerekent() throws Exception {
        Complex linde = new ComplexLezer().lees(Files.readAllBytes(LINDE)).complex();
        ComplexResultaat cr = new Complexwaardering(new Stelsel(TabellenLader.standaard()))
                .waardeer(linde, PEILDATUM, Interpretatie.standaard());
        ComplexResultaat.Woning verwacht = cr.woningen().get(0);
        Resultaat r = verwacht.resultaat();
        assertThat(r.eenheidId()).isEqualTo("LIN-001");

        Row rij = wb.getSheet("Woningen").getRow(2);
        assertThat(rij.getCell(0).getStringCellValue()).isEqualTo("LIN-001");
        assertThat(rij.getCell(1).getStringCellValue()).isEqualTo("Lindehof");
        assertThat(rij.getCell(2).getStringCellValue()).isEqualTo("1");
        assertThat(rij.getCell(3).getStringCellValue()).isEqualTo("7422 LH");
        assertThat(rij.getCell(4).getStringCellValue()).isEqualTo("Deventer");
        assertThat(rij.getCell(5).getStringCellValue()).isEqualTo("De Linde");
        assertThat(rij.getCell(6).getStringCellValue()).isEqualTo("Senioren");
        for (Stelselgroep g : Stelselgroep.values()) {
            Cell c = rij.getCell(Rapport.W_RUBRIEK1 + g.ordinal());
            assertThat(c.getCellType()).as(g.code()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getNumericCellValue()).as(g.code()).isEqualTo(r.punten(g).doubleValue());
        }
        assertThat(r.punten(Stelselgroep.GVR).doubleValue()).as("the ontmoetingsruimte's share").isEqualTo(4.25);
        assertThat(rij.getCell(Rapport.W_TOTAAL).getNumericCellValue()).isEqualTo(r.punten());
        assertThat(rij.getCell(Rapport.W_MAXHUUR).getNumericCellValue())
                .isEqualTo(r.maximaleHuur().doubleValue());
        assertThat(rij.getCell(Rapport.W_MAXHUUR_OPSLAG).getNumericCellValue())
                .isEqualTo(r.maximaleHuurInclusiefOpslag().doubleValue());
        assertThat(rij.getCell(Rapport.W_SECTOR).getStringCellValue()).isEqualTo(r.sector().code());
        assertThat(rij.getCell(Rapport.W_KALEHUUR).getNumericCellValue()).isEqualTo(642.50);
        assertThat(rij.getCell(Rapport.W_HUURPERCENTAGE).getNumericCellValue())
                .isCloseTo(642.50 / r.maximaleHuurInclusiefOpslag().doubleValue(), within(1e-6));
        assertThat(rij.getCell(Rapport.W_GEDEELD).getNumericCellValue())
                .isEqualTo(verwacht.puntenUitGedeeldeRuimten().doubleValue());
        assertThat(rij.getCell(Rapport.W_ZORGTOESLAG).getNumericCellValue()).isZero();
    }

    @Test
    void getallenZijnGetallenMetStandaardOpmaak() {
        Row rij = wb.getSheet("Woningen").getRow(2);
        assertThat(rij.getCell(Rapport.W_RUBRIEK1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(rij.getCell(Rapport.W_TOTAAL).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(rij.getCell(Rapport.W_MAXHUUR).getCellStyle().getDataFormatString())
                .isEqualTo("\"€ \"#,##0.00;\"€ -\"#,##0.00");
        assertThat(rij.getCell(Rapport.W_OPSLAGPERCENTAGE).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        Row param = zoekRij(wb.getSheet("Parameters"), 1, "Peildatum");
        assertThat(param.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(param.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(PEILDATUM);
        assertThat(param.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
    }

    @Test
    void totalenZijnSubtotaalFormulesDieFilterenVolgen() {
        Sheet w = wb.getSheet("Woningen");
        Row totaal = w.getRow(2 + 36);
        assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totaal (zichtbare rijen)");
        Cell huur = totaal.getCell(Rapport.W_MAXHUUR_OPSLAG);
        assertThat(huur.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(huur.getCellFormula()).isEqualTo("SUBTOTAL(109,$Y$3:$Y$38)");
        assertThat(totaal.getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(103,$A$3:$A$38)");
        assertThat(totaal.getCell(1).getNumericCellValue()).isEqualTo(36);
        Row gemiddelde = w.getRow(2 + 37);
        assertThat(gemiddelde.getCell(Rapport.W_TOTAAL).getCellFormula()).isEqualTo("SUBTOTAL(101,$U$3:$U$38)");
        Row complexTotaal = wb.getSheet("Complexen").getRow(3);
        assertThat(complexTotaal.getCell(3).getCellFormula()).isEqualTo("SUBTOTAL(109,$D$2:$D$3)");
        assertThat(complexTotaal.getCell(3).getNumericCellValue()).isEqualTo(36);
    }

    @Test
    void elkeFormuleGeeftDeWaardeDieErAlStaat() {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int formules = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formules++;
                    double bewaard = c.getNumericCellValue();
                    CellValue v = evaluator.evaluate(c);
                    assertThat(v.getNumberValue()).as(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula())
                            .isCloseTo(bewaard, within(1e-6));
                }
            }
        }
        assertThat(formules).isGreaterThan(100);
    }

    @Test
    void deSamenvattingTeltDePortefeuilleMetLevendeFormules() {
        Sheet s = wb.getSheet("Samenvatting");
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Bestuursrapportage woningwaardering");
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Voorbeeldportefeuille");
        Row woningen = zoekRij(s, 0, "Woningen");
        assertThat(woningen.getCell(1).getCellFormula()).isEqualTo("COUNTA('Woningen'!$A$3:$A$38)");
        assertThat(woningen.getCell(1).getNumericCellValue()).isEqualTo(36);
        // De Linde: 12 sociaal, 12 midden (README of the samples); De Hoven adds its own
        Row sociaal = zoekRij(s, 0, "Sociale huur (laag segment)");
        assertThat(sociaal.getCell(1).getCellFormula()).isEqualTo("COUNTIF('Woningen'!$Z$3:$Z$38,\"sociaal\")");
        Row linde = zoekRij(wb.getSheet("Complexen"), 0, "De Linde");
        assertThat(linde.getCell(4).getNumericCellValue()).isEqualTo(12);
        assertThat(linde.getCell(5).getNumericCellValue()).isEqualTo(12);
        Row zorg = zoekRij(s, 0, "Zorgwoningen met zorgtoeslag");
        assertThat(zorg.getCell(1).getNumericCellValue()).isEqualTo(11);
        Row alle = zoekRij(s, 0, "   waarvan alle voorwaarden vastgelegd en voldaan");
        assertThat(alle.getCell(1).getNumericCellValue()).isEqualTo(11);
        Row niet = zoekRij(s, 0, "Geclaimd als zorgwoning, maar een voorwaarde niet voldaan");
        assertThat(niet.getCell(1).getNumericCellValue()).as("HOV-07").isEqualTo(1);
        Row blokkerend = zoekRij(s, 0, "Blokkerend");
        assertThat(blokkerend.getCell(1).getCellFormula()).startsWith("COUNTIF('Knelpunten'!$A$2:");
        assertThat(blokkerend.getCell(1).getNumericCellValue()).isPositive();
        Row soo = zoekRij(s, 0, "Geschatte subsidie (1 complex)");
        assertThat(soo.getCell(1).getNumericCellValue()).isPositive();
        assertThat(soo.getCell(1).getCellFormula()).isEqualTo("SUM('Complexen'!$T$2:$T$3)");
    }

    @Test
    void deSamenvattingHeeftTweeEchteGrafieken() {
        XSSFSheet s = wb.getSheet("Samenvatting");
        List<XSSFChart> grafieken = s.getDrawingPatriarch().getCharts();
        assertThat(grafieken).hasSize(2);
        XSSFChart sector = grafieken.get(0);
        assertThat(sector.getTitleText().getString()).isEqualTo("Woningen per sector per complex");
        XDDFBarChartData staaf = (XDDFBarChartData) sector.getChartSeries().get(0);
        assertThat(staaf.getBarDirection()).isEqualTo(BarDirection.BAR);
        assertThat(staaf.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
        assertThat(staaf.getSeriesCount()).isEqualTo(3);
        assertThat(staaf.getSeries(0).getCategoryData().getDataRangeReference()).startsWith("'Samenvatting'!$A$");
        assertThat(staaf.getSeries(0).getCategoryData().getPointAt(0)).isEqualTo("De Linde");
        assertThat(staaf.getSeries(0).getValuesData().getPointAt(0).intValue()).isEqualTo(12);
        XSSFChart punten = grafieken.get(1);
        assertThat(punten.getTitleText().getString()).startsWith("Verdeling van de punten");
        XDDFBarChartData kolom = (XDDFBarChartData) punten.getChartSeries().get(0);
        assertThat(kolom.getBarDirection()).isEqualTo(BarDirection.COL);
        int som = 0;
        for (int i = 0; i < kolom.getSeries(0).getValuesData().getPointCount(); i++) {
            som += kolom.getSeries(0).getValuesData().getPointAt(i).intValue();
        }
        assertThat(som).as("every dwelling in one bin").isEqualTo(36);
    }

    @Test
    void kopBevrorenFilterEnAfdrukinstellingen() {
        XSSFSheet w = wb.getSheet("Woningen");
        assertThat(w.getPaneInformation().isFreezePane()).isTrue();
        assertThat(w.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(w.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(w.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:AF38");
        assertThat(w.getPrintSetup().getLandscape()).isTrue();
        assertThat(w.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(w.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(w.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
        assertThat(w.getFooter().getCenter()).isEqualTo("Pagina &P van &N");
        assertThat(w.getFooter().getRight()).isEqualTo("Geëxporteerd 02-11-2026");
        for (String naam : List.of("Complexen", "Puntenopbouw", "Gedeelde ruimten", "Knelpunten", "Vergelijking",
                "Parameters")) {
            XSSFSheet b = wb.getSheet(naam);
            assertThat(b.getPaneInformation().isFreezePane()).as(naam).isTrue();
            assertThat(b.getCTWorksheet().isSetAutoFilter()).as(naam).isTrue();
            assertThat(b.getRepeatingRows()).as(naam).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(b.getColumnWidth(0)).as(naam).isGreaterThan(256 * 7);
        }
        assertThat(wb.getSheet("Samenvatting").getPrintSetup().getFitHeight()).isEqualTo((short) 1);
        assertThat(wb.getPrintArea(0)).isNotNull();
    }

    @Test
    void dePuntenopbouwIsPerWoningGegroepeerd() {
        XSSFSheet p = wb.getSheet("Puntenopbouw");
        assertThat(p.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Punten");
        Row woning = p.getRow(1);
        assertThat(woning.getCell(0).getStringCellValue()).isEqualTo("LIN-001");
        assertThat(woning.getOutlineLevel()).isZero();
        Row rubriek = p.getRow(2);
        assertThat(rubriek.getCell(1).getStringCellValue()).isEqualTo("OVZ");
        assertThat(rubriek.getCell(2).getStringCellValue()).isEqualTo("1. Oppervlakte van vertrekken");
        assertThat(rubriek.getCell(6).getStringCellValue()).isEqualTo("BB26 §2.2.1");
        assertThat(rubriek.getOutlineLevel()).isEqualTo(1);
        Row regel = p.getRow(3);
        assertThat(regel.getOutlineLevel()).isEqualTo(2);
        assertThat(regel.getCell(2).getStringCellValue()).isEqualTo("Vertrekken");
        assertThat(regel.getCell(3).getNumericCellValue()).as("m²").isEqualTo(47.70);
        assertThat(regel.getCell(4).getStringCellValue()).isEqualTo("m²");
        assertThat(regel.getCell(5).getNumericCellValue()).isEqualTo(48.00);
        assertThat(regel.getCell(6).getStringCellValue()).isEqualTo("BB26 §2.2.1.1");
        Row kamer = p.getRow(4);
        assertThat(kamer.getOutlineLevel()).isEqualTo(3);
        assertThat(kamer.getCell(2).getStringCellValue()).isEqualTo("Woonkamer");
        assertThat(kamer.getCell(2).getCellStyle().getIndention()).isEqualTo((short) 2);
        assertThat(kamer.getCell(3).getNumericCellValue()).isEqualTo(24.60);
        assertThat(p.getCTWorksheet().getSheetPr().getOutlinePr().getSummaryBelow()).isFalse();
        // the gedeelde ontmoetingsruimte's 4.25 points in rubriek 9 of LIN-001
        Row gvr = zoekRij(p, 1, "GVR");
        assertThat(gvr.getCell(5).getNumericCellValue()).isEqualTo(4.25);
    }

    @Test
    void gedeeldeRuimtenKnelpuntenEnVergelijking() {
        Row ruimte = zoekRij(wb.getSheet("Gedeelde ruimten"), 0, "De Linde");
        assertThat(ruimte.getCell(4).getNumericCellValue()).as("adressen").isEqualTo(24);
        assertThat(ruimte.getCell(10).getNumericCellValue()).as("points before division").isEqualTo(101.75);
        assertThat(ruimte.getCell(11).getNumericCellValue()).isCloseTo(4.2396, within(0.0001));
        assertThat(ruimte.getCell(6).getStringCellValue()).startsWith("LIN-001, LIN-002");

        Sheet k = wb.getSheet("Knelpunten");
        Row zw = zoekRij(k, 4, "HOV-07");
        assertThat(zw).isNotNull();
        boolean blokkerendGestyled = false;
        for (Row r : k) {
            if (r.getRowNum() > 0 && "blokkerend".equals(r.getCell(0).getStringCellValue())) {
                blokkerendGestyled = r.getCell(0).getCellStyle().getFillForegroundColorColor() != null;
            }
        }
        assertThat(blokkerendGestyled).as("severity shown by cell style").isTrue();

        Sheet v = wb.getSheet("Vergelijking");
        assertThat(v.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Punten 01-07-2026");
        assertThat(v.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Punten 01-07-2025");
        Row lin = v.getRow(1);
        assertThat(lin.getCell(4).getCellFormula()).isEqualTo("C2-D2");
        assertThat(lin.getCell(4).getNumericCellValue()).isEqualTo(
                lin.getCell(2).getNumericCellValue() - lin.getCell(3).getNumericCellValue());
    }

    @Test
    void parametersEnLegeWijzigingen() {
        Sheet p = wb.getSheet("Parameters");
        assertThat(zoekRij(p, 1, "Puntwijs-versie")).isNotNull();
        assertThat(zoekRij(p, 1, "Tabellenset").getCell(2).getStringCellValue()).isEqualTo("2026-01-01");
        assertThat(zoekRij(p, 1, "D5 zorgtoeslag-afronding").getCell(2).getStringCellValue()).isEqualTo("kwartpunt");
        Row drempel = zoekRij(p, 1, "aftoppingsgrens.laag");
        assertThat(drempel.getCell(0).getStringCellValue()).isEqualTo("Drempel");
        assertThat(zoekRij(p, 1, "Tijdstip van export").getCell(2).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2026, 11, 2, 14, 30));
        Sheet w = wb.getSheet("Wijzigingen");
        assertThat(w.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tijdstip");
        assertThat(w.getRow(1).getCell(0).getStringCellValue()).startsWith("Geen wijzigingen");
    }

    static Row zoekRij(Sheet s, int kolom, String tekst) {
        for (Row r : s) {
            Cell c = r.getCell(kolom);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(tekst)) {
                return r;
            }
        }
        return null;
    }
}
