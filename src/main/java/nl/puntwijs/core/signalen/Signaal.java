package nl.puntwijs.core.signalen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One signal about a dwelling or a complex.
 *
 * @param soort       which rule (its code and name)
 * @param ernst       info, waarschuwing or blokkerend
 * @param eenheid     the dwelling's id; null for a signal about the complex as a whole
 * @param complex     the complex's id; null for a dwelling valued on its own
 * @param melding     what is the matter, in Dutch a board member understands, with the actual numbers
 * @param bron        the beleidsboek paragraph, regulation or publication behind the rule and its thresholds
 * @param veld        the input path the signal concerns (e.g. "zorg.smalsteGangbreedteCm", "huur.kaleHuur")
 * @param invoer      the inputs and thresholds the rule read, path to value, in reading order
 * @param onbevestigd a threshold used is marked unconfirmed in the data (the message says so too)
 */
public record Signaal(Signaalsoort soort, Ernst ernst, String eenheid, String complex, String melding, String bron,
                      String veld, Map<String, String> invoer, boolean onbevestigd) {

    public Signaal {
        invoer = invoer == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(invoer));
    }

    public String code() {
        return soort.code();
    }

    /** "ZW-02 [blokkerend] woning W01: ..." */
    @Override
    public String toString() {
        return code() + " [" + ernst.code() + "] " + (eenheid != null ? "woning " + eenheid : "complex " + complex)
                + ": " + melding;
    }
}
