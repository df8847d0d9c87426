package nl.puntwijs.core.complex;

import java.util.Arrays;
import java.util.Optional;
import nl.puntwijs.core.stelsel.Interpretatie;

/**
 * How shared rooms count for the zorgwoningen of a complex: the Huurcommissie's flat 3 points (BB26 §2.9.4)
 * or the measured allocation (BB26 §2.9.7). Dwellings that are no zorgwoning are always measured.
 */
public enum MethodeGedeeldeRuimten {
    FORFAITAIR("forfaitair", "vaste 3 punten per zorgwoning (BB26 §2.9.4)"),
    GEMETEN("gemeten", "gemeten en verdeeld over de adressen (BB26 §2.9.7)");

    private final String code;
    private final String omschrijving;

    MethodeGedeeldeRuimten(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public MethodeGedeeldeRuimten andere() {
        return this == FORFAITAIR ? GEMETEN : FORFAITAIR;
    }

    /** The interpretation with this method chosen for option B12. */
    public Interpretatie in(Interpretatie interpretatie) {
        return interpretatie.met(Interpretatie.Optie.ZORG_GEMEENSCHAPPELIJKE_RUIMTEN, code);
    }

    public static Optional<MethodeGedeeldeRuimten> vanCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equalsIgnoreCase(code)).findFirst();
    }
}
