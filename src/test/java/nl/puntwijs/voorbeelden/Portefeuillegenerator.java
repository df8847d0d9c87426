package nl.puntwijs.voorbeelden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes {@code samples/portefeuille/woonstichting-betuwestroom.json}: the mixed portfolio of a fictitious housing
 * corporation in the Betuwe (and one studio complex in Utrecht) as one minified array of VERA
 * {@code EenhedenEenheid} documents, for bulk work. The same seed gives the same bytes, so {@code SamplesTest}
 * regenerates it in memory and compares it with the committed file; change the sample here, then run
 * {@code main} from the project folder:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.puntwijs.voorbeelden.Portefeuillegenerator
 * </pre>
 *
 * <p>Each complex is a VERA {@code cluster} (the import makes it a complex). Shared rooms are repeated in every
 * eenheid that uses them with {@code gedeeldMetAantalAdressen}, as VERA does; each has its own area, because the
 * import joins copies with the same detailsoort, area and address count into one shared space.
 */
public final class Portefeuillegenerator {

    public static final Path BESTAND = Path.of("samples/portefeuille/woonstichting-betuwestroom.json");

    private static final long ZAAD = 20260701L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.withExactBigDecimals(true);

    /** What a complex is built as; decides the rooms, labels and WOZ values. */
    enum Soort { RIJWONING, TWEE_ONDER_EEN_KAP, PORTIEKFLAT, GALERIJFLAT, SENIOREN, ZORG, BINNENSTAD, NIEUWBOUW, STUDIO }

    /**
     * One complex (VERA cluster).
     *
     * @param postcode the four digits; the letters follow from the street
     * @param woz      the 2025 WOZ value of an average dwelling, in thousands of euro
     */
    record Cluster(String code, String naam, Soort soort, int aantal, String plaats, String postcode,
                   List<String> straten, int bouwjaarVan, int bouwjaarTot, int woz) {
    }

    static final List<Cluster> CLUSTERS = List.of(
            new Cluster("TL-01", "Tiel, Westroijen rijwoningen", Soort.RIJWONING, 168, "Tiel", "4003",
                    List.of("Westroijenstraat", "Hertog Karelstraat", "Gelderlandstraat"), 1961, 1964, 212),
            new Cluster("TL-02", "Tiel, Kwelkade portiekflats", Soort.PORTIEKFLAT, 128, "Tiel", "4001",
                    List.of("Kwelkade", "Dr. Willem Dreesstraat"), 1957, 1959, 176),
            new Cluster("TL-03", "Tiel, Galerijflat De Waalhoven", Soort.GALERIJFLAT, 180, "Tiel", "4002",
                    List.of("Waalhoven"), 1971, 1972, 168),
            new Cluster("TL-04", "Tiel, Seniorencomplex De Populier", Soort.SENIOREN, 48, "Tiel", "4004",
                    List.of("Populierenlaan"), 1997, 1997, 205),
            new Cluster("TL-05", "Tiel, Zorgcomplex Passewaaij", Soort.ZORG, 36, "Tiel", "4005",
                    List.of("Passewaaijse Hogeweg"), 2008, 2008, 214),
            new Cluster("TL-06", "Tiel, Binnenstad", Soort.BINNENSTAD, 26, "Tiel", "4001",
                    List.of("Weerstraat", "Ambtmanstraat", "Sint Agnietenstraat"), 1650, 1895, 262),
            new Cluster("CB-01", "Culemborg, Terweijde", Soort.RIJWONING, 210, "Culemborg", "4102",
                    List.of("Hanzeweg", "Kalverstraat", "Beethovenlaan", "Mozartlaan"), 1983, 1987, 246),
            new Cluster("CB-02", "Culemborg, Parijsch appartementen", Soort.GALERIJFLAT, 96, "Culemborg", "4105",
                    List.of("Parijsch", "Zwanenlaan"), 2004, 2006, 232),
            new Cluster("CB-03", "Culemborg, Lanxmeer", Soort.NIEUWBOUW, 60, "Culemborg", "4105",
                    List.of("Morgenster", "Zonnewende"), 2001, 2003, 318),
            new Cluster("CB-04", "Culemborg, Binnenstad", Soort.BINNENSTAD, 22, "Culemborg", "4101",
                    List.of("Tollenstraat", "Markt", "Achterstraat"), 1600, 1870, 289),
            new Cluster("CB-05", "Culemborg, Senioren Het Hoogeland", Soort.SENIOREN, 40, "Culemborg", "4103",
                    List.of("Hoogeland"), 2006, 2006, 226),
            new Cluster("GM-01", "Geldermalsen, De Plantage", Soort.RIJWONING, 190, "Geldermalsen", "4191",
                    List.of("Plantage", "Rijksstraatweg", "Kastanjelaan"), 1974, 1978, 231),
            new Cluster("GM-02", "Geldermalsen, Het Lingehof", Soort.SENIOREN, 30, "Geldermalsen", "4191",
                    List.of("Lingehof"), 2001, 2001, 219),
            new Cluster("GM-03", "Geldermalsen, Tweekappers Middengebied", Soort.TWEE_ONDER_EEN_KAP, 54, "Geldermalsen",
                    "4191", List.of("Middengebied", "Notenlaan"), 1995, 1998, 372),
            new Cluster("ZB-01", "Zaltbommel, Waluwe arbeiderswoningen", Soort.RIJWONING, 72, "Zaltbommel", "5301",
                    List.of("Waluwe", "Oliestraat"), 1926, 1932, 214),
            new Cluster("ZB-02", "Zaltbommel, Oliemolenwerf nieuwbouw", Soort.NIEUWBOUW, 42, "Zaltbommel", "5301",
                    List.of("Oliemolenwerf"), 2025, 2025, 298),
            new Cluster("ZB-03", "Zaltbommel, Galerijflat Oosterwaard", Soort.GALERIJFLAT, 132, "Zaltbommel", "5302",
                    List.of("Oosterwaard"), 1978, 1979, 181),
            new Cluster("ZB-04", "Zaltbommel, Zorgcomplex De Gasthuistuin", Soort.ZORG, 24, "Zaltbommel", "5301",
                    List.of("Gasthuisstraat"), 2012, 2012, 221),
            new Cluster("LD-01", "Leerdam, Broekgraaf", Soort.RIJWONING, 176, "Leerdam", "4143",
                    List.of("Broekgraaf", "Koninginnelaan", "Stationsweg"), 1966, 1970, 208),
            new Cluster("LD-02", "Leerdam, Portiekflats Oranjebuurt", Soort.PORTIEKFLAT, 112, "Leerdam", "4142",
                    List.of("Oranjelaan", "Nassaustraat"), 1962, 1964, 171),
            new Cluster("LD-03", "Leerdam, Tweekappers Vlinderhof", Soort.TWEE_ONDER_EEN_KAP, 48, "Leerdam", "4143",
                    List.of("Vlinderhof"), 2009, 2010, 391),
            new Cluster("CB-06", "Culemborg, Portiekflats Voorkoop", Soort.PORTIEKFLAT, 96, "Culemborg", "4103",
                    List.of("Voorkoop", "Varkensmarkt"), 1960, 1962, 183),
            new Cluster("TL-07", "Tiel, Rijwoningen Kellen", Soort.RIJWONING, 220, "Tiel", "4003",
                    List.of("Kellenseweg", "Stationsstraat", "Papesteeg"), 1989, 1993, 239),
            new Cluster("GM-04", "Geldermalsen, Galerijflat Rozenhof", Soort.GALERIJFLAT, 84, "Geldermalsen", "4191",
                    List.of("Rozenhof"), 1968, 1968, 174),
            new Cluster("UT-01", "Utrecht, Studio's Leidsche Rijn", Soort.STUDIO, 150, "Utrecht", "3543",
                    List.of("Parkzichtlaan"), 2020, 2020, 196),
            new Cluster("LD-04", "Leerdam, Nieuwbouw Lingeoever", Soort.NIEUWBOUW, 64, "Leerdam", "4141",
                    List.of("Lingeoever"), 2019, 2021, 309),
            new Cluster("ZB-05", "Zaltbommel, Rijwoningen Zuidwijk", Soort.RIJWONING, 188, "Zaltbommel", "5302",
                    List.of("Koningin Julianastraat", "Prins Bernhardstraat", "Irenestraat"), 1952, 1956, 204));

    private final Random kans = new Random(ZAAD);
    /** Shared rooms written so far, by detailsoort, area and address count: each must be unique (class comment). */
    private final Set<String> gedeeld = new HashSet<>();

    private Portefeuillegenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(BESTAND.getParent());
        Files.write(BESTAND, bytes());
        System.out.println(BESTAND + ": " + Files.size(BESTAND) + " bytes");
    }

    /** The file's content: one line of JSON and a newline. */
    public static byte[] bytes() throws IOException {
        ArrayNode eenheden = new Portefeuillegenerator().portefeuille();
        return (JSON.writeValueAsString(eenheden) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private ArrayNode portefeuille() {
        ArrayNode uit = N.arrayNode();
        int volgnummer = 100_001;
        for (Cluster c : CLUSTERS) {
            Complexruimten ruimten = complexruimten(c);
            for (int i = 0; i < c.aantal(); i++) {
                uit.add(eenheid(c, i, String.valueOf(volgnummer++), ruimten));
            }
        }
        return uit;
    }

    /** The shared rooms of a complex: per group of dwellings (a galerij, the whole complex) one room. */
    private record Complexruimten(List<ObjectNode> perComplex, int groep, List<List<ObjectNode>> perGroep) {
    }

    private Complexruimten complexruimten(Cluster c) {
        return switch (c.soort()) {
            case SENIOREN -> new Complexruimten(List.of(
                    gedeeld(c.code() + "-or", "Ontmoetingsruimte", "VTK", "ROR", m2(6_000, 9_000), c.aantal(), true,
                            List.of("IKK", "IAF", "IKO", "EHM"), 2_400),
                    gedeeld(c.code() + "-toilet", "Toilet ontmoetingsruimte", "OVR", "TOI", m2(180, 260), c.aantal(), true,
                            List.of("HTO", "WAS"), 0)), 0, List.of());
            case ZORG -> new Complexruimten(List.of(
                    gedeeld(c.code() + "-huiskamer", "Gezamenlijke huiskamer", "VTK", "ROR", m2(5_500, 8_000), c.aantal(),
                            true, List.of("IKI", "IAF", "IKV", "IOE", "IVA", "EHM"), 3_000),
                    gedeeld(c.code() + "-scootmobiel", "Scootmobielstalling", "OVR", "BER", m2(c.aantal() * 250, c.aantal() * 300),
                            c.aantal(), false, List.of(), 0)), 0, List.of());
            case GALERIJFLAT -> {
                // a bicycle storage per galerij of twelve dwellings
                List<List<ObjectNode>> groepen = new java.util.ArrayList<>();
                for (int g = 0; g * 12 < c.aantal(); g++) {
                    int adressen = Math.min(12, c.aantal() - g * 12);
                    groepen.add(List.of(gedeeld(c.code() + "-fietsen-" + (g + 1), "Fietsenberging galerij " + (g + 1), "OVR",
                            "BER", m2(adressen * 200, adressen * 300), adressen, false, List.of(), 0)));
                }
                yield new Complexruimten(List.of(), 12, groepen);
            }
            default -> new Complexruimten(List.of(), 0, List.of());
        };
    }

    private ObjectNode gedeeld(String id, String naam, String soort, String detail, BigDecimal oppervlakte, int adressen,
                               boolean verwarmd, List<String> installaties, int aanrechtMm) {
        BigDecimal m2 = oppervlakte;
        while (!gedeeld.add(detail + " " + m2 + " " + adressen)) {
            m2 = m2.add(new BigDecimal("0.01"));
        }
        ObjectNode r = ruimte(id, naam, soort, detail, m2, verwarmd, installaties, aanrechtMm);
        r.put("gedeeldMetAantalAdressen", adressen);
        return r;
    }

    private ObjectNode eenheid(Cluster c, int i, String id, Complexruimten gedeeld) {
        Soort s = c.soort();
        int bouwjaar = c.bouwjaarVan() + (c.bouwjaarTot() > c.bouwjaarVan() ? kans.nextInt(c.bouwjaarTot() - c.bouwjaarVan() + 1) : 0);
        ObjectNode e = N.objectNode();
        e.put("id", id);
        e.set("woningwaarderingstelsel", ref("ZEL", "Zelfstandige woonruimte"));
        e.put("bouwjaar", bouwjaar);
        if (s == Soort.NIEUWBOUW && bouwjaar >= 2025) {
            // started before 2028 and taken into use in 2026: the nieuwbouw opslag (BB26 §2.13)
            e.put("beginBouwdatum", "2024-09-02");
            e.put("inExploitatiedatum", "2026-03-01");
        }
        if (s == Soort.BINNENSTAD) {
            e.put("datumAfsluitenHuurovereenkomst", LocalDate.of(2015 + kans.nextInt(11), 1 + kans.nextInt(12), 1).toString());
        }
        String doelgroep = switch (s) {
            case SENIOREN -> "SEN";
            case ZORG -> "ZOR";
            case STUDIO -> "JON";
            case RIJWONING, TWEE_ONDER_EEN_KAP -> "GEZ";
            default -> null;
        };
        if (doelgroep != null) {
            e.set("doelgroep", ref(doelgroep, switch (doelgroep) {
                case "SEN" -> "Senioren";
                case "ZOR" -> "Zorg";
                case "JON" -> "Jongeren";
                default -> "Gezin";
            }));
        }
        boolean eengezins = s == Soort.RIJWONING || s == Soort.TWEE_ONDER_EEN_KAP
                || (s == Soort.BINNENSTAD && i % 3 == 0);
        ArrayNode ruimten = N.arrayNode();
        int gebruiksoppervlakte = ruimten(s, eengezins, i, ruimten);
        e.put("gebruiksoppervlakte", gebruiksoppervlakte);
        e.set("adres", adres(c, i));
        ArrayNode panden = N.arrayNode();
        panden.addObject().set("soort", eengezins ? ref("EGW", "Eengezinswoning") : ref("MGW", "Meergezinswoning"));
        e.set("panden", panden);
        ArrayNode monumenten = N.arrayNode();
        if (s == Soort.BINNENSTAD) {
            monumenten.add(i % 4 == 0 ? ref("RIJ", "Rijksmonument") : ref("GEM", "Gemeentelijk monument"));
            if (i % 2 == 0) {
                monumenten.add(ref("SGR", "Rijksbeschermd stadsgezicht"));
            }
        }
        e.set("monumenten", monumenten);
        e.set("energieprestaties", energie(s, bouwjaar));
        // the complex's typical value, 10% either way
        int woz = c.woz() * (900 + kans.nextInt(201));
        ArrayNode wozEenheden = N.arrayNode();
        ObjectNode w24 = wozEenheden.addObject();
        w24.put("waardepeildatum", "2024-01-01");
        w24.put("vastgesteldeWaarde", (int) Math.round(woz * 0.93 / 1000) * 1000);
        ObjectNode w25 = wozEenheden.addObject();
        w25.put("waardepeildatum", "2025-01-01");
        w25.put("vastgesteldeWaarde", woz / 1000 * 1000);
        e.set("wozEenheden", wozEenheden);
        for (ObjectNode r : gedeeld.perComplex()) {
            ruimten.add(r.deepCopy());
        }
        if (gedeeld.groep() > 0) {
            for (ObjectNode r : gedeeld.perGroep().get(i / gedeeld.groep())) {
                ruimten.add(r.deepCopy());
            }
        }
        e.set("ruimten", ruimten);
        ArrayNode clusters = N.arrayNode();
        ObjectNode cl = clusters.addObject();
        cl.put("code", c.code());
        cl.put("naam", c.naam());
        e.set("clusters", clusters);
        return e;
    }

    /** Adds the dwelling's own rooms; returns its gebruiksoppervlakte (the indoor rooms plus walls, rounded down). */
    private int ruimten(Soort s, boolean eengezins, int i, ArrayNode uit) {
        BigDecimal totaal = BigDecimal.ZERO;
        List<ObjectNode> r = new java.util.ArrayList<>();
        String keukenInst = kans.nextInt(3) == 0 ? "IKI" : "IKK";
        List<String> keuken = s == Soort.PORTIEKFLAT || s == Soort.RIJWONING && kans.nextBoolean()
                ? List.of("IAF") : List.of(keukenInst, "IAF", "IKO", "EHM");
        List<String> badkamer = s == Soort.PORTIEKFLAT ? List.of("DOU", "WAS")
                : s == Soort.SENIOREN || s == Soort.ZORG ? List.of("DRD", "HTO", "WAS", "TME")
                : kans.nextInt(4) == 0 ? List.of("BDO", "WAS", "HTO", "TME") : List.of("DOU", "WAS", "TME");
        int aanrecht = s == Soort.PORTIEKFLAT ? 1_700 : s == Soort.STUDIO ? 1_800 : 2_100 + 100 * kans.nextInt(9);
        if (s == Soort.STUDIO) {
            r.add(ruimte("woonkamer", "Woonkamer met open keuken", "VTK", "WOK", m2(2_100, 2_900), true, keuken, aanrecht));
            r.add(ruimte("badkamer", "Badkamer met toilet", "VTK", "BAT", m2(320, 420), true, List.of("DOU", "HTO", "WAS", "TME"), 0));
            r.add(ruimte("hal", "Hal", "VRK", "HAL", m2(200, 300), true, List.of(), 0));
            r.add(ruimte("balkon", "Balkon", "BTR", "BAL", m2(350, 500), false, List.of(), 0));
        } else {
            boolean openKeuken = s == Soort.NIEUWBOUW || s == Soort.SENIOREN || s == Soort.ZORG;
            if (openKeuken) {
                r.add(ruimte("woonkamer", "Woonkamer met open keuken", "VTK", "WOK", m2(2_900, 3_800), true, keuken, aanrecht));
            } else {
                r.add(ruimte("woonkamer", "Woonkamer", "VTK", "WOO", eengezins ? m2(2_300, 3_200) : m2(2_000, 2_700), true,
                        List.of(), 0));
                r.add(ruimte("keuken", "Keuken", "VTK", "KEU", eengezins ? m2(700, 1_100) : m2(550, 800), true, keuken, aanrecht));
            }
            int slaapkamers = switch (s) {
                case SENIOREN, ZORG -> 1 + (i % 4 == 0 ? 1 : 0);
                case TWEE_ONDER_EEN_KAP -> 4;
                case RIJWONING -> 3;
                case BINNENSTAD -> eengezins ? 3 : 2;
                default -> 2 + (i % 3 == 0 ? 1 : 0);
            };
            for (int k = 1; k <= slaapkamers; k++) {
                r.add(ruimte("slaapkamer-" + k, "Slaapkamer " + k, "VTK", "SLA", k == 1 ? m2(1_150, 1_500) : m2(650, 1_050),
                        !(s == Soort.PORTIEKFLAT && k > 1), List.of(), 0));
            }
            r.add(ruimte("badkamer", "Badkamer", "VTK", "BAD", m2(350, 750), true, badkamer, 0));
            if (!(s == Soort.SENIOREN || s == Soort.ZORG)) {
                r.add(ruimte("toilet", "Toilet", "OVR", "TOI", m2(100, 140), false,
                        s == Soort.PORTIEKFLAT ? List.of("STO") : List.of("HTO", "WAS"), 0));
            }
            r.add(ruimte("hal", "Hal", "VRK", "HAL", m2(350, 700), true, List.of(), 0));
            if (eengezins) {
                r.add(ruimte("overloop", "Overloop", "VRK", "OVE", m2(300, 500), false, List.of(), 0));
                if (s != Soort.BINNENSTAD) {
                    // a third of the attics have a fixed stair (a vertrek), the rest a loft ladder
                    boolean vasteTrap = s == Soort.TWEE_ONDER_EEN_KAP || i % 3 == 0;
                    ObjectNode zolder = ruimte("zolder", "Zolder", vasteTrap ? "VTK" : "OVR", "ZOL", m2(1_200, 2_000),
                            false, List.of(), 0);
                    ArrayNode elementen = N.arrayNode();
                    ObjectNode trap = elementen.addObject();
                    trap.put("id", "trap");
                    trap.set("detailSoort", vasteTrap ? ref("TRA", "Vaste trap") : ref("VTR", "Vlizotrap"));
                    zolder.set("bouwkundigeElementen", elementen);
                    r.add(zolder);
                }
                r.add(ruimte("tuin", "Achtertuin", "BTR", "TUI", s == Soort.TWEE_ONDER_EEN_KAP ? m2(9_000, 16_000)
                        : m2(3_000, 6_500), false, List.of(), 0));
                r.add(ruimte("schuur", "Schuur", "OVR", "BER", m2(450, 800), false, List.of(), 0));
            } else {
                r.add(ruimte("berging", "Berging", "OVR", "BER", m2(300, 700), false, List.of(), 0));
                if (s != Soort.BINNENSTAD || i % 2 == 0) {
                    r.add(ruimte("balkon", "Balkon", "BTR", "BAL", m2(300, 900), false, List.of(), 0));
                }
            }
        }
        for (ObjectNode o : r) {
            if (!o.get("soort").get("code").asText().equals("BTR")) {
                totaal = totaal.add(o.get("oppervlakte").decimalValue());
            }
            uit.add(o);
        }
        // walls and shafts: the gebruiksoppervlakte is about 12% more than the indoor rooms
        return totaal.multiply(new BigDecimal("1.12")).intValue();
    }

    private ArrayNode energie(Soort s, int bouwjaar) {
        String label = switch (s) {
            case NIEUWBOUW -> bouwjaar >= 2020 ? kies("A+++", "A++++", "A+++") : kies("A++", "A+", "A++");
            case STUDIO -> kies("A++", "A+++");
            case ZORG, TWEE_ONDER_EEN_KAP -> kies("A", "A+", "B", "A");
            case SENIOREN -> kies("A", "B", "B", "C");
            case RIJWONING -> bouwjaar < 1940 ? kies("D", "E", "F", "G", "C") : bouwjaar < 1980 ? kies("B", "C", "C", "D", "A")
                    : kies("A", "B", "B", "C");
            case PORTIEKFLAT -> kies("C", "D", "D", "E", "F", "B");
            case GALERIJFLAT -> bouwjaar < 2000 ? kies("B", "C", "C", "D", "E") : kies("A", "A", "B");
            case BINNENSTAD -> kies("E", "F", "G", "D");
        };
        ArrayNode uit = N.arrayNode();
        if (s == Soort.BINNENSTAD && kans.nextInt(3) == 0) {
            return uit; // no label: a monument's energy points follow from the bouwjaar and its floor (BB26 §2.4.6.1)
        }
        LocalDate opname = LocalDate.of(2019 + kans.nextInt(7), 1 + kans.nextInt(12), 1 + kans.nextInt(28));
        ObjectNode p = uit.addObject();
        p.set("soort", ref("NTA", "Energielabel conform NTA8800"));
        p.set("status", ref("DEF", "Definitief"));
        p.put("begindatum", opname.toString());
        p.put("einddatum", opname.plusYears(10).toString());
        p.set("label", ref(label, label));
        return uit;
    }

    private ObjectNode adres(Cluster c, int i) {
        int straat = i % c.straten().size();
        int huisnummer = 1 + 2 * (i / c.straten().size()) + (c.soort() == Soort.RIJWONING ? 0 : 1);
        ObjectNode a = N.objectNode();
        a.put("straatnaam", c.straten().get(straat));
        a.put("huisnummer", String.valueOf(huisnummer));
        if (c.soort() == Soort.GALERIJFLAT || c.soort() == Soort.PORTIEKFLAT) {
            a.put("huisnummerToevoeging", String.valueOf((char) ('A' + i % 4)));
        }
        char l1 = (char) ('A' + (c.code().hashCode() & 0x7fffffff) % 20);
        char l2 = (char) ('A' + (straat * 7 + huisnummer / 20) % 26);
        a.put("postcode", c.postcode() + " " + l1 + l2);
        ObjectNode plaats = N.objectNode();
        plaats.put("naam", c.plaats());
        a.set("woonplaats", plaats);
        return a;
    }

    private static ObjectNode ruimte(String id, String naam, String soort, String detail, BigDecimal oppervlakte,
                                     boolean verwarmd, List<String> installaties, int aanrechtMm) {
        ObjectNode r = N.objectNode();
        r.put("id", id);
        r.put("naam", naam);
        r.set("soort", ref(soort, null));
        r.set("detailSoort", ref(detail, null));
        r.put("oppervlakte", oppervlakte);
        r.put("verwarmd", verwarmd);
        if (!installaties.isEmpty()) {
            ArrayNode inst = N.arrayNode();
            installaties.forEach(code -> inst.add(ref(code, null)));
            r.set("installaties", inst);
        }
        if (aanrechtMm > 0) {
            ArrayNode elementen = N.arrayNode();
            ObjectNode aanrecht = elementen.addObject();
            aanrecht.put("id", "aanrecht");
            aanrecht.set("detailSoort", ref("AAN", "Aanrecht"));
            aanrecht.put("lengte", aanrechtMm);
            r.set("bouwkundigeElementen", elementen);
        }
        return r;
    }

    private static ObjectNode ref(String code, String naam) {
        ObjectNode r = N.objectNode();
        r.put("code", code);
        if (naam != null) {
            r.put("naam", naam);
        }
        return r;
    }

    /** An area between the bounds (in hundredths of m²), with two decimals. */
    private BigDecimal m2(int vanCm2, int totCm2) {
        return BigDecimal.valueOf(vanCm2 + kans.nextInt(totCm2 - vanCm2 + 1), 2);
    }

    private String kies(String... opties) {
        return opties[kans.nextInt(opties.length)];
    }
}
