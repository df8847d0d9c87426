package nl.puntwijs.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A WOZ value as determined in a beschikking.
 *
 * @param waardepeildatum    the valuation date (1 January of a year)
 * @param vastgesteldeWaarde the value in euro; null when the record carries none
 * @param beschikkingsdatum  issue date of the beschikking; null = assumed issued before the peildatum (spec D15)
 */
public record WozWaarde(LocalDate waardepeildatum, BigDecimal vastgesteldeWaarde, LocalDate beschikkingsdatum) {
}
