package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import nl.puntwijs.core.model.Ruimte;

/**
 * A room with its classification.
 *
 * @param index            position in the eenheid's room list (for messages)
 * @param ruimte           the room
 * @param klasse           how it counts
 * @param oppervlakte      its area for the stelsel: own area plus cupboards, to two decimals
 * @param eigenOppervlakte its own area without cupboards, to two decimals
 * @param zolderZonderVasteTrap an attic reached without a fixed stair: the -5 correction of BB26 §2.2.2.3 applies
 */
public record IngedeeldeRuimte(int index, Ruimte ruimte, Klasse klasse, BigDecimal oppervlakte,
                               BigDecimal eigenOppervlakte, boolean zolderZonderVasteTrap) {
}
