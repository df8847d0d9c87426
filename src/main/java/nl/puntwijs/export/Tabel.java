package nl.puntwijs.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table on a sheet: header rows, data rows written in order (streamed), an optional totals row, and what the
 * sheet needs at the end (frozen header, autofilter, print titles). Text is written as text; text starting with
 * {@code =}, {@code +}, {@code -} or {@code @} gets the quote prefix so it never runs as a formula.
 */
final class Tabel {

    static final int MAXIMUM_RIJEN = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAXIMUM_TEKST = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** A column: header, optional second header (VERA code), width in characters, what its cells hold. */
    record Kolom(String kop, String kop2, int breedte, Stijlen.Soort soort) {
        Kolom(String kop, int breedte, Stijlen.Soort soort) {
            this(kop, null, breedte, soort);
        }
    }

    final SXSSFSheet blad;
    final Stijlen stijlen;
    final List<Kolom> kolommen;
    final int kopRijen;
    /** Columns frozen at the left. */
    final int vasteKolommen;
    private int volgende;
    private int eersteData;
    private boolean leeg = true;
    private int laatsteData = -1;

    Tabel(SXSSFSheet blad, Stijlen stijlen, List<Kolom> kolommen, int vasteKolommen) {
        this.blad = blad;
        this.stijlen = stijlen;
        this.kolommen = List.copyOf(kolommen);
        this.kopRijen = kolommen.stream().anyMatch(k -> k.kop2() != null) ? 2 : 1;
        this.vasteKolommen = vasteKolommen;
        for (int i = 0; i < kolommen.size(); i++) {
            blad.setColumnWidth(i, Math.min(255, kolommen.get(i).breedte()) * 256);
        }
        Row kop = blad.createRow(0);
        int regels = 1;
        for (Kolom k : kolommen) {
            regels = Math.max(regels, (k.kop().length() + k.breedte() - 3) / Math.max(1, k.breedte() - 2));
        }
        kop.setHeightInPoints(Math.min(4, regels) * 14.5f + 4);
        for (int i = 0; i < kolommen.size(); i++) {
            Cell c = kop.createCell(i);
            c.setCellValue(kolommen.get(i).kop());
            c.setCellStyle(stijlen.stijl(kolommen.get(i).soort(), Stijlen.Opmaak.KOP));
        }
        if (kopRijen == 2) {
            Row kop2 = blad.createRow(1);
            for (int i = 0; i < kolommen.size(); i++) {
                Cell c = kop2.createCell(i);
                if (kolommen.get(i).kop2() != null) {
                    c.setCellValue(kolommen.get(i).kop2());
                }
                c.setCellStyle(stijlen.stijl(kolommen.get(i).soort(), Stijlen.Opmaak.KOP2));
            }
        }
        volgende = kopRijen;
        eersteData = kopRijen;
    }

    /** The next data row. */
    Rij rij() {
        return rij(Stijlen.Opmaak.NORMAAL);
    }

    Rij rij(Stijlen.Opmaak opmaak) {
        if (volgende >= MAXIMUM_RIJEN) {
            throw new TeVeelRijen(blad.getSheetName());
        }
        leeg = false;
        if (opmaak != Stijlen.Opmaak.TOTAAL) {
            laatsteData = volgende;
        }
        return new Rij(blad.createRow(volgende++), opmaak);
    }

    /** Rows written so far after the header. */
    int aantal() {
        return volgende - eersteData;
    }

    boolean isLeeg() {
        return leeg;
    }

    /** Index of the next row. */
    int volgendeRij() {
        return volgende;
    }

    int eersteDataRij() {
        return eersteData;
    }

    /** Index of the last data row written (totals rows not counted). */
    int laatsteDataRij() {
        return laatsteData < 0 ? volgende - 1 : laatsteData;
    }

    /** "A3:A38" for a column over the data rows, absolute, optionally with the sheet name. */
    String bereik(int kolom, boolean metBlad) {
        String k = CellReference.convertNumToColString(kolom);
        String b = "$" + k + "$" + (eersteData + 1) + ":$" + k + "$" + (laatsteDataRij() + 1);
        return metBlad ? "'" + blad.getSheetName() + "'!" + b : b;
    }

    /** A totals row: every column styled as a total, the label in the first; cells are set with {@link Rij#cel}. */
    Rij totaalrij(String label) {
        Rij rij = rij(Stijlen.Opmaak.TOTAAL);
        rij.tekst(label);
        for (int k = 1; k < kolommen.size(); k++) {
            rij.leeg();
        }
        return rij;
    }

    /** The first row says the sheet has nothing to show (below the header, so the layout stays). */
    void meldLeeg(String tekst) {
        Row r = blad.createRow(volgende++);
        Cell c = r.createCell(0);
        c.setCellValue(tekst);
        c.setCellStyle(stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.GRIJS));
        eersteData = volgende;
    }

    /** Frozen header, autofilter over the header and data, print titles. Called once all rows are written. */
    void sluitAf(boolean autofilter) {
        blad.createFreezePane(vasteKolommen, kopRijen);
        if (autofilter && !leeg) {
            blad.setAutoFilter(new CellRangeAddress(kopRijen - 1, laatsteDataRij(), 0, kolommen.size() - 1));
        }
        blad.setRepeatingRows(new CellRangeAddress(0, kopRijen - 1, -1, -1));
    }

    /** The data rows written so far leave memory (SXSSF); a later group change cannot reach them. */
    void spoel() {
        try {
            blad.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet would exceed the rows a workbook sheet can hold. */
    static final class TeVeelRijen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TeVeelRijen(String blad) {
            super("blad '" + blad + "' zou meer dan " + MAXIMUM_RIJEN + " rijen krijgen; exporteer minder complexen "
                    + "tegelijk (--complex)");
        }
    }

    /** Writes one row's cells from left to right; each cell takes its column's format. */
    final class Rij {
        private final Row rij;
        private final Stijlen.Opmaak opmaak;
        private int kolom;

        private Rij(Row rij, Stijlen.Opmaak opmaak) {
            this.rij = rij;
            this.opmaak = opmaak;
        }

        int index() {
            return rij.getRowNum();
        }

        Row row() {
            return rij;
        }

        Rij niveau(int niveau) {
            if (niveau > 0) {
                blad.setRowOutlineLevel(rij.getRowNum(), Math.min(7, niveau));
            }
            return this;
        }

        /** Skips a cell (styled, empty). */
        Rij leeg() {
            Cell c = rij.createCell(kolom);
            c.setCellStyle(stijl(kolom, false));
            kolom++;
            return this;
        }

        Rij tekst(String tekst) {
            return tekst(tekst, null);
        }

        /** Text in the column's style, or in {@code stijl} when given (then without the formula guard's swap). */
        Rij tekst(String tekst, CellStyle stijl) {
            if (tekst == null) {
                if (stijl != null) {
                    rij.createCell(kolom).setCellStyle(stijl);
                    kolom++;
                    return this;
                }
                return leeg();
            }
            Cell c = rij.createCell(kolom);
            c.setCellValue(ingekort(tekst));
            c.setCellStyle(stijl != null ? stijl : stijl(kolom, isFormuleachtig(tekst)));
            kolom++;
            return this;
        }

        Rij getal(BigDecimal waarde) {
            if (waarde == null) {
                return leeg();
            }
            return getal(waarde.doubleValue());
        }

        Rij getal(double waarde) {
            Cell c = rij.createCell(kolom);
            c.setCellValue(waarde);
            c.setCellStyle(stijl(kolom, false));
            kolom++;
            return this;
        }

        Rij getal(double waarde, CellStyle stijl) {
            Cell c = rij.createCell(kolom);
            c.setCellValue(waarde);
            c.setCellStyle(stijl);
            kolom++;
            return this;
        }

        Rij datum(LocalDate datum) {
            if (datum == null) {
                return leeg();
            }
            Cell c = rij.createCell(kolom);
            c.setCellValue(datum);
            c.setCellStyle(stijl(kolom, false));
            kolom++;
            return this;
        }

        Rij datumtijd(LocalDateTime tijd) {
            if (tijd == null) {
                return leeg();
            }
            Cell c = rij.createCell(kolom);
            c.setCellValue(tijd);
            c.setCellStyle(stijl(kolom, false));
            kolom++;
            return this;
        }

        Rij datum(LocalDate datum, CellStyle stijl) {
            Cell c = rij.createCell(kolom++);
            c.setCellValue(datum);
            c.setCellStyle(stijl);
            return this;
        }

        Rij datumtijd(LocalDateTime tijd, CellStyle stijl) {
            Cell c = rij.createCell(kolom++);
            c.setCellValue(tijd);
            c.setCellStyle(stijl);
            return this;
        }

        /** A live formula with the value it has now (so readers that do not recalculate show it too). */
        Rij formule(String formule, double waarde) {
            Cell c = rij.createCell(kolom);
            c.setCellFormula(formule);
            c.setCellValue(waarde);
            c.setCellStyle(stijl(kolom, false));
            kolom++;
            return this;
        }

        /** A live formula in a given column, in the column's format or another. */
        Rij cel(int k, String formule, double waarde) {
            return naar(k).formule(formule, waarde);
        }

        Rij cel(int k, String formule, double waarde, Stijlen.Soort soort) {
            Cell c = rij.createCell(k);
            c.setCellFormula(formule);
            c.setCellValue(waarde);
            c.setCellStyle(stijlen.stijl(soort, opmaak));
            return this;
        }

        /** Moves to a column (cells in between stay empty, unstyled). */
        Rij naar(int nieuweKolom) {
            kolom = nieuweKolom;
            return this;
        }

        private CellStyle stijl(int k, boolean tekstPrefix) {
            Stijlen.Soort soort = k < kolommen.size() ? kolommen.get(k).soort() : Stijlen.Soort.TEKST;
            return tekstPrefix ? stijlen.alsTekst(soort, opmaak) : stijlen.stijl(soort, opmaak);
        }
    }

    /** Text a spreadsheet would read as a formula or a DDE command when typed. */
    static boolean isFormuleachtig(String tekst) {
        if (tekst.isEmpty()) {
            return false;
        }
        char c = tekst.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    static String ingekort(String tekst) {
        return tekst.length() <= MAXIMUM_TEKST ? tekst : tekst.substring(0, MAXIMUM_TEKST - 1) + "…";
    }

    static List<Kolom> kolommen(Kolom... k) {
        return new ArrayList<>(List.of(k));
    }
}
