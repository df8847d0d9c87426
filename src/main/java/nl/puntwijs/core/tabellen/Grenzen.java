package nl.puntwijs.core.tabellen;

import java.math.BigDecimal;

/**
 * Sector boundaries (BB26 §1.3.1, §1.5.2) and the WOZ cap thresholds (Bhw 11.3, BB26 §2.11.7).
 *
 * @param maximumPuntenSociaal  the highest point total of the social sector (143)
 * @param maximumPuntenMidden   the highest point total of the middle sector (186)
 * @param socialesectorgrens    rent at {@code maximumPuntenSociaal}
 * @param vrijesectorgrens      rent at {@code maximumPuntenMidden}
 * @param wozCapDrempel         the point total from which the WOZ share is capped (187)
 * @param wozCapAandeel         the maximum WOZ share of the total (0.33)
 * @param nieuwbouwMinimumPunten the WOZ minimum for 2015-2019 new builds (40)
 * @param nieuwbouwDrempel      the points over rubrieken 1-10 and 12 needed for that minimum (110)
 */
public record Grenzen(int maximumPuntenSociaal, int maximumPuntenMidden, BigDecimal socialesectorgrens,
                      BigDecimal vrijesectorgrens, int wozCapDrempel, BigDecimal wozCapAandeel,
                      int nieuwbouwMinimumPunten, int nieuwbouwDrempel) {
}
