package nl.puntwijs.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fixed equipment in a room (VERA INSTALLATIESOORT). Bouwkundige elementen that describe the same
 * equipment (a wastafel, a toilet) are mapped onto these by the readers.
 */
public enum Voorziening {
    // keuken (rubriek 5, BB26 §2.5.3)
    AFZUIGINSTALLATIE("IAF", "Inbouw afzuiginstallatie"),
    KOOKPLAAT_INDUCTIE("IKI", "Inbouw kookplaat inductie"),
    KOOKPLAAT_KERAMISCH("IKK", "Inbouw kookplaat keramisch"),
    KOOKPLAAT_GAS("IKG", "Inbouw kookplaat gas"),
    ONDERRIJDBARE_KOOKPLAAT("ORK", "Onderrijdbare kookplaat"),
    KOELKAST("IKO", "Inbouw koelkast"),
    VRIESKAST("IVR", "Inbouw vrieskast"),
    KOELVRIESCOMBINATIE("IKV", "Inbouw koelvriescombinatie"),
    OVEN_ELEKTRISCH("IOE", "Inbouw oven elektrisch"),
    OVEN_GAS("IOG", "Inbouw oven gas"),
    MAGNETRON("IMA", "Inbouw magnetron"),
    COMBI_MAGNETRON_OVEN("ICM", "Inbouw combi magnetron/oven"),
    VAATWASMACHINE("IVA", "Inbouw vaatwasmachine"),
    EXTRA_KEUKENKASTRUIMTE("EKA", "Extra keukenkastruimte boven het minimum"),
    VERLAAGDE_KEUKEN("VKE", "Verlaagde keuken"),
    VERHOOGDE_KEUKEN("VHK", "Verhoogde keuken"),
    ONDERRIJDBARE_SPOELBAK("KSP", "Onderrijdbare spoelbak"),
    UITSCHUIFBARE_KEUKENKASTJES("UKK", "Uitschuifbare of kantelbare keukenkastjes"),
    KOKEND_WATERFUNCTIE("KWA", "Kokend waterfunctie"),
    // mengkranen: keuken and sanitair
    EENHANDSMENGKRAAN("EHM", "Éénhandsmengkraan"),
    THERMOSTATISCHE_MENGKRAAN("TME", "Thermostatische mengkraan"),
    TWEEHANDSMENGKRAAN("THM", "Tweehandsmengkraan"),
    // sanitair (rubriek 6, BB26 §2.6)
    STAAND_TOILET("STO", "Staand toilet"),
    HANGEND_TOILET("HTO", "Hangend toilet"),
    VERHOOGD_TOILET("VTI", "Verhoogd toilet"),
    WASTAFEL("WAS", "Wastafel"),
    MEERPERSOONSWASTAFEL("MPW", "Meerpersoonswastafel"),
    DOUCHE("DOU", "Douche"),
    BAD("BAD", "Bad"),
    BAD_EN_DOUCHE("BDO", "Bad en douche"),
    DREMPELLOZE_INRIJDOUCHE("DRD", "Drempelloze inrijdouche"),
    BUBBELFUNCTIE("BUB", "Bubbelfunctie van het bad"),
    DOUCHEWAND("DOW", "Douchewand"),
    HANDDOEKENRADIATOR("HRA", "Handdoekenradiator"),
    KASTJE_MET_WASTAFEL("IKW", "Ingebouwd kastje met in- of opgebouwde wastafel"),
    KASTRUIMTE("KAS", "Kastruimte"),
    STOPCONTACT_BIJ_WASTAFEL("STW", "Stopcontact bij wastafel"),
    STEUNBEUGELS("SSR", "Steunbeugels voor sanitaire ruimtes"),
    // bijzondere voorzieningen (rubriek 12, BB26 §2.12.2)
    AANBELFUNCTIE("ABF", "Aanbelfunctie met video- en audioverbinding"),
    // not valued by the stelsel
    ELEKTRISCHE_GORDIJNEN("EGV", "Elektrische gordijnen"),
    SPRAAKGESTUURDE_APPARATEN("SPR", "Spraakgestuurde apparaten"),
    NOODOPROEPSYSTEEM("NPS", "Noodoproepsysteem"),
    OPLAADPUNT("OPL", "Oplaadpunt");

    /** Number of provisions, for counting arrays indexed by ordinal. */
    public static final int AANTAL = values().length;

    private static final Map<String, Voorziening> PER_CODE = new HashMap<>();

    static {
        for (Voorziening v : values()) {
            PER_CODE.put(v.code, v);
        }
    }

    private final String code;
    private final String naam;

    Voorziening(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<Voorziening> vanCode(String code) {
        return Optional.ofNullable(PER_CODE.get(code));
    }
}
