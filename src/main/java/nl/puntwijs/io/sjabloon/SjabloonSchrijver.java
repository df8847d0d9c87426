package nl.puntwijs.io.sjabloon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import nl.puntwijs.io.Bestanden;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the empty import template: one sheet per table with a header row, a units row and an example row, a
 * drop-down for every code column (from a hidden {@code Codes} sheet), ja/nee lists, frozen headers, and a help
 * sheet in Dutch. Written to a temporary file beside the target and moved into place.
 */
public final class SjabloonSchrijver {

    private static final int LAATSTE_RIJ = 100_000;

    public void schrijf(Path doel) throws IOException {
        Bestanden.schrijfVeilig(doel, this::schrijf);
    }

    public void schrijf(OutputStream uit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Stijlen s = new Stijlen(wb);
            help(wb, s);
            Sheet codes = wb.createSheet(Sjabloon.CODES);
            int[] codekolom = {0};
            blad(wb, s, codes, codekolom, Sjabloon.COMPLEXEN, Sjabloon.COMPLEX_KOLOMMEN);
            blad(wb, s, codes, codekolom, Sjabloon.WONINGEN, Sjabloon.WONING_KOLOMMEN);
            blad(wb, s, codes, codekolom, Sjabloon.RUIMTEN, Sjabloon.RUIMTE_KOLOMMEN);
            blad(wb, s, codes, codekolom, Sjabloon.GEDEELDE_RUIMTEN, Sjabloon.GEDEELDE_RUIMTE_KOLOMMEN);
            wb.setSheetHidden(wb.getSheetIndex(codes), true);
            wb.setActiveSheet(wb.getSheetIndex(Sjabloon.COMPLEXEN));
            wb.write(uit);
        }
    }

    private static final class Stijlen {
        final CellStyle kop;
        final CellStyle eenheid;
        final CellStyle voorbeeld;
        final CellStyle tekst;
        final CellStyle titel;

        Stijlen(XSSFWorkbook wb) {
            Font vet = wb.createFont();
            vet.setBold(true);
            kop = wb.createCellStyle();
            kop.setFont(vet);
            kop.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kop.setWrapText(true);
            Font klein = wb.createFont();
            klein.setItalic(true);
            klein.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            eenheid = wb.createCellStyle();
            eenheid.setFont(klein);
            voorbeeld = wb.createCellStyle();
            voorbeeld.setFont(klein);
            voorbeeld.setDataFormat(wb.createDataFormat().getFormat("@"));
            tekst = wb.createCellStyle();
            tekst.setWrapText(true);
            Font groot = wb.createFont();
            groot.setBold(true);
            groot.setFontHeightInPoints((short) 14);
            titel = wb.createCellStyle();
            titel.setFont(groot);
        }
    }

    private static void blad(XSSFWorkbook wb, Stijlen s, Sheet codes, int[] codekolom, String naam,
                             List<Sjabloon.Kolom> kolommen) {
        Sheet blad = wb.createSheet(naam);
        Row kop = blad.createRow(0);
        Row eenheid = blad.createRow(1);
        Row voorbeeld = blad.createRow(2);
        DataValidationHelper dv = blad.getDataValidationHelper();
        for (int i = 0; i < kolommen.size(); i++) {
            Sjabloon.Kolom k = kolommen.get(i);
            var c = kop.createCell(i);
            c.setCellValue(k.kop() + (k.verplicht() ? " *" : ""));
            c.setCellStyle(s.kop);
            var e = eenheid.createCell(i);
            e.setCellValue(k.eenheid());
            e.setCellStyle(s.eenheid);
            var v = voorbeeld.createCell(i);
            v.setCellValue(k.voorbeeld());
            v.setCellStyle(s.voorbeeld);
            blad.setColumnWidth(i, Math.min(60, Math.max(12, k.kop().length() + 4)) * 256);
            if (k.soort() == Sjabloon.Soort.CODE || k.soort() == Sjabloon.Soort.JANEE) {
                String bereik = codelijst(wb, codes, codekolom, naam, k);
                DataValidationConstraint lijst = dv.createFormulaListConstraint(bereik);
                DataValidation validatie = dv.createValidation(lijst, new CellRangeAddressList(Sjabloon.EERSTE_DATARIJ - 1,
                        LAATSTE_RIJ, i, i));
                validatie.setShowErrorBox(true);
                validatie.createErrorBox("Onbekende code", "Kies een waarde uit de lijst (zie het blad Toelichting).");
                validatie.setEmptyCellAllowed(true);
                blad.addValidationData(validatie);
            }
        }
        blad.createFreezePane(1, 2);
    }

    /** Writes the codes to the hidden sheet and returns a defined name for the range. */
    private static String codelijst(XSSFWorkbook wb, Sheet codes, int[] codekolom, String blad, Sjabloon.Kolom k) {
        int kolom = codekolom[0]++;
        List<String> waarden = k.codes();
        for (int r = 0; r < waarden.size(); r++) {
            Row rij = codes.getRow(r) == null ? codes.createRow(r) : codes.getRow(r);
            rij.createCell(kolom).setCellValue(waarden.get(r));
        }
        Name naam = wb.createName();
        naam.setNameName("lijst_" + kolom);
        String letter = Sjabloon.letter(kolom);
        naam.setRefersToFormula("'" + Sjabloon.CODES + "'!$" + letter + "$1:$" + letter + "$" + Math.max(1, waarden.size()));
        return naam.getNameName();
    }

    private static void help(XSSFWorkbook wb, Stijlen s) {
        Sheet h = wb.createSheet(Sjabloon.HELP);
        h.setColumnWidth(0, 28 * 256);
        h.setColumnWidth(1, 14 * 256);
        h.setColumnWidth(2, 100 * 256);
        int r = 0;
        h.createRow(r++).createCell(0).setCellValue("Puntwijs — importsjabloon voor een portefeuille");
        h.getRow(0).getCell(0).setCellStyle(s.titel);
        for (String regel : List.of(
                "Vul de bladen Complexen, Woningen, Ruimten en Gedeelde ruimten in en importeer het bestand met:",
                "    puntwijs import --db portefeuille.puntwijs sjabloon.xlsx",
                "Rij 1 bevat de kolomnamen (* = verplicht), rij 2 de eenheid, rij 3 een voorbeeld (wordt overgeslagen: "
                        + "ids die met 'voorbeeld' beginnen). Vul uw gegevens in vanaf rij 4.",
                "Getallen mogen met een decimale komma of punt. Datums als datum of als tekst JJJJ-MM-DD. Ja/nee-kolommen: "
                        + "ja, nee of leeg (niet vastgelegd). Lijsten in één cel scheidt u met ';'.",
                "Elke rij wordt gecontroleerd; alle fouten worden tegelijk gemeld met blad, rij, kolom, waarde en reden. "
                        + "Is er één rij ongeldig, dan wordt niets opgeslagen (tenzij u --skip-invalid gebruikt).",
                "Een woning die al in de portefeuille staat (zelfde eenheid-id) wordt bijgewerkt; elke wijziging komt in "
                        + "het wijzigingenlogboek.",
                "")) {
            var c = h.createRow(r++).createCell(0);
            c.setCellValue(regel);
        }
        for (var blad : List.of(
                List.<Object>of(Sjabloon.COMPLEXEN, Sjabloon.COMPLEX_KOLOMMEN),
                List.<Object>of(Sjabloon.WONINGEN, Sjabloon.WONING_KOLOMMEN),
                List.<Object>of(Sjabloon.RUIMTEN, Sjabloon.RUIMTE_KOLOMMEN),
                List.<Object>of(Sjabloon.GEDEELDE_RUIMTEN, Sjabloon.GEDEELDE_RUIMTE_KOLOMMEN))) {
            Row titel = h.createRow(r++);
            titel.createCell(0).setCellValue("Blad " + blad.get(0));
            titel.getCell(0).setCellStyle(s.kop);
            titel.createCell(1).setCellValue("Eenheid");
            titel.getCell(1).setCellStyle(s.kop);
            titel.createCell(2).setCellValue("Toelichting");
            titel.getCell(2).setCellStyle(s.kop);
            @SuppressWarnings("unchecked")
            List<Sjabloon.Kolom> kolommen = (List<Sjabloon.Kolom>) blad.get(1);
            for (Sjabloon.Kolom k : kolommen) {
                Row rij = h.createRow(r++);
                rij.createCell(0).setCellValue(k.kop() + (k.verplicht() ? " *" : ""));
                rij.createCell(1).setCellValue(k.eenheid());
                String codes = k.codes().isEmpty() || k.soort() == Sjabloon.Soort.JANEE ? ""
                        : " Codes: " + String.join(", ", k.codes()) + ".";
                var c = rij.createCell(2);
                c.setCellValue((k.uitleg() + codes).strip());
                c.setCellStyle(s.tekst);
            }
            r++;
        }
        if (r > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalStateException("help te lang");
        }
    }
}
