package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.puntwijs.core.tabellen.Drempel;

/** What a rule read, in order: input paths and thresholds with their values; remembers unconfirmed thresholds. */
final class Gelezen {

    private final Map<String, String> waarden = new LinkedHashMap<>();
    private boolean onbevestigd;

    /** An input value; null is written as "ontbreekt". */
    Gelezen met(String pad, Object waarde) {
        waarden.put(pad, tekst(waarde));
        return this;
    }

    /** A threshold: "drempel.<sleutel>" -> "713.02 (2026-01-01 t/m 2026-12-31, onbevestigd)". */
    Gelezen drempel(Drempel d) {
        onbevestigd |= d.onbevestigd();
        waarden.put("drempel." + d.sleutel(), d.waarde().toPlainString() + " (" + d.periode()
                + (d.onbevestigd() ? ", onbevestigd" : "") + ")");
        return this;
    }

    Map<String, String> waarden() {
        return waarden;
    }

    boolean onbevestigd() {
        return onbevestigd;
    }

    private static String tekst(Object waarde) {
        if (waarde == null) {
            return "ontbreekt";
        }
        if (waarde instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (waarde instanceof LocalDate || waarde instanceof Number || waarde instanceof Boolean) {
            return waarde.toString();
        }
        return String.valueOf(waarde);
    }
}
