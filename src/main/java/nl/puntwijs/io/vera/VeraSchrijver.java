package nl.puntwijs.io.vera;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;

/**
 * Writes a {@link Resultaat} as a VERA {@code WoningwaarderingResultaat}, in the shape and member order of
 * the public vectors' expected outputs: one group per stelselgroep in the VERA order, each with its points
 * and a flat list of waarderingen whose ids express the hierarchy. Rubriek 7 ({@code GEH}) is written only
 * when it has lines (VERA input cannot carry it). Thread-safe.
 */
public final class VeraSchrijver {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    public JsonGenerator generator(OutputStream uit, boolean mooi) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(uit);
        if (mooi) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    public void schrijf(Resultaat r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("groepen");
        for (Stelselgroep groep : Stelselgroep.VERA_VOLGORDE) {
            RubriekResultaat rr = r.rubriek(groep).orElse(null);
            if (rr == null || (groep == Stelselgroep.GEH && rr.regels().isEmpty())) {
                continue;
            }
            groep(rr, g);
        }
        g.writeEndArray();
        g.writeFieldName("maximaleHuur");
        g.writeNumber(r.maximaleHuur());
        if (r.opslagpercentage().signum() > 0) {
            g.writeFieldName("opslagpercentage");
            g.writeNumber(r.opslagpercentage());
        }
        g.writeFieldName("punten");
        g.writeNumber(BigDecimal.valueOf(r.punten()).setScale(1));
        g.writeObjectFieldStart("stelsel");
        g.writeStringField("code", "ZEL");
        g.writeStringField("naam", "Zelfstandige woonruimten");
        g.writeEndObject();
        g.writeFieldName("huurprijsopslag");
        g.writeNumber(r.huurprijsopslag());
        g.writeFieldName("maximaleHuurInclusiefOpslag");
        g.writeNumber(r.maximaleHuurInclusiefOpslag());
        g.writeEndObject();
    }

    private static void groep(RubriekResultaat rr, JsonGenerator g) throws IOException {
        Stelselgroep groep = rr.groep();
        g.writeStartObject();
        g.writeObjectFieldStart("criteriumGroep");
        g.writeObjectFieldStart("stelsel");
        g.writeStringField("code", "ZEL");
        g.writeStringField("naam", "Zelfstandige woonruimten");
        g.writeEndObject();
        g.writeObjectFieldStart("stelselgroep");
        g.writeStringField("code", groep.code());
        g.writeStringField("naam", groep.naam());
        g.writeEndObject();
        g.writeEndObject();
        g.writeFieldName("punten");
        g.writeNumber(punten(rr.punten()));
        g.writeArrayFieldStart("woningwaarderingen");
        regels(rr.regels(), groep.sleutel(), null, g, groep == Stelselgroep.PMN);
        g.writeEndArray();
        if (rr.opslagpercentage() != null) {
            g.writeFieldName("opslagpercentage");
            g.writeNumber(rr.opslagpercentage());
        }
        g.writeEndObject();
    }

    private static void regels(List<Regel> regels, String pad, String ouder, JsonGenerator g, boolean opslag)
            throws IOException {
        Set<String> gezien = regels.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < regels.size(); i++) {
            Regel regel = regels.get(i);
            String segment = segment(regel.sleutel(), i);
            if (gezien != null && !gezien.add(segment)) {
                segment = segment + "_" + i;
            }
            String id = pad + "__" + segment;
            boolean kinderenMetPunten = regel.onderdelen().stream().anyMatch(o -> o.punten() != null);
            g.writeStartObject();
            if (regel.aantal() != null && !opslag) {
                g.writeFieldName("aantal");
                g.writeNumber(regel.eenheid() == null ? regel.aantal() : regel.aantal().setScale(2, RoundingMode.HALF_UP));
            }
            g.writeObjectFieldStart("criterium");
            g.writeStringField("id", id);
            g.writeStringField("naam", regel.omschrijving());
            if (ouder != null) {
                g.writeObjectFieldStart("bovenliggendeCriterium");
                g.writeStringField("id", ouder);
                g.writeEndObject();
            }
            if (regel.eenheid() != null) {
                g.writeObjectFieldStart("meeteenheid");
                g.writeStringField("code", regel.eenheid().code());
                g.writeStringField("naam", regel.eenheid().naam());
                g.writeEndObject();
            }
            g.writeEndObject();
            // a parent line carries no points when its children do (the vectors' convention)
            if (regel.punten() != null && !kinderenMetPunten) {
                g.writeFieldName("punten");
                g.writeNumber(punten(regel.punten()));
            }
            if (opslag && regel.aantal() != null) {
                g.writeFieldName("opslagpercentage");
                g.writeNumber(regel.aantal());
            }
            g.writeEndObject();
            if (!regel.onderdelen().isEmpty()) {
                regels(regel.onderdelen(), id, id, g, opslag);
            }
        }
    }

    /** Points with two decimals (a share of a shared room is shown rounded; the group total is exact). */
    private static BigDecimal punten(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP);
    }

    private static String segment(String sleutel, int index) {
        if (sleutel == null || sleutel.isBlank()) {
            return "regel_" + index;
        }
        StringBuilder sb = new StringBuilder(sleutel.length());
        for (int i = 0; i < sleutel.length(); i++) {
            char c = sleutel.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '_' || c == '-' ? c : '_');
        }
        return sb.toString();
    }
}
