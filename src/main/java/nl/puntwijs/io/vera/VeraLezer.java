package nl.puntwijs.io.vera;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * Reads VERA {@code EenhedenEenheid} documents (one object or an array of them) into the core model.
 * Unknown properties are ignored. A value that cannot be right (wrong type, negative or absurd number,
 * invalid date) is an error that stops this eenheid from being valued; a value that is merely unknown or
 * missing is a warning. How equipment elements become provisions follows {@code vera-interpretatie.md} §5.
 * Thread-safe.
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
     * Decimals are read exactly as written (the peer rounds from their decimal text too). A field that occurs twice
     * in one object is an error, not "the last one wins" without a word.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

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
        return lees(boom(json));
    }

    /**
     * Parses JSON exactly as this reader does (decimals as written), for callers that look at a document before
     * deciding how to read it (a VERA document or a Puntwijs complex file).
     *
     * @throws OngeldigeJson when the input is not JSON or empty
     */
    public static JsonNode boom(byte[] json) throws OngeldigeJson {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(json)) {
            try {
                root = JSON.readTree(parser);
            } catch (NumberFormatException e) {
                // Jackson throws this, not a parse exception, for an exponent beyond an int ("1e99999999999")
                JsonLocation plek = parser.currentTokenLocation();
                throw new OngeldigeJson("geen geldige JSON: onleesbaar getal (regel " + plek.getLineNr() + ", kolom "
                        + plek.getColumnNr() + ")");
            }
            // a second document after the first (one eenheid per line, or a stray bracket) is not silently dropped
            if (root != null && parser.nextToken() != null) {
                JsonLocation plek = parser.currentTokenLocation();
                throw new OngeldigeJson("geen geldige JSON: na het eerste document volgt nog meer (regel "
                        + plek.getLineNr() + ", kolom " + plek.getColumnNr() + "); zet meerdere eenheden in één lijst [...]");
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

    /** Reads an already parsed document (see {@link #boom}). */
    public Document lees(JsonNode root) throws OngeldigeJson {
        if (root.isArray()) {
            List<GelezenEenheid> lijst = new ArrayList<>(root.size());
            for (int i = 0; i < root.size(); i++) {
                lijst.add(eenheid(root.get(i), "[" + i + "]."));
            }
            return new Document(true, lijst);
        }
        if (!root.isObject()) {
            throw new OngeldigeJson("verwacht een eenheid (object) of een lijst van eenheden, niet " + soort(root));
        }
        return new Document(false, List.of(eenheid(root, "")));
    }

    private static String locatie(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNr() + ", kolom "
                + e.getLocation().getColumnNr() + ")";
    }

    /**
     * Reads one eenheid.
     *
     * @param prefix path prefix for messages ("" for a single document, "[2]." inside an array)
     */
    public GelezenEenheid eenheid(JsonNode node, String prefix) {
        Lezing l = new Lezing(prefix);
        if (node == null || !node.isObject()) {
            l.fout("", node == null ? null : node.toString(), "is geen eenheid (object)");
            return new GelezenEenheid(null, l.fouten, l.waarschuwingen);
        }
        String stelsel = l.code(node, "woningwaarderingstelsel");
        if (stelsel != null && !stelsel.equals("ZEL")) {
            l.fout("woningwaarderingstelsel.code", stelsel, "wordt niet ondersteund; alleen ZEL (zelfstandige woonruimte)");
        }
        String id = l.tekst(node, "id");
        Integer bouwjaar = l.geheel(node, "bouwjaar", 1000, 2200);
        LocalDate beginBouw = l.datum(node, "beginBouwdatum");
        LocalDate inExploitatie = l.datum(node, "inExploitatiedatum");
        LocalDate huurovereenkomst = l.datum(node, "datumAfsluitenHuurovereenkomst");
        Doelgroep doelgroep = null;
        String doelgroepCode = l.code(node, "doelgroep");
        if (doelgroepCode != null) {
            doelgroep = Doelgroep.vanCode(doelgroepCode).orElse(null);
            if (doelgroep == null) {
                l.waarschuw("doelgroep.code", doelgroepCode, "is een onbekende doelgroep; genegeerd");
            }
        }
        Integer gebruiksoppervlakte = l.geheel(node, "gebruiksoppervlakte", 0, 1_000_000);
        Eenheid eenheid = new Eenheid(id, adres(node.get("adres"), l), bouwjaar, beginBouw, inExploitatie,
                huurovereenkomst, panden(node, l), monumenten(node, l), doelgroep, gebruiksoppervlakte,
                energieprestaties(node, l), epv(node, l), woz(node, l), null, ruimten(node, l), List.of(), null, null);
        return new GelezenEenheid(l.fouten.isEmpty() ? eenheid : null, l.fouten, l.waarschuwingen);
    }

    private static Adres adres(JsonNode n, Lezing l) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            l.waarschuw("adres", n.toString(), "is geen object; genegeerd");
            return null;
        }
        JsonNode wp = n.get("woonplaats");
        String woonplaats = null;
        String code = null;
        if (wp != null && wp.isObject()) {
            woonplaats = leeg(l.tekst(wp, "adres.woonplaats", "naam"));
            code = leeg(l.tekst(wp, "adres.woonplaats", "code"));
        } else if (wp != null && !wp.isNull()) {
            l.waarschuw("adres.woonplaats", wp.toString(), "is geen object {naam, code}; genegeerd");
        }
        Adres a = new Adres(leeg(l.tekst(n, "adres", "straatnaam")), leeg(l.tekst(n, "adres", "huisnummer")),
                leeg(l.tekst(n, "adres", "huisnummerToevoeging")), leeg(l.tekst(n, "adres", "postcode")), woonplaats,
                code);
        return a.straatnaam() == null && a.huisnummer() == null && a.postcode() == null && woonplaats == null
                && code == null ? null : a;
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static PandSoort panden(JsonNode node, Lezing l) {
        JsonNode panden = l.lijst(node, "panden");
        PandSoort soort = null;
        for (int i = 0; i < panden.size(); i++) {
            if (!panden.get(i).isObject()) {
                l.waarschuw("panden[" + i + "]", panden.get(i).toString(), "is geen pand (object); genegeerd");
                continue;
            }
            String code = l.code(panden.get(i), "panden[" + i + "]", "soort");
            if ("MGW".equals(code)) {
                soort = PandSoort.MEERGEZINS;
            } else if ("EGW".equals(code) && soort == null) {
                soort = PandSoort.EENGEZINS;
            } else if (code != null && !code.equals("EGW")) {
                l.waarschuw("panden[" + i + "].soort.code", code, "is geen pandsoort EGW of MGW; genegeerd");
            }
        }
        return soort;
    }

    private static Set<Monument> monumenten(JsonNode node, Lezing l) {
        JsonNode lijst = node.get("monumenten");
        if (lijst == null || lijst.isNull()) {
            l.waarschuw("monumenten", null, "ontbreekt; geen monument aangenomen");
            return Set.of();
        }
        Set<Monument> set = EnumSet.noneOf(Monument.class);
        JsonNode items = l.lijst(node, "monumenten");
        for (int i = 0; i < items.size(); i++) {
            JsonNode m = items.get(i);
            String code = m.isTextual() ? m.asText() : l.code(m, "monumenten[" + i + "]", null);
            if (code == null) {
                continue;
            }
            Monument monument = Monument.vanCode(code).orElse(null);
            if (monument != null) {
                set.add(monument);
            } else {
                l.waarschuw("monumenten[" + i + "].code", code, "is een onbekende monumentstatus; genegeerd");
            }
        }
        return set;
    }

    private static List<Energieprestatie> energieprestaties(JsonNode node, Lezing l) {
        JsonNode lijst = l.lijst(node, "energieprestaties");
        List<Energieprestatie> uit = new ArrayList<>(lijst.size());
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode p = lijst.get(i);
            String pad = "energieprestaties[" + i + "]";
            if (!p.isObject()) {
                l.fout(pad, p.toString(), "is geen object");
                continue;
            }
            String soortCode = l.code(p, pad, "soort");
            EnergieprestatieSoort soort = null;
            if (soortCode != null) {
                soort = EnergieprestatieSoort.vanCode(soortCode).orElse(null);
                if (soort == null) {
                    l.waarschuw(pad + ".soort.code", soortCode, "is geen soort energieprestatie die meetelt; record genegeerd");
                }
            }
            Energielabel label = null;
            JsonNode labelNode = p.get("label");
            if (labelNode != null && labelNode.isObject()) {
                label = Energielabel.lees(labelNode.path("code").asText(null))
                        .or(() -> Energielabel.lees(labelNode.path("naam").asText(null))).orElse(null);
                if (label == null) {
                    l.waarschuw(pad + ".label", labelNode.toString(), "is geen bekend energielabel; record genegeerd");
                }
            } else if (labelNode != null && !labelNode.isNull()) {
                l.waarschuw(pad + ".label", labelNode.toString(), "is geen referentiedata-object {code, naam}; "
                        + "record genegeerd");
            }
            BigDecimal waarde = null;
            JsonNode w = p.get("waarde");
            if (w != null && !w.isNull()) {
                waarde = getalOfNull(w);
                if (waarde == null) {
                    l.waarschuw(pad + ".waarde", w.toString(), "is geen getal; energie-index genegeerd");
                } else {
                    waarde = l.getal(p, pad, "waarde", BigDecimal.ZERO, MAXIMUM_ENERGIEWAARDE);
                }
            }
            String status = l.code(p, pad, "status");
            Boolean geldig = p.has("geldigVoorWws") && p.get("geldigVoorWws").isBoolean()
                    ? p.get("geldigVoorWws").asBoolean() : null;
            uit.add(new Energieprestatie(soort, "DEF".equals(status), l.datum(p, pad, "begindatum"),
                    l.datum(p, pad, "einddatum"), label, waarde, geldig));
        }
        return uit;
    }

    private static List<Energieprestatievergoeding> epv(JsonNode node, Lezing l) {
        JsonNode lijst = l.lijst(node, "prijscomponenten");
        List<Energieprestatievergoeding> uit = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode p = lijst.get(i);
            String pad = "prijscomponenten[" + i + "]";
            if (!p.isObject()) {
                l.waarschuw(pad, p.toString(), "is geen prijscomponent (object); genegeerd");
                continue;
            }
            if ("EPV".equals(l.code(p, pad, "detailSoort"))) {
                uit.add(new Energieprestatievergoeding(l.datum(p, pad, "begindatum"), l.datum(p, pad, "einddatum")));
            }
        }
        return uit;
    }

    private static List<WozWaarde> woz(JsonNode node, Lezing l) {
        JsonNode lijst = l.lijst(node, "wozEenheden");
        List<WozWaarde> uit = new ArrayList<>(lijst.size());
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode w = lijst.get(i);
            String pad = "wozEenheden[" + i + "]";
            LocalDate wpd = l.datum(w, pad, "waardepeildatum");
            BigDecimal waarde = l.getal(w, pad, "vastgesteldeWaarde", BigDecimal.ONE, MAXIMUM_WOZ);
            if (wpd == null) {
                l.waarschuw(pad + ".waardepeildatum", null, "ontbreekt; WOZ-waarde genegeerd");
                continue;
            }
            uit.add(new WozWaarde(wpd, waarde, l.datum(w, pad, "beschikkingsdatum")));
        }
        return uit;
    }

    private static List<Ruimte> ruimten(JsonNode node, Lezing l) {
        JsonNode lijst = l.lijst(node, "ruimten");
        List<Ruimte> uit = new ArrayList<>(lijst.size());
        for (int i = 0; i < lijst.size(); i++) {
            Ruimte r = ruimte(lijst.get(i), "ruimten[" + i + "]", l);
            if (r != null) {
                uit.add(r);
            }
        }
        return uit;
    }

    private static Ruimte ruimte(JsonNode r, String pad, Lezing l) {
        if (!r.isObject()) {
            l.fout(pad, r.toString(), "is geen ruimte (object)");
            return null;
        }
        String id = l.tekst(r, pad, "id");
        String naam = l.tekst(r, pad, "naam");
        RuimteSoort soort = null;
        String soortCode = l.code(r, pad, "soort");
        if (soortCode != null) {
            soort = RuimteSoort.vanCode(soortCode).orElse(null);
            if (soort == null) {
                l.waarschuw(pad + ".soort.code", soortCode, "is een onbekende ruimtesoort; ruimte niet ingedeeld");
            }
        }
        Detailsoort detailsoort = null;
        String detailCode = l.code(r, pad, "detailSoort");
        if (detailCode != null) {
            detailsoort = Detailsoort.vanCode(detailCode).orElse(null);
            if (detailsoort == null) {
                l.waarschuw(pad + ".detailSoort.code", detailCode, "is een onbekende ruimtedetailsoort; ruimte niet gewaardeerd");
            }
        }
        BigDecimal oppervlakte = l.getal(r, pad, "oppervlakte", BigDecimal.ZERO, MAXIMUM_OPPERVLAKTE);
        BigDecimal lengte = l.getal(r, pad, "lengte", BigDecimal.ZERO, MAXIMUM_MAAT);
        BigDecimal breedte = l.getal(r, pad, "breedte", BigDecimal.ZERO, MAXIMUM_MAAT);
        BigDecimal hoogte = l.getal(r, pad, "hoogte", BigDecimal.ZERO, MAXIMUM_MAAT);
        boolean verwarmd = l.vlag(r, pad, "verwarmd");
        boolean verkoeld = l.vlag(r, pad, "verkoeld");
        Integer gedeeld = l.geheel(r, pad, "gedeeldMetAantalAdressen", 0, MAXIMUM_ADRESSEN);
        if (gedeeld == null) {
            gedeeld = l.geheel(r, pad, "gedeeldMetAantalEenheden", 0, MAXIMUM_ADRESSEN);
        }
        Integer aantal = l.geheel(r, pad, "aantal", 0, MAXIMUM_ADRESSEN);

        List<Voorziening> voorzieningen = new ArrayList<>();
        JsonNode installaties = l.lijst(r, pad, "installaties");
        for (int i = 0; i < installaties.size(); i++) {
            JsonNode inst = installaties.get(i);
            String code = inst.isTextual() ? inst.asText() : l.code(inst, pad + ".installaties[" + i + "]", null);
            if (code == null) {
                continue;
            }
            Voorziening voorziening = Voorziening.vanCode(code).orElse(null);
            if (voorziening != null) {
                voorzieningen.add(voorziening);
            } else {
                l.waarschuw(pad + ".installaties[" + i + "].code", code, "is een onbekende installatie; genegeerd");
            }
        }

        List<BigDecimal> aanrechten = new ArrayList<>();
        boolean vasteTrap = false;
        boolean vlizotrap = false;
        int laadpalen = 0;
        List<Voorziening> uitElementen = new ArrayList<>();
        JsonNode elementen = l.lijst(r, pad, "bouwkundigeElementen");
        for (int i = 0; i < elementen.size(); i++) {
            JsonNode e = elementen.get(i);
            String epad = pad + ".bouwkundigeElementen[" + i + "]";
            String code = l.code(e, epad, "detailSoort");
            if (code == null) {
                l.waarschuw(epad + ".detailSoort", null, "ontbreekt; element genegeerd");
                continue;
            }
            switch (code) {
                case "AAN" -> {
                    BigDecimal lengteMm = l.getal(e, epad, "lengte", BigDecimal.ZERO, MAXIMUM_AANRECHT);
                    if (lengteMm == null) {
                        l.waarschuw(epad + ".lengte", null, "ontbreekt; aanrecht genegeerd");
                    } else {
                        aanrechten.add(lengteMm);
                    }
                }
                case "TRA" -> vasteTrap = true;
                case "VTR" -> vlizotrap = true;
                case "LAA" -> laadpalen++;
                case "WAS", "FON" -> uitElementen.add(Voorziening.WASTAFEL);
                case "DOU" -> uitElementen.add(Voorziening.DOUCHE);
                case "BAD" -> uitElementen.add(Voorziening.BAD);
                case "KAS" -> uitElementen.add(Voorziening.KASTRUIMTE);
                case "CLO" -> uitElementen.add(Voorziening.STAAND_TOILET);
                default -> {
                    // other elements (radiators, boilers, doors...) do not change the valuation
                }
            }
        }
        // an element stands for a provision unless the room's own installaties already list it (two bath
        // elements are two baths, a bath element beside a bath installatie is none; vera-interpretatie §5)
        if (!uitElementen.isEmpty()) {
            List<Voorziening> eigen = List.copyOf(voorzieningen);
            for (Voorziening v : uitElementen) {
                if (!eigen.contains(v)) {
                    voorzieningen.add(v);
                }
            }
        }

        List<BigDecimal> kasten = new ArrayList<>();
        JsonNode verbonden = l.lijst(r, pad, "verbondenRuimten");
        for (int i = 0; i < verbonden.size(); i++) {
            JsonNode v = verbonden.get(i);
            String vpad = pad + ".verbondenRuimten[" + i + "]";
            if (!v.isObject()) {
                l.waarschuw(vpad, v.toString(), "is geen ruimte (object); genegeerd");
                continue;
            }
            if ("KAS".equals(l.code(v, vpad, "detailSoort"))) {
                BigDecimal kast = l.getal(v, vpad, "oppervlakte", BigDecimal.ZERO, MAXIMUM_OPPERVLAKTE);
                if (kast != null) {
                    kasten.add(kast);
                }
            }
        }
        return new Ruimte(id, naam, soort, detailsoort, oppervlakte, lengte, breedte, hoogte, verwarmd, verkoeld,
                gedeeld, aantal == null ? 1 : aantal, voorzieningen, aanrechten, vasteTrap, vlizotrap, laadpalen, kasten);
    }

    static BigDecimal getalOfNull(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            String tekst = n.asText().strip();
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

    private static String soort(JsonNode n) {
        return n.isTextual() ? "tekst" : n.isNumber() ? "een getal" : n.isBoolean() ? "true/false" : n.getNodeType().toString();
    }

    /** Collects the messages of one eenheid and reads typed fields with their paths. */
    private static final class Lezing {
        private final String prefix;
        private final List<Invoerfout> fouten = new ArrayList<>(0);
        private final List<Invoerfout> waarschuwingen = new ArrayList<>(0);

        Lezing(String prefix) {
            this.prefix = prefix;
        }

        void fout(String pad, String waarde, String reden) {
            fouten.add(new Invoerfout(prefix + pad, waarde, reden));
        }

        void waarschuw(String pad, String waarde, String reden) {
            waarschuwingen.add(new Invoerfout(prefix + pad, waarde, reden));
        }

        private static String pad(String ouder, String veld) {
            return ouder == null || ouder.isEmpty() ? veld : ouder + "." + veld;
        }

        String tekst(JsonNode n, String veld) {
            return tekst(n, "", veld);
        }

        String tekst(JsonNode n, String ouder, String veld) {
            JsonNode v = n.get(veld);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isTextual() || v.isNumber()) {
                return v.asText();
            }
            waarschuw(pad(ouder, veld), v.toString(), "is geen tekst; genegeerd");
            return null;
        }

        /** The code of a referentiedata object {code, naam}; {@code veld} null reads {@code n} itself. */
        String code(JsonNode n, String veld) {
            return code(n, "", veld);
        }

        String code(JsonNode n, String ouder, String veld) {
            JsonNode ref = veld == null ? n : n.get(veld);
            String p = veld == null ? ouder : pad(ouder, veld);
            if (ref == null || ref.isNull()) {
                return null;
            }
            if (!ref.isObject()) {
                waarschuw(p, ref.toString(), "is geen referentiedata-object {code, naam}; genegeerd");
                return null;
            }
            JsonNode code = ref.get("code");
            if (code == null || code.isNull() || !code.isTextual() || code.asText().isBlank()) {
                waarschuw(p + ".code", code == null ? null : code.toString(), "ontbreekt of is leeg; genegeerd");
                return null;
            }
            return code.asText();
        }

        JsonNode lijst(JsonNode n, String veld) {
            return lijst(n, "", veld);
        }

        JsonNode lijst(JsonNode n, String ouder, String veld) {
            JsonNode v = n.get(veld);
            if (v == null || v.isNull()) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            if (!v.isArray()) {
                fout(pad(ouder, veld), v.toString(), "is geen lijst");
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            return v;
        }

        Integer geheel(JsonNode n, String veld, int min, int max) {
            return geheel(n, "", veld, min, max);
        }

        Integer geheel(JsonNode n, String ouder, String veld, int min, int max) {
            BigDecimal g = getal(n, ouder, veld, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
            if (g == null) {
                return null;
            }
            if (getalOfNull(n.get(veld)).stripTrailingZeros().scale() > 0) {
                fout(pad(ouder, veld), n.get(veld).toString(), "is geen geheel getal");
                return null;
            }
            return g.intValueExact();
        }

        /** A number between {@code min} and {@code max}; numeric strings are accepted. */
        BigDecimal getal(JsonNode n, String ouder, String veld, BigDecimal min, BigDecimal max) {
            JsonNode v = n.get(veld);
            if (v == null || v.isNull()) {
                return null;
            }
            BigDecimal g = getalOfNull(v);
            String p = pad(ouder, veld);
            if (g == null) {
                fout(p, v.toString(), "is geen getal");
                return null;
            }
            if (g.signum() < 0 && min.signum() >= 0) {
                fout(p, Getallen.tekst(g), "is negatief");
                return null;
            }
            if (g.compareTo(min) < 0) {
                fout(p, Getallen.tekst(g), "is kleiner dan " + min.toPlainString());
                return null;
            }
            if (g.compareTo(max) > 0) {
                fout(p, Getallen.tekst(g), "is onwaarschijnlijk groot (meer dan " + max.toPlainString() + ")");
                return null;
            }
            BigDecimal begrensd = Getallen.begrensd(g);
            if (begrensd == null) {
                fout(p, Getallen.tekst(g), "is onwaarschijnlijk klein (meer dan " + Getallen.DECIMALEN + " decimalen)");
            }
            return begrensd;
        }

        boolean vlag(JsonNode n, String ouder, String veld) {
            JsonNode v = n.get(veld);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                fout(pad(ouder, veld), v.toString(), "is geen true of false");
                return false;
            }
            return v.booleanValue();
        }

        LocalDate datum(JsonNode n, String veld) {
            return datum(n, "", veld);
        }

        /** ISO date; a date-time (with offset) counts by its date part. */
        LocalDate datum(JsonNode n, String ouder, String veld) {
            JsonNode v = n.get(veld);
            if (v == null || v.isNull()) {
                return null;
            }
            String t = v.asText().strip();
            try {
                return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
            } catch (DateTimeParseException e) {
                fout(pad(ouder, veld), v.toString(), "is geen datum (JJJJ-MM-DD)");
                return null;
            }
        }
    }
}
