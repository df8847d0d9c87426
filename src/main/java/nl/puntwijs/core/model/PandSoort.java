package nl.puntwijs.core.model;

/** Decides the energy-points column (BB26 §2.4.4): eengezins has no dwelling above or below it. */
public enum PandSoort {
    EENGEZINS("EGW", "Eengezinswoning"),
    MEERGEZINS("MGW", "Meergezinswoning");

    private final String code;
    private final String naam;

    PandSoort(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }
}
