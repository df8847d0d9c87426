package nl.puntwijs.core.stelsel;

/** Rent sector from the point total (BB26 §1.3.1): sociaal up to 143, midden 144-186, vrij from 187. */
public enum Sector {
    SOCIAAL("sociaal", "Sociale huur (laag segment)"),
    MIDDEN("midden", "Middenhuur (middensegment)"),
    VRIJ("vrij", "Vrije sector (hoog segment)");

    private final String code;
    private final String naam;

    Sector(String code, String naam) {
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
