package nl.puntwijs.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The detailed room type (VERA RUIMTEDETAILSOORT, plus the parking and verkeersruimte codes the public
 * vectors use as extensions). Names follow the VERA code list.
 */
public enum Detailsoort {
    ATRIUM("ATR", "Atrium / patio"),
    ACHTERTUIN("ATU", "Achtertuin"),
    BADKAMER("BAD", "Badkamer"),
    BALKON("BAL", "Balkon"),
    BADKAMER_MET_TOILET("BAT", "Badkamer met toilet"),
    BERGRUIMTE("BEG", "Bergruimte"),
    BERGING("BER", "Berging"),
    BIJKEUKEN("BIJ", "Bijkeuken"),
    CARPORT("CAR", "Carport"),
    CONTAINERRUIMTE("CON", "Containerruimte"),
    DAKTERRAS("DAK", "Dakterras"),
    DOUCHERUIMTE("DOU", "Doucheruimte"),
    ENTRESOL("ETS", "Entresol"),
    GANG("GAN", "Gang"),
    GALERIJ("GAL", "Galerij"),
    GARAGE("GAR", "Garage"),
    GEMEENSCHAPPELIJKE_PARKEERRUIMTE_NIET_SPECIFIEK("GPN", "Gemeenschappelijke parkeerruimte niet specifieke plek"),
    GEMEENSCHAPPELIJKE_PARKEERRUIMTE_SPECIFIEK("GPS", "Gemeenschappelijke parkeerruimte specifieke plek"),
    HAL("HAL", "Hal"),
    KAST("KAS", "Kast"),
    KELDER("KEL", "Kelder"),
    KEUKEN("KEU", "Keuken"),
    LIFTSCHACHT("LIF", "Liftschacht"),
    METERRUIMTE("MET", "Meterruimte"),
    OVERIGE_BUITENRUIMTE("OBU", "Overige buitenruimte"),
    OVERIGE_RUIMTE("ORU", "Overige ruimte"),
    OPEN_PARKEERGARAGE_NIET_SPECIFIEK("OPN", "Open parkeergarage niet specifieke plek"),
    OPEN_PARKEERGARAGE_SPECIFIEK("OPS", "Open parkeergarage specifieke plek"),
    OVERLOOP("OVE", "Overloop"),
    OVERIG_VERTREK("OVT", "Overig vertrek"),
    PARKEERPLAATS("PAR", "Parkeerplaats"),
    PARKEERGARAGE_NIET_SPECIFIEK("PNS", "Parkeergarage niet specifieke plek"),
    PARKEERGARAGE_SPECIFIEK("PSP", "Specifieke parkeerplek in parkeergarage"),
    RECREATIERUIMTE("REC", "Recreatieruimte"),
    TUIN_RONDOM("RON", "Tuin rondom"),
    SCHACHT("SCA", "Schacht"),
    SCHUUR("SCH", "Schuur"),
    SERRE("SER", "Serre"),
    SLAAPKAMER("SLA", "Slaapkamer"),
    TECHNISCHE_RUIMTE("TEC", "Technische ruimte"),
    TERRAS("TER", "Terras"),
    TOILETRUIMTE("TOI", "Toiletruimte"),
    TUIN("TUI", "Tuin"),
    TUSSENKAMER("TUS", "Tussenkamer"),
    VIDE("VID", "Vide"),
    VLIERING("VLI", "Vliering"),
    VOORTUIN("VTU", "Voortuin"),
    WASRUIMTE("WAS", "Wasruimte"),
    WOONKAMER_KEUKEN("WOK", "Woonkamer/keuken"),
    WOONKAMER("WOO", "Woonkamer"),
    WOON_SLAAPKAMER("WSL", "Woon-/slaapkamer"),
    WOON_SLAAPKAMER_KEUKEN("WSK", "Woon-/slaapkamer/keuken"),
    ZIJTUIN("ZIJ", "Zijtuin"),
    LOGGIA("LOG", "Loggia"),
    ZOLDER("ZOL", "Zolder"),
    ZOLDERVERTREK("ZVT", "Zoldervertrek"),
    // extensions used by the public vectors (woningwaardering datamodel-uitbreidingen)
    ENTREE("ENT", "Entree"),
    TRAPHAL("TRH", "Traphal"),
    PARKEERPLEK_INPANDIG("PIP", "Parkeerplek in afgesloten parkeergarage"),
    PARKEERPLEK_UITPANDIG_OVERDEKT("PUP", "Overdekte parkeerplek buiten"),
    PARKEERPLEK_BUITEN_ONOVERDEKT("PBC", "Onoverdekte parkeerplek buiten"),
    // collective-object codes (VERA COLLECTIEFOBJECTSOORT) that arrive as the room type of a shared space
    RECREATIE_ONTMOETINGSRUIMTE("ROR", "Recreatie-/ontmoetingsruimte"),
    GEMEENSCHAPPELIJKE_BADKAMER("BDK", "Gemeenschappelijke badkamer"),
    FIETSENSTALLING("FTS", "Gemeenschappelijke fietsenstalling"),
    PARKEERPLEK_TYPE_1("PP1", "Parkeerplek type I"),
    PARKEERPLEK_TYPE_2("PP2", "Parkeerplek type II"),
    PARKEERPLEK_TYPE_3("PP3", "Parkeerplek type III"),
    INPANDIGE_AFGESLOTEN_PARKEERGARAGE("IAP", "Inpandige afgesloten parkeergarage"),
    UITPANDIGE_AFGESLOTEN_PARKEERGARAGE("UAP", "Uitpandige afgesloten parkeergarage"),
    PARKEERTERREIN_COMPLEX("PCO", "Parkeerterrein behorend bij complex"),
    // codes that ended in 2024 but still occur in older data
    OVERIGE_RUIMTE_OUD("OBR", "Overige ruimte"),
    OVERIGE_GEMEENSCHAPPELIJKE_RUIMTE("OGR", "Overige gemeenschappelijke ruimte of voorziening"),
    PARKEERKELDER("PAK", "Parkeerkelder"),
    GEMEENSCHAPPELIJKE_TUIN("GTU", "Gemeenschappelijke tuin"),
    GEMEENSCHAPPELIJK_DAKTERRAS("GDA", "Gemeenschappelijk dakterras"),
    GEMEENSCHAPPELIJK_DAKTERRAS_OUD("GAK", "Gemeenschappelijk dakterras");

    private static final Map<String, Detailsoort> PER_CODE = new HashMap<>();

    static {
        for (Detailsoort d : values()) {
            PER_CODE.put(d.code, d);
        }
    }

    private final String code;
    private final String naam;

    Detailsoort(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<Detailsoort> vanCode(String code) {
        return Optional.ofNullable(PER_CODE.get(code));
    }
}
