package nl.puntwijs.io.resultaat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;

/**
 * A complex's valuation as JSON (the {@code json} format of the command line for a complex file): the totals, per
 * dwelling its zorg check, what shared spaces and the zorg surcharge add, the other shared-room method side by side
 * and the full explained result ({@link ResultaatJson}), and per shared space its points and the rent it generates.
 */
public final class ComplexResultaatJson {

    /** Points per dwelling from a shared space are shown with this many decimals (they are unrounded shares). */
    private static final int DECIMALEN_AANDEEL = 4;

    private ComplexResultaatJson() {
    }

    public static void schrijf(ComplexResultaat c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("complex", c.complexId());
        g.writeStringField("naam", c.naam());
        g.writeStringField("peildatum", c.peildatum().toString());
        g.writeObjectFieldStart("methodeGemeenschappelijkeRuimten");
        g.writeStringField("code", c.methode().code());
        g.writeStringField("omschrijving", c.methode().omschrijving());
        g.writeEndObject();
        totalen(c.totalen(), g);
        g.writeArrayFieldStart("woningen");
        for (ComplexResultaat.Woning w : c.woningen()) {
            woning(w, c, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("gedeeldeRuimten");
        for (ComplexResultaat.Toedeling t : c.gedeeldeRuimten()) {
            toedeling(t, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("meldingen");
        for (Complexmelding m : c.meldingen()) {
            g.writeStartObject();
            g.writeBooleanField("fout", m.fout());
            g.writeStringField("plaats", m.plaats());
            g.writeStringField("veld", m.veld());
            g.writeStringField("tekst", m.tekst());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void totalen(ComplexResultaat.Totalen t, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("totalen");
        g.writeNumberField("woningen", t.woningen());
        g.writeObjectFieldStart("perSector");
        for (Sector s : Sector.values()) {
            g.writeNumberField(s.code(), t.perSector().getOrDefault(s, 0));
        }
        g.writeEndObject();
        getal(g, "gemiddeldePunten", t.gemiddeldePunten());
        g.writeNumberField("minimumPunten", t.minimumPunten());
        g.writeNumberField("maximumPunten", t.maximumPunten());
        getal(g, "totaleMaximaleHuur", t.totaleMaximaleHuur());
        getal(g, "gemiddeldeMaximaleHuur", t.gemiddeldeMaximaleHuur());
        g.writeNumberField("zorgwoningen", t.zorgwoningen());
        g.writeNumberField("zorgwoningenAlleVoorwaarden", t.zorgwoningenAlleVoorwaarden());
        getal(g, "puntenUitGedeeldeRuimten", t.puntenUitGedeeldeRuimten());
        getal(g, "puntenUitZorgtoeslag", t.puntenUitZorgtoeslag());
        g.writeEndObject();
    }

    private static void woning(ComplexResultaat.Woning w, ComplexResultaat c, JsonGenerator g) throws IOException {
        Resultaat r = w.resultaat();
        g.writeStartObject();
        g.writeStringField("eenheid", w.eenheidId());
        g.writeNumberField("punten", r.punten());
        g.writeStringField("sector", r.sector().code());
        getal(g, "maximaleHuur", r.maximaleHuur());
        getal(g, "maximaleHuurInclusiefOpslag", r.maximaleHuurInclusiefOpslag());
        getal(g, "puntenUitGedeeldeRuimten", w.puntenUitGedeeldeRuimten());
        getal(g, "puntenUitZorgtoeslag", w.puntenUitZorgtoeslag());
        g.writeArrayFieldStart("gedeeldeRuimten");
        for (ComplexResultaat.Aandeel a : w.perRuimte()) {
            g.writeStartObject();
            g.writeStringField("ruimte", a.ruimteId());
            getal(g, "punten", aandeel(a.punten()));
            g.writeStringField("uitleg", a.uitleg());
            g.writeEndObject();
        }
        g.writeEndArray();
        ResultaatJson.zorg(r.zorg(), g);
        Resultaat ander = w.andereMethode();
        g.writeObjectFieldStart("andereMethode");
        g.writeStringField("methode", c.methode().andere().code());
        g.writeStringField("omschrijving", c.methode().andere().omschrijving());
        g.writeNumberField("punten", ander.punten());
        g.writeStringField("sector", ander.sector().code());
        getal(g, "maximaleHuur", ander.maximaleHuur());
        getal(g, "maximaleHuurInclusiefOpslag", ander.maximaleHuurInclusiefOpslag());
        getal(g, "gemeenschappelijkeRuimten", ander.punten(Stelselgroep.GVR));
        getal(g, "bijzondereVoorzieningen", ander.punten(Stelselgroep.BIJ));
        g.writeNumberField("verschilPunten", w.verschilPunten());
        getal(g, "verschilMaximaleHuur", w.verschilHuur());
        g.writeEndObject();
        g.writeFieldName("resultaat");
        ResultaatJson.schrijf(r, g);
        g.writeEndObject();
    }

    private static void toedeling(ComplexResultaat.Toedeling t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.ruimte().id());
        g.writeStringField("naam", t.ruimte().weergavenaam());
        g.writeStringField("soort", t.ruimte().soort() == null ? null : t.ruimte().soort().code());
        g.writeNumberField("adressen", t.adressen());
        g.writeArrayFieldStart("woningen");
        for (String id : t.ruimte().woningen()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("punten");
        BigDecimal totaal = BigDecimal.ZERO;
        for (Stelselgroep groep : Stelselgroep.values()) {
            BigDecimal p = t.punten().get(groep.code());
            if (p != null) {
                getal(g, groep.code(), p);
                totaal = totaal.add(p);
            }
        }
        g.writeEndObject();
        getal(g, "puntenTotaal", totaal);
        getal(g, "puntenPerWoning", aandeel(t.puntenPerWoning()));
        getal(g, "maximaleHuurPerMaand", t.huurPerMaand());
        g.writeEndObject();
    }

    static BigDecimal aandeel(BigDecimal punten) {
        return punten.scale() > DECIMALEN_AANDEEL ? punten.setScale(DECIMALEN_AANDEEL, RoundingMode.HALF_UP) : punten;
    }

    private static void getal(JsonGenerator g, String veld, BigDecimal waarde) throws IOException {
        g.writeFieldName(veld);
        if (waarde == null) {
            g.writeNull();
        } else {
            g.writeNumber(waarde);
        }
    }
}
