package nl.puntwijs.io.vera;

import java.util.List;
import nl.puntwijs.core.model.Eenheid;

/**
 * The outcome of reading one eenheid.
 *
 * @param eenheid        the eenheid, or null when errors prevent valuing it
 * @param fouten         errors: the eenheid is not valued
 * @param waarschuwingen warnings: a field was ignored or a default applied; the eenheid is valued
 */
public record GelezenEenheid(Eenheid eenheid, List<Invoerfout> fouten, List<Invoerfout> waarschuwingen) {

    public GelezenEenheid {
        fouten = List.copyOf(fouten);
        waarschuwingen = List.copyOf(waarschuwingen);
    }

    public boolean isGeldig() {
        return eenheid != null;
    }
}
