package nl.puntwijs.core.stelsel;

import java.util.List;

/**
 * The rubrieken of the stelsel zelfstandige woonruimte in the beleidsboek's order, with their VERA
 * stelselgroep codes and the paragraph of the January 2026 beleidsboek that describes them.
 */
public enum Stelselgroep {
    OVZ(1, "Oppervlakte van vertrekken", "oppervlakte_van_vertrekken", "BB26 §2.2.1"),
    OOZ(2, "Oppervlakte van overige ruimten", "oppervlakte_van_overige_ruimten", "BB26 §2.2.2"),
    VKV(3, "Verkoeling en verwarming", "verkoeling_en_verwarming", "BB26 §2.3"),
    ENE(4, "Energieprestatie", "energieprestatie", "BB26 §2.4"),
    KEU(5, "Keuken", "keuken", "BB26 §2.5"),
    SAN(6, "Sanitair", "sanitair", "BB26 §2.6"),
    GEH(7, "Woonvoorzieningen voor gehandicapten", "woonvoorzieningen_voor_gehandicapten", "BB26 §2.7"),
    BUI(8, "Buitenruimten", "buitenruimten", "BB26 §2.8"),
    GVR(9, "Gemeenschappelijke vertrekken, overige ruimten en voorzieningen",
            "gemeenschappelijke_vertrekken_overige_ruimten_en_voorzieningen", "BB26 §2.9"),
    GPA(10, "Gemeenschappelijke parkeerruimten", "gemeenschappelijke_parkeerruimten", "BB26 §2.10"),
    WOZ(11, "Punten voor de WOZ-waarde", "punten_voor_de_woz_waarde", "BB26 §2.11"),
    BIJ(12, "Bijzondere voorzieningen", "bijzondere_voorzieningen", "BB26 §2.12"),
    PMN(13, "Prijsopslag monumenten en nieuwbouw", "prijsopslag_monumenten_en_nieuwbouw", "BB26 §2.13");

    /** The order in which VERA results list the groups (the public vectors' order). */
    public static final List<Stelselgroep> VERA_VOLGORDE =
            List.of(OVZ, OOZ, VKV, BUI, ENE, KEU, SAN, GEH, GPA, GVR, WOZ, BIJ, PMN);

    private final int rubriek;
    private final String naam;
    private final String sleutel;
    private final String paragraaf;

    Stelselgroep(int rubriek, String naam, String sleutel, String paragraaf) {
        this.rubriek = rubriek;
        this.naam = naam;
        this.sleutel = sleutel;
        this.paragraaf = paragraaf;
    }

    /** Rubriek number in Bhw Bijlage I onder A; 13 stands for the opslagen, which have no number. */
    public int rubriek() {
        return rubriek;
    }

    public String code() {
        return name();
    }

    public String naam() {
        return naam;
    }

    /** snake_case name, the first segment of VERA criterium ids. */
    public String sleutel() {
        return sleutel;
    }

    public String paragraaf() {
        return paragraaf;
    }
}
