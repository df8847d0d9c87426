package nl.puntwijs.io.complex;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.Complexcontrole;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.io.vera.Getallen;
import nl.puntwijs.io.vera.Invoerfout;
import nl.puntwijs.io.vera.VeraLezer;

/**
 * Reads a Puntwijs complex file ({@value #FORMAAT}, see {@code docs/formaten.md}) into a {@link Complex}.
 *
 * <p>Every problem is reported, not only the first, each with its JSON path (0-based indices) and the value as
 * written. Errors (wrong type, negative or absurd number, unknown code, missing required field) keep the complex
 * from being valued; warnings (an unknown field, a corridor width that looks like metres) do not. The checks of
 * {@link Complexcontrole} (a shared space without dwellings, a dwelling linked twice or unknown, contradictory
 * zorg conditions) are part of reading: their errors and warnings come out the same way and name the complex, the
 * space or dwelling and the field. Thread-safe.
 */
public final class ComplexLezer {

    /** The value of the {@code formaat} field this reader understands. */
    public static final String FORMAAT = "puntwijs-complex/1";
    /** The field that tells a complex file apart from VERA (VERA documents have no such field). */
    public static final String FORMAAT_VELD = "formaat";

    static final BigDecimal MAXIMUM_OPPERVLAKTE = BigDecimal.valueOf(10_000);
    static final BigDecimal MAXIMUM_MAAT = BigDecimal.valueOf(1_000);
    static final BigDecimal MAXIMUM_AANRECHT_MM = BigDecimal.valueOf(100_000);
    /** A counter shorter than this many millimetres was almost certainly entered in metres (2.4 for 2400). */
    static final BigDecimal ONWAARSCHIJNLIJK_KORT_AANRECHT_MM = BigDecimal.valueOf(100);
    static final BigDecimal MAXIMUM_BEDRAG = BigDecimal.valueOf(1_000_000_000L);
    static final BigDecimal MAXIMUM_HUUR = BigDecimal.valueOf(100_000);
    static final BigDecimal MAXIMUM_GANG_CM = BigDecimal.valueOf(1_000);
    static final BigDecimal MAXIMUM_DREMPEL_CM = BigDecimal.valueOf(100);
    static final BigDecimal MAXIMUM_ENERGIEWAARDE = BigDecimal.valueOf(10_000);
    static final int MAXIMUM_ADRESSEN = 100_000;

    static final Set<String> COMPLEX_VELDEN = Set.of("formaat", "id", "naam", "methodeGemeenschappelijkeRuimten", "zorg",
            "ouderenhuisvesting", "woningen", "gedeeldeRuimten");
    static final Set<String> WONING_VELDEN = Set.of("id", "adres", "bouwjaar", "beginBouwdatum", "eersteIngebruikname",
            "datumHuurovereenkomst", "pandsoort", "doelgroep", "monumenten", "gebruiksoppervlakte", "energieprestaties",
            "energieprestatievergoedingen", "wozWaarden", "taxatiewaarde", "ruimten", "gehandicaptenvoorzieningen", "zorg",
            "huur");
    static final Set<String> ADRES_VELDEN = Set.of("straatnaam", "huisnummer", "huisnummerToevoeging", "postcode",
            "woonplaats", "woonplaatscode");
    static final Set<String> RUIMTE_VELDEN = Set.of("id", "naam", "soort", "detailsoort", "oppervlakte", "lengte",
            "breedte", "hoogte", "verwarmd", "verkoeld", "gedeeldMetAdressen", "aantal", "voorzieningen", "aanrechten",
            "vasteTrap", "vlizotrap", "laadpalen", "kasten");
    static final Set<String> ZORG_VELDEN = Set.of("woongebouw", "smalsteGangbreedteCm", "hoogsteDrempelCm",
            "liftOfHelling", "alarmWoning", "alarmComplex", "gemeenschappelijkeRuimteInHuurovereenkomst",
            "ruimteInAnderGebouw", "binnendoorBereikbaar");
    static final Set<String> HUUR_VELDEN = Set.of("kaleHuur", "geplandeHuur", "huishoudgrootte",
            "huurverhogingPercentage", "ingangsdatumHuurverhoging", "servicekosten");
    static final Set<String> OUDEREN_VELDEN = Set.of("aandeelBewoners55Plus", "afstandOntmoetingsruimteM",
            "fysiekVerbonden", "subsidieronde", "corporatie", "oplevering", "eindeOntmoetingsfunctie", "exploitatieplan",
            "winstOpExploitatie", "openVoorBuurt");
    static final Set<String> ENERGIE_VELDEN = Set.of("soort", "definitief", "begindatum", "einddatum", "label", "waarde",
            "geldigVoorWws");
    static final Set<String> EPV_VELDEN = Set.of("begindatum", "einddatum");
    static final Set<String> WOZ_VELDEN = Set.of("waardepeildatum", "vastgesteldeWaarde", "beschikkingsdatum");
    static final Set<String> GEHANDICAPTEN_VELDEN = Set.of("omschrijving", "kosten", "subsidie", "eigenBijdrage");
    static final Set<String> GEDEELD_VELDEN = Set.of("id", "naam", "soort", "ruimten", "woningen", "aantalAdressen");

    private static final byte[] FORMAAT_SLEUTEL = ("\"" + FORMAAT_VELD + "\"").getBytes(StandardCharsets.UTF_8);

    /**
     * Whether a document can be a complex file: it mentions a {@code "formaat"} key. False means it certainly is
     * none, so a VERA document is read straight from its bytes (the fast path) without building a tree first.
     */
    public static boolean kanComplexZijn(byte[] json) {
        outer:
        for (int i = 0; i <= json.length - FORMAAT_SLEUTEL.length; i++) {
            for (int j = 0; j < FORMAAT_SLEUTEL.length; j++) {
                if (json[i + j] != FORMAAT_SLEUTEL[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether a parsed document is a complex file: an object with a {@code formaat} field (VERA has none). */
    public static boolean isComplex(JsonNode root) {
        return root != null && root.isObject() && root.has(FORMAAT_VELD);
    }

    /** Parses and reads a complex file. */
    public GelezenComplex lees(byte[] json) throws VeraLezer.OngeldigeJson {
        return lees(VeraLezer.boom(json));
    }

    /** Reads a parsed complex file. */
    public GelezenComplex lees(JsonNode root) {
        Lezing l = new Lezing();
        if (root == null || !root.isObject()) {
            l.fout("", root == null ? null : root.toString(), "is geen complex (object)");
            return new GelezenComplex(null, l.fouten, l.waarschuwingen);
        }
        JsonNode formaat = root.get(FORMAAT_VELD);
        if (formaat == null || !formaat.isTextual() || !formaat.textValue().equals(FORMAAT)) {
            l.fout(FORMAAT_VELD, formaat == null ? null : formaat.toString(), "is geen bekend formaat; deze versie "
                    + "leest \"" + FORMAAT + "\"");
            return new GelezenComplex(null, l.fouten, l.waarschuwingen);
        }
        l.alleenBekend(root, "", COMPLEX_VELDEN);
        String id = l.tekst(root, "", "id");
        if (id == null && !root.hasNonNull("id")) {
            l.fout("id", null, "ontbreekt");
        }
        String naam = l.tekst(root, "", "naam");
        MethodeGedeeldeRuimten methode = l.code(root, "", "methodeGemeenschappelijkeRuimten",
                MethodeGedeeldeRuimten::vanCode, "methode: \"forfaitair\" of \"gemeten\"");
        Zorgvoorwaarden zorg = zorg(root, "", l);
        Ouderenhuisvesting ouderen = ouderenhuisvesting(root, l);

        List<String> vervangen = new ArrayList<>();
        List<Eenheid> woningen = new ArrayList<>();
        if (!root.hasNonNull("woningen")) {
            l.fout("woningen", null, "ontbreekt; een complex heeft minstens één woning");
        }
        List<JsonNode> woningNodes = l.lijst(root, "", "woningen");
        if (root.hasNonNull("woningen") && root.get("woningen").isArray() && woningNodes.isEmpty()) {
            l.fout("woningen", "[]", "is leeg; een complex heeft minstens één woning");
        }
        for (int i = 0; i < woningNodes.size(); i++) {
            String pad = "woningen[" + i + "]";
            Eenheid w = woning(woningNodes.get(i), pad, l);
            if (w == null) {
                vervangen.add(pad);
                w = new Eenheid(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null);
            }
            woningen.add(w);
        }
        List<GedeeldeRuimte> gedeeld = new ArrayList<>();
        List<JsonNode> gedeeldNodes = l.lijst(root, "", "gedeeldeRuimten");
        for (int s = 0; s < gedeeldNodes.size(); s++) {
            String pad = "gedeeldeRuimten[" + s + "]";
            GedeeldeRuimte g = gedeeldeRuimte(gedeeldNodes.get(s), pad, l);
            if (g == null) {
                vervangen.add(pad);
                g = new GedeeldeRuimte(null, null, null, null, null, null);
            }
            gedeeld.add(g);
        }
        Complex complex = new Complex(id, naam, zorg, methode, woningen, gedeeld, ouderen);

        // the complex's own checks, unless the reader already reported an error at or above that field
        List<String> foutePaden = new ArrayList<>(vervangen);
        l.fouten.forEach(f -> foutePaden.add(f.pad()));
        for (Complexmelding m : Complexcontrole.controleer(complex)) {
            if (m.veld() != null && foutePaden.stream().anyMatch(p -> onder(m.veld(), p))) {
                continue;
            }
            Invoerfout f = new Invoerfout(m.veld(), null, m.tekst() + " (" + m.plaats() + ")");
            if (m.fout()) {
                l.fouten.add(f);
            } else {
                l.waarschuwingen.add(f);
            }
        }
        return new GelezenComplex(l.fouten.isEmpty() ? complex : null, l.fouten, l.waarschuwingen);
    }

    /** {@code veld} is {@code pad} or lies below it. */
    private static boolean onder(String veld, String pad) {
        return veld.equals(pad) || veld.startsWith(pad + ".") || veld.startsWith(pad + "[");
    }

    // ---------------------------------------------------------------------------------------------------- woning

    private static Eenheid woning(JsonNode n, String pad, Lezing l) {
        if (!n.isObject()) {
            l.fout(pad, n.toString(), "is geen woning (object)");
            return null;
        }
        l.alleenBekend(n, pad, WONING_VELDEN);
        String id = l.tekst(n, pad, "id");
        Adres adres = adres(n, pad, l);
        Integer bouwjaar = l.geheel(n, pad, "bouwjaar", 1000, 2200);
        LocalDate beginBouw = l.datum(n, pad, "beginBouwdatum");
        LocalDate ingebruikname = l.datum(n, pad, "eersteIngebruikname");
        LocalDate huurovereenkomst = l.datum(n, pad, "datumHuurovereenkomst");
        PandSoort pandSoort = l.code(n, pad, "pandsoort", ComplexLezer::pandSoort,
                "pandsoort: \"eengezins\" of \"meergezins\"");
        Doelgroep doelgroep = l.code(n, pad, "doelgroep", Doelgroep::vanCode, "doelgroep (VERA-code, bv. \"ZOR\"; "
                + "toegestaan: " + codes(Arrays.stream(Doelgroep.values()).map(Doelgroep::code).toList()) + ")");
        Set<Monument> monumenten = EnumSet.noneOf(Monument.class);
        List<JsonNode> mon = l.lijst(n, pad, "monumenten");
        for (int i = 0; i < mon.size(); i++) {
            Monument m = l.code(mon.get(i), pad + ".monumenten[" + i + "]", Monument::vanCode, "monumentstatus "
                    + "(VERA-code; toegestaan: " + codes(Arrays.stream(Monument.values()).map(Monument::code).toList()) + ")");
            if (m != null) {
                monumenten.add(m);
            }
        }
        Integer gebruiksoppervlakte = l.geheel(n, pad, "gebruiksoppervlakte", 0, 100_000);
        List<Energieprestatie> energie = l.objecten(n, pad, "energieprestaties", ENERGIE_VELDEN,
                (v, p) -> energieprestatie(v, p, l));
        List<Energieprestatievergoeding> epv = l.objecten(n, pad, "energieprestatievergoedingen", EPV_VELDEN,
                (v, p) -> new Energieprestatievergoeding(l.datum(v, p, "begindatum"), l.datum(v, p, "einddatum")));
        List<WozWaarde> woz = l.objecten(n, pad, "wozWaarden", WOZ_VELDEN, (v, p) -> {
            LocalDate wpd = l.datum(v, p, "waardepeildatum");
            if (wpd == null && !v.hasNonNull("waardepeildatum")) {
                l.fout(p + ".waardepeildatum", null, "ontbreekt");
            }
            return new WozWaarde(wpd, l.getal(v, p, "vastgesteldeWaarde", BigDecimal.ONE, MAXIMUM_BEDRAG),
                    l.datum(v, p, "beschikkingsdatum"));
        });
        BigDecimal taxatie = l.getal(n, pad, "taxatiewaarde", BigDecimal.ONE, MAXIMUM_BEDRAG);
        List<Ruimte> ruimten = ruimten(n, pad, false, l);
        List<Gehandicaptenvoorziening> geh = l.objecten(n, pad, "gehandicaptenvoorzieningen", GEHANDICAPTEN_VELDEN,
                (v, p) -> new Gehandicaptenvoorziening(l.tekst(v, p, "omschrijving"),
                        l.getal(v, p, "kosten", BigDecimal.ZERO, MAXIMUM_BEDRAG),
                        l.getal(v, p, "subsidie", BigDecimal.ZERO, MAXIMUM_BEDRAG),
                        l.getal(v, p, "eigenBijdrage", BigDecimal.ZERO, MAXIMUM_BEDRAG)));
        Zorgvoorwaarden zorg = zorg(n, pad, l);
        Huur huur = huur(n, pad, l);
        return new Eenheid(id, adres, bouwjaar, beginBouw, ingebruikname, huurovereenkomst, pandSoort, monumenten,
                doelgroep, gebruiksoppervlakte, energie, epv, woz, taxatie, ruimten, geh, zorg, huur);
    }

    static Optional<PandSoort> pandSoort(String code) {
        return Arrays.stream(PandSoort.values()).filter(p -> pandSoortCode(p).equals(code)).findFirst();
    }

    static String pandSoortCode(PandSoort p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String codes(List<String> codes) {
        return codes.stream().collect(Collectors.joining(", "));
    }

    private static Adres adres(JsonNode n, String pad, Lezing l) {
        JsonNode a = l.object(n, pad, "adres");
        if (a == null) {
            return null;
        }
        String p = Lezing.pad(pad, "adres");
        l.alleenBekend(a, p, ADRES_VELDEN);
        return new Adres(l.tekst(a, p, "straatnaam"), l.tekst(a, p, "huisnummer"), l.tekst(a, p, "huisnummerToevoeging"),
                l.tekst(a, p, "postcode"), l.tekst(a, p, "woonplaats"), l.tekst(a, p, "woonplaatscode"));
    }

    private static Energieprestatie energieprestatie(JsonNode v, String p, Lezing l) {
        EnergieprestatieSoort soort = l.code(v, p, "soort", EnergieprestatieSoort::vanCode,
                "soort energieprestatie (VERA-code; toegestaan: " + codes(Arrays.stream(EnergieprestatieSoort.values())
                        .map(EnergieprestatieSoort::code).toList()) + ")");
        if (!v.hasNonNull("soort")) {
            l.fout(p + ".soort", null, "ontbreekt");
        }
        Boolean definitief = l.vlag(v, p, "definitief");
        if (!v.hasNonNull("definitief")) {
            l.waarschuw(p + ".definitief", null, "ontbreekt; niet definitief: deze energieprestatie telt niet mee "
                    + "(BB26 §2.4.2)");
        }
        Energielabel label = l.code(v, p, "label", Energielabel::lees, "energielabel (\"A++++\" t/m \"G\", of de "
                + "VERA-code zoals \"AP4\")");
        BigDecimal waarde = l.getal(v, p, "waarde", BigDecimal.ZERO, MAXIMUM_ENERGIEWAARDE);
        return new Energieprestatie(soort, Boolean.TRUE.equals(definitief), l.datum(v, p, "begindatum"),
                l.datum(v, p, "einddatum"), label, waarde, l.vlag(v, p, "geldigVoorWws"));
    }

    // ---------------------------------------------------------------------------------------------------- ruimten

    private static List<Ruimte> ruimten(JsonNode n, String pad, boolean inGedeeldeRuimte, Lezing l) {
        List<JsonNode> nodes = l.lijst(n, pad, "ruimten");
        List<Ruimte> uit = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Ruimte r = ruimte(nodes.get(i), pad + ".ruimten[" + i + "]", inGedeeldeRuimte, l);
            uit.add(r != null ? r : Ruimte.van(null, null, null).bouw());
        }
        return uit;
    }

    private static Ruimte ruimte(JsonNode r, String p, boolean inGedeeldeRuimte, Lezing l) {
        if (!r.isObject()) {
            l.fout(p, r.toString(), "is geen ruimte (object)");
            return null;
        }
        l.alleenBekend(r, p, RUIMTE_VELDEN);
        String id = l.tekst(r, p, "id");
        String naam = l.tekst(r, p, "naam");
        RuimteSoort soort = l.code(r, p, "soort", RuimteSoort::vanCode, "ruimtesoort (VERA-code; toegestaan: "
                + codes(Arrays.stream(RuimteSoort.values()).map(RuimteSoort::code).toList()) + ")");
        if (!r.hasNonNull("soort")) {
            l.waarschuw(p + ".soort", null, "ontbreekt; ruimte niet ingedeeld");
        }
        Detailsoort detailsoort = l.code(r, p, "detailsoort", Detailsoort::vanCode,
                "ruimtedetailsoort (VERA-code zoals \"WOO\", zie docs/formaten.md)");
        if (!r.hasNonNull("detailsoort")) {
            l.waarschuw(p + ".detailsoort", null, "ontbreekt; ruimte niet gewaardeerd");
        }
        BigDecimal oppervlakte = l.getal(r, p, "oppervlakte", BigDecimal.ZERO, MAXIMUM_OPPERVLAKTE);
        BigDecimal lengte = l.getal(r, p, "lengte", BigDecimal.ZERO, MAXIMUM_MAAT);
        BigDecimal breedte = l.getal(r, p, "breedte", BigDecimal.ZERO, MAXIMUM_MAAT);
        BigDecimal hoogte = l.getal(r, p, "hoogte", BigDecimal.ZERO, MAXIMUM_MAAT);
        boolean verwarmd = l.vlagOfNee(r, p, "verwarmd");
        boolean verkoeld = l.vlagOfNee(r, p, "verkoeld");
        Integer gedeeld = l.geheel(r, p, "gedeeldMetAdressen", 0, MAXIMUM_ADRESSEN);
        if (gedeeld != null && inGedeeldeRuimte) {
            l.waarschuw(p + ".gedeeldMetAdressen", gedeeld.toString(), "wordt genegeerd: in een gedeelde ruimte volgt "
                    + "het aantal adressen uit de woningen (of aantalAdressen) van die ruimte");
        }
        Integer aantal = l.geheel(r, p, "aantal", 0, MAXIMUM_ADRESSEN);
        List<Voorziening> voorzieningen = new ArrayList<>();
        List<JsonNode> vz = l.lijst(r, p, "voorzieningen");
        for (int i = 0; i < vz.size(); i++) {
            Voorziening v = l.code(vz.get(i), p + ".voorzieningen[" + i + "]", Voorziening::vanCode,
                    "voorziening (VERA-installatiecode zoals \"IKK\", zie docs/formaten.md)");
            if (v != null) {
                voorzieningen.add(v);
            }
        }
        List<BigDecimal> aanrechten = new ArrayList<>();
        List<JsonNode> aan = l.lijst(r, p, "aanrechten");
        for (int i = 0; i < aan.size(); i++) {
            String ap = p + ".aanrechten[" + i + "]";
            BigDecimal mm = l.getal(aan.get(i), ap, BigDecimal.ZERO, MAXIMUM_AANRECHT_MM);
            if (mm != null) {
                if (mm.compareTo(ONWAARSCHIJNLIJK_KORT_AANRECHT_MM) < 0) {
                    l.waarschuw(ap, Getallen.tekst(mm), "mm is onwaarschijnlijk kort: in meters ingevuld? Vul de lengte "
                            + "in millimeters in (2,40 m = 2400 mm)");
                }
                aanrechten.add(mm);
            }
        }
        boolean vasteTrap = l.vlagOfNee(r, p, "vasteTrap");
        boolean vlizotrap = l.vlagOfNee(r, p, "vlizotrap");
        Integer laadpalen = l.geheel(r, p, "laadpalen", 0, MAXIMUM_ADRESSEN);
        List<BigDecimal> kasten = new ArrayList<>();
        List<JsonNode> kas = l.lijst(r, p, "kasten");
        for (int i = 0; i < kas.size(); i++) {
            BigDecimal m2 = l.getal(kas.get(i), p + ".kasten[" + i + "]", BigDecimal.ZERO, MAXIMUM_OPPERVLAKTE);
            if (m2 != null) {
                kasten.add(m2);
            }
        }
        return new Ruimte(id, naam, soort, detailsoort, oppervlakte, lengte, breedte, hoogte, verwarmd, verkoeld, gedeeld,
                aantal == null ? 1 : aantal, voorzieningen, aanrechten, vasteTrap, vlizotrap,
                laadpalen == null ? 0 : laadpalen, kasten);
    }

    // ------------------------------------------------------------------------------------- zorg, huur, ouderen

    private static Zorgvoorwaarden zorg(JsonNode n, String pad, Lezing l) {
        JsonNode z = l.object(n, pad, "zorg");
        if (z == null) {
            return null;
        }
        String p = Lezing.pad(pad, "zorg");
        l.alleenBekend(z, p, ZORG_VELDEN);
        // a width that looks like metres (1.2) is kept as written: the zorg check does not use it and says so,
        // and Complexcontrole warns; it never silently becomes 120 cm nor lets a complex value fill in
        return new Zorgvoorwaarden(l.vlag(z, p, "woongebouw"),
                l.getal(z, p, "smalsteGangbreedteCm", BigDecimal.ZERO, MAXIMUM_GANG_CM),
                l.getal(z, p, "hoogsteDrempelCm", BigDecimal.ZERO, MAXIMUM_DREMPEL_CM), l.vlag(z, p, "liftOfHelling"),
                l.vlag(z, p, "alarmWoning"), l.vlag(z, p, "alarmComplex"),
                l.vlag(z, p, "gemeenschappelijkeRuimteInHuurovereenkomst"), l.vlag(z, p, "ruimteInAnderGebouw"),
                l.vlag(z, p, "binnendoorBereikbaar"));
    }

    private static Huur huur(JsonNode n, String pad, Lezing l) {
        JsonNode h = l.object(n, pad, "huur");
        if (h == null) {
            return null;
        }
        String p = Lezing.pad(pad, "huur");
        l.alleenBekend(h, p, HUUR_VELDEN);
        return new Huur(l.getal(h, p, "kaleHuur", BigDecimal.ZERO, MAXIMUM_HUUR),
                l.getal(h, p, "geplandeHuur", BigDecimal.ZERO, MAXIMUM_HUUR), l.geheel(h, p, "huishoudgrootte", 1, 50),
                l.getal(h, p, "huurverhogingPercentage", BigDecimal.valueOf(-100), BigDecimal.valueOf(100)),
                l.datum(h, p, "ingangsdatumHuurverhoging"), l.getal(h, p, "servicekosten", BigDecimal.ZERO, MAXIMUM_HUUR));
    }

    private static Ouderenhuisvesting ouderenhuisvesting(JsonNode root, Lezing l) {
        JsonNode o = l.object(root, "", "ouderenhuisvesting");
        if (o == null) {
            return null;
        }
        String p = "ouderenhuisvesting";
        l.alleenBekend(o, p, OUDEREN_VELDEN);
        BigDecimal aandeel = null;
        JsonNode a = o.get("aandeelBewoners55Plus");
        if (a != null && a.isNumber() && a.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            l.fout(p + ".aandeelBewoners55Plus", Getallen.tekst(a.decimalValue()), "is groter dan 1: vul een aandeel "
                    + "tussen 0 en 1 in (85% = 0.85)");
        } else {
            aandeel = l.getal(o, p, "aandeelBewoners55Plus", BigDecimal.ZERO, BigDecimal.ONE);
        }
        return new Ouderenhuisvesting(aandeel, l.getal(o, p, "afstandOntmoetingsruimteM", BigDecimal.ZERO,
                BigDecimal.valueOf(100_000)), l.vlag(o, p, "fysiekVerbonden"), l.tekst(o, p, "subsidieronde"),
                l.vlag(o, p, "corporatie"), l.datum(o, p, "oplevering"), l.datum(o, p, "eindeOntmoetingsfunctie"),
                l.vlag(o, p, "exploitatieplan"), l.vlag(o, p, "winstOpExploitatie"), l.vlag(o, p, "openVoorBuurt"));
    }

    // ------------------------------------------------------------------------------------------ gedeelde ruimten

    private static GedeeldeRuimte gedeeldeRuimte(JsonNode n, String pad, Lezing l) {
        if (!n.isObject()) {
            l.fout(pad, n.toString(), "is geen gedeelde ruimte (object)");
            return null;
        }
        l.alleenBekend(n, pad, GEDEELD_VELDEN);
        String id = l.tekst(n, pad, "id");
        String naam = l.tekst(n, pad, "naam");
        SoortGedeeldeRuimte soort = l.code(n, pad, "soort", SoortGedeeldeRuimte::vanCode, "soort gedeelde ruimte "
                + "(toegestaan: " + codes(Arrays.stream(SoortGedeeldeRuimte.values()).map(SoortGedeeldeRuimte::code)
                .toList()) + ")");
        if (!n.hasNonNull("soort")) {
            l.fout(pad + ".soort", null, "ontbreekt (toegestaan: " + codes(Arrays.stream(SoortGedeeldeRuimte.values())
                    .map(SoortGedeeldeRuimte::code).toList()) + ")");
        }
        List<Ruimte> ruimten = ruimten(n, pad, true, l);
        List<String> woningen = new ArrayList<>();
        List<JsonNode> ids = l.lijst(n, pad, "woningen");
        for (int i = 0; i < ids.size(); i++) {
            JsonNode v = ids.get(i);
            if (!v.isTextual()) {
                l.fout(pad + ".woningen[" + i + "]", v.toString(), "is geen eenheid-id (tekst)");
                woningen.add(v.toString());
            } else {
                woningen.add(v.textValue());
            }
        }
        Integer aantalAdressen = l.geheel(n, pad, "aantalAdressen", 0, MAXIMUM_ADRESSEN);
        return new GedeeldeRuimte(id, naam, soort, ruimten, woningen, aantalAdressen);
    }
}
