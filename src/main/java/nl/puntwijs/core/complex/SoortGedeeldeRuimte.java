package nl.puntwijs.core.complex;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a shared space is for; the rubriek its rooms count in follows from the rooms themselves. */
public enum SoortGedeeldeRuimte {
    ONTMOETINGSRUIMTE("Ontmoetingsruimte"),
    GEMEENSCHAPPELIJKE_KEUKEN("Gemeenschappelijke keuken"),
    RECREATIERUIMTE("Recreatie- of hobbyruimte"),
    LOGEERKAMER("Logeerkamer"),
    BERGING("Gemeenschappelijke berging"),
    BUITENRUIMTE("Gemeenschappelijke buitenruimte"),
    PARKEERVOORZIENING("Parkeervoorziening"),
    OVERIG("Overige gemeenschappelijke ruimte");

    private final String naam;

    SoortGedeeldeRuimte(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }

    /** The lower-case code used in files ("ontmoetingsruimte", "gemeenschappelijke_keuken", ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SoortGedeeldeRuimte> vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }
}
