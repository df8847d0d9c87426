package nl.puntwijs.io.vera;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Optional fields of the JSON Puntwijs writes (VERA eenheden, complex files): a field whose value is absent is left
 * out rather than written as null, so that a file read and written again keeps its shape.
 */
public final class JsonVelden {

    private JsonVelden() {
    }

    public static void tekst(JsonGenerator g, String veld, String waarde) throws IOException {
        if (waarde != null) {
            g.writeStringField(veld, waarde);
        }
    }

    /** The exact decimal as written (no double in between). */
    public static void getal(JsonGenerator g, String veld, BigDecimal waarde) throws IOException {
        if (waarde != null) {
            g.writeFieldName(veld);
            g.writeNumber(waarde);
        }
    }

    /** ISO date, yyyy-mm-dd. */
    public static void datum(JsonGenerator g, String veld, LocalDate waarde) throws IOException {
        if (waarde != null) {
            g.writeStringField(veld, waarde.toString());
        }
    }
}
