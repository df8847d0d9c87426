package nl.puntwijs.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The workbook's cell styles, made once each (a workbook holds a limited number). Number formats are the standard
 * ones ({@code #,##0.00}) that Excel shows in the reader's locale: {@code 1.234,56} in Dutch Excel.
 */
final class Stijlen {

    /** What a cell holds: decides the number format and the alignment. */
    enum Soort {
        TEKST(null),
        GEHEEL("#,##0"),
        GETAL("#,##0.00"),
        /** Points with up to four decimals where a share is unrounded (0.1771). */
        PUNTEN4("#,##0.00##"),
        EURO("\"€ \"#,##0.00;\"€ -\"#,##0.00"),
        PROCENT("0.0%"),
        DATUM("dd-mm-yyyy"),
        DATUMTIJD("dd-mm-yyyy hh:mm"),
        /** A count in a totals row, with its noun. */
        WONINGEN("#,##0\" woningen\""),
        COMPLEXEN("#,##0\" complexen\""),
        RUIMTEN("#,##0\" ruimten\"");

        final String formaat;

        Soort(String formaat) {
            this.formaat = formaat;
        }
    }

    /** How a row looks. */
    enum Opmaak {
        NORMAAL, VET, TOTAAL, KOP, KOP2, GROEP, BLOKKEREND, WAARSCHUWING, INFO, MELDING, GRIJS
    }

    static final String DONKERBLAUW = "1F4E79";
    static final String MIDDENBLAUW = "2E75B6";
    static final String LICHTBLAUW = "9DC3E6";

    private final SXSSFWorkbook wb;
    private final Map<Sleutel, CellStyle> stijlen = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();
    private final Map<CellStyle, Sleutel> sleutels = new HashMap<>();

    private record Sleutel(Soort soort, Opmaak opmaak, int inspringen, boolean tekstPrefix, boolean omloop,
                           String extra) {
    }

    /** Repeated texts of the tables. */
    final Gedeeldeteksten teksten;

    Stijlen(SXSSFWorkbook wb) {
        this.wb = wb;
        this.teksten = new Gedeeldeteksten(wb.getXSSFWorkbook().getSharedStringSource());
        // the workbook's default style is the plain text style: most cells then need no style attribute
        CellStyle standaard = wb.getCellStyleAt(0);
        standaard.setVerticalAlignment(VerticalAlignment.TOP);
        Sleutel tekst = new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, null);
        stijlen.put(tekst, standaard);
        sleutels.put(standaard, tekst);
    }

    CellStyle stijl(Soort soort, Opmaak opmaak) {
        return stijl(new Sleutel(soort, opmaak, 0, false, false, null));
    }

    /** Text indented by {@code niveau} steps (the lines of the Puntenopbouw). */
    CellStyle ingesprongen(Opmaak opmaak, int niveau, boolean tekstPrefix) {
        return stijl(new Sleutel(Soort.TEKST, opmaak, Math.min(niveau, 15), tekstPrefix, false, null));
    }

    /** The same style marked as text (quote prefix): user text starting with =, +, - or @ never runs. */
    CellStyle alsTekst(Soort soort, Opmaak opmaak) {
        return stijl(new Sleutel(soort, opmaak, 0, true, false, null));
    }

    /** Wrapped text (long messages). */
    CellStyle omloop(Opmaak opmaak, boolean tekstPrefix) {
        return stijl(new Sleutel(Soort.TEKST, opmaak, 0, tekstPrefix, true, null));
    }

    /** Title and headings of the Samenvatting and Parameters sheets. */
    CellStyle titel() {
        return stijl(new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, "titel"));
    }

    CellStyle portefeuille() {
        return stijl(new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, "portefeuille"));
    }

    CellStyle ondertitel() {
        return stijl(new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, "ondertitel"));
    }

    CellStyle sectie() {
        return stijl(new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, "sectie"));
    }

    /**
     * Plain text aligned to the top as its own style: LibreOffice ignores the default style's alignment, which matters
     * only in rows made tall by wrapped text.
     */
    CellStyle tekstBoven() {
        return stijl(new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, "boven"));
    }

    /** A section's column caption: like the heading, smaller and right-aligned over the figures. */
    CellStyle sectieRechts() {
        return stijl(new Sleutel(Soort.TEKST, Opmaak.NORMAAL, 0, false, false, "sectierechts"));
    }

    private CellStyle stijl(Sleutel s) {
        return stijlen.computeIfAbsent(s, k -> {
            CellStyle c = maak(k);
            sleutels.put(c, k);
            return c;
        });
    }

    /** The same style with the quote prefix (for formula-like text in a style chosen by the caller). */
    CellStyle metTekstPrefix(CellStyle stijl) {
        Sleutel s = sleutels.get(stijl);
        if (s == null) {
            return alsTekst(Soort.TEKST, Opmaak.NORMAAL);
        }
        return stijl(new Sleutel(s.soort(), s.opmaak(), s.inspringen(), true, s.omloop(), s.extra()));
    }

    private CellStyle maak(Sleutel s) {
        XSSFCellStyle c = (XSSFCellStyle) wb.createCellStyle();
        if (s.soort().formaat != null) {
            c.setDataFormat(wb.createDataFormat().getFormat(s.soort().formaat));
        } else if (s.tekstPrefix()) {
            c.setDataFormat(wb.createDataFormat().getFormat("@"));
        }
        c.setQuotePrefixed(s.tekstPrefix());
        c.setVerticalAlignment(VerticalAlignment.TOP);
        if (s.inspringen() > 0) {
            // Excel and LibreOffice indent only left-aligned text
            c.setAlignment(HorizontalAlignment.LEFT);
            c.setIndention((short) s.inspringen());
        }
        if (s.omloop()) {
            c.setWrapText(true);
        }
        if ("boven".equals(s.extra())) {
            return c;
        }
        if (s.extra() != null) {
            switch (s.extra()) {
                case "titel" -> c.setFont(font(true, false, 18, DONKERBLAUW));
                case "ondertitel" -> c.setFont(font(false, false, 10, "595959"));
                case "portefeuille" -> c.setFont(font(true, false, 13, "262626"));
                case "sectierechts" -> {
                    c.setFont(font(false, true, 9, "44546A"));
                    c.setAlignment(HorizontalAlignment.RIGHT);
                    c.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    c.setBorderBottom(BorderStyle.THIN);
                    c.setBottomBorderColor(kleur(MIDDENBLAUW));
                }
                default -> {
                    c.setVerticalAlignment(VerticalAlignment.BOTTOM);
                    c.setFont(font(true, false, 12, DONKERBLAUW));
                    c.setBorderBottom(BorderStyle.THIN);
                    c.setBottomBorderColor(kleur(MIDDENBLAUW));
                }
            }
            return c;
        }
        switch (s.opmaak()) {
            case VET -> c.setFont(font(true, false, 11, null));
            case TOTAAL -> {
                c.setFont(font(true, false, 11, null));
                c.setBorderTop(BorderStyle.THIN);
                c.setBorderBottom(BorderStyle.DOUBLE);
                vul(c, "F2F2F2");
            }
            case KOP -> {
                c.setFont(font(true, false, 10, "FFFFFF"));
                vul(c, DONKERBLAUW);
                c.setWrapText(true);
                c.setVerticalAlignment(VerticalAlignment.CENTER);
                if (s.soort() != Soort.TEKST) {
                    c.setAlignment(HorizontalAlignment.RIGHT);
                }
            }
            case KOP2 -> {
                c.setFont(font(false, true, 9, "44546A"));
                vul(c, "DDEBF7");
                c.setBorderBottom(BorderStyle.THIN);
                c.setBottomBorderColor(kleur(MIDDENBLAUW));
                if (s.soort() != Soort.TEKST) {
                    c.setAlignment(HorizontalAlignment.RIGHT);
                }
            }
            case GROEP -> {
                c.setFont(font(true, false, 11, DONKERBLAUW));
                vul(c, "DDEBF7");
                c.setBorderTop(BorderStyle.THIN);
                c.setTopBorderColor(kleur(LICHTBLAUW));
            }
            case BLOKKEREND -> {
                c.setFont(font(true, false, 11, "9C0006"));
                vul(c, "FFC7CE");
            }
            case WAARSCHUWING -> {
                c.setFont(font(false, false, 11, "9C5700"));
                vul(c, "FFEB9C");
            }
            case INFO -> {
                c.setFont(font(false, false, 11, DONKERBLAUW));
                vul(c, "DDEBF7");
            }
            case MELDING -> {
                c.setFont(font(false, false, 11, "404040"));
                vul(c, "EDEDED");
            }
            case GRIJS -> c.setFont(font(false, true, 10, "595959"));
            default -> {
                // plain
            }
        }
        return c;
    }

    private static void vul(XSSFCellStyle c, String rgb) {
        c.setFillForegroundColor(kleur(rgb));
        c.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static XSSFColor kleur(String rgb) {
        return new XSSFColor(rgb(rgb), null);
    }

    static byte[] rgb(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private XSSFFont font(boolean vet, boolean cursief, int punten, String kleur) {
        return fonts.computeIfAbsent(vet + "/" + cursief + "/" + punten + "/" + kleur, k -> {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setBold(vet);
            f.setItalic(cursief);
            f.setFontHeightInPoints((short) punten);
            if (kleur != null) {
                f.setColor(kleur(kleur));
            }
            return f;
        });
    }
}
