package nl.puntwijs.io.vera;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the readers accept them. JSON allows any exponent, and Java's BigDecimal takes "1E+999999999" or
 * "1E-999999999" as written; writing such a number out in full (toPlainString) or adding it to an ordinary number
 * costs a billion digits of time and memory. The readers reject absurd magnitudes by their ranges; this class keeps
 * the rest bounded: at most {@value #DECIMALEN} decimals, and messages that never spell out an extreme exponent.
 * Every method is cheap whatever the exponent.
 */
public final class Getallen {

    /** Decimals kept; a double's 0.30000000000000004 becomes 0.3000000000 (the stelsel uses two). */
    public static final int DECIMALEN = 10;
    /** Numbers whose digits lie within this many places of the decimal point are written out in full. */
    private static final int VOLUIT = 40;

    private Getallen() {
    }

    /**
     * The number with at most {@value #DECIMALEN} decimals (rounded half up), or null when it is not zero but smaller
     * than 10^-{@value #DECIMALEN}: no measure in this domain is that small, so it is a typing or export error.
     */
    public static BigDecimal begrensd(BigDecimal getal) {
        if (getal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (getal.scale() <= DECIMALEN) {
            return getal;
        }
        // the position of the first digit: below -DECIMALEN the rounding would need 10^scale, and the number is nonsense
        if (getal.precision() - getal.scale() < -DECIMALEN) {
            return null;
        }
        return getal.setScale(DECIMALEN, RoundingMode.HALF_UP);
    }

    /** The number for a message: "-4.5", "100000", or "1E+999999999" when writing it out would be absurdly long. */
    public static String tekst(BigDecimal getal) {
        int eerste = getal.precision() - getal.scale();
        if (getal.scale() <= VOLUIT && eerste <= VOLUIT) {
            return getal.toPlainString();
        }
        return getal.toString();
    }
}
