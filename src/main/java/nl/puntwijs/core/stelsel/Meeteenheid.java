package nl.puntwijs.core.stelsel;

/** Units of a line's quantity; the codes are VERA MEETEENHEID codes. */
public enum Meeteenheid {
    VIERKANTE_METER("M2", "Vierkante meter, m2", "m²"),
    STUKS("STU", "Stuks", "st"),
    EURO("EUR", "Euro", "EUR"),
    MILLIMETER("MIL", "Millimeter", "mm");

    private final String code;
    private final String naam;
    private final String symbool;

    Meeteenheid(String code, String naam, String symbool) {
        this.code = code;
        this.naam = naam;
        this.symbool = symbool;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public String symbool() {
        return symbool;
    }
}
