package nl.puntwijs.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The kind of room as entered (VERA RUIMTESOORT); the stelsel may still classify it differently. */
public enum RuimteSoort {
    VERTREK("VTK", "Vertrek"),
    OVERIGE_RUIMTE("OVR", "Overige ruimte"),
    VERKEERSRUIMTE("VRK", "Verkeersruimte"),
    BUITENRUIMTE("BTR", "Buitenruimte"),
    GEMEENSCHAPPELIJK("GEM", "Gemeenschappelijke ruimte of voorziening");

    private final String code;
    private final String naam;

    RuimteSoort(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<RuimteSoort> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
