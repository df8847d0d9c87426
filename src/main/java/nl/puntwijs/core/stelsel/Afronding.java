package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding rules of the beleidsboek. All rounding is half-up, away from zero for negatives
 * (-4.5 becomes -5), and every intermediate division keeps at least 20 significant digits.
 */
public final class Afronding {

    /** Precision for divisions whose result is rounded later (WOZ onderdelen, shared rooms). */
    public static final MathContext DELING = MathContext.DECIMAL64;

    private static final BigDecimal VIER = BigDecimal.valueOf(4);

    private Afronding() {
    }

    /** Quarter points per rubriek, an eighth rounds up (BB26 §2.1.4): 4.81 -> 4.75, 0.125 -> 0.25. */
    public static BigDecimal kwartpunt(BigDecimal punten) {
        return punten.multiply(VIER).setScale(0, RoundingMode.HALF_UP)
                .divide(VIER).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whole numbers, .5 up: the point total (BB26 §2.1.5) and areas per category (BB26 §2.2.1.1). */
    public static BigDecimal heel(BigDecimal waarde) {
        return waarde.setScale(0, RoundingMode.HALF_UP);
    }

    /** Two decimals, half up: room areas (BB26 §2.2.1.1) and euro amounts. */
    public static BigDecimal tweeDecimalen(BigDecimal waarde) {
        return waarde.setScale(2, RoundingMode.HALF_UP);
    }

    /** Rounded down to whole points: the WOZ points under the 33% cap (Bhw rubriek 11.3). */
    public static BigDecimal omlaag(BigDecimal waarde) {
        return waarde.setScale(0, RoundingMode.FLOOR);
    }

    public static BigDecimal deel(BigDecimal teller, BigDecimal noemer) {
        return teller.divide(noemer, DELING);
    }

    public static BigDecimal deel(BigDecimal teller, int noemer) {
        return noemer == 1 ? teller : teller.divide(BigDecimal.valueOf(noemer), DELING);
    }
}
