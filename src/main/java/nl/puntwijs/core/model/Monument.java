package nl.puntwijs.core.model;

import java.util.Arrays;
import java.util.Optional;

/** Monument and protected-view statuses (VERA EENHEIDMONUMENT). */
public enum Monument {
    RIJKSMONUMENT("RIJ", "Rijksmonument"),
    GEMEENTELIJK_MONUMENT("GEM", "Gemeentelijk monument"),
    PROVINCIAAL_MONUMENT("PRO", "Provinciaal monument"),
    RIJKSBESCHERMD_STADSGEZICHT("SGR", "Rijksbeschermd stadsgezicht"),
    RIJKSBESCHERMD_DORPSGEZICHT("DGR", "Rijksbeschermd dorpsgezicht"),
    GEMEENTELIJK_BESCHERMD_STADSGEZICHT("SGG", "Gemeentelijk beschermd stadsgezicht"),
    GEMEENTELIJK_BESCHERMD_DORPSGEZICHT("DGG", "Gemeentelijk beschermd dorpsgezicht"),
    WERELDERFGOED("WER", "Werelderfgoed");

    private final String code;
    private final String naam;

    Monument(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    /** Rijks-, provinciaal or gemeentelijk monument: the statuses that lift negative energy points to 0 (BB26 §2.4.6.1). */
    public boolean isMonument() {
        return this == RIJKSMONUMENT || this == GEMEENTELIJK_MONUMENT || this == PROVINCIAAL_MONUMENT;
    }

    public static Optional<Monument> vanCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
