package nl.puntwijs.io.vera;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;

/**
 * Writes a {@link Resultaat} as a VERA {@code WoningwaarderingResultaat}, in the shape and member order of
 * the public vectors' expected outputs: one group per stelselgroep in the VERA order, each with its points
 * and a flat list of waarderingen whose ids express the hierarchy. Rubriek 7 ({@code GEH}) is written only
 * when it has lines (VERA input cannot carry it). Member names and fixed values are encoded once. Thread-safe.
 */
public final class VeraSchrijver {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private static final SerializedString GROEPEN = new SerializedString("groepen");
    private static final SerializedString MAXIMALE_HUUR = new SerializedString("maximaleHuur");
    private static final SerializedString OPSLAGPERCENTAGE = new SerializedString("opslagpercentage");
    private static final SerializedString PUNTEN = new SerializedString("punten");
    private static final SerializedString STELSEL = new SerializedString("stelsel");
    private static final SerializedString HUURPRIJSOPSLAG = new SerializedString("huurprijsopslag");
    private static final SerializedString MAXIMALE_HUUR_INCLUSIEF_OPSLAG =
            new SerializedString("maximaleHuurInclusiefOpslag");
    private static final SerializedString CRITERIUM_GROEP = new SerializedString("criteriumGroep");
    private static final SerializedString STELSELGROEP = new SerializedString("stelselgroep");
    private static final SerializedString WONINGWAARDERINGEN = new SerializedString("woningwaarderingen");
    private static final SerializedString AANTAL = new SerializedString("aantal");
    private static final SerializedString CRITERIUM = new SerializedString("criterium");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAAM = new SerializedString("naam");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString BOVENLIGGENDE_CRITERIUM = new SerializedString("bovenliggendeCriterium");
    private static final SerializedString MEETEENHEID = new SerializedString("meeteenheid");

    private static final Referentie ZEL = new Referentie("ZEL", "Zelfstandige woonruimten");
    private static final Map<Stelselgroep, Referentie> STELSELGROEPEN = new EnumMap<>(Stelselgroep.class);
    private static final Map<Meeteenheid, Referentie> MEETEENHEDEN = new EnumMap<>(Meeteenheid.class);

    static {
        for (Stelselgroep groep : Stelselgroep.values()) {
            STELSELGROEPEN.put(groep, new Referentie(groep.code(), groep.naam()));
        }
        for (Meeteenheid eenheid : Meeteenheid.values()) {
            MEETEENHEDEN.put(eenheid, new Referentie(eenheid.code(), eenheid.naam()));
        }
    }

    /** A referentiedata object {code, naam} with a fixed value. */
    private record Referentie(SerializedString code, SerializedString naam) {

        Referentie(String code, String naam) {
            this(new SerializedString(code), new SerializedString(naam));
        }

        void schrijf(SerializableString veld, JsonGenerator g) throws IOException {
            g.writeFieldName(veld);
            g.writeStartObject();
            g.writeFieldName(CODE);
            g.writeString(code);
            g.writeFieldName(NAAM);
            g.writeString(naam);
            g.writeEndObject();
        }
    }

    public JsonGenerator generator(OutputStream uit, boolean mooi) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(uit);
        if (mooi) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    public void schrijf(Resultaat r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName(GROEPEN);
        g.writeStartArray();
        for (Stelselgroep groep : Stelselgroep.VERA_VOLGORDE) {
            RubriekResultaat rr = r.rubriek(groep).orElse(null);
            if (rr == null || (groep == Stelselgroep.GEH && rr.regels().isEmpty())) {
                continue;
            }
            groep(rr, g);
        }
        g.writeEndArray();
        g.writeFieldName(MAXIMALE_HUUR);
        g.writeNumber(r.maximaleHuur());
        if (r.opslagpercentage().signum() > 0) {
            g.writeFieldName(OPSLAGPERCENTAGE);
            g.writeNumber(r.opslagpercentage());
        }
        g.writeFieldName(PUNTEN);
        g.writeNumber(BigDecimal.valueOf(r.punten()).setScale(1));
        ZEL.schrijf(STELSEL, g);
        g.writeFieldName(HUURPRIJSOPSLAG);
        g.writeNumber(r.huurprijsopslag());
        g.writeFieldName(MAXIMALE_HUUR_INCLUSIEF_OPSLAG);
        g.writeNumber(r.maximaleHuurInclusiefOpslag());
        g.writeEndObject();
    }

    private static void groep(RubriekResultaat rr, JsonGenerator g) throws IOException {
        Stelselgroep groep = rr.groep();
        g.writeStartObject();
        g.writeFieldName(CRITERIUM_GROEP);
        g.writeStartObject();
        ZEL.schrijf(STELSEL, g);
        STELSELGROEPEN.get(groep).schrijf(STELSELGROEP, g);
        g.writeEndObject();
        g.writeFieldName(PUNTEN);
        g.writeNumber(punten(rr.punten()));
        g.writeFieldName(WONINGWAARDERINGEN);
        g.writeStartArray();
        regels(rr.regels(), groep.sleutel(), null, g, groep == Stelselgroep.PMN);
        g.writeEndArray();
        if (rr.opslagpercentage() != null) {
            g.writeFieldName(OPSLAGPERCENTAGE);
            g.writeNumber(rr.opslagpercentage());
        }
        g.writeEndObject();
    }

    /**
     * Writes the lines and, after each, its sub-lines.
     *
     * @param pad   the prefix of the lines' ids: the parent line's id, or the stelselgroep's key for the top lines
     * @param ouder the parent line's id; null for the top lines
     */
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
            g.writeStartObject();
            if (regel.aantal() != null && !opslag) {
                g.writeFieldName(AANTAL);
                g.writeNumber(regel.eenheid() == null ? regel.aantal() : regel.aantal().setScale(2, RoundingMode.HALF_UP));
            }
            g.writeFieldName(CRITERIUM);
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(id);
            g.writeFieldName(NAAM);
            g.writeString(regel.omschrijving());
            if (ouder != null) {
                g.writeFieldName(BOVENLIGGENDE_CRITERIUM);
                g.writeStartObject();
                g.writeFieldName(ID);
                g.writeString(ouder);
                g.writeEndObject();
            }
            if (regel.eenheid() != null) {
                MEETEENHEDEN.get(regel.eenheid()).schrijf(MEETEENHEID, g);
            }
            g.writeEndObject();
            // a parent line carries no points when its children do (the vectors' convention)
            if (regel.punten() != null && !kinderenMetPunten(regel)) {
                g.writeFieldName(PUNTEN);
                g.writeNumber(punten(regel.punten()));
            }
            if (opslag && regel.aantal() != null) {
                g.writeFieldName(OPSLAGPERCENTAGE);
                g.writeNumber(regel.aantal());
            }
            g.writeEndObject();
            if (!regel.onderdelen().isEmpty()) {
                regels(regel.onderdelen(), id, id, g, opslag);
            }
        }
    }

    private static boolean kinderenMetPunten(Regel regel) {
        for (Regel onderdeel : regel.onderdelen()) {
            if (onderdeel.punten() != null) {
                return true;
            }
        }
        return false;
    }

    /** Points with two decimals (a share of a shared room is shown rounded; the group total is exact). */
    private static BigDecimal punten(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP);
    }

    /** The key as an id segment: letters, digits, '_' and '-' are kept, anything else becomes '_'. */
    private static String segment(String sleutel, int index) {
        if (sleutel == null || sleutel.isBlank()) {
            return "regel_" + index;
        }
        int i = 0;
        while (i < sleutel.length() && isSegmentteken(sleutel.charAt(i))) {
            i++;
        }
        if (i == sleutel.length()) {
            return sleutel; // the usual case: nothing to replace
        }
        StringBuilder sb = new StringBuilder(sleutel.length());
        for (int j = 0; j < sleutel.length(); j++) {
            char c = sleutel.charAt(j);
            sb.append(isSegmentteken(c) ? c : '_');
        }
        return sb.toString();
    }

    private static boolean isSegmentteken(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
