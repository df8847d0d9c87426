package nl.puntwijs.io.vera;

/**
 * A problem found while reading input.
 *
 * @param pad    the JSON path with 0-based indices (e.g. "ruimten[3].oppervlakte")
 * @param waarde the offending value as written in the input, or null; a long value (a whole list or a text of
 *               megabytes where a number belongs) is cut to its first {@value #MAXIMUM_WAARDE} characters
 * @param reden  why it is a problem, in Dutch
 */
public record Invoerfout(String pad, String waarde, String reden) {

    /** Characters of the offending value a message shows. */
    public static final int MAXIMUM_WAARDE = 200;

    private static final java.util.regex.Pattern INGEKORT = java.util.regex.Pattern.compile("(?s).{"
            + MAXIMUM_WAARDE + "}\\.\\.\\. \\(\\d+ tekens\\)");

    public Invoerfout {
        // a message moved to its parent object is built again from its (already shortened) value: keep that one
        if (waarde != null && waarde.length() > MAXIMUM_WAARDE && !INGEKORT.matcher(waarde).matches()) {
            waarde = waarde.substring(0, MAXIMUM_WAARDE) + "... (" + waarde.length() + " tekens)";
        }
    }

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
