package nl.puntwijs.io.signalen;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import nl.puntwijs.core.signalen.Signaal;

/**
 * One signal as a flat JSON object: {@code bestand}, {@code complex}, {@code eenheid}, {@code code}, {@code naam},
 * {@code ernst}, {@code melding}, {@code bron}, {@code veld}, {@code onbevestigd} and the {@code invoer} it read
 * (path to value, all strings). Absent ids are written as null, so every object has the same keys.
 */
public final class SignaalJson {

    private SignaalJson() {
    }

    /**
     * @param bestand the input file the signal comes from (null when none)
     */
    public static void schrijf(Signaal s, String bestand, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("bestand", bestand);
        g.writeStringField("complex", s.complex());
        g.writeStringField("eenheid", s.eenheid());
        g.writeStringField("code", s.code());
        g.writeStringField("naam", s.soort().naam());
        g.writeStringField("ernst", s.ernst().code());
        g.writeStringField("melding", s.melding());
        g.writeStringField("bron", s.bron());
        g.writeStringField("veld", s.veld());
        g.writeBooleanField("onbevestigd", s.onbevestigd());
        g.writeObjectFieldStart("invoer");
        for (Map.Entry<String, String> e : s.invoer().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
