package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The estimated SOO subsidy for a complex's ontmoetingsruimte: euro per m² up to the cap of the complex's size band.
 * The regulation counts the room's gross floor area (BVO) and never more than the building costs; this estimate uses
 * the measured area of the rooms and knows no building costs.
 *
 * @param ronde          the year the round opened (2024 for the round 2024-2025)
 * @param rondeVanaf     the round's opening date
 * @param rondeTot       the round's closing date
 * @param woonruimten    the dwellings of the complex
 * @param band           the size band, e.g. "21 tot en met 50 woonruimten"
 * @param oppervlakteM2  the ontmoetingsruimte's area
 * @param bedragPerM2    euro per m²
 * @param plafond        the cap of the band
 * @param berekend       area times amount per m²
 * @param subsidie       the estimate: the lower of {@code berekend} and {@code plafond}
 * @param onbevestigd    a figure used is marked unconfirmed in the data
 */
public record Subsidieschatting(int ronde, LocalDate rondeVanaf, LocalDate rondeTot, int woonruimten, String band,
                                BigDecimal oppervlakteM2, BigDecimal bedragPerM2, BigDecimal plafond,
                                BigDecimal berekend, BigDecimal subsidie, boolean onbevestigd) {

    /** The area above which extra m² earn nothing: the cap divided by the amount per m² (40, 60 or 70 m²). */
    public BigDecimal maximumM2() {
        return plafond.divide(bedragPerM2, 2, java.math.RoundingMode.DOWN);
    }

    /** The cap limits the estimate. */
    public boolean begrensd() {
        return berekend.compareTo(plafond) > 0;
    }
}
