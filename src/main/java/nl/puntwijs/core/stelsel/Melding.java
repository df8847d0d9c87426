package nl.puntwijs.core.stelsel;

/**
 * A warning raised while valuing: data missing or ignored, a default applied. The dwelling is still valued.
 *
 * @param veld  the field concerned, as a path (e.g. "ruimten[3].oppervlakte"); null for the whole eenheid
 * @param tekst the message, in Dutch
 */
public record Melding(String veld, String tekst) {

    @Override
    public String toString() {
        return veld == null ? tekst : veld + ": " + tekst;
    }
}
