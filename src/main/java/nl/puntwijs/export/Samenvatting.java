package nl.puntwijs.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.stelsel.Sector;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Samenvatting sheet: the portfolio on one printed page. Its counts are live formulas over the Woningen,
 * Complexen and Knelpunten sheets (with the values they have now); two charts drawn with POI's chart API read the
 * small tables under the page ("Gegevens van de grafieken").
 */
final class Samenvatting {

    /** Complexes the sector chart shows by name; the rest form one bar. */
    static final int GRAFIEK_COMPLEXEN = 12;

    private static final int LABEL = 0;
    private static final int WAARDE = 1;
    private static final int AANDEEL = 2;
    private static final int GRENS = 3;
    private static final int GRAFIEK_VAN = 5;
    private static final int GRAFIEK_TOT = 15;
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final Rapport rapport;
    private final Rapport.Telling t;
    private final SXSSFSheet blad;
    private final Stijlen stijlen;
    private int rij;
    /** Last row of the printed page. */
    private int laatstePaginarij;

    Samenvatting(Rapport rapport) {
        this.rapport = rapport;
        this.t = rapport.telling;
        this.blad = rapport.samenvattingBlad;
        this.stijlen = rapport.stijlen;
    }

    void schrijf() {
        blad.setColumnWidth(LABEL, 46 * 256);
        blad.setColumnWidth(WAARDE, 13 * 256);
        blad.setColumnWidth(AANDEEL, 10 * 256);
        blad.setColumnWidth(GRENS, 12 * 256);
        blad.setColumnWidth(4, 3 * 256);
        for (int k = GRAFIEK_VAN; k < GRAFIEK_TOT; k++) {
            blad.setColumnWidth(k, 10 * 256);
        }
        blad.setDisplayGridlines(false);
        blad.setPrintGridlines(false);

        cel(0, LABEL, "Bestuursrapportage woningwaardering", stijlen.titel());
        rij(0).setHeightInPoints(30);
        rij(1).setHeightInPoints(18);
        cel(1, LABEL, rapport.bron.portefeuille(), stijlen.portefeuille());
        String tabellen = String.join(", ", t.tabellensets.isEmpty()
                ? List.of(rapport.tabellenboek.voor(rapport.peildatum).naam()) : new ArrayList<>(t.tabellensets));
        cel(2, LABEL, "Peildatum " + rapport.peildatum.format(DATUM) + " · tabellen " + tabellen
                + (rapport.vergelijkdatum == null ? "" : " · vergeleken met " + rapport.vergelijkdatum.format(DATUM))
                + " · geëxporteerd " + rapport.tijdstip.format(TIJD) + " · Puntwijs " + rapport.opties.versie(),
                stijlen.ondertitel());
        rij = 4;

        Tabel w = rapport.woningen;
        boolean woningen = t.woningen > 0;
        sectie("Portefeuille", "Aantal", null, null);
        waarde("Complexen", rapport.complexen.isLeeg() ? null
                : "COUNTA(" + rapport.complexen.bereik(0, true) + ")", t.complexen, Stijlen.Soort.GEHEEL);
        int woningenRij = rij;
        waarde("Woningen", woningen ? "COUNTA(" + w.bereik(Rapport.W_EENHEID, true) + ")" : null, t.woningen,
                Stijlen.Soort.GEHEEL);
        waarde("Gemiddeld aantal punten", woningen ? "AVERAGE(" + w.bereik(Rapport.W_TOTAAL, true) + ")" : null,
                t.gemiddelde(t.punten), Stijlen.Soort.GETAL);
        waarde("Maximale huur per maand, incl. opslag (totaal)", woningen ? "SUM(" + w.bereik(Rapport.W_MAXHUUR_OPSLAG,
                true) + ")" : null, t.maximaleHuurInclOpslag.doubleValue(), Stijlen.Soort.EURO);
        int kaleRij = rij;
        waarde("Kale huur per maand (totaal, waar vastgelegd)", woningen ? "SUM(" + w.bereik(Rapport.W_KALEHUUR, true)
                + ")" : null, t.kaleHuur.doubleValue(), Stijlen.Soort.EURO);
        if (t.maximaleHuurMetKaleHuur.signum() > 0) {
            waarde("Kale huur als % van de maximale huur", "B" + (kaleRij + 1) + "/SUMIFS("
                    + w.bereik(Rapport.W_MAXHUUR_OPSLAG, true) + "," + w.bereik(Rapport.W_KALEHUUR, true) + ",\">0\")",
                    t.kaleHuur.divide(t.maximaleHuurMetKaleHuur, 10, RoundingMode.HALF_UP).doubleValue(),
                    Stijlen.Soort.PROCENT);
        } else {
            tekstregel("Kale huur als % van de maximale huur", "geen huur vastgelegd");
        }

        sectie("Woningen per sector", "Woningen", "Aandeel", null);
        int eerste = rij;
        for (Sector s : Sector.values()) {
            int r = rij;
            waarde(s.naam(), woningen ? "COUNTIF(" + w.bereik(Rapport.W_SECTOR, true) + ",\"" + s.code() + "\")" : null,
                    t.perSector.get(s), Stijlen.Soort.GEHEEL);
            aandeel(r, woningenRij, t.perSector.get(s));
        }
        totaal(eerste, rij - 1, t.woningen);

        sectie("Woningen per huurklasse (kale huur)", "Woningen", "Aandeel", "Grens t/m");
        eerste = rij;
        List<Huurklassen.Klasse> klassen = t.huurklassen.klassen();
        String huur = w.bereik(Rapport.W_KALEHUUR, true);
        for (int i = 0; i < klassen.size(); i++) {
            Huurklassen.Klasse k = klassen.get(i);
            int r = rij;
            String formule;
            if (i == 0) {
                formule = "COUNTIFS(" + huur + ",\"<=\"&D" + (r + 1) + ")";
            } else if (k.grens() == null) {
                formule = "COUNTIFS(" + huur + ",\">\"&D" + r + ")";
            } else {
                formule = "COUNTIFS(" + huur + ",\">\"&D" + r + "," + huur + ",\"<=\"&D" + (r + 1) + ")";
            }
            waarde(k.naam(), woningen ? formule : null, t.perHuurklasse[i], Stijlen.Soort.GEHEEL);
            aandeel(r, woningenRij, t.perHuurklasse[i]);
            if (k.grens() != null) {
                getal(r, GRENS, k.grens().waarde().doubleValue(), Stijlen.Soort.EURO, Stijlen.Opmaak.NORMAAL);
            }
        }
        int r0 = rij;
        waarde(Huurklassen.ONBEKEND, woningen ? "COUNTBLANK(" + huur + ")" : null, t.perHuurklasse[klassen.size()],
                Stijlen.Soort.GEHEEL);
        aandeel(r0, woningenRij, t.perHuurklasse[klassen.size()]);
        totaal(eerste, rij - 1, t.woningen);

        sectie("Zorgwoningen", "Woningen", null, null);
        String zorg = w.bereik(Rapport.W_ZORGWONING, true);
        waarde("Zorgwoningen met zorgtoeslag", woningen ? "COUNTIF(" + zorg + ",\"" + Rapport.ZORG_ALLE + "\")+COUNTIF("
                + zorg + ",\"" + Rapport.ZORG_GECLAIMD + "\")" : null, t.zorgwoningen, Stijlen.Soort.GEHEEL);
        waarde("   waarvan alle voorwaarden vastgelegd en voldaan", woningen ? "COUNTIF(" + zorg + ",\""
                + Rapport.ZORG_ALLE + "\")" : null, t.alleVoorwaarden, Stijlen.Soort.GEHEEL);
        waarde("Geclaimd als zorgwoning, maar een voorwaarde niet voldaan", woningen ? "COUNTIF(" + zorg + ",\""
                + Rapport.ZORG_NIET + "\")" : null, t.zorgNietToegepast, Stijlen.Soort.GEHEEL);

        sectie("Punten", "Totaal", "Gemiddeld", null);
        int p = rij;
        waarde("Punten uit gedeelde ruimten (rubrieken 8, 9 en 10)", woningen ? "SUM("
                + w.bereik(Rapport.W_GEDEELD, true) + ")" : null, t.puntenGedeeld.doubleValue(), Stijlen.Soort.GETAL);
        perWoning(p, woningenRij, t.puntenGedeeld);
        p = rij;
        waarde("Punten uit de zorgtoeslag (rubriek 12)", woningen ? "SUM(" + w.bereik(Rapport.W_ZORGTOESLAG, true)
                + ")" : null, t.puntenZorg.doubleValue(), Stijlen.Soort.GETAL);
        perWoning(p, woningenRij, t.puntenZorg);

        sectie("Knelpunten", "Signalen", null, null);
        Tabel k = rapport.knelpunten;
        String ernst = k.bereik(Rapport.K_ERNST, true);
        boolean signalen = !k.isLeeg();
        ernstregel("Blokkerend", Ernst.BLOKKEREND, signalen ? ernst : null, Stijlen.Opmaak.BLOKKEREND);
        ernstregel("Waarschuwing", Ernst.WAARSCHUWING, signalen ? ernst : null, Stijlen.Opmaak.WAARSCHUWING);
        ernstregel("Ter informatie", Ernst.INFO, signalen ? ernst : null, Stijlen.Opmaak.INFO);
        waarde("Meldingen bij de invoer", signalen ? "COUNTIF(" + ernst + ",\"" + Rapport.MELDING + "\")" : null,
                t.invoermeldingen, Stijlen.Soort.GEHEEL);

        sectie("SOO-subsidie ontmoetingsruimten", "Bedrag", null, null);
        waarde("Geschatte subsidie (" + (t.sooComplexen == 1 ? "1 complex" : t.sooComplexen + " complexen") + ")",
                rapport.complexen.isLeeg() ? null : "SUM(" + rapport.complexen.bereik(Rapport.C_SOO, true) + ")",
                t.soo.doubleValue(), Stijlen.Soort.EURO);

        opmerkingen();
        laatstePaginarij = Math.max(rij - 1, 41);
        grafieken();
    }

    /** The notes a reader must not miss: parts left out, continued sheets, missing limits. */
    private void opmerkingen() {
        List<String[]> notities = new ArrayList<>();
        for (String n : t.nietOpgenomen) {
            notities.add(new String[] {"Niet opgenomen: " + n, "blokkerend"});
        }
        if (rapport.puntenopbouw.aantalBladen() > 1) {
            notities.add(new String[] {"De puntenopbouw telt " + String.format("%,d", rapport.puntenopbouw.regels())
                    .replace(',', '.') + " regels, meer dan één blad kan bevatten: hij loopt door op "
                    + String.join(", ", rapport.puntenopbouw.bladnamen().subList(1,
                    rapport.puntenopbouw.aantalBladen())) + ".", "info"});
        }
        for (String o : t.huurklassen.ontbrekend()) {
            notities.add(new String[] {"Huurklasse zonder grens: " + o + ".", "info"});
        }
        notities.add(new String[] {"Bedragen per maand. Punten volgens het woningwaarderingsstelsel zelfstandige "
                + "woonruimte; de uitleg per woning staat op het blad Puntenopbouw, de bronnen op Parameters.", "grijs"});
        sectie("Toelichting", null, null, null);
        for (String[] n : notities) {
            Stijlen.Opmaak opmaak = switch (n[1]) {
                case "blokkerend" -> Stijlen.Opmaak.BLOKKEREND;
                case "info" -> Stijlen.Opmaak.INFO;
                default -> Stijlen.Opmaak.GRIJS;
            };
            Row r = blad.createRow(rij);
            CellStyle stijl = stijlen.omloop(opmaak, Tabel.isFormuleachtig(n[0]));
            for (int k = LABEL; k <= GRENS; k++) {
                Cell c = r.createCell(k);
                c.setCellStyle(stijl);
            }
            r.getCell(LABEL).setCellValue(Tabel.ingekort(n[0]));
            int regels = Math.max(1, (n[0].length() + 80) / 81);
            r.setHeightInPoints(Math.min(409, 15f * regels));
            blad.addMergedRegion(new CellRangeAddress(rij, rij, LABEL, GRENS));
            rij++;
        }
    }

    private void grafieken() {
        int start = laatstePaginarij + 3;
        rij = start;
        cel(rij++, LABEL, "Gegevens van de grafieken", stijlen.sectie());
        rij++;
        // sectors per complex: the largest complexes by name, the rest together
        int kop = rij;
        kopcel(kop, LABEL, "Complex", Stijlen.Soort.TEKST);
        kopcel(kop, WAARDE, "Sociaal", Stijlen.Soort.GEHEEL);
        kopcel(kop, AANDEEL, "Midden", Stijlen.Soort.GEHEEL);
        kopcel(kop, GRENS, "Vrij", Stijlen.Soort.GEHEEL);
        rij++;
        List<Rapport.Telling.Complex> lijst = new ArrayList<>(t.perComplex);
        List<Rapport.Telling.Complex> getoond = lijst;
        if (lijst.size() > GRAFIEK_COMPLEXEN) {
            getoond = lijst.stream().sorted(Comparator.comparingInt((Rapport.Telling.Complex c) -> c.woningen)
                    .reversed()).limit(GRAFIEK_COMPLEXEN - 1L).toList();
        }
        List<String> namen = new ArrayList<>();
        List<Integer[]> aantallen = new ArrayList<>();
        for (Rapport.Telling.Complex c : getoond) {
            namen.add(c.naam);
            aantallen.add(new Integer[] {c.perSector.get(Sector.SOCIAAL), c.perSector.get(Sector.MIDDEN),
                    c.perSector.get(Sector.VRIJ)});
        }
        if (getoond.size() < lijst.size()) {
            Integer[] rest = {0, 0, 0};
            for (Rapport.Telling.Complex c : lijst) {
                if (!getoond.contains(c)) {
                    rest[0] += c.perSector.get(Sector.SOCIAAL);
                    rest[1] += c.perSector.get(Sector.MIDDEN);
                    rest[2] += c.perSector.get(Sector.VRIJ);
                }
            }
            namen.add("Overige " + (lijst.size() - getoond.size()) + " complexen");
            aantallen.add(rest);
        }
        if (namen.isEmpty()) {
            namen.add("(geen complexen)");
            aantallen.add(new Integer[] {0, 0, 0});
        }
        int eersteSector = rij;
        for (int i = 0; i < namen.size(); i++) {
            Row r = blad.createRow(rij++);
            tekstcel(r, LABEL, namen.get(i));
            for (int s = 0; s < 3; s++) {
                Cell c = r.createCell(WAARDE + s);
                c.setCellValue(aantallen.get(i)[s]);
                c.setCellStyle(stijlen.stijl(Stijlen.Soort.GEHEEL, Stijlen.Opmaak.NORMAAL));
            }
        }
        int laatsteSector = rij - 1;

        // the distribution of points in bins of 10 (20 or more for a wide range)
        int kolomPunten = GRAFIEK_VAN + 1;
        kopcel(kop, kolomPunten, "Punten", Stijlen.Soort.TEKST);
        kopcel(kop, kolomPunten + 1, "Woningen", Stijlen.Soort.GEHEEL);
        List<String> klassen = new ArrayList<>();
        List<Integer> perKlasse = new ArrayList<>();
        if (t.perPunt.isEmpty()) {
            klassen.add("(geen woningen)");
            perKlasse.add(0);
        } else {
            int min = t.perPunt.firstKey();
            int max = t.perPunt.lastKey();
            int breedte = 10;
            while ((max - min) / breedte > 20) {
                breedte *= 2;
            }
            int van = Math.floorDiv(min, breedte) * breedte;
            for (int b = van; b <= max; b += breedte) {
                int n = 0;
                for (Map.Entry<Integer, Integer> e : t.perPunt.subMap(b, b + breedte).entrySet()) {
                    n += e.getValue();
                }
                klassen.add(b + "–" + (b + breedte - 1));
                perKlasse.add(n);
            }
        }
        int eersteKlasse = kop + 1;
        for (int i = 0; i < klassen.size(); i++) {
            int ri = eersteKlasse + i;
            Row r = blad.getRow(ri) != null ? blad.getRow(ri) : blad.createRow(ri);
            tekstcel(r, kolomPunten, klassen.get(i));
            Cell c = r.createCell(kolomPunten + 1);
            c.setCellValue(perKlasse.get(i));
            c.setCellStyle(stijlen.stijl(Stijlen.Soort.GEHEEL, Stijlen.Opmaak.NORMAAL));
        }
        int laatsteKlasse = eersteKlasse + klassen.size() - 1;

        XSSFSheet xssf = rapport.wb.getXSSFWorkbook().getSheet(Rapport.SAMENVATTING);
        XSSFDrawing tekening = xssf.createDrawingPatriarch();
        int midden = 4 + (laatstePaginarij - 4) / 2;
        sectorgrafiek(tekening, 4, midden, namen, aantallen, eersteSector, laatsteSector, kop);
        puntengrafiek(tekening, midden + 1, laatstePaginarij + 1, klassen, perKlasse, eersteKlasse, laatsteKlasse,
                kolomPunten);
    }

    private void sectorgrafiek(XSSFDrawing tekening, int van, int tot, List<String> namen, List<Integer[]> aantallen,
                               int eerste, int laatste, int kop) {
        XSSFClientAnchor anker = tekening.createAnchor(0, 0, 0, 0, GRAFIEK_VAN, van, GRAFIEK_TOT, tot);
        XSSFChart grafiek = tekening.createChart(anker);
        grafiek.setTitleText("Woningen per sector per complex");
        grafiek.setTitleOverlay(false);
        grafiek.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categorie = grafiek.createCategoryAxis(AxisPosition.LEFT);
        categorie.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis waarde = grafiek.createValueAxis(AxisPosition.BOTTOM);
        waarde.setCrosses(AxisCrosses.MAX);
        waarde.setCrossBetween(AxisCrossBetween.BETWEEN);
        waarde.setNumberFormat("0");
        rasterlijnen(waarde);
        XDDFCategoryDataSource cat = XDDFDataSourcesFactory.fromArray(namen.toArray(new String[0]),
                bereik(LABEL, eerste, laatste));
        XDDFBarChartData data = (XDDFBarChartData) grafiek.createData(ChartTypes.BAR, categorie, waarde);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setOverlap((byte) 100);
        data.setGapWidth(60);
        data.setVaryColors(false);
        String[] titels = {"Sociaal", "Midden", "Vrij"};
        String[] kleuren = {Stijlen.DONKERBLAUW, Stijlen.MIDDENBLAUW, Stijlen.LICHTBLAUW};
        for (int s = 0; s < 3; s++) {
            Integer[] reeks = new Integer[aantallen.size()];
            for (int i = 0; i < reeks.length; i++) {
                reeks[i] = aantallen.get(i)[s];
            }
            XDDFNumericalDataSource<Integer> num = XDDFDataSourcesFactory.fromArray(reeks,
                    bereik(WAARDE + s, eerste, laatste));
            XDDFChartData.Series serie = data.addSeries(cat, num);
            serie.setTitle(titels[s], new CellReference(Rapport.SAMENVATTING, kop, WAARDE + s, true, true));
            vul(serie, kleuren[s]);
        }
        grafiek.plot(data);
    }

    private void puntengrafiek(XSSFDrawing tekening, int van, int tot, List<String> klassen, List<Integer> aantallen,
                               int eerste, int laatste, int kolom) {
        XSSFClientAnchor anker = tekening.createAnchor(0, 0, 0, 0, GRAFIEK_VAN, van, GRAFIEK_TOT, tot);
        XSSFChart grafiek = tekening.createChart(anker);
        grafiek.setTitleText("Verdeling van de punten (woningen per puntenklasse)");
        grafiek.setTitleOverlay(false);
        XDDFCategoryAxis categorie = grafiek.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis waarde = grafiek.createValueAxis(AxisPosition.LEFT);
        waarde.setCrosses(AxisCrosses.AUTO_ZERO);
        waarde.setCrossBetween(AxisCrossBetween.BETWEEN);
        waarde.setNumberFormat("0");
        rasterlijnen(waarde);
        XDDFCategoryDataSource cat = XDDFDataSourcesFactory.fromArray(klassen.toArray(new String[0]),
                bereik(kolom, eerste, laatste));
        XDDFNumericalDataSource<Integer> num = XDDFDataSourcesFactory.fromArray(aantallen.toArray(new Integer[0]),
                bereik(kolom + 1, eerste, laatste));
        XDDFBarChartData data = (XDDFBarChartData) grafiek.createData(ChartTypes.BAR, categorie, waarde);
        data.setBarDirection(BarDirection.COL);
        data.setGapWidth(30);
        data.setVaryColors(false);
        XDDFChartData.Series serie = data.addSeries(cat, num);
        serie.setTitle("Woningen", new CellReference(Rapport.SAMENVATTING, eerste - 1, kolom + 1, true, true));
        vul(serie, Stijlen.MIDDENBLAUW);
        grafiek.plot(data);
    }

    private static void rasterlijnen(XDDFValueAxis as) {
        XDDFShapeProperties lijnen = as.getOrAddMajorGridProperties();
        XDDFLineProperties lijn = new XDDFLineProperties();
        lijn.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Stijlen.rgb("D9D9D9"))));
        lijnen.setLineProperties(lijn);
        XDDFShapeProperties asLijn = as.getOrAddShapeProperties();
        XDDFLineProperties geen = new XDDFLineProperties();
        geen.setFillProperties(new XDDFNoFillProperties());
        asLijn.setLineProperties(geen);
    }

    private static void vul(XDDFChartData.Series serie, String kleur) {
        XDDFShapeProperties vorm = serie.getShapeProperties() == null ? new XDDFShapeProperties()
                : serie.getShapeProperties();
        vorm.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Stijlen.rgb(kleur))));
        serie.setShapeProperties(vorm);
    }

    private static String bereik(int kolom, int van, int tot) {
        String k = CellReference.convertNumToColString(kolom);
        return "'" + Rapport.SAMENVATTING + "'!$" + k + "$" + (van + 1) + ":$" + k + "$" + (tot + 1);
    }

    /** Last row of the one printed page (the chart data below it is not printed). */
    int laatstePaginarij() {
        return laatstePaginarij;
    }

    // ---------------------------------------------------------------- cells

    /** A section heading with the captions of its value columns on the same line. */
    private void sectie(String titel, String kolom1, String kolom2, String kolom3) {
        rij++;
        Row r = rij(rij);
        r.setHeightInPoints(20);
        String[] teksten = {titel, kolom1, kolom2, kolom3};
        for (int k = LABEL; k <= GRENS; k++) {
            Cell c = r.createCell(k);
            c.setCellStyle(k == LABEL ? stijlen.sectie() : stijlen.sectieRechts());
            if (teksten[k] != null) {
                c.setCellValue(teksten[k]);
            }
        }
        rij++;
    }

    private void waarde(String label, String formule, double waarde, Stijlen.Soort soort) {
        Row r = rij(rij);
        Cell l = r.createCell(LABEL);
        l.setCellValue(label);
        Cell c = r.createCell(WAARDE);
        if (formule != null) {
            c.setCellFormula(formule);
        }
        c.setCellValue(waarde);
        c.setCellStyle(stijlen.stijl(soort, Stijlen.Opmaak.NORMAAL));
        rij++;
    }

    private void ernstregel(String label, Ernst ernst, String bereik, Stijlen.Opmaak opmaak) {
        int r = rij;
        waarde(label, bereik == null ? null : "COUNTIF(" + bereik + ",\"" + ernst.code() + "\")", t.perErnst.get(ernst),
                Stijlen.Soort.GEHEEL);
        rij(r).getCell(LABEL).setCellStyle(stijlen.stijl(Stijlen.Soort.TEKST, opmaak));
    }

    private void tekstregel(String label, String tekst) {
        Row r = rij(rij);
        r.createCell(LABEL).setCellValue(label);
        Cell c = r.createCell(WAARDE);
        c.setCellValue(tekst);
        c.setCellStyle(stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.GRIJS));
        rij++;
    }

    private void aandeel(int r, int woningenRij, int aantal) {
        Cell c = rij(r).createCell(AANDEEL);
        c.setCellFormula("IF($B$" + (woningenRij + 1) + "=0,0,B" + (r + 1) + "/$B$" + (woningenRij + 1) + ")");
        c.setCellValue(t.woningen == 0 ? 0 : (double) aantal / t.woningen);
        c.setCellStyle(stijlen.stijl(Stijlen.Soort.PROCENT, Stijlen.Opmaak.NORMAAL));
    }

    private void perWoning(int r, int woningenRij, BigDecimal som) {
        Cell c = rij(r).createCell(AANDEEL);
        c.setCellFormula("IF($B$" + (woningenRij + 1) + "=0,0,B" + (r + 1) + "/$B$" + (woningenRij + 1) + ")");
        c.setCellValue(t.gemiddelde(som));
        c.setCellStyle(stijlen.stijl(Stijlen.Soort.GETAL, Stijlen.Opmaak.NORMAAL));
    }

    private void totaal(int van, int tot, int waarde) {
        Row r = rij(rij);
        Cell l = r.createCell(LABEL);
        l.setCellValue("Totaal");
        l.setCellStyle(stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.TOTAAL));
        Cell c = r.createCell(WAARDE);
        c.setCellFormula("SUM(B" + (van + 1) + ":B" + (tot + 1) + ")");
        c.setCellValue(waarde);
        c.setCellStyle(stijlen.stijl(Stijlen.Soort.GEHEEL, Stijlen.Opmaak.TOTAAL));
        Cell a = r.createCell(AANDEEL);
        a.setCellFormula("SUM(C" + (van + 1) + ":C" + (tot + 1) + ")");
        a.setCellValue(waarde == 0 ? 0 : 1);
        a.setCellStyle(stijlen.stijl(Stijlen.Soort.PROCENT, Stijlen.Opmaak.TOTAAL));
        r.createCell(GRENS).setCellStyle(stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.TOTAAL));
        rij++;
    }

    private void getal(int r, int kolom, double waarde, Stijlen.Soort soort, Stijlen.Opmaak opmaak) {
        Cell c = rij(r).createCell(kolom);
        c.setCellValue(waarde);
        c.setCellStyle(stijlen.stijl(soort, opmaak));
    }

    private void cel(int r, int kolom, String tekst, CellStyle stijl) {
        Cell c = rij(r).createCell(kolom);
        c.setCellValue(Tabel.ingekort(tekst));
        c.setCellStyle(Tabel.isFormuleachtig(tekst) ? stijlen.alsTekst(Stijlen.Soort.TEKST, Stijlen.Opmaak.VET)
                : stijl);
    }

    private void tekstcel(Row r, int kolom, String tekst) {
        Cell c = r.createCell(kolom);
        c.setCellValue(Tabel.ingekort(tekst));
        c.setCellStyle(Tabel.isFormuleachtig(tekst) ? stijlen.alsTekst(Stijlen.Soort.TEKST, Stijlen.Opmaak.NORMAAL)
                : stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.NORMAAL));
    }

    private void kopcel(int r, int kolom, String tekst, Stijlen.Soort soort) {
        Cell c = rij(r).createCell(kolom);
        c.setCellValue(tekst);
        c.setCellStyle(stijlen.stijl(soort, Stijlen.Opmaak.KOP));
    }

    private Row rij(int r) {
        Row bestaand = blad.getRow(r);
        return bestaand != null ? bestaand : blad.createRow(r);
    }
}
