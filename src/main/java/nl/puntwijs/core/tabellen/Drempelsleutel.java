package nl.puntwijs.core.tabellen;

/**
 * The keys of {@code tabellen/drempels.json} that the rules ask for. The values and their periods are data;
 * only the names live in code. {@code docs/signalen.md} lists every key with its values and sources.
 */
public final class Drempelsleutel {

    /** Sociale huurgrens (liberalisatiegrens): the rent at the highest social point total (BB26 Bijlage 2). */
    public static final String SOCIALE_HUURGRENS = "socialeHuurgrens";
    /** Vrijesectorgrens: the rent at the highest middle point total (BB26 Bijlage 2). */
    public static final String VRIJESECTORGRENS = "vrijesectorgrens";
    /** Huurgrens for DAEB (social) dwellings of a woningcorporatie. */
    public static final String DAEB_HUURGRENS = "daebHuurgrens";
    /** Aftoppingsgrens for one- and two-person households (the passend-toewijzen limit). */
    public static final String AFTOPPINGSGRENS_LAAG = "aftoppingsgrens.laag";
    /** Aftoppingsgrens for households of three or more. */
    public static final String AFTOPPINGSGRENS_HOOG = "aftoppingsgrens.hoog";
    /** Kwaliteitskortingsgrens of the huurtoeslag. */
    public static final String KWALITEITSKORTINGSGRENS = "kwaliteitskortingsgrens";
    /** The highest rent the huurtoeslag counts (for tenants aged 23+ until 2025, 21+ from 2026). */
    public static final String HUURTOESLAG_MAXIMALE_HUUR = "huurtoeslag.maximaleHuurgrens";
    /** 1: a rent above {@link #HUURTOESLAG_MAXIMALE_HUUR} excludes huurtoeslag (until 2025); 0: it is only capped. */
    public static final String HUURTOESLAG_HUURGRENS_IS_VOORWAARDE = "huurtoeslag.maximaleHuurgrensIsVoorwaarde";
    /** 1: service costs for shared rooms, caretaker, energy and cleaning count for huurtoeslag; 0: they do not. */
    public static final String HUURTOESLAG_SERVICEKOSTEN_TELLEN_MEE = "huurtoeslag.servicekostenTellenMee";
    /** Maximum rent increase in percent per sector, by the date the increase takes effect. */
    public static final String HUURVERHOGING_SOCIAAL = "huurverhoging.maximum.sociaal";
    public static final String HUURVERHOGING_MIDDEN = "huurverhoging.maximum.midden";
    public static final String HUURVERHOGING_VRIJ = "huurverhoging.maximum.vrij";
    /** Largest difference in points between measured shared rooms and the flat 3 points before GR-01 fires. */
    public static final String GR01_MAXIMALE_AFWIJKING = "signaal.gr01.maximaleAfwijkingPunten";

    /** A SOO round: the value is the year the round opened, the period its opening and closing dates. */
    public static final String SOO_RONDE = "soo.ronde";
    /** SOO rent limit of a round as an amount (2022 and 2023 rounds). */
    public static final String SOO_HUURGRENS_BEDRAG = "soo.huurgrens.bedrag";
    /** SOO rent limit of a round as the maximum rent at this point total (2024-2025 round). */
    public static final String SOO_HUURGRENS_PUNTEN = "soo.huurgrens.punten";
    public static final String SOO_MINIMUM_AANDEEL_ONDER_HUURGRENS = "soo.minimumAandeelOnderHuurgrens";
    public static final String SOO_MINIMUM_WOONRUIMTEN = "soo.minimumWoonruimten";
    public static final String SOO_MINIMUM_AANDEEL_55PLUS = "soo.minimumAandeel55Plus";
    public static final String SOO_MAXIMALE_AFSTAND_M = "soo.maximaleAfstandM";
    public static final String SOO_INSTANDHOUDING_JAREN = "soo.instandhoudingJaren";
    public static final String SOO_BEDRAG_PER_M2 = "soo.bedragPerM2";
    public static final String SOO_KLEIN_MAXIMUM_WOONRUIMTEN = "soo.bandKlein.maximumWoonruimten";
    public static final String SOO_KLEIN_PLAFOND = "soo.bandKlein.plafond";
    public static final String SOO_MIDDEN_MAXIMUM_WOONRUIMTEN = "soo.bandMidden.maximumWoonruimten";
    public static final String SOO_MIDDEN_PLAFOND = "soo.bandMidden.plafond";
    public static final String SOO_GROOT_PLAFOND = "soo.bandGroot.plafond";
    /** Upper bound of the largest band, only where a round sets one (draft 2024: 150). */
    public static final String SOO_GROOT_MAXIMUM_WOONRUIMTEN = "soo.bandGroot.maximumWoonruimten";

    private Drempelsleutel() {
    }
}
