package nl.puntwijs.io.vera;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;

/**
 * Reads VERA {@code EenhedenEenheid} documents (one object or an array of them) into the core model, streaming:
 * the members the model uses are read as they come, everything else is skipped without being decoded. A value that cannot be
 * right (wrong type, negative or absurd number, invalid date) is an error that stops this eenheid from being valued;
 * a value that is merely unknown or missing is a warning. How equipment elements become provisions follows
 * {@code vera-interpretatie.md} §5.
 * <p>
 * Members may come in any order. The messages about an object are reported in the order of its members in the
 * lists below ({@code EENHEID}, {@code RUIMTE}, ...), and a member that is given twice counts once, the last time
 * (as in a JSON tree). Thread-safe.
 */
public final class VeraLezer {

    /** Largest area accepted for one room; anything above is a typing error. */
    static final BigDecimal MAXIMUM_OPPERVLAKTE = BigDecimal.valueOf(10_000);
    /** Largest length, width or height in metres. */
    static final BigDecimal MAXIMUM_MAAT = BigDecimal.valueOf(1_000);
    /** Largest counter length in millimetres. */
    static final BigDecimal MAXIMUM_AANRECHT = BigDecimal.valueOf(100_000);
    /** Largest WOZ value accepted (euro). */
    static final BigDecimal MAXIMUM_WOZ = BigDecimal.valueOf(1_000_000_000L);
    static final int MAXIMUM_ADRESSEN = 100_000;
    /** Longest text read as a number (Jackson's limit for JSON numbers). */
    static final int MAXIMUM_GETAL_TEKENS = 1000;
    /** Largest energie-index or energy figure accepted. */
    static final BigDecimal MAXIMUM_ENERGIEWAARDE = BigDecimal.valueOf(10_000);

    /**
     * Creates the parsers, and renders an offending value in a message as compact JSON. Decimals are kept exactly
     * as written (the peer rounds from their decimal text too; -4.0 stays "-4.0").
     */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** The members of each kind of object that are read, in the order their messages are reported. */
    private static final List<String> EENHEID = List.of("woningwaarderingstelsel", "id", "bouwjaar", "beginBouwdatum",
            "inExploitatiedatum", "datumAfsluitenHuurovereenkomst", "doelgroep", "gebruiksoppervlakte", "adres",
            "panden", "monumenten", "energieprestaties", "prijscomponenten", "wozEenheden", "ruimten");
    private static final List<String> PAND = List.of("soort");
    private static final List<String> CODE = List.of();
    private static final List<String> ENERGIEPRESTATIE = List.of("soort", "label", "waarde", "status", "begindatum",
            "einddatum");
    private static final List<String> PRIJSCOMPONENT = List.of("detailSoort", "begindatum", "einddatum");
    private static final List<String> WOZ_EENHEID = List.of("waardepeildatum", "vastgesteldeWaarde",
            "beschikkingsdatum");
    private static final List<String> RUIMTE = List.of("id", "naam", "soort", "detailSoort", "oppervlakte", "lengte",
            "breedte", "hoogte", "verwarmd", "verkoeld", "gedeeldMetAantalAdressen", "gedeeldMetAantalEenheden",
            "aantal", "installaties", "bouwkundigeElementen", "verbondenRuimten");
    private static final List<String> BOUWKUNDIG_ELEMENT = List.of("detailSoort", "lengte");
    private static final List<String> VERBONDEN_RUIMTE = List.of("detailSoort", "oppervlakte");

    /** One document: either a single eenheid or an array of them. */
    public record Document(boolean lijst, List<GelezenEenheid> eenheden) {
    }

    /** The input is not JSON, or not an object or array of objects. */
    public static final class OngeldigeJson extends Exception {
        private static final long serialVersionUID = 1L;

        public OngeldigeJson(String message) {
            super(message);
        }
    }

    public Document lees(byte[] json) throws OngeldigeJson {
        try (JsonParser p = JSON.createParser(json)) {
            try {
                Document document = lees(p);
                nietsMeer(p);
                return document;
            } catch (NumberFormatException e) {
                throw onleesbaarGetal(p);
            }
        } catch (JsonProcessingException e) {
            throw new OngeldigeJson("geen geldige JSON: " + e.getOriginalMessage() + locatie(e));
        } catch (IOException e) {
            throw new OngeldigeJson("niet te lezen: " + e.getMessage());
        }
    }

    /** Reads an already parsed document (see {@link #boom}), e.g. after checking it is no complex file. */
    public Document lees(JsonNode root) throws OngeldigeJson {
        try (JsonParser p = root.traverse(JSON)) {
            return lees(p);
        } catch (IOException e) {
            throw new OngeldigeJson("niet te lezen: " + e.getMessage());
        }
    }

    /** Reads one eenheid from a parsed tree; {@code prefix} as in an array ("[2].") or "". */
    public GelezenEenheid eenheid(JsonNode node, String prefix) {
        try (JsonParser p = node.traverse(JSON)) {
            p.nextToken();
            return eenheid(p, prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a tree in memory cannot fail to be read
        }
    }

    /**
     * Parses JSON exactly as this reader does (decimals as written), for callers that look at a document before
     * deciding how to read it (a VERA document or a Puntwijs complex file).
     *
     * @throws OngeldigeJson when the input is not JSON or empty
     */
    public static JsonNode boom(byte[] json) throws OngeldigeJson {
        JsonNode root;
        try (JsonParser p = JSON.createParser(json)) {
            try {
                root = JSON.readTree(p);
            } catch (NumberFormatException e) {
                throw onleesbaarGetal(p);
            }
            if (root != null) {
                nietsMeer(p);
            }
        } catch (JsonProcessingException e) {
            throw new OngeldigeJson("geen geldige JSON: " + e.getOriginalMessage() + locatie(e));
        } catch (IOException e) {
            throw new OngeldigeJson("niet te lezen: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new OngeldigeJson("leeg bestand");
        }
        return root;
    }

    /** Jackson throws a NumberFormatException, not a parse error, for an exponent beyond an int ("1e99999999999"). */
    private static OngeldigeJson onleesbaarGetal(JsonParser p) {
        com.fasterxml.jackson.core.JsonLocation plek = p.currentTokenLocation();
        return new OngeldigeJson("geen geldige JSON: onleesbaar getal (regel " + plek.getLineNr() + ", kolom "
                + plek.getColumnNr() + ")");
    }

    /** A second document after the first (one eenheid per line, a stray bracket) is not silently dropped. */
    private static void nietsMeer(JsonParser p) throws IOException, OngeldigeJson {
        if (p.nextToken() != null) {
            com.fasterxml.jackson.core.JsonLocation plek = p.currentTokenLocation();
            throw new OngeldigeJson("geen geldige JSON: na het eerste document volgt nog meer (regel "
                    + plek.getLineNr() + ", kolom " + plek.getColumnNr() + "); zet meerdere eenheden in één lijst [...]");
        }
    }

    private static Document lees(JsonParser p) throws IOException, OngeldigeJson {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new OngeldigeJson("leeg bestand");
        }
        if (t == JsonToken.START_ARRAY) {
            List<GelezenEenheid> lijst = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                lijst.add(eenheid(p, "[" + i + "]."));
            }
            return new Document(true, lijst);
        }
        if (t != JsonToken.START_OBJECT) {
            p.finishToken(); // an unterminated string is malformed JSON rather than a string
            throw new OngeldigeJson("verwacht een eenheid (object) of een lijst van eenheden, niet " + soort(t));
        }
        return new Document(false, List.of(eenheid(p, "")));
    }

    private static String locatie(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNr() + ", kolom "
                + e.getLocation().getColumnNr() + ")";
    }

    /** How a document that is a single value is named in the message. */
    private static String soort(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "tekst";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "een getal";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> "NULL"; // only null is left
        };
    }

    /**
     * Reads one eenheid, the parser on its first token.
     *
     * @param prefix path prefix for messages ("" for a single document, "[2]." inside an array)
     */
    private static GelezenEenheid eenheid(JsonParser p, String prefix) throws IOException {
        Meldingen m = new Meldingen();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            m.fout("", json(p), "is geen eenheid (object)");
            return m.gelezen(null, EENHEID, prefix);
        }
        String id = null;
        Integer bouwjaar = null;
        LocalDate beginBouw = null;
        LocalDate inExploitatie = null;
        LocalDate huurovereenkomst = null;
        Doelgroep doelgroep = null;
        Integer gebruiksoppervlakte = null;
        Adres adres = null;
        PandSoort pandSoort = null;
        Set<Monument> monumenten = null;
        List<Energieprestatie> energieprestaties = List.of();
        List<Energieprestatievergoeding> epv = List.of();
        List<WozWaarde> woz = List.of();
        List<Ruimte> ruimten = List.of();
        String lid;
        while ((lid = volgendLid(p, m)) != null) {
            switch (lid) {
                case "woningwaarderingstelsel" -> stelsel(p, m, lid);
                case "id" -> id = tekst(p, m, lid);
                case "bouwjaar" -> bouwjaar = geheel(p, m, lid, 1000, 2200);
                case "beginBouwdatum" -> beginBouw = datum(p, m, lid);
                case "inExploitatiedatum" -> inExploitatie = datum(p, m, lid);
                case "datumAfsluitenHuurovereenkomst" -> huurovereenkomst = datum(p, m, lid);
                case "doelgroep" -> doelgroep = bekend(p, m, lid, Doelgroep::vanCode,
                        "is een onbekende doelgroep; genegeerd");
                case "gebruiksoppervlakte" -> gebruiksoppervlakte = geheel(p, m, lid, 0, 1_000_000);
                case "adres" -> adres = adres(p, m, lid);
                case "panden" -> pandSoort = pandSoort(lijst(p, m, lid, PAND, VeraLezer::pand));
                case "monumenten" -> monumenten = p.currentToken() == JsonToken.VALUE_NULL ? null
                        : monumenten(lijst(p, m, lid, CODE, VeraLezer::monument));
                case "energieprestaties" -> energieprestaties = lijst(p, m, lid, ENERGIEPRESTATIE,
                        VeraLezer::energieprestatie);
                case "prijscomponenten" -> epv = lijst(p, m, lid, PRIJSCOMPONENT, VeraLezer::energieprestatievergoeding);
                case "wozEenheden" -> woz = lijst(p, m, lid, WOZ_EENHEID, VeraLezer::wozWaarde);
                case "ruimten" -> ruimten = lijst(p, m, lid, RUIMTE, VeraLezer::ruimte);
                default -> p.skipChildren();
            }
        }
        if (monumenten == null) {
            m.waarschuw("monumenten", null, "ontbreekt; geen monument aangenomen");
            monumenten = Set.of();
        }
        Eenheid eenheid = new Eenheid(id, adres, bouwjaar, beginBouw, inExploitatie, huurovereenkomst, pandSoort,
                monumenten, doelgroep, gebruiksoppervlakte, energieprestaties, epv, woz, null, ruimten, List.of(), null,
                null);
        return m.gelezen(eenheid, EENHEID, prefix);
    }

    private static void stelsel(JsonParser p, Meldingen m, String lid) throws IOException {
        String stelsel = code(p, m, lid);
        if (stelsel != null && !stelsel.equals("ZEL")) {
            m.fout(lid + ".code", stelsel, "wordt niet ondersteund; alleen ZEL (zelfstandige woonruimte)");
        }
    }

    private static Adres adres(JsonParser p, Meldingen m, String lid) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            m.waarschuw(lid, json(p), "is geen object; genegeerd");
            return null;
        }
        String straatnaam = null;
        String huisnummer = null;
        String toevoeging = null;
        String postcode = null;
        Woonplaats woonplaats = Woonplaats.GEEN;
        String veld;
        while ((veld = volgendLid(p)) != null) {
            switch (veld) {
                case "straatnaam" -> straatnaam = leeg(tekst(p, m, lid + "." + veld));
                case "huisnummer" -> huisnummer = leeg(tekst(p, m, lid + "." + veld));
                case "huisnummerToevoeging" -> toevoeging = leeg(tekst(p, m, lid + "." + veld));
                case "postcode" -> postcode = leeg(tekst(p, m, lid + "." + veld));
                case "woonplaats" -> woonplaats = woonplaats(p, m, lid + ".woonplaats");
                default -> p.skipChildren();
            }
        }
        return straatnaam == null && huisnummer == null && postcode == null && woonplaats.naam() == null
                && woonplaats.code() == null ? null
                : new Adres(straatnaam, huisnummer, toevoeging, postcode, woonplaats.naam(), woonplaats.code());
    }

    private record Woonplaats(String naam, String code) {
        static final Woonplaats GEEN = new Woonplaats(null, null);
    }

    private static Woonplaats woonplaats(JsonParser p, Meldingen m, String pad) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Woonplaats.GEEN;
        }
        if (t != JsonToken.START_OBJECT) {
            m.waarschuw(pad, json(p), "is geen object {naam, code}; genegeerd");
            return Woonplaats.GEEN;
        }
        String naam = null;
        String code = null;
        String veld;
        while ((veld = volgendLid(p)) != null) {
            switch (veld) {
                case "naam" -> naam = leeg(tekst(p, m, pad + "." + veld));
                case "code" -> code = leeg(tekst(p, m, pad + "." + veld));
                default -> p.skipChildren();
            }
        }
        return new Woonplaats(naam, code);
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A pand: the code of its soort. */
    private static String pand(JsonParser p, Meldingen m) throws IOException {
        String code = null;
        if (p.currentToken() != JsonToken.START_OBJECT && p.currentToken() != JsonToken.VALUE_NULL) {
            m.waarschuw("", json(p), "is geen pand (object); genegeerd");
            return null;
        }
        if (isObject(p)) {
            String lid;
            while ((lid = volgendLid(p, m)) != null) {
                if (lid.equals("soort")) {
                    code = code(p, m, lid);
                } else {
                    p.skipChildren();
                }
            }
        }
        if (code != null && !code.equals("EGW") && !code.equals("MGW")) {
            m.waarschuw("soort.code", code, "is geen pandsoort EGW of MGW; genegeerd");
        }
        return code;
    }

    /** A meergezins pand anywhere makes the eenheid meergezins. */
    private static PandSoort pandSoort(List<String> codes) {
        return codes.contains("MGW") ? PandSoort.MEERGEZINS : codes.contains("EGW") ? PandSoort.EENGEZINS : null;
    }

    private static Set<Monument> monumenten(List<Monument> lijst) {
        Set<Monument> monumenten = EnumSet.noneOf(Monument.class);
        monumenten.addAll(lijst);
        return monumenten;
    }

    private static Monument monument(JsonParser p, Meldingen m) throws IOException {
        return codeElement(p, m, Monument::vanCode, "is een onbekende monumentstatus; genegeerd");
    }

    private static Energieprestatie energieprestatie(JsonParser p, Meldingen m) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            m.fout("", json(p), "is geen object");
            return null;
        }
        EnergieprestatieSoort soort = null;
        Energielabel label = null;
        BigDecimal waarde = null;
        String status = null;
        Boolean geldigVoorWws = null;
        LocalDate begindatum = null;
        LocalDate einddatum = null;
        String lid;
        while ((lid = volgendLid(p, m)) != null) {
            switch (lid) {
                case "soort" -> soort = bekend(p, m, lid, EnergieprestatieSoort::vanCode,
                        "is geen soort energieprestatie die meetelt; record genegeerd");
                case "label" -> label = label(p, m, lid);
                case "waarde" -> waarde = energieIndex(p, m, lid);
                case "status" -> status = code(p, m, lid);
                case "geldigVoorWws" -> geldigVoorWws = vlagOfNull(p);
                case "begindatum" -> begindatum = datum(p, m, lid);
                case "einddatum" -> einddatum = datum(p, m, lid);
                default -> p.skipChildren();
            }
        }
        return new Energieprestatie(soort, "DEF".equals(status), begindatum, einddatum, label, waarde, geldigVoorWws);
    }

    /**
     * The label by its code, else by its name. The label object is the one value read as a (small) tree, so that
     * one that is not understood can be reported as written.
     */
    private static Energielabel label(JsonParser p, Meldingen m, String lid) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            m.waarschuw(lid, json(p), "is geen referentiedata-object {code, naam}; record genegeerd");
            return null;
        }
        JsonNode label = JSON.readTree(p);
        Energielabel gelezen = Energielabel.lees(label.path("code").asText(null))
                .or(() -> Energielabel.lees(label.path("naam").asText(null))).orElse(null);
        if (gelezen == null) {
            m.waarschuw(lid, label.toString(), "is geen bekend energielabel; record genegeerd");
        }
        return gelezen;
    }

    private static BigDecimal energieIndex(JsonParser p, Meldingen m, String lid) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (getalOfNull(p) == null) {
            m.waarschuw(lid, json(p), "is geen getal; energie-index genegeerd");
            return null;
        }
        return getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_ENERGIEWAARDE);
    }

    /** A prijscomponent counts only as an energieprestatievergoeding (EPV); of others not even the dates are read. */
    private static Energieprestatievergoeding energieprestatievergoeding(JsonParser p, Meldingen m)
            throws IOException {
        String soort = null;
        LocalDate begindatum = null;
        LocalDate einddatum = null;
        if (p.currentToken() != JsonToken.START_OBJECT && p.currentToken() != JsonToken.VALUE_NULL) {
            m.waarschuw("", json(p), "is geen prijscomponent (object); genegeerd");
            return null;
        }
        if (isObject(p)) {
            String lid;
            while ((lid = volgendLid(p, m)) != null) {
                switch (lid) {
                    case "detailSoort" -> soort = code(p, m, lid);
                    case "begindatum" -> begindatum = datum(p, m, lid);
                    case "einddatum" -> einddatum = datum(p, m, lid);
                    default -> p.skipChildren();
                }
            }
        }
        if (!"EPV".equals(soort)) {
            m.vergeet("begindatum");
            m.vergeet("einddatum");
            return null;
        }
        return new Energieprestatievergoeding(begindatum, einddatum);
    }

    /** A WOZ value needs its waardepeildatum; without one its beschikkingsdatum is not read. */
    private static WozWaarde wozWaarde(JsonParser p, Meldingen m) throws IOException {
        LocalDate waardepeildatum = null;
        BigDecimal waarde = null;
        LocalDate beschikkingsdatum = null;
        if (isObject(p)) {
            String lid;
            while ((lid = volgendLid(p, m)) != null) {
                switch (lid) {
                    case "waardepeildatum" -> waardepeildatum = datum(p, m, lid);
                    case "vastgesteldeWaarde" -> waarde = getal(p, m, lid, BigDecimal.ONE, MAXIMUM_WOZ);
                    case "beschikkingsdatum" -> beschikkingsdatum = datum(p, m, lid);
                    default -> p.skipChildren();
                }
            }
        }
        if (waardepeildatum == null) {
            m.vergeet("beschikkingsdatum");
            m.waarschuw("waardepeildatum", null, "ontbreekt; WOZ-waarde genegeerd");
            return null;
        }
        return new WozWaarde(waardepeildatum, waarde, beschikkingsdatum);
    }

    private static Ruimte ruimte(JsonParser p, Meldingen m) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            m.fout("", json(p), "is geen ruimte (object)");
            return null;
        }
        String id = null;
        String naam = null;
        RuimteSoort soort = null;
        Detailsoort detailsoort = null;
        BigDecimal oppervlakte = null;
        BigDecimal lengte = null;
        BigDecimal breedte = null;
        BigDecimal hoogte = null;
        boolean verwarmd = false;
        boolean verkoeld = false;
        Integer gedeeld = null;
        Integer gedeeldOud = null;
        Integer aantal = null;
        List<Voorziening> installaties = List.of();
        List<Element> elementen = List.of();
        List<BigDecimal> kasten = List.of();
        String lid;
        while ((lid = volgendLid(p, m)) != null) {
            switch (lid) {
                case "id" -> id = tekst(p, m, lid);
                case "naam" -> naam = tekst(p, m, lid);
                case "soort" -> soort = bekend(p, m, lid, RuimteSoort::vanCode,
                        "is een onbekende ruimtesoort; ruimte niet ingedeeld");
                case "detailSoort" -> detailsoort = bekend(p, m, lid, Detailsoort::vanCode,
                        "is een onbekende ruimtedetailsoort; ruimte niet gewaardeerd");
                case "oppervlakte" -> oppervlakte = getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_OPPERVLAKTE);
                case "lengte" -> lengte = getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_MAAT);
                case "breedte" -> breedte = getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_MAAT);
                case "hoogte" -> hoogte = getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_MAAT);
                case "verwarmd" -> verwarmd = vlag(p, m, lid);
                case "verkoeld" -> verkoeld = vlag(p, m, lid);
                case "gedeeldMetAantalAdressen" -> gedeeld = geheel(p, m, lid, 0, MAXIMUM_ADRESSEN);
                case "gedeeldMetAantalEenheden" -> gedeeldOud = geheel(p, m, lid, 0, MAXIMUM_ADRESSEN);
                case "aantal" -> aantal = geheel(p, m, lid, 0, MAXIMUM_ADRESSEN);
                case "installaties" -> installaties = lijst(p, m, lid, CODE, VeraLezer::installatie);
                case "bouwkundigeElementen" -> elementen = lijst(p, m, lid, BOUWKUNDIG_ELEMENT, VeraLezer::element);
                case "verbondenRuimten" -> kasten = lijst(p, m, lid, VERBONDEN_RUIMTE, VeraLezer::kast);
                default -> p.skipChildren();
            }
        }
        if (gedeeld != null) {
            m.vergeet("gedeeldMetAantalEenheden"); // the deprecated name counts only without the current one
        } else {
            gedeeld = gedeeldOud;
        }
        return new Ruimte(id, naam, soort, detailsoort, oppervlakte, lengte, breedte, hoogte, verwarmd, verkoeld,
                gedeeld, aantal == null ? 1 : aantal, voorzieningen(installaties, elementen), aanrechten(elementen),
                telt(elementen, "TRA") > 0, telt(elementen, "VTR") > 0, telt(elementen, "LAA"), kasten);
    }

    private static Voorziening installatie(JsonParser p, Meldingen m) throws IOException {
        return codeElement(p, m, Voorziening::vanCode, "is een onbekende installatie; genegeerd");
    }

    /**
     * A bouwkundig element in a room.
     *
     * @param code   its detailSoort code
     * @param lengte the length in mm of a counter ({@code AAN}); null for other elements
     */
    private record Element(String code, BigDecimal lengte) {
    }

    /** An element; null (with a warning) without a detailSoort, or for a counter without a length. */
    private static Element element(JsonParser p, Meldingen m) throws IOException {
        String code = null;
        BigDecimal lengte = null;
        if (isObject(p)) {
            String lid;
            while ((lid = volgendLid(p, m)) != null) {
                switch (lid) {
                    case "detailSoort" -> code = code(p, m, lid);
                    case "lengte" -> lengte = getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_AANRECHT);
                    default -> p.skipChildren();
                }
            }
        }
        boolean aanrecht = "AAN".equals(code);
        if (!aanrecht) {
            m.vergeet("lengte"); // only a counter's length is read
            lengte = null;
        }
        if (code == null) {
            m.waarschuw("detailSoort", null, "ontbreekt; element genegeerd");
            return null;
        }
        if (aanrecht && lengte == null) {
            m.waarschuw("lengte", null, "ontbreekt; aanrecht genegeerd");
            return null;
        }
        return new Element(code, lengte);
    }

    /**
     * The room's installaties, then the provisions its elements stand for: an element counts unless the room's own
     * installaties already list that provision (two bath elements are two baths, a bath element beside a bath
     * installatie is none; vera-interpretatie §5).
     */
    private static List<Voorziening> voorzieningen(List<Voorziening> installaties, List<Element> elementen) {
        List<Voorziening> voorzieningen = new ArrayList<>(installaties);
        for (Element e : elementen) {
            Voorziening v = switch (e.code()) {
                case "WAS", "FON" -> Voorziening.WASTAFEL;
                case "DOU" -> Voorziening.DOUCHE;
                case "BAD" -> Voorziening.BAD;
                case "KAS" -> Voorziening.KASTRUIMTE;
                case "CLO" -> Voorziening.STAAND_TOILET;
                default -> null; // counters, stairs, chargers below; radiators, boilers, doors... change nothing
            };
            if (v != null && !installaties.contains(v)) {
                voorzieningen.add(v);
            }
        }
        return voorzieningen;
    }

    private static List<BigDecimal> aanrechten(List<Element> elementen) {
        List<BigDecimal> aanrechten = new ArrayList<>(1);
        for (Element e : elementen) {
            if (e.code().equals("AAN")) {
                aanrechten.add(e.lengte());
            }
        }
        return aanrechten;
    }

    private static int telt(List<Element> elementen, String code) {
        int n = 0;
        for (Element e : elementen) {
            if (e.code().equals(code)) {
                n++;
            }
        }
        return n;
    }

    /** A connected room: the area of a fixed cupboard (detailSoort KAS); null for any other room. */
    private static BigDecimal kast(JsonParser p, Meldingen m) throws IOException {
        String code = null;
        BigDecimal oppervlakte = null;
        if (p.currentToken() != JsonToken.START_OBJECT && p.currentToken() != JsonToken.VALUE_NULL) {
            m.waarschuw("", json(p), "is geen ruimte (object); genegeerd");
            return null;
        }
        if (isObject(p)) {
            String lid;
            while ((lid = volgendLid(p, m)) != null) {
                switch (lid) {
                    case "detailSoort" -> code = code(p, m, lid);
                    case "oppervlakte" -> oppervlakte = getal(p, m, lid, BigDecimal.ZERO, MAXIMUM_OPPERVLAKTE);
                    default -> p.skipChildren();
                }
            }
        }
        if (!"KAS".equals(code)) {
            m.vergeet("oppervlakte");
            return null;
        }
        return oppervlakte;
    }

    // ---- reading values: the parser is on the value's first token and is left at the value's end ----

    /** Reads one element of a list, the parser on its first token; null to leave it out. */
    @FunctionalInterface
    private interface ElementLezer<T> {
        T lees(JsonParser p, Meldingen m) throws IOException;
    }

    /**
     * The elements of a list; JSON null is an empty list, any other value that is not an array an error.
     *
     * @param leden the members of an element, in the order of their messages
     */
    private static <T> List<T> lijst(JsonParser p, Meldingen m, String lid, List<String> leden, ElementLezer<T> lezer)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            m.fout(lid, json(p), "is geen lijst");
            return List.of();
        }
        List<T> lijst = new ArrayList<>();
        Meldingen element = new Meldingen();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            T waarde = lezer.lees(p, element);
            if (waarde != null) {
                lijst.add(waarde);
            }
            element.naar(m, leden, lid, i);
        }
        return lijst;
    }

    /** Moves to the value of the next member of an object and returns its name; null at the end of the object. */
    private static String volgendLid(JsonParser p) throws IOException {
        String lid = p.nextFieldName();
        if (lid != null) {
            p.nextToken();
        }
        return lid;
    }

    /** As {@link #volgendLid(JsonParser)}; what was said about an earlier occurrence of the member is forgotten. */
    private static String volgendLid(JsonParser p, Meldingen m) throws IOException {
        String lid = volgendLid(p);
        if (lid != null) {
            m.vergeet(lid);
        }
        return lid;
    }

    /** Whether the value is an object; any other value is skipped. */
    private static boolean isObject(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        p.skipChildren();
        return false;
    }

    /** The value as compact JSON, for a message; an object or array is read to its end. */
    private static String json(JsonParser p) throws IOException {
        JsonNode waarde = JSON.readTree(p);
        return waarde.toString();
    }

    /** A scalar as text, the way {@code JsonNode.asText(null)} gives it: "" for an object or array (skipped). */
    private static String alsTekst(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue().toString();
            case START_OBJECT, START_ARRAY -> {
                p.skipChildren();
                yield "";
            }
            default -> p.getText();
        };
    }

    private static String tekst(JsonParser p, Meldingen m, String lid) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t.isNumeric() || t == JsonToken.VALUE_NULL) {
            return alsTekst(p);
        }
        m.waarschuw(lid, json(p), "is geen tekst; genegeerd");
        return null;
    }

    /**
     * The code of a referentiedata object {code, naam}; null, with a warning, when it is not such an object or its
     * code is missing or blank.
     *
     * @param pad the path of the object ("" for an element of a list)
     */
    private static String code(JsonParser p, Meldingen m, String pad) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            m.waarschuw(pad, json(p), "is geen referentiedata-object {code, naam}; genegeerd");
            return null;
        }
        String code = null;
        String geschreven = null; // an unusable code as written
        String lid;
        while ((lid = volgendLid(p)) != null) {
            if (!lid.equals("code")) {
                p.skipChildren();
            } else if (p.currentToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                code = p.getText();
                geschreven = null;
            } else {
                code = null;
                geschreven = json(p);
            }
        }
        if (code == null) {
            m.waarschuw(pad.isEmpty() ? "code" : pad + ".code", geschreven, "ontbreekt of is leeg; genegeerd");
        }
        return code;
    }

    /** A referentiedata object whose code must be known; an unknown code is a warning. */
    private static <T> T bekend(JsonParser p, Meldingen m, String lid, Function<String, Optional<T>> vanCode,
                                String onbekend) throws IOException {
        String code = code(p, m, lid);
        return code == null ? null : bekend(code, m, lid + ".code", vanCode, onbekend);
    }

    /** An element of monumenten or installaties: a referentiedata object, or just its code. */
    private static <T> T codeElement(JsonParser p, Meldingen m, Function<String, Optional<T>> vanCode,
                                     String onbekend) throws IOException {
        String code = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : code(p, m, "");
        return code == null ? null : bekend(code, m, "code", vanCode, onbekend);
    }

    private static <T> T bekend(String code, Meldingen m, String pad, Function<String, Optional<T>> vanCode,
                                String onbekend) {
        T waarde = vanCode.apply(code).orElse(null);
        if (waarde == null) {
            m.waarschuw(pad, code, onbekend);
        }
        return waarde;
    }

    /** A number as written: a JSON number exactly, or a numeric string; null for anything else. */
    private static BigDecimal getalOfNull(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t.isNumeric()) {
            return p.getDecimalValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            String tekst = p.getText().strip();
            if (tekst.length() > MAXIMUM_GETAL_TEKENS) {
                return null; // parsing megabytes of digits takes minutes; JSON numbers have the same limit
            }
            try {
                return new BigDecimal(tekst);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A number between {@code min} and {@code max}; numeric strings are accepted. */
    private static BigDecimal getal(JsonParser p, Meldingen m, String lid, BigDecimal min, BigDecimal max)
            throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        BigDecimal g = getalOfNull(p);
        if (g == null) {
            m.fout(lid, json(p), "is geen getal");
            return null;
        }
        if (g.signum() < 0 && min.signum() >= 0) {
            m.fout(lid, Getallen.tekst(g), "is negatief");
            return null;
        }
        if (g.compareTo(min) < 0) {
            m.fout(lid, Getallen.tekst(g), "is kleiner dan " + min.toPlainString());
            return null;
        }
        if (g.compareTo(max) > 0) {
            m.fout(lid, Getallen.tekst(g), "is onwaarschijnlijk groot (meer dan " + max.toPlainString() + ")");
            return null;
        }
        BigDecimal begrensd = Getallen.begrensd(g);
        if (begrensd == null) {
            m.fout(lid, Getallen.tekst(g), "is onwaarschijnlijk klein (meer dan " + Getallen.DECIMALEN + " decimalen)");
        }
        return begrensd;
    }

    private static Integer geheel(JsonParser p, Meldingen m, String lid, int min, int max) throws IOException {
        BigDecimal g = getal(p, m, lid, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        if (g == null) {
            return null;
        }
        if (getalOfNull(p).stripTrailingZeros().scale() > 0) {
            m.fout(lid, json(p), "is geen geheel getal");
            return null;
        }
        return g.intValueExact();
    }

    private static boolean vlag(JsonParser p, Meldingen m, String lid) throws IOException {
        JsonToken t = p.currentToken();
        if (t.isBoolean()) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t != JsonToken.VALUE_NULL) {
            m.fout(lid, json(p), "is geen true of false");
        }
        return false;
    }

    /** true or false; null for anything else (skipped without a message). */
    private static Boolean vlagOfNull(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        p.skipChildren();
        return t.isBoolean() ? t == JsonToken.VALUE_TRUE : null;
    }

    /** ISO date; a date-time (with offset) counts by its date part. No value but a string reads as a date. */
    private static LocalDate datum(JsonParser p, Meldingen m, String lid) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            String d = p.getText().strip();
            try {
                return isoDatum(d.length() > 10 && d.charAt(10) == 'T' ? d.substring(0, 10) : d);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        m.fout(lid, json(p), "is geen datum (JJJJ-MM-DD)");
        return null;
    }

    /** {@link LocalDate#parse}, with a short cut for the usual JJJJ-MM-DD (inputs carry many dates). */
    private static LocalDate isoDatum(String d) {
        if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
            int jaar = cijfers(d, 0, 4);
            int maand = cijfers(d, 5, 7);
            int dag = cijfers(d, 8, 10);
            if (jaar >= 0 && maand >= 0 && dag >= 0) {
                return LocalDate.of(jaar, maand, dag);
            }
        }
        return LocalDate.parse(d);
    }

    /** The number written in ASCII digits from {@code van} to {@code tot}; -1 when there is another character. */
    private static int cijfers(String s, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The errors and warnings about one object, each with its path relative to that object. A path begins with the
     * member it is about ("" for the object itself), which is what orders and forgets them.
     */
    private static final class Meldingen {
        private List<Invoerfout> fouten;
        private List<Invoerfout> waarschuwingen;

        void fout(String pad, String waarde, String reden) {
            if (fouten == null) {
                fouten = new ArrayList<>(2);
            }
            fouten.add(new Invoerfout(pad, waarde, reden));
        }

        void waarschuw(String pad, String waarde, String reden) {
            if (waarschuwingen == null) {
                waarschuwingen = new ArrayList<>(2);
            }
            waarschuwingen.add(new Invoerfout(pad, waarde, reden));
        }

        /** Drops the messages about member {@code lid}: it is given again, or turns out not to be read. */
        void vergeet(String lid) {
            if (fouten != null) {
                fouten.removeIf(f -> lid(f).equals(lid));
            }
            if (waarschuwingen != null) {
                waarschuwingen.removeIf(f -> lid(f).equals(lid));
            }
        }

        /** Moves the messages about element {@code index} of list {@code lijst} to the object holding the list. */
        void naar(Meldingen ouder, List<String> leden, String lijst, int index) {
            if (fouten == null && waarschuwingen == null) {
                return;
            }
            String pad = lijst + "[" + index + "]";
            for (Invoerfout f : geordend(fouten, leden)) {
                ouder.fout(f.pad().isEmpty() ? pad : pad + "." + f.pad(), f.waarde(), f.reden());
            }
            for (Invoerfout w : geordend(waarschuwingen, leden)) {
                ouder.waarschuw(w.pad().isEmpty() ? pad : pad + "." + w.pad(), w.waarde(), w.reden());
            }
            fouten = null;
            waarschuwingen = null;
        }

        /** The eenheid with these messages; no eenheid when there are errors. */
        GelezenEenheid gelezen(Eenheid eenheid, List<String> leden, String prefix) {
            List<Invoerfout> f = metPrefix(geordend(fouten, leden), prefix);
            List<Invoerfout> w = metPrefix(geordend(waarschuwingen, leden), prefix);
            return new GelezenEenheid(f.isEmpty() ? eenheid : null, f, w);
        }

        private static List<Invoerfout> geordend(List<Invoerfout> lijst, List<String> leden) {
            if (lijst == null) {
                return List.of();
            }
            lijst.sort(Comparator.comparingInt(f -> leden.indexOf(lid(f))));
            return lijst;
        }

        private static List<Invoerfout> metPrefix(List<Invoerfout> lijst, String prefix) {
            return prefix.isEmpty() ? lijst
                    : lijst.stream().map(f -> new Invoerfout(prefix + f.pad(), f.waarde(), f.reden())).toList();
        }

        /** The member a message is about: its path up to the first '.' or '['. */
        private static String lid(Invoerfout f) {
            String pad = f.pad();
            for (int i = 0; i < pad.length(); i++) {
                char c = pad.charAt(i);
                if (c == '.' || c == '[') {
                    return pad.substring(0, i);
                }
            }
            return pad;
        }
    }
}
