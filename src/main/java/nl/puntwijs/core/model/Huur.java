package nl.puntwijs.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Rent data of a dwelling, for the signals (knelpunten). Every field is optional; a signal whose input is
 * missing says so instead of guessing.
 *
 * @param kaleHuur                  the current kale huur per month (euro)
 * @param geplandeHuur              the planned kale huur per month (new lease or after renovation)
 * @param huishoudgrootte           persons in the (target) household; seniors are usually 1 or 2
 * @param huurverhogingPercentage   a proposed rent increase, as a percentage (4.1 = 4.1%)
 * @param ingangsdatumHuurverhoging the date the proposed increase takes effect
 * @param servicekosten             monthly service costs for shared spaces, caretaker, energy and cleaning of
 *                                  shared rooms (the categories that counted for huurtoeslag until 2026)
 */
public record Huur(BigDecimal kaleHuur, BigDecimal geplandeHuur, Integer huishoudgrootte,
                   BigDecimal huurverhogingPercentage, LocalDate ingangsdatumHuurverhoging, BigDecimal servicekosten) {

    /** The rent the signals judge: the planned rent when there is one, else the current rent. */
    public BigDecimal teBeoordelenHuur() {
        return geplandeHuur != null ? geplandeHuur : kaleHuur;
    }
}
