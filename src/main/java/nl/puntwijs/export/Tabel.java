package nl.puntwijs.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * One table on a sheet: header rows, data rows written in order, totals rows, and what the sheet needs at the end
 * (frozen header, autofilter, print titles). The rows are written as worksheet XML straight into the sheet's
 * temporary file ({@link Rapport.Bladschrijver}), without SXSSF's object per row and cell: a board report of
 * 100 000 dwellings has millions of Puntenopbouw rows. Text is written as text; text starting with {@code =},
 * {@code +}, {@code -} or {@code @} gets the quote prefix so it never runs as a formula.
 */
final class Tabel {

    static final int MAXIMUM_RIJEN = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Worksheet markup, as bytes once. */
    private static final byte[] RIJ = "<row r=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NIVEAU = " outlineLevel=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEL = "<c".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STIJL = " s=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WAARDE = "><v>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EINDE_WAARDE = "</v></c>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GEDEELD = " t=\"s\"><v>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EINDE_RIJ = "</row>\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FORMULE = "><f>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EINDE_FORMULE = "</f><v>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LEEG = "/>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAATS = " r=\"".getBytes(StandardCharsets.US_ASCII);
    private static final int MAXIMUM_TEKST = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * A column: header, optional second header (VERA code), width in characters, what its cells hold, and how they
     * look: indented text (after a column of right-aligned numbers, so the two do not touch) or wrapped text.
     */
    record Kolom(String kop, String kop2, int breedte, Stijlen.Soort soort, Vorm vorm) {
        Kolom(String kop, String kop2, int breedte, Stijlen.Soort soort) {
            this(kop, kop2, breedte, soort, Vorm.GEWOON);
        }

        Kolom(String kop, int breedte, Stijlen.Soort soort) {
            this(kop, null, breedte, soort, Vorm.GEWOON);
        }

        /** Text after a number column, indented one step. */
        static Kolom ingesprongen(String kop, int breedte) {
            return new Kolom(kop, null, breedte, Stijlen.Soort.TEKST, Vorm.INGESPRONGEN);
        }

        /** Long text, wrapped within the column (the row grows). */
        static Kolom omlopend(String kop, int breedte) {
            return new Kolom(kop, null, breedte, Stijlen.Soort.TEKST, Vorm.OMLOOP);
        }
    }

    /** How a text column's cells look. */
    enum Vorm {
        GEWOON, INGESPRONGEN, OMLOOP
    }

    final SXSSFSheet blad;
    final Stijlen stijlen;
    final List<Kolom> kolommen;
    final int kopRijen;
    /** Columns frozen at the left. */
    final int vasteKolommen;
    private final Tijdelijkbestand uit;
    private final CellStyle[][] perOpmaak;
    /** Column widths in characters, as set. */
    private final int[] breedtes;
    private final boolean omloop;
    private int volgende;
    private int eersteData;
    private boolean leeg = true;
    private int laatsteData = -1;
    private int hoogsteNiveau;
    private Rij open;

    Tabel(SXSSFSheet blad, Writer uit, Stijlen stijlen, List<Kolom> kolommen, int vasteKolommen) {
        this.blad = blad;
        this.uit = (Tijdelijkbestand) uit;
        this.perOpmaak = new CellStyle[Stijlen.Opmaak.values().length][kolommen.size()];
        this.breedtes = new int[kolommen.size()];
        this.omloop = kolommen.stream().anyMatch(k -> k.vorm() == Vorm.OMLOOP);
        this.stijlen = stijlen;
        this.kolommen = List.copyOf(kolommen);
        this.kopRijen = kolommen.stream().anyMatch(k -> k.kop2() != null) ? 2 : 1;
        this.vasteKolommen = vasteKolommen;
        int regels = 1;
        for (int i = 0; i < kolommen.size(); i++) {
            Kolom k = kolommen.get(i);
            // wide enough for the header's longest word, so a header wraps between words, never inside one
            int breedte = Math.min(60, Math.max(k.breedte(), langsteWoord(k.kop()) + 3));
            blad.setColumnWidth(i, breedte * 256);
            breedtes[i] = breedte;
            regels = Math.max(regels, regels(k.kop(), breedte - 2));
        }
        Rij kop = new Rij(volgende++, Stijlen.Opmaak.KOP);
        kop.hoogte = Math.min(6, regels) * 13f + 5;
        for (Kolom k : kolommen) {
            kop.tekst(k.kop(), stijlen.stijl(k.soort(), Stijlen.Opmaak.KOP));
        }
        kop.schrijf();
        if (kopRijen == 2) {
            Rij kop2 = new Rij(volgende++, Stijlen.Opmaak.KOP2);
            for (Kolom k : kolommen) {
                kop2.tekst(k.kop2(), stijlen.stijl(k.soort(), Stijlen.Opmaak.KOP2));
            }
            kop2.schrijf();
        }
        eersteData = kopRijen;
    }

    /** The next data row; the previous one is written. */
    Rij rij() {
        return rij(Stijlen.Opmaak.NORMAAL);
    }

    Rij rij(Stijlen.Opmaak opmaak) {
        if (volgende >= MAXIMUM_RIJEN) {
            throw new TeVeelRijen(blad.getSheetName());
        }
        schrijfOpen();
        leeg = false;
        if (opmaak != Stijlen.Opmaak.TOTAAL) {
            laatsteData = volgende;
        }
        open = new Rij(volgende++, opmaak);
        return open;
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

    /** The first row under the header says the sheet has nothing to show. */
    void meldLeeg(String tekst) {
        schrijfOpen();
        Rij r = new Rij(volgende++, Stijlen.Opmaak.GRIJS);
        r.tekst(tekst, stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.GRIJS));
        r.schrijf();
        eersteData = volgende;
    }

    /**
     * Writes the last row; frozen header, autofilter over the header and data, print titles. Called once all rows
     * are written, after the sheets have their final order (the filter and titles are names tied to positions).
     */
    void sluitAf(boolean autofilter) {
        schrijfOpen();
        blad.createFreezePane(vasteKolommen, kopRijen);
        if (autofilter && !leeg) {
            blad.setAutoFilter(new CellRangeAddress(kopRijen - 1, laatsteDataRij(), 0, kolommen.size() - 1));
        }
        blad.setRepeatingRows(new CellRangeAddress(0, kopRijen - 1, -1, -1));
        if (hoogsteNiveau > 0) {
            CTWorksheet ws = blad.getWorkbook().getXSSFWorkbook().getSheet(blad.getSheetName()).getCTWorksheet();
            CTSheetFormatPr pr = ws.isSetSheetFormatPr() ? ws.getSheetFormatPr() : ws.addNewSheetFormatPr();
            pr.setOutlineLevelRow((short) hoogsteNiveau);
        }
    }

    private CellStyle vorm(int k, Stijlen.Soort soort, Stijlen.Opmaak opmaak, boolean tekstPrefix) {
        return switch (kolommen.get(k).vorm()) {
            case INGESPRONGEN -> stijlen.ingesprongen(opmaak, 1, tekstPrefix);
            case OMLOOP -> stijlen.omloop(opmaak, tekstPrefix);
            case GEWOON -> tekstPrefix ? stijlen.alsTekst(soort, opmaak)
                    : omloop && soort == Stijlen.Soort.TEKST && opmaak == Stijlen.Opmaak.NORMAAL ? stijlen.tekstBoven()
                    : stijlen.stijl(soort, opmaak);
        };
    }

    private void schrijfOpen() {
        if (open != null) {
            open.schrijf();
            open = null;
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

    /** One cell waiting to be written: text, a number (as its exact decimal text) or a formula with its value. */
    private record Cel(CellStyle stijl, String tekst, String getal, String formule) {
    }

    /**
     * One row's cells, filled from left to right (or at a column with {@link #cel}); written as XML when the next
     * row starts or the table closes. Each cell takes its column's format unless a style is given.
     */
    final class Rij {
        private final int index;
        private final Stijlen.Opmaak opmaak;
        private final Cel[] cellen = new Cel[kolommen.size()];
        private int kolom;
        private int niveau;
        private float hoogte;

        private Rij(int index, Stijlen.Opmaak opmaak) {
            this.index = index;
            this.opmaak = opmaak;
        }

        int index() {
            return index;
        }

        Rij niveau(int nieuwNiveau) {
            niveau = Math.max(0, Math.min(7, nieuwNiveau));
            hoogsteNiveau = Math.max(hoogsteNiveau, niveau);
            return this;
        }

        /** An empty cell in the column's style (a band of colour stays whole). */
        Rij leeg() {
            zet(new Cel(stijl(kolom, false), null, null, null));
            return this;
        }

        /** Skips a cell: nothing is written there. */
        Rij over() {
            kolom++;
            return this;
        }

        Rij tekst(String tekst) {
            return tekst(tekst, null);
        }

        /** Text in the column's style, or in {@code stijl} when given. */
        Rij tekst(String tekst, CellStyle stijl) {
            if (tekst == null) {
                zet(new Cel(stijl != null ? stijl : stijl(kolom, false), null, null, null));
                return this;
            }
            CellStyle s = stijl != null ? stijl : stijl(kolom, isFormuleachtig(tekst));
            if (stijl != null && isFormuleachtig(tekst) && !stijl.getQuotePrefixed()) {
                s = stijlen.metTekstPrefix(stijl);
            }
            zet(new Cel(s, ingekort(tekst), null, null));
            return this;
        }

        Rij getal(BigDecimal waarde) {
            if (waarde == null) {
                return leeg();
            }
            zet(new Cel(stijl(kolom, false), null, waarde.toPlainString(), null));
            return this;
        }

        Rij getal(double waarde) {
            return getal(waarde, stijl(kolom, false));
        }

        Rij getal(double waarde, CellStyle stijl) {
            zet(new Cel(stijl, null, getaltekst(waarde), null));
            return this;
        }

        Rij datum(LocalDate datum) {
            return datum == null ? leeg() : datum(datum, stijl(kolom, false));
        }

        Rij datumtijd(LocalDateTime tijd) {
            return tijd == null ? leeg() : datumtijd(tijd, stijl(kolom, false));
        }

        Rij datum(LocalDate datum, CellStyle stijl) {
            return getal(DateUtil.getExcelDate(datum), stijl);
        }

        Rij datumtijd(LocalDateTime tijd, CellStyle stijl) {
            return getal(DateUtil.getExcelDate(tijd), stijl);
        }

        /** A live formula with the value it has now (so readers that do not recalculate show it too). */
        Rij formule(String formule, double waarde) {
            zet(new Cel(stijl(kolom, false), null, getaltekst(waarde), formule));
            return this;
        }

        /** A live formula in a given column, in the column's format or another. */
        Rij cel(int k, String formule, double waarde) {
            kolom = k;
            return formule(formule, waarde);
        }

        Rij cel(int k, String formule, double waarde, Stijlen.Soort soort) {
            kolom = k;
            zet(new Cel(stijlen.stijl(soort, opmaak), null, getaltekst(waarde), formule));
            return this;
        }

        /** Moves to a column. */
        Rij naar(int nieuweKolom) {
            kolom = nieuweKolom;
            return this;
        }

        private void zet(Cel c) {
            if (kolom < cellen.length) {
                cellen[kolom] = c;
            }
            kolom++;
        }

        private CellStyle stijl(int k, boolean tekstPrefix) {
            Stijlen.Soort soort = k < kolommen.size() ? kolommen.get(k).soort() : Stijlen.Soort.TEKST;
            if (k >= kolommen.size()) {
                return tekstPrefix ? stijlen.alsTekst(soort, opmaak) : stijlen.stijl(soort, opmaak);
            }
            if (tekstPrefix) {
                return vorm(k, soort, opmaak, true);
            }
            CellStyle[] rij = perOpmaak[opmaak.ordinal()];
            if (rij[k] == null) {
                rij[k] = vorm(k, soort, opmaak, false);
            }
            return rij[k];
        }

        private void schrijf() {
            try {
                Tijdelijkbestand x = uit;
                x.ascii(RIJ).getal(index + 1).ascii('"');
                if (niveau > 0) {
                    x.ascii(NIVEAU).getal(niveau).ascii('"');
                }
                if (hoogte == 0 && omloop) {
                    // neither Excel nor LibreOffice fits a row to wrapped text on opening: give it its height
                    int regels = 1;
                    for (int k = 0; k < cellen.length; k++) {
                        if (cellen[k] != null && cellen[k].tekst() != null && kolommen.get(k).vorm() == Vorm.OMLOOP) {
                            // a column holds about 1.25 of its width in characters of ordinary text
                            regels = Math.max(regels, Tabel.regels(cellen[k].tekst(), breedtes[k] * 125 / 100));
                        }
                    }
                    if (regels > 1) {
                        hoogte = Math.min(409, regels * 12.75f + 2);
                    }
                }
                if (hoogte > 0) {
                    x.ascii(" ht=\"").ascii(Float.toString(hoogte)).ascii("\" customHeight=\"1\"");
                }
                x.ascii('>');
                int verwacht = 0;
                for (int k = 0; k < cellen.length; k++) {
                    Cel c = cellen[k];
                    if (c == null) {
                        continue;
                    }
                    x.ascii(CEL);
                    if (k != verwacht) {
                        x.ascii(PLAATS).ascii(CellReference.convertNumToColString(k)).getal(index + 1).ascii('"');
                    }
                    verwacht = k + 1;
                    short s = c.stijl() == null ? 0 : c.stijl().getIndex();
                    if (s != 0) {
                        x.ascii(STIJL).getal(s).ascii('"');
                    }
                    int gedeeld;
                    if (c.formule() != null) {
                        x.ascii(FORMULE).xml(c.formule()).ascii(EINDE_FORMULE).ascii(c.getal()).ascii(EINDE_WAARDE);
                    } else if (c.getal() != null) {
                        x.ascii(WAARDE).ascii(c.getal()).ascii(EINDE_WAARDE);
                    } else if (c.tekst() != null && (gedeeld = stijlen.teksten.index(c.tekst())) >= 0) {
                        x.ascii(GEDEELD).getal(gedeeld).ascii(EINDE_WAARDE);
                    } else if (c.tekst() != null) {
                        String t = c.tekst();
                        boolean spaties = !t.isEmpty() && (Character.isWhitespace(t.charAt(0))
                                || Character.isWhitespace(t.charAt(t.length() - 1)));
                        x.ascii(" t=\"inlineStr\"><is><t").ascii(spaties ? " xml:space=\"preserve\">" : ">");
                        x.xml(t).ascii("</t></is></c>");
                    } else {
                        x.ascii(LEEG);
                    }
                }
                x.ascii(EINDE_RIJ);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int langsteWoord(String tekst) {
        int langste = 0;
        for (String w : tekst.split(" ")) {
            langste = Math.max(langste, w.length());
        }
        return langste;
    }

    /** Lines a header needs when wrapped between words at {@code breedte} characters. */
    static int regels(String tekst, int breedte) {
        int regels = 1;
        int op = 0;
        for (String w : tekst.split(" ")) {
            if (op > 0 && op + 1 + w.length() > breedte) {
                regels++;
                op = w.length();
            } else {
                op += (op > 0 ? 1 : 0) + w.length();
            }
        }
        return regels;
    }

    /** The shortest decimal text of a double that reads back as the same double. */
    static String getaltekst(double waarde) {
        if (waarde == Math.rint(waarde) && Math.abs(waarde) < 1e15) {
            return Long.toString((long) waarde);
        }
        return Double.isFinite(waarde) ? Double.toString(waarde) : "0";
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
        return new ArrayList<>(Arrays.asList(k));
    }
}
