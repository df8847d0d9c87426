package nl.puntwijs.io.vera;

import static nl.puntwijs.io.vera.JsonVelden.datum;
import static nl.puntwijs.io.vera.JsonVelden.getal;
import static nl.puntwijs.io.vera.JsonVelden.tekst;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;

/**
 * Writes an {@link Eenheid} as a VERA {@code EenhedenEenheid} document that {@link VeraLezer} reads back to the
 * same eenheid: the export side of the VERA round trip. Fields VERA cannot carry (rubriek 7 provisions, the
 * zorgwoning conditions, rents, the taxatiewaarde) are left out.
 */
public final class VeraEenheidSchrijver {

    public void schrijf(Eenheid e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (e.id() != null) {
            g.writeStringField("id", e.id());
        }
        ref(g, "woningwaarderingstelsel", "ZEL", "Zelfstandige woonruimte");
        if (e.bouwjaar() != null) {
            g.writeNumberField("bouwjaar", e.bouwjaar());
        }
        datum(g, "beginBouwdatum", e.beginBouwdatum());
        datum(g, "inExploitatiedatum", e.eersteIngebruikname());
        datum(g, "datumAfsluitenHuurovereenkomst", e.datumHuurovereenkomst());
        if (e.doelgroep() != null) {
            ref(g, "doelgroep", e.doelgroep().code(), e.doelgroep().naam());
        }
        if (e.gebruiksoppervlakte() != null) {
            g.writeNumberField("gebruiksoppervlakte", e.gebruiksoppervlakte());
        }
        adres(g, e.adres());
        if (e.pandSoort() != null) {
            g.writeArrayFieldStart("panden");
            g.writeStartObject();
            ref(g, "soort", e.pandSoort().code(), e.pandSoort().naam());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeArrayFieldStart("monumenten");
        for (Monument m : Monument.values()) {
            if (e.heeftMonument(m)) {
                g.writeStartObject();
                g.writeStringField("code", m.code());
                g.writeStringField("naam", m.naam());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("energieprestaties");
        for (Energieprestatie p : e.energieprestaties()) {
            g.writeStartObject();
            if (p.soort() != null) {
                ref(g, "soort", p.soort().code(), p.soort().naam());
            }
            ref(g, "status", p.definitief() ? "DEF" : "VLP", p.definitief() ? "Definitief" : "Voorlopig");
            datum(g, "begindatum", p.begindatum());
            datum(g, "einddatum", p.einddatum());
            if (p.label() != null) {
                ref(g, "label", p.label().code(), p.label().naam());
            }
            if (p.waarde() != null) {
                g.writeStringField("waarde", p.waarde().toPlainString());
            }
            if (p.geldigVoorWws() != null) {
                g.writeBooleanField("geldigVoorWws", p.geldigVoorWws());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!e.energieprestatievergoedingen().isEmpty()) {
            g.writeArrayFieldStart("prijscomponenten");
            for (Energieprestatievergoeding v : e.energieprestatievergoedingen()) {
                g.writeStartObject();
                ref(g, "detailSoort", "EPV", "Energieprestatievergoeding");
                datum(g, "begindatum", v.begindatum());
                datum(g, "einddatum", v.einddatum());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("wozEenheden");
        for (WozWaarde w : e.wozWaarden()) {
            g.writeStartObject();
            datum(g, "waardepeildatum", w.waardepeildatum());
            getal(g, "vastgesteldeWaarde", w.vastgesteldeWaarde());
            datum(g, "beschikkingsdatum", w.beschikkingsdatum());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ruimten");
        for (Ruimte r : e.ruimten()) {
            ruimte(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void ruimte(JsonGenerator g, Ruimte r) throws IOException {
        g.writeStartObject();
        if (r.id() != null) {
            g.writeStringField("id", r.id());
        }
        if (r.naam() != null) {
            g.writeStringField("naam", r.naam());
        }
        if (r.soort() != null) {
            ref(g, "soort", r.soort().code(), r.soort().naam());
        }
        if (r.detailsoort() != null) {
            ref(g, "detailSoort", r.detailsoort().code(), r.detailsoort().naam());
        }
        getal(g, "oppervlakte", r.oppervlakte());
        getal(g, "lengte", r.lengte());
        getal(g, "breedte", r.breedte());
        getal(g, "hoogte", r.hoogte());
        g.writeBooleanField("verwarmd", r.verwarmd());
        if (r.verkoeld()) {
            g.writeBooleanField("verkoeld", true);
        }
        if (r.gedeeldMetAdressen() != null) {
            g.writeNumberField("gedeeldMetAantalAdressen", r.gedeeldMetAdressen());
        }
        if (r.aantal() != 1) {
            g.writeNumberField("aantal", r.aantal());
        }
        if (!r.voorzieningen().isEmpty()) {
            g.writeArrayFieldStart("installaties");
            for (Voorziening v : r.voorzieningen()) {
                g.writeStartObject();
                g.writeStringField("code", v.code());
                g.writeStringField("naam", v.naam());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!r.aanrechten().isEmpty() || r.vasteTrap() || r.vlizotrap() || r.laadpalen() > 0) {
            g.writeArrayFieldStart("bouwkundigeElementen");
            for (BigDecimal lengte : r.aanrechten()) {
                g.writeStartObject();
                ref(g, "detailSoort", "AAN", "Aanrecht");
                getal(g, "lengte", lengte);
                g.writeEndObject();
            }
            if (r.vasteTrap()) {
                element(g, "TRA", "Trap");
            }
            if (r.vlizotrap()) {
                element(g, "VTR", "Vlizotrap");
            }
            for (int i = 0; i < r.laadpalen(); i++) {
                element(g, "LAA", "Laadpaal");
            }
            g.writeEndArray();
        }
        if (!r.kasten().isEmpty()) {
            g.writeArrayFieldStart("verbondenRuimten");
            for (int i = 0; i < r.kasten().size(); i++) {
                g.writeStartObject();
                g.writeStringField("id", (r.id() == null ? "ruimte" : r.id()) + "-kast-" + (i + 1));
                ref(g, "soort", "OVR", "Overige ruimte");
                ref(g, "detailSoort", "KAS", "Kast");
                getal(g, "oppervlakte", r.kasten().get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void element(JsonGenerator g, String code, String naam) throws IOException {
        g.writeStartObject();
        ref(g, "detailSoort", code, naam);
        g.writeEndObject();
    }

    private static void adres(JsonGenerator g, Adres a) throws IOException {
        if (a == null) {
            return;
        }
        g.writeObjectFieldStart("adres");
        tekst(g, "straatnaam", a.straatnaam());
        tekst(g, "huisnummer", a.huisnummer());
        tekst(g, "huisnummerToevoeging", a.huisnummerToevoeging());
        tekst(g, "postcode", a.postcode());
        if (a.woonplaats() != null || a.woonplaatscode() != null) {
            g.writeObjectFieldStart("woonplaats");
            tekst(g, "code", a.woonplaatscode());
            tekst(g, "naam", a.woonplaats());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void ref(JsonGenerator g, String veld, String code, String naam) throws IOException {
        g.writeObjectFieldStart(veld);
        g.writeStringField("code", code);
        g.writeStringField("naam", naam);
        g.writeEndObject();
    }
}
