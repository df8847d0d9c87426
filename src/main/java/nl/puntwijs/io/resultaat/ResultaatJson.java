package nl.puntwijs.io.resultaat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.zorg.Voorwaardetoets;
import nl.puntwijs.core.zorg.Zorgbeoordeling;

/**
 * Our own full explained result as JSON (the {@code json} format of the command line): every rubriek in the
 * beleidsboek's order with its tree of lines, then the total, sector, rent and warnings.
 */
public final class ResultaatJson {

    private ResultaatJson() {
    }

    public static void schrijf(Resultaat r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("eenheid", r.eenheidId());
        g.writeStringField("peildatum", r.peildatum().toString());
        g.writeStringField("tabellen", r.tabellen());
        g.writeArrayFieldStart("interpretatie");
        for (String a : r.interpretatie().afwijkingen()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rubrieken");
        for (RubriekResultaat rr : r.rubrieken()) {
            g.writeStartObject();
            g.writeNumberField("rubriek", rr.groep().rubriek());
            g.writeStringField("code", rr.groep().code());
            g.writeStringField("naam", rr.groep().naam());
            g.writeStringField("paragraaf", rr.groep().paragraaf());
            g.writeFieldName("punten");
            g.writeNumber(rr.punten());
            if (rr.opslagpercentage() != null) {
                g.writeFieldName("opslagpercentage");
                g.writeNumber(rr.opslagpercentage());
            }
            regels(rr.regels(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("som");
        g.writeNumber(r.som());
        g.writeNumberField("punten", r.punten());
        g.writeStringField("sector", r.sector().code());
        g.writeFieldName("maximaleHuur");
        g.writeNumber(r.maximaleHuur());
        g.writeFieldName("opslagpercentage");
        g.writeNumber(r.opslagpercentage());
        g.writeFieldName("huurprijsopslag");
        g.writeNumber(r.huurprijsopslag());
        g.writeFieldName("maximaleHuurInclusiefOpslag");
        g.writeNumber(r.maximaleHuurInclusiefOpslag());
        zorg(r.zorg(), g);
        g.writeArrayFieldStart("meldingen");
        for (Melding m : r.meldingen()) {
            g.writeStartObject();
            g.writeStringField("veld", m.veld());
            g.writeStringField("tekst", m.tekst());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The zorgwoning check: the decision and each condition with its outcome and paragraph. */
    public static void zorg(Zorgbeoordeling zorg, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("zorg");
        g.writeStringField("besluit", zorg.besluit().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("omschrijving", zorg.besluit().tekst());
        g.writeBooleanField("toeslag", zorg.isZorgwoning());
        g.writeArrayFieldStart("voorwaarden");
        for (Voorwaardetoets t : zorg.toetsen()) {
            g.writeStartObject();
            g.writeStringField("voorwaarde", t.voorwaarde().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("omschrijving", t.voorwaarde().omschrijving());
            g.writeStringField("uitkomst", t.uitkomst().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("toelichting", t.toelichting());
            g.writeStringField("veld", t.veld());
            g.writeStringField("bron", t.bron());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void regels(List<Regel> regels, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("regels");
        for (Regel r : regels) {
            g.writeStartObject();
            g.writeStringField("omschrijving", r.omschrijving());
            if (r.aantal() != null) {
                g.writeFieldName("aantal");
                g.writeNumber(r.aantal());
                if (r.eenheid() != null) {
                    g.writeStringField("eenheid", r.eenheid().code());
                }
            }
            if (r.punten() != null) {
                g.writeFieldName("punten");
                g.writeNumber(schaal(r.punten()));
            }
            if (r.bron() != null) {
                g.writeStringField("bron", r.bron());
            }
            if (!r.onderdelen().isEmpty()) {
                regels(r.onderdelen(), g);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Points are shown with at most 4 decimals (shares of shared rooms have long expansions). */
    private static BigDecimal schaal(BigDecimal b) {
        return b.scale() > 4 ? b.setScale(4, java.math.RoundingMode.HALF_UP) : b;
    }
}
