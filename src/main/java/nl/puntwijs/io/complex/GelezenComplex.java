package nl.puntwijs.io.complex;

import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.io.vera.Invoerfout;

/**
 * The outcome of reading a complex file.
 *
 * @param complex        the complex, or null when errors prevent valuing it
 * @param fouten         errors (JSON path, value, reason): the complex is not valued
 * @param waarschuwingen warnings: a field was ignored or looks wrong; the complex is valued
 */
public record GelezenComplex(Complex complex, List<Invoerfout> fouten, List<Invoerfout> waarschuwingen) {

    public GelezenComplex {
        fouten = List.copyOf(fouten);
        waarschuwingen = List.copyOf(waarschuwingen);
    }

    public boolean isGeldig() {
        return complex != null;
    }
}
