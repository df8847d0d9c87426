package nl.puntwijs.core.model;

import java.util.Locale;
import java.util.Optional;

/** Energy label classes, best first (VERA ENERGIELABEL codes; the vectors also send the names). */
public enum Energielabel {
    A_PLUS_4("AP4", "A++++"),
    A_PLUS_3("AP3", "A+++"),
    A_PLUS_2("APP", "A++"),
    A_PLUS("AP", "A+"),
    A("A", "A"),
    B("B", "B"),
    C("C", "C"),
    D("D", "D"),
    E("E", "E"),
    F("F", "F"),
    G("G", "G");

    private final String code;
    private final String naam;

    Energielabel(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    /** Accepts the VERA code ("AP3") or the written class ("A+++"), case-insensitively. */
    public static Optional<Energielabel> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String t = tekst.strip().toUpperCase(Locale.ROOT);
        for (Energielabel label : values()) {
            if (label.code.equals(t) || label.naam.equals(t)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
