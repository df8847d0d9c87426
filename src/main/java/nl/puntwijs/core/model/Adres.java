package nl.puntwijs.core.model;

/**
 * A dwelling's address. Every part is optional: partial addresses are accepted.
 *
 * @param woonplaatscode BAG woonplaatscode (e.g. "3594" Amsterdam); with the name it decides COROP membership
 */
public record Adres(String straatnaam, String huisnummer, String huisnummerToevoeging, String postcode,
                    String woonplaats, String woonplaatscode) {

    /** A one-line rendering for reports, skipping the parts that are missing. */
    public String regel() {
        StringBuilder sb = new StringBuilder();
        append(sb, straatnaam, "");
        append(sb, huisnummer, " ");
        append(sb, huisnummerToevoeging, huisnummer == null || huisnummer.isBlank() ? " " : "-");
        append(sb, postcode, sb.length() > 0 ? ", " : "");
        append(sb, woonplaats, postcode == null || postcode.isBlank() ? (sb.length() > 0 ? ", " : "") : " ");
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part, String separator) {
        if (part != null && !part.isBlank()) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(part.strip());
        }
    }
}
