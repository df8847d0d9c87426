package nl.puntwijs.cli;

import static nl.puntwijs.cli.ScoreCommandTest.voerUit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.cli.ScoreCommandTest.Uitvoer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score} with complex files (puntwijs-complex/1): each output format, --output-dir, errors, mixed folders. */
class ScoreComplexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DE_LINDE = Path.of("samples/de-linde-complex.json");
    private static final Path DE_HOVEN = Path.of("samples/zorgcomplex-de-hoven.json");
    private static final String VECTOR = "/conformance/vera/zelfstandige_woonruimten/input/12006000004.json";
    private static final String PEILDATUM = "2026-07-01";

    @TempDir
    Path tmp;

    private static Uitvoer score(String... args) {
        List<String> alle = new ArrayList<>(List.of("score", "--peildatum", PEILDATUM));
        alle.addAll(List.of(args));
        return voerUit(alle.toArray(String[]::new));
    }

    private Path vera(Path doel) throws IOException {
        Files.createDirectories(doel.getParent());
        try (InputStream in = ScoreComplexTest.class.getResourceAsStream(VECTOR)) {
            Files.write(doel, in.readAllBytes());
        }
        return doel;
    }

    private Path bestand(String naam, String inhoud) throws IOException {
        Path p = tmp.resolve(naam);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud);
        return p;
    }

    private static BigDecimal punten(JsonNode veraResultaat, String code) {
        for (JsonNode groep : veraResultaat.get("groepen")) {
            if (groep.at("/criteriumGroep/stelselgroep/code").asText().equals(code)) {
                return groep.get("punten").decimalValue();
            }
        }
        throw new AssertionError("geen groep " + code);
    }

    @Test
    void deLindeIsHetVoorbeeldVanDeSpec() throws Exception {
        // spec §4.3: 80 m² ontmoetingsruimte with pantry kitchen and toilet room, 24 dwellings: 101.75 / 24 -> 4.25
        Uitvoer met = score("--format", "vera", DE_LINDE.toString());
        assertThat(met.code()).isZero();
        assertThat(met.stderr()).isEmpty();
        JsonNode resultaten = JSON.readTree(met.stdout());
        assertThat(resultaten.isArray()).isTrue();
        assertThat(resultaten).hasSize(24);
        for (JsonNode r : resultaten) {
            assertThat(punten(r, "GVR")).isEqualByComparingTo("4.25");
        }
        // the same complex without its shared space
        ObjectNode zonder = (ObjectNode) JSON.readTree(DE_LINDE.toFile());
        zonder.remove("gedeeldeRuimten");
        Path zonderPad = bestand("zonder.json", JSON.writeValueAsString(zonder));
        JsonNode zonderResultaten = JSON.readTree(score("--format", "vera", zonderPad.toString()).stdout());
        int overgestoken = 0;
        for (int i = 0; i < 24; i++) {
            int puntenMet = resultaten.get(i).get("punten").asInt();
            int puntenZonder = zonderResultaten.get(i).get("punten").asInt();
            assertThat(puntenMet - puntenZonder).isBetween(4, 5);
            if (puntenZonder <= 143 && puntenMet >= 144) {
                overgestoken++;
            }
        }
        assertThat(overgestoken).as("dwellings the shared points push from sociaal to midden").isGreaterThanOrEqualTo(1);

        JsonNode complex = JSON.readTree(score("--format", "json", DE_LINDE.toString()).stdout());
        int sociaalZonder = 0;
        for (JsonNode r : zonderResultaten) {
            sociaalZonder += r.get("punten").asInt() <= 143 ? 1 : 0;
        }
        assertThat(complex.at("/totalen/perSector/sociaal").asInt()).isEqualTo(sociaalZonder - overgestoken);
    }

    @Test
    void jsonGeeftTotalenZorgtoetsBeideMethodenEnDeToedeling() throws Exception {
        Uitvoer u = score("--format", "json", DE_LINDE.toString());
        assertThat(u.code()).isZero();
        JsonNode c = JSON.readTree(u.stdout());
        assertThat(c.get("complex").asText()).isEqualTo("LINDE");
        assertThat(c.get("naam").asText()).isEqualTo("De Linde");
        assertThat(c.get("peildatum").asText()).isEqualTo(PEILDATUM);
        assertThat(c.at("/methodeGemeenschappelijkeRuimten/code").asText()).isEqualTo("forfaitair");
        JsonNode t = c.get("totalen");
        assertThat(t.get("woningen").asInt()).isEqualTo(24);
        assertThat(t.at("/perSector/sociaal").asInt() + t.at("/perSector/midden").asInt()
                + t.at("/perSector/vrij").asInt()).isEqualTo(24);
        assertThat(t.get("puntenUitGedeeldeRuimten").decimalValue()).isEqualByComparingTo("102.00");
        assertThat(t.get("zorgwoningen").asInt()).isZero();

        JsonNode w = c.get("woningen").get(0);
        assertThat(w.get("eenheid").asText()).isEqualTo("LIN-001");
        assertThat(w.get("puntenUitGedeeldeRuimten").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(w.get("puntenUitZorgtoeslag").decimalValue()).isEqualByComparingTo("0");
        assertThat(w.at("/gedeeldeRuimten/0/ruimte").asText()).isEqualTo("ontmoetingsruimte");
        assertThat(w.at("/gedeeldeRuimten/0/punten").decimalValue()).isEqualByComparingTo("4.2396");
        assertThat(w.at("/gedeeldeRuimten/0/uitleg").asText()).isEqualTo("101.75 punten / 24 adressen");
        assertThat(w.at("/zorg/besluit").asText()).isEqualTo("geen_zorgwoning");
        assertThat(w.at("/andereMethode/methode").asText()).isEqualTo("gemeten");
        assertThat(w.at("/andereMethode/verschilPunten").asInt()).isZero();
        assertThat(w.at("/andereMethode/verschilMaximaleHuur").decimalValue()).isEqualByComparingTo("0");
        // the full explained result, as for a single dwelling
        JsonNode r = w.get("resultaat");
        assertThat(r.get("eenheid").asText()).isEqualTo("LIN-001");
        assertThat(r.get("rubrieken")).hasSize(13);
        assertThat(r.get("punten").asInt()).isEqualTo(w.get("punten").asInt());
        assertThat(r.get("rubrieken").get(8).get("code").asText()).isEqualTo("GVR");
        assertThat(r.get("rubrieken").get(8).get("punten").decimalValue()).isEqualByComparingTo("4.25");

        JsonNode o = c.at("/gedeeldeRuimten/0");
        assertThat(o.get("id").asText()).isEqualTo("ontmoetingsruimte");
        assertThat(o.get("soort").asText()).isEqualTo("ontmoetingsruimte");
        assertThat(o.get("adressen").asInt()).isEqualTo(24);
        assertThat(o.get("woningen")).hasSize(24);
        assertThat(o.at("/punten/GVR").decimalValue()).isEqualByComparingTo("101.75");
        assertThat(o.get("puntenTotaal").decimalValue()).isEqualByComparingTo("101.75");
        assertThat(o.get("puntenPerWoning").decimalValue()).isEqualByComparingTo("4.2396");
        assertThat(o.get("maximaleHuurPerMaand").decimalValue()).isPositive();
        assertThat(c.get("meldingen")).isEmpty();
    }

    @Test
    void zorgcomplexToontDeZorgtoetsEnBeideMethoden() throws Exception {
        Uitvoer u = score("--format", "json", DE_HOVEN.toString());
        assertThat(u.code()).isZero();
        JsonNode c = JSON.readTree(u.stdout());
        assertThat(c.at("/totalen/woningen").asInt()).isEqualTo(12);
        assertThat(c.at("/totalen/zorgwoningen").asInt()).isEqualTo(11);
        assertThat(c.at("/totalen/zorgwoningenAlleVoorwaarden").asInt()).isEqualTo(11);
        for (JsonNode w : c.get("woningen")) {
            if (w.get("eenheid").asText().equals("HOV-07")) {
                assertThat(w.at("/zorg/besluit").asText()).isEqualTo("niet_toegepast");
                JsonNode drempelloos = w.at("/zorg/voorwaarden/1");
                assertThat(drempelloos.get("voorwaarde").asText()).isEqualTo("drempelloos");
                assertThat(drempelloos.get("uitkomst").asText()).isEqualTo("niet_voldaan");
                assertThat(drempelloos.get("toelichting").asText()).isEqualTo("smalste gang 110 cm, minder dan 120 cm");
                assertThat(drempelloos.get("bron").asText()).isEqualTo("BB26 §2.12.1");
                assertThat(w.get("puntenUitZorgtoeslag").decimalValue()).isEqualByComparingTo("0");
                // not a zorgwoning: its shared rooms are measured with either method
                assertThat(w.at("/andereMethode/verschilPunten").asInt()).isZero();
            } else {
                assertThat(w.at("/zorg/besluit").asText()).isEqualTo("toegepast");
                assertThat(w.get("puntenUitZorgtoeslag").decimalValue()).isPositive();
                assertThat(w.at("/resultaat/rubrieken/8/punten").decimalValue()).as("flat 3 points").isEqualByComparingTo("3");
                // measured: (64 + 2.25 + 4 + 1 + 14 + 1) / 12 + 20.25 / 12 = 8.875 -> 9.00 points instead of 3
                assertThat(w.at("/andereMethode/gemeenschappelijkeRuimten").decimalValue()).isEqualByComparingTo("9.00");
                assertThat(w.at("/andereMethode/verschilPunten").asInt()).isPositive();
                assertThat(w.at("/andereMethode/verschilMaximaleHuur").decimalValue()).isPositive();
            }
        }
        Uitvoer tekst = score("--format", "text", DE_HOVEN.toString());
        assertThat(tekst.stdout()).contains("ZORGWONINGEN  (BB26 §2.12.1)")
                .contains("HOV-07: geen zorgtoeslag: een voorwaarde is niet voldaan")
                .contains("niet voldaan (smalste gang 110 cm, minder dan 120 cm)");
    }

    @Test
    void tekstGeeftEenSamenvattingEnElkeWoning() throws Exception {
        Uitvoer u = score("--format", "text", DE_LINDE.toString());
        assertThat(u.code()).isZero();
        String s = u.stdout();
        assertThat(s).startsWith("COMPLEX De Linde (LINDE)\n");
        assertThat(s).contains("TOTALEN").contains("GEDEELDE RUIMTEN").contains("WONINGEN")
                .contains("Per woning (101.75 / 24, onafgerond)").contains("4.2396 pt")
                .contains("LIN-024        Lindehof 24, 7422 LH Deventer");
        assertThat(s.split("PUNTENTELLING LIN-", -1)).hasSize(25);
        assertThat(s.indexOf("PUNTENTELLING LIN-001")).isLessThan(s.indexOf("PUNTENTELLING LIN-024"));
        assertThat(s).contains("Gedeeld met 24 adressen: 101.75 punten / 24");
    }

    @Test
    void outputDirBevatDeLijstVanVeraResultaten() throws Exception {
        Path uit = tmp.resolve("uit");
        Uitvoer u = score("--output-dir", uit.toString(), DE_LINDE.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).isEmpty();
        JsonNode lijst = JSON.readTree(uit.resolve("de-linde-complex.json").toFile());
        assertThat(lijst).hasSize(24);
        assertThat(lijst.get(0).get("punten").isNumber()).isTrue();
        assertThat(lijst.get(0).get("stelsel").get("code").asText()).isEqualTo("ZEL");

        Path uitJson = tmp.resolve("uit-json");
        assertThat(score("--format", "json", "--output-dir", uitJson.toString(), DE_LINDE.toString()).code()).isZero();
        assertThat(JSON.readTree(uitJson.resolve("de-linde-complex.json").toFile()).get("totalen").get("woningen").asInt())
                .isEqualTo(24);
    }

    @Test
    void eenMapMetVeraEnComplexbestanden() throws Exception {
        Path map = tmp.resolve("invoer");
        vera(map.resolve("a-eenheid.json"));
        Files.createDirectories(map.resolve("complexen"));
        Files.copy(DE_LINDE, map.resolve("complexen/linde.json"));
        Uitvoer u = score(map.toString());
        assertThat(u.code()).isZero();
        JsonNode r = JSON.readTree(u.stdout());
        assertThat(r).hasSize(2);
        assertThat(r.get(0).get("punten").asInt()).as("the VERA file, valued as before").isEqualTo(170);
        assertThat(r.get(1).isArray()).isTrue();
        assertThat(r.get(1)).hasSize(24);

        Path uit = tmp.resolve("uit");
        assertThat(score("--format", "json", "--output-dir", uit.toString(), map.toString()).code()).isZero();
        assertThat(JSON.readTree(uit.resolve("a-eenheid.json").toFile()).get("punten").asInt()).isEqualTo(170);
        assertThat(JSON.readTree(uit.resolve("complexen/linde.json").toFile()).get("complex").asText()).isEqualTo("LINDE");
    }

    @Test
    void eenOngeldigComplexGeeftExitCode2MetMeldingenEnDeAndereInvoerWordtGewaardeerd() throws Exception {
        ObjectNode complex = (ObjectNode) JSON.readTree(DE_LINDE.toFile());
        ArrayNode ruimten = (ArrayNode) complex.get("gedeeldeRuimten");
        ((ArrayNode) ruimten.get(0).get("woningen")).add("LIN-003").add("LIN-099");
        ruimten.addObject().put("id", "logeer").put("naam", "Logeerkamer").put("soort", "logeerkamer").putArray("woningen");
        ((ObjectNode) complex.get("woningen").get(2)).putObject("zorg").put("smalsteGangbreedteCm", 1.2);
        Path ongeldig = bestand("ongeldig.json", JSON.writeValueAsString(complex));
        Path goed = vera(tmp.resolve("goed.json"));

        Uitvoer u = score(ongeldig.toString(), goed.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.foutregels()).containsExactly(
                ongeldig + ": gedeeldeRuimten[0].woningen[24]: woning 'LIN-003' is twee keer gekoppeld "
                        + "(complex 'De Linde', gedeelde ruimte 'Ontmoetingsruimte')",
                ongeldig + ": gedeeldeRuimten[0].woningen[25]: woning 'LIN-099' bestaat niet in dit complex "
                        + "(complex 'De Linde', gedeelde ruimte 'Ontmoetingsruimte')",
                ongeldig + ": gedeeldeRuimten[1].woningen: geen woningen met gebruiksrecht gekoppeld; de ruimte kan niet "
                        + "worden verdeeld (complex 'De Linde', gedeelde ruimte 'Logeerkamer')");
        assertThat(u.stderr()).contains("waarschuwing: " + ongeldig + ": woningen[2].zorg.smalsteGangbreedteCm: 1.2 cm is "
                + "onwaarschijnlijk smal: in meters ingevuld?")
                .contains("waarschuwing: " + ongeldig + ": gedeeldeRuimten[1].ruimten: geen ruimten");
        JsonNode r = JSON.readTree(u.stdout());
        assertThat(r.get(0).isNull()).isTrue();
        assertThat(r.get(1).get("punten").asInt()).isEqualTo(170);
        assertThat(u.stderr()).doesNotContain("Exception");

        Path uit = tmp.resolve("uit");
        assertThat(score("--output-dir", uit.toString(), ongeldig.toString(), goed.toString()).code()).isEqualTo(2);
        assertThat(uit.resolve("ongeldig.json")).doesNotExist();
        assertThat(uit.resolve("goed.json")).exists();
    }

    @Test
    void leesfoutenNoemenPadEnWaarde() throws Exception {
        Path p = bestand("c.json", """
                {"formaat": "puntwijs-complex/1", "id": "C", "naam": "Test",
                 "woningen": [{"id": "W1", "ruimten": [{"id": "r", "soort": "VTK", "detailsoort": "WOO", "oppervlakte": -4}]},
                              {"id": "W2", "pandsoort": "flat"}]}""");
        Uitvoer u = score(p.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.foutregels()).containsExactly(p + ": woningen[0].ruimten[0].oppervlakte: -4 is negatief",
                p + ": woningen[1].pandsoort: \"flat\" is geen pandsoort: \"eengezins\" of \"meergezins\"");
    }

    @Test
    void waarschuwingenVanDeWaarderingNoemenHetPadInHetComplexbestandEnEenGedeeldeRuimteEenKeer() throws Exception {
        Path p = bestand("c.json", """
                {"formaat": "puntwijs-complex/1", "id": "C", "naam": "Test",
                 "woningen": [
                   {"id": "W1", "pandsoort": "meergezins",
                    "ruimten": [{"id": "r", "soort": "VTK", "detailsoort": "WOO", "oppervlakte": 30}]},
                   {"id": "W2", "pandsoort": "meergezins",
                    "ruimten": [{"id": "r", "soort": "VTK", "detailsoort": "WOO", "oppervlakte": 30}]}],
                 "gedeeldeRuimten": [{"id": "p", "naam": "Parkeren", "soort": "parkeervoorziening", "woningen": ["W1", "W2"],
                   "ruimten": [{"id": "vak", "naam": "Vak", "soort": "BTR", "detailsoort": "PBC", "oppervlakte": 10}]}]}""");
        Uitvoer u = score(p.toString());
        assertThat(u.code()).isZero();
        List<String> regels = u.stderr().lines().toList();
        assertThat(regels).filteredOn(l -> l.contains("gedeeldeRuimten[0].ruimten[0].oppervlakte"))
                .containsExactly("waarschuwing: " + p + ": gedeeldeRuimten[0].ruimten[0].oppervlakte: Parkeren: Vak: "
                        + "kleiner dan 12 m²; geen parkeerplek (BB26 §2.10.2)");
        for (int i = 0; i < 2; i++) {
            String woz = "waarschuwing: " + p + ": woningen[" + i + "].wozWaarden: geen WOZ-waarde voor peildatum " + PEILDATUM;
            assertThat(regels).filteredOn(l -> l.startsWith(woz)).hasSize(1);
        }
        assertThat(regels).noneMatch(l -> l.contains(": ruimten[") || l.contains("wozEenheden"));
    }

    @Test
    void eenExplicieteInterpretatieVoorGemeenschappelijkeRuimtenWijktVoorDeMethodeVanHetComplex() throws Exception {
        Uitvoer u = score("--format", "json", "--interpretatie", "zorg-gemeenschappelijke-ruimten=gemeten",
                DE_HOVEN.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stderr()).contains("waarschuwing: " + DE_HOVEN + ": methodeGemeenschappelijkeRuimten: het complex "
                + "kiest \"forfaitair\"; --interpretatie zorg-gemeenschappelijke-ruimten=gemeten geldt niet voor dit complex");
        assertThat(JSON.readTree(u.stdout()).at("/woningen/0/resultaat/rubrieken/8/punten").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(score("--format", "json", DE_HOVEN.toString()).stderr()).isEmpty();
    }

    @Test
    void benchSlaatComplexbestandenOver() throws Exception {
        Path map = tmp.resolve("invoer");
        vera(map.resolve("a.json"));
        Files.copy(DE_LINDE, map.resolve("b.json"));
        Uitvoer u = voerUit("bench", "--count", "20", "--peildatum", PEILDATUM, map.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stderr()).contains("b.json: complexbestand; bench meet alleen VERA-eenheden (overgeslagen)");
    }
}
