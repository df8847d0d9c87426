package nl.puntwijs.core.zorg;

/** The outcome of one condition. */
public enum Uitkomst {
    VOLDAAN("voldaan"),
    NIET_VOLDAAN("niet voldaan"),
    NIET_VASTGELEGD("niet vastgelegd");

    private final String tekst;

    Uitkomst(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }
}
