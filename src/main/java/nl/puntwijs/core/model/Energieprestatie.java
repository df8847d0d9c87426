package nl.puntwijs.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One recorded energy performance (label or index). Fields may be missing; the energy rubriek decides
 * whether the record is valid on the peildatum.
 *
 * @param soort        kind of record; null when unknown or absent
 * @param definitief   status definitief (VERA DEF)
 * @param begindatum   opnamedatum; the record is valid from this date
 * @param einddatum    end of validity (exclusive)
 * @param label        the label class
 * @param waarde       energie-index value (for EI records)
 * @param geldigVoorWws EP-online's "geldig voor WWS" flag for indices of 2015-2020; null = not recorded (valid)
 */
public record Energieprestatie(EnergieprestatieSoort soort, boolean definitief, LocalDate begindatum,
                               LocalDate einddatum, Energielabel label, BigDecimal waarde, Boolean geldigVoorWws) {
}
