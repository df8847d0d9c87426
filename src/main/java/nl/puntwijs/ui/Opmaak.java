package nl.puntwijs.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.puntwijs.io.vera.Getallen;

/**
 * Dutch number formats for the UI ({@code 12,25}, {@code € 1.234,56}) and the parsing of what a user types: a comma
 * or a point as the decimal separator, spaces and a unit ignored. Toolkit-free, used by view models.
 */
public final class Opmaak {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Opmaak() {
    }

    /** 12,25 / 143 / -0,5: at most two decimals, no trailing zeros. */
    public static String getal(BigDecimal waarde) {
        if (waarde == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", NL);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(waarde);
    }

    /** € 1.234,56 */
    public static String euro(BigDecimal bedrag) {
        if (bedrag == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", NL);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return "€ " + f.format(bedrag);
    }

    /** +3 / -1,25 / 0 */
    public static String verschil(BigDecimal waarde) {
        if (waarde == null) {
            return "";
        }
        return (waarde.signum() > 0 ? "+" : "") + getal(waarde);
    }

    /** +€ 12,50 / -€ 19,07 / € 0,00 */
    public static String verschilEuro(BigDecimal bedrag) {
        if (bedrag == null) {
            return "";
        }
        return (bedrag.signum() > 0 ? "+" : bedrag.signum() < 0 ? "-" : "") + euro(bedrag.abs());
    }

    /** Characters a number may have when typed; the readers refuse longer numbers too. */
    static final int MAXIMUM_TEKENS = 40;

    private static String ingekort(String tekst) {
        return tekst.length() <= MAXIMUM_TEKENS ? tekst : tekst.substring(0, MAXIMUM_TEKENS) + "…";
    }

    /** A value for an input field: plain, Dutch decimal comma, no grouping. */
    public static String invoer(BigDecimal waarde) {
        return waarde == null ? "" : waarde.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * An amount in euros as a Dutch user types it: as {@link #leesGetal}, but points that group thousands ("€ 400.000",
     * "1.234.567") are read as such when there is no decimal comma. A euro amount never has three decimals, so
     * "400.000" cannot mean four hundred, while "12.50" stays twelve and a half.
     */
    public static BigDecimal leesBedrag(String tekst) {
        if (tekst != null && !tekst.contains(",")
                && tekst.strip().replace("€", "").strip().matches("-?\\d{1,3}(\\.\\d{3})+")) {
            return leesGetal(tekst.replace(".", ""));
        }
        return leesGetal(tekst);
    }

    /**
     * Reads a number as users type it: "24,6", "24.60", "1.234,5" (a point followed by three digits and a comma is a
     * thousands separator), with an optional unit ("m²", "cm", "€"). Blank is null.
     *
     * @throws NumberFormatException with a Dutch message when it is not a number
     */
    public static BigDecimal leesGetal(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.strip().replace("€", "").replace("m²", "").replace("m2", "").replace("cm", "")
                .replace("mm", "").replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        // a pasted text of thousands of digits is no measure (and the message would quote all of it)
        if (t.length() > MAXIMUM_TEKENS || !t.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("'" + ingekort(tekst.strip()) + "' is geen getal");
        }
        BigDecimal b = Getallen.begrensd(new BigDecimal(t));
        if (b == null) {
            throw new NumberFormatException("'" + ingekort(tekst.strip()) + "' is onwaarschijnlijk klein (meer dan "
                    + Getallen.DECIMALEN + " decimalen)");
        }
        return b;
    }

    /** Whole numbers only. */
    public static Integer leesGeheel(String tekst) {
        BigDecimal b = leesGetal(tekst);
        if (b == null) {
            return null;
        }
        try {
            return b.intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("'" + tekst.strip() + "' is geen geheel getal");
        }
    }
}
