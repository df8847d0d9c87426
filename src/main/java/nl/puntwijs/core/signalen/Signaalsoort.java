package nl.puntwijs.core.signalen;

/**
 * Every signal with its stable code. The codes are those of the knelpunten document (§5); new signals get the
 * next number in their family (ZW-05, BT-08, BT-09, SOO-06, SOO-07).
 */
public enum Signaalsoort {
    ZW_01("ZW-01", "Zorgwoningvoorwaarde ontbreekt"),
    ZW_02("ZW-02", "Toegankelijkheid onder norm"),
    ZW_03("ZW-03", "Gemeenschappelijke ruimte niet binnendoor"),
    ZW_05("ZW-05", "Zorgwoningvoorwaarde niet voldaan"),
    BT_01("BT-01", "Toeslag tilt uit sociale huur"),
    BT_02("BT-02", "Toeslag tilt naar vrije sector"),
    BT_03("BT-03", "Boven aftoppingsgrens"),
    BT_04("BT-04", "Boven huurtoeslaggrens"),
    BT_05("BT-05", "Huur boven maximale huurprijs"),
    BT_06("BT-06", "Huurverhoging boven maximum"),
    BT_07("BT-07", "Corporatiewoning boven DAEB-grens"),
    BT_08("BT-08", "Gedeelde ruimten tillen uit sociale huur"),
    BT_09("BT-09", "Gedeelde ruimten tillen naar vrije sector"),
    WOZ_01("WOZ-01", "WOZ-aandeel boven cap"),
    SK_01("SK-01", "Servicekosten niet meer subsidiabel"),
    GR_01("GR-01", "Afwijking 3-puntenpraktijk"),
    GR_02("GR-02", "Verdeelsleutel gedeelde ruimte"),
    SOO_01("SOO-01", "Cluster te klein / band"),
    SOO_02("SOO-02", "Te weinig 55-plussers"),
    SOO_03("SOO-03", "Huurniveau te hoog"),
    SOO_04("SOO-04", "Ontmoetingsruimte te ver"),
    SOO_05("SOO-05", "Oppervlakte en instandhouding"),
    SOO_06("SOO-06", "Subsidieronde niet te bepalen"),
    SOO_07("SOO-07", "Geschatte subsidie");

    private final String code;
    private final String naam;

    Signaalsoort(String code, String naam) {
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
