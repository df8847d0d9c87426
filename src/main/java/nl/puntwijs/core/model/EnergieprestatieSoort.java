package nl.puntwijs.core.model;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of energy records that can count for the stelsel (VERA ENERGIEPRESTATIESOORT). */
public enum EnergieprestatieSoort {
    ENERGIE_INDEX("EI", "Energie-index"),
    NTA8800_LABEL("NTA", "Energielabel conform NTA8800"),
    PRIMAIR_ENERGIEVERBRUIK("EP2", "Primair energieverbruik - woningbouw"),
    VOORLOPIG_LABEL("VEL", "Voorlopig energielabel");

    private final String code;
    private final String naam;

    EnergieprestatieSoort(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<EnergieprestatieSoort> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
