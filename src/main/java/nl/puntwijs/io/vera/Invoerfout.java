package nl.puntwijs.io.vera;

/**
 * A problem found while reading input.
 *
 * @param pad    the JSON path with 0-based indices (e.g. "ruimten[3].oppervlakte")
 * @param waarde the offending value as written in the input, or null
 * @param reden  why it is a problem, in Dutch
 */
public record Invoerfout(String pad, String waarde, String reden) {

    /** "ruimten[3].oppervlakte: -4.0 is negatief". */
    public String tekst() {
        StringBuilder sb = new StringBuilder();
        if (pad != null && !pad.isEmpty()) {
            sb.append(pad).append(": ");
        }
        if (waarde != null) {
            sb.append(waarde).append(' ');
        }
        return sb.append(reden).toString();
    }
}
