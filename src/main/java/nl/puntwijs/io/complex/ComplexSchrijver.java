package nl.puntwijs.io.complex;

import static nl.puntwijs.io.vera.JsonVelden.datum;
import static nl.puntwijs.io.vera.JsonVelden.getal;
import static nl.puntwijs.io.vera.JsonVelden.tekst;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;

/**
 * Writes a {@link Complex} as a complex file ({@value ComplexLezer#FORMAAT}). What {@link ComplexLezer} reads back
 * is equal to what was written: absent values are left out, numbers keep their decimals as written, a flag that is
 * false and a list that is empty are left out (they read back as false and empty). Thread-safe.
 */
public final class ComplexSchrijver {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** The complex file as UTF-8 bytes, indented, ending in a newline. */
    public byte[] bytes(Complex complex) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(16_384);
        try {
            schrijf(complex, uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    public void schrijf(Complex complex, OutputStream uit) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(uit)) {
            g.useDefaultPrettyPrinter();
            schrijf(complex, g);
            g.writeRaw('\n');
        }
    }

    public void schrijf(Complex c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField(ComplexLezer.FORMAAT_VELD, ComplexLezer.FORMAAT);
        tekst(g, "id", c.id());
        tekst(g, "naam", c.naam());
        g.writeStringField("methodeGemeenschappelijkeRuimten", c.methode().code());
        zorg(g, c.zorg());
        ouderen(g, c.ouderenhuisvesting());
        g.writeArrayFieldStart("woningen");
        for (Eenheid w : c.woningen()) {
            woning(g, w);
        }
        g.writeEndArray();
        if (!c.gedeeldeRuimten().isEmpty()) {
            g.writeArrayFieldStart("gedeeldeRuimten");
            for (GedeeldeRuimte r : c.gedeeldeRuimten()) {
                gedeeld(g, r);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void woning(JsonGenerator g, Eenheid w) throws IOException {
        g.writeStartObject();
        tekst(g, "id", w.id());
        adres(g, w.adres());
        geheel(g, "bouwjaar", w.bouwjaar());
        datum(g, "beginBouwdatum", w.beginBouwdatum());
        datum(g, "eersteIngebruikname", w.eersteIngebruikname());
        datum(g, "datumHuurovereenkomst", w.datumHuurovereenkomst());
        if (w.pandSoort() != null) {
            g.writeStringField("pandsoort", ComplexLezer.pandSoortCode(w.pandSoort()));
        }
        if (w.doelgroep() != null) {
            g.writeStringField("doelgroep", w.doelgroep().code());
        }
        if (!w.monumenten().isEmpty()) {
            g.writeArrayFieldStart("monumenten");
            for (Monument m : Monument.values()) {
                if (w.monumenten().contains(m)) {
                    g.writeString(m.code());
                }
            }
            g.writeEndArray();
        }
        geheel(g, "gebruiksoppervlakte", w.gebruiksoppervlakte());
        if (!w.energieprestaties().isEmpty()) {
            g.writeArrayFieldStart("energieprestaties");
            for (Energieprestatie e : w.energieprestaties()) {
                g.writeStartObject();
                if (e.soort() != null) {
                    g.writeStringField("soort", e.soort().code());
                }
                g.writeBooleanField("definitief", e.definitief());
                datum(g, "begindatum", e.begindatum());
                datum(g, "einddatum", e.einddatum());
                if (e.label() != null) {
                    g.writeStringField("label", e.label().naam());
                }
                getal(g, "waarde", e.waarde());
                if (e.geldigVoorWws() != null) {
                    g.writeBooleanField("geldigVoorWws", e.geldigVoorWws());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!w.energieprestatievergoedingen().isEmpty()) {
            g.writeArrayFieldStart("energieprestatievergoedingen");
            for (Energieprestatievergoeding e : w.energieprestatievergoedingen()) {
                g.writeStartObject();
                datum(g, "begindatum", e.begindatum());
                datum(g, "einddatum", e.einddatum());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!w.wozWaarden().isEmpty()) {
            g.writeArrayFieldStart("wozWaarden");
            for (WozWaarde z : w.wozWaarden()) {
                g.writeStartObject();
                datum(g, "waardepeildatum", z.waardepeildatum());
                getal(g, "vastgesteldeWaarde", z.vastgesteldeWaarde());
                datum(g, "beschikkingsdatum", z.beschikkingsdatum());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        getal(g, "taxatiewaarde", w.taxatiewaarde());
        ruimten(g, w.ruimten());
        if (!w.gehandicaptenvoorzieningen().isEmpty()) {
            g.writeArrayFieldStart("gehandicaptenvoorzieningen");
            for (Gehandicaptenvoorziening v : w.gehandicaptenvoorzieningen()) {
                g.writeStartObject();
                tekst(g, "omschrijving", v.omschrijving());
                getal(g, "kosten", v.kosten());
                getal(g, "subsidie", v.subsidie());
                getal(g, "eigenBijdrage", v.eigenBijdrage());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        zorg(g, w.zorgvoorwaarden());
        huur(g, w.huur());
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
        tekst(g, "woonplaats", a.woonplaats());
        tekst(g, "woonplaatscode", a.woonplaatscode());
        g.writeEndObject();
    }

    private static void ruimten(JsonGenerator g, List<Ruimte> ruimten) throws IOException {
        if (ruimten.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("ruimten");
        for (Ruimte r : ruimten) {
            g.writeStartObject();
            tekst(g, "id", r.id());
            tekst(g, "naam", r.naam());
            if (r.soort() != null) {
                g.writeStringField("soort", r.soort().code());
            }
            if (r.detailsoort() != null) {
                g.writeStringField("detailsoort", r.detailsoort().code());
            }
            getal(g, "oppervlakte", r.oppervlakte());
            getal(g, "lengte", r.lengte());
            getal(g, "breedte", r.breedte());
            getal(g, "hoogte", r.hoogte());
            vlag(g, "verwarmd", r.verwarmd());
            vlag(g, "verkoeld", r.verkoeld());
            geheel(g, "gedeeldMetAdressen", r.gedeeldMetAdressen());
            if (r.aantal() != 1) {
                g.writeNumberField("aantal", r.aantal());
            }
            if (!r.voorzieningen().isEmpty()) {
                g.writeArrayFieldStart("voorzieningen");
                for (Voorziening v : r.voorzieningen()) {
                    g.writeString(v.code());
                }
                g.writeEndArray();
            }
            getallen(g, "aanrechten", r.aanrechten());
            vlag(g, "vasteTrap", r.vasteTrap());
            vlag(g, "vlizotrap", r.vlizotrap());
            if (r.laadpalen() != 0) {
                g.writeNumberField("laadpalen", r.laadpalen());
            }
            getallen(g, "kasten", r.kasten());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void zorg(JsonGenerator g, Zorgvoorwaarden z) throws IOException {
        if (z == null) {
            return;
        }
        g.writeObjectFieldStart("zorg");
        vlag(g, "woongebouw", z.woongebouw());
        getal(g, "smalsteGangbreedteCm", z.smalsteGangbreedteCm());
        getal(g, "hoogsteDrempelCm", z.hoogsteDrempelCm());
        vlag(g, "liftOfHelling", z.liftOfHelling());
        vlag(g, "alarmWoning", z.alarmWoning());
        vlag(g, "alarmComplex", z.alarmComplex());
        vlag(g, "gemeenschappelijkeRuimteInHuurovereenkomst", z.gemeenschappelijkeRuimteInHuurovereenkomst());
        vlag(g, "ruimteInAnderGebouw", z.ruimteInAnderGebouw());
        vlag(g, "binnendoorBereikbaar", z.binnendoorBereikbaar());
        g.writeEndObject();
    }

    private static void huur(JsonGenerator g, Huur h) throws IOException {
        if (h == null) {
            return;
        }
        g.writeObjectFieldStart("huur");
        getal(g, "kaleHuur", h.kaleHuur());
        getal(g, "geplandeHuur", h.geplandeHuur());
        geheel(g, "huishoudgrootte", h.huishoudgrootte());
        getal(g, "huurverhogingPercentage", h.huurverhogingPercentage());
        datum(g, "ingangsdatumHuurverhoging", h.ingangsdatumHuurverhoging());
        getal(g, "servicekosten", h.servicekosten());
        g.writeEndObject();
    }

    private static void ouderen(JsonGenerator g, Ouderenhuisvesting o) throws IOException {
        if (o == null) {
            return;
        }
        g.writeObjectFieldStart("ouderenhuisvesting");
        getal(g, "aandeelBewoners55Plus", o.aandeelBewoners55Plus());
        getal(g, "afstandOntmoetingsruimteM", o.afstandOntmoetingsruimteM());
        vlag(g, "fysiekVerbonden", o.fysiekVerbonden());
        tekst(g, "subsidieronde", o.subsidieronde());
        vlag(g, "corporatie", o.corporatie());
        datum(g, "oplevering", o.oplevering());
        datum(g, "eindeOntmoetingsfunctie", o.eindeOntmoetingsfunctie());
        vlag(g, "exploitatieplan", o.exploitatieplan());
        vlag(g, "winstOpExploitatie", o.winstOpExploitatie());
        vlag(g, "openVoorBuurt", o.openVoorBuurt());
        g.writeEndObject();
    }

    private static void gedeeld(JsonGenerator g, GedeeldeRuimte r) throws IOException {
        g.writeStartObject();
        tekst(g, "id", r.id());
        tekst(g, "naam", r.naam());
        if (r.soort() != null) {
            g.writeStringField("soort", r.soort().code());
        }
        ruimten(g, r.ruimten());
        g.writeFieldName("woningen");
        g.writeArray(r.woningen().toArray(String[]::new), 0, r.woningen().size());
        geheel(g, "aantalAdressen", r.aantalAdressen());
        g.writeEndObject();
    }

    private static void getallen(JsonGenerator g, String veld, List<BigDecimal> waarden) throws IOException {
        if (!waarden.isEmpty()) {
            g.writeArrayFieldStart(veld);
            for (BigDecimal b : waarden) {
                g.writeNumber(b);
            }
            g.writeEndArray();
        }
    }

    private static void geheel(JsonGenerator g, String veld, Integer waarde) throws IOException {
        if (waarde != null) {
            g.writeNumberField(veld, waarde);
        }
    }

    private static void vlag(JsonGenerator g, String veld, Boolean waarde) throws IOException {
        if (waarde != null) {
            g.writeBooleanField(veld, waarde);
        }
    }

    private static void vlag(JsonGenerator g, String veld, boolean waarde) throws IOException {
        if (waarde) {
            g.writeBooleanField(veld, true);
        }
    }
}
