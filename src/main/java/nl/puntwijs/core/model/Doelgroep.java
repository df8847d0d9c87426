package nl.puntwijs.core.model;

import java.util.Arrays;
import java.util.Optional;

/** VERA DOELGROEP. Only {@link #ZORG} changes the valuation (zorgwoning, BB26 §2.12.1). */
public enum Doelgroep {
    PERSOON("EEN", "Persoon"),
    GEZIN("GEZ", "Gezin"),
    HUISHOUDEN_ZONDER_KINDEREN("HZO", "Huishouden zonder kinderen"),
    JONGEREN("JON", "Jongeren"),
    SENIOREN("SEN", "Senioren"),
    STARTER("STA", "Starter"),
    STUDENTEN("STU", "Studenten"),
    ZORG("ZOR", "Zorg"),
    ZORGDRAGERS("ZDR", "Zorgdragers");

    private final String code;
    private final String naam;

    Doelgroep(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<Doelgroep> vanCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
