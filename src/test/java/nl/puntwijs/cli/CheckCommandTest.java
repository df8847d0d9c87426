package nl.puntwijs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} contract of issue 4: one flat JSON array of signals, text per subject, exit 0 or 2. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZORGWONING =
            "/conformance/vera/zelfstandige_woonruimten/stelselgroepen/bijzondere_voorzieningen/input/zorgwoning.json";
    private static final String VECTOR = "/conformance/vera/zelfstandige_woonruimten/input/12006000004.json";
    private static final List<String> SLEUTELS = List.of("bestand", "complex", "eenheid", "code", "naam", "ernst",
            "melding", "bron", "veld", "onbevestigd", "invoer");

    @TempDir
    Path tmp;

    private Path kopie(String resource, String naam) throws IOException {
        Path doel = tmp.resolve(naam);
        Files.createDirectories(doel.getParent());
        try (InputStream in = CheckCommandTest.class.getResourceAsStream(resource)) {
            Files.write(doel, in.readAllBytes());
        }
        return doel;
    }

    private static ScoreCommandTest.Uitvoer check(String... args) {
        String[] alles = new String[args.length + 1];
        alles[0] = "check";
        System.arraycopy(args, 0, alles, 1, args.length);
        return ScoreCommandTest.voerUit(alles);
    }

    private static List<JsonNode> signalen(String stdout) throws IOException {
        JsonNode lijst = JSON.readTree(stdout);
        assertThat(lijst.isArray()).as("one JSON array").isTrue();
        List<JsonNode> uit = new ArrayList<>();
        lijst.forEach(uit::add);
        return uit;
    }

    @Test
    void jsonIsEenPlatteLijstMetEenObjectPerSignaal() throws Exception {
        Path zorg = kopie(ZORGWONING, "zorg.json");
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", "--format", "json", zorg.toString());
        assertThat(u.code()).isZero();
        List<JsonNode> s = signalen(u.stdout());
        assertThat(s).isNotEmpty().allSatisfy(o -> {
            assertThat(o.isObject()).isTrue();
            List<String> velden = new ArrayList<>();
            o.fieldNames().forEachRemaining(velden::add);
            assertThat(velden).containsExactlyElementsOf(SLEUTELS);
            assertThat(o.get("code").asText()).matches("[A-Z]+-\\d\\d");
            assertThat(o.get("ernst").asText()).isIn("info", "waarschuwing", "blokkerend");
            assertThat(o.get("melding").asText()).isNotBlank();
            assertThat(o.get("bron").asText()).isNotBlank();
            assertThat(o.get("veld").asText()).isNotBlank();
            assertThat(o.get("eenheid").asText()).isEqualTo("zorgwoning");
            assertThat(o.get("complex").isNull()).isTrue();
        });
        // the VERA zorgwoning carries only the doelgroep: the surcharge is claimed without its conditions
        JsonNode zw01 = s.stream().filter(o -> o.get("code").asText().equals("ZW-01")).findFirst().orElseThrow();
        assertThat(zw01.get("ernst").asText()).isEqualTo("blokkerend");
        assertThat(zw01.get("veld").asText()).isEqualTo("zorg.woongebouw");
        assertThat(zw01.get("bron").asText()).isEqualTo("BB26 §2.12.1");
        assertThat(zw01.get("melding").asText()).startsWith("De zorgtoeslag van 35% is berekend: 55 punten");
        assertThat(zw01.at("/invoer/doelgroep").asText()).isEqualTo("ZOR");
        // VERA has no rent: the rent rules say so, as info
        JsonNode bt05 = s.stream().filter(o -> o.get("code").asText().equals("BT-05")).findFirst().orElseThrow();
        assertThat(bt05.get("ernst").asText()).isEqualTo("info");
        assertThat(bt05.get("veld").asText()).isEqualTo("huur.kaleHuur");
        assertThat(bt05.get("melding").asText()).isEqualTo("Niet te beoordelen: de kale huur (of geplande huur) ontbreekt.");
    }

    @Test
    void meerdereBestandenEnMappenGevenEenLijst() throws Exception {
        Path map = tmp.resolve("invoer");
        kopie(ZORGWONING, "invoer/a.json");
        kopie(VECTOR, "invoer/sub/b.json");
        ScoreCommandTest.Uitvoer los = check("--peildatum", "2026-07-01", "--format", "json", map.resolve("a.json").toString());
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", "--format", "json", map.toString());
        assertThat(u.code()).isZero();
        List<JsonNode> s = signalen(u.stdout());
        assertThat(s).extracting(o -> o.get("eenheid").asText()).containsOnly("zorgwoning", "12006000004");
        assertThat(s).noneMatch(JsonNode::isArray);
        assertThat(s).filteredOn(o -> o.get("eenheid").asText().equals("zorgwoning"))
                .hasSize(signalen(los.stdout()).size());
    }

    @Test
    void tekstPerWoningMetSamenvatting() throws Exception {
        Path zorg = kopie(ZORGWONING, "zorg.json");
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", zorg.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).startsWith("== woning zorgwoning (" + zorg + ")\n")
                .contains("   [blokkerend] ZW-01 Zorgwoningvoorwaarde ontbreekt\n")
                .contains("      bron: BB26 §2.12.1; veld: zorg.woongebouw\n")
                .endsWith("6 signalen: 1 blokkerend, 0 waarschuwing, 5 info\n");
        assertThat(u.stderr()).contains("waarschuwing: " + zorg + ": wozEenheden: geen WOZ-waarde");
    }

    @Test
    void onleesbareInvoerGeeftExitCode2EnDeRestWordtGecontroleerd() throws Exception {
        Path goed = kopie(ZORGWONING, "goed.json");
        Path kapot = tmp.resolve("kapot.json");
        Files.writeString(kapot, "{\"id\": ");
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", "--format", "json", goed.toString(),
                kapot.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains(kapot + ": geen geldige JSON");
        assertThat(signalen(u.stdout())).isNotEmpty();

        Path leeg = tmp.resolve("leeg.json");
        Files.writeString(leeg, "");
        assertThat(check("--peildatum", "2026-07-01", leeg.toString()).code()).isEqualTo(2);
        ScoreCommandTest.Uitvoer getal = check("--peildatum", "2026-07-01", Files.writeString(tmp.resolve("getal.json"),
                "42").toString());
        assertThat(getal.code()).isEqualTo(2);
        assertThat(getal.stderr()).contains("verwacht een eenheid (object) of een lijst van eenheden");
        assertThat(check("--peildatum", "2026-07-01", tmp.resolve("bestaat-niet.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void eenOngeldigeEenheidIsOnleesbaar() throws Exception {
        Path fout = tmp.resolve("fout.json");
        Files.writeString(fout, "{\"id\": \"x\", \"bouwjaar\": \"oud\"}");
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", "--format", "json", fout.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains(fout + ": bouwjaar");
        assertThat(signalen(u.stdout())).isEmpty();
    }

    @Test
    void eenOnbekendFormaatWordtNietGelezen() throws Exception {
        Path complex = tmp.resolve("complex.json");
        Files.writeString(complex, "{\"formaat\": \"puntwijs-complex/9\", \"id\": \"C1\"}");
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", complex.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains(complex + ": formaat 'puntwijs-complex/9' wordt (nog) niet gelezen");
    }

    @Test
    void signalenZonderFoutGevenAltijdExitCode0() throws Exception {
        // a dwelling with blocking signals is not an error of the command
        Path zorg = kopie(ZORGWONING, "zorg.json");
        assertThat(check("--peildatum", "2025-12-31", zorg.toString()).code()).isZero();
        assertThat(check("--peildatum", "2026-01-01", "--format", "json", zorg.toString()).code()).isZero();
    }

    @Test
    void verkeerdeOpdrachtregelGeeftExitCode2() throws Exception {
        Path zorg = kopie(ZORGWONING, "zorg.json");
        ScoreCommandTest.Uitvoer datum = check("--peildatum", "2030-01-01", zorg.toString());
        assertThat(datum.code()).isEqualTo(2);
        assertThat(datum.stderr()).contains("geen tabellen voor peildatum 2030-01-01");
        assertThat(check("--format", "vera", zorg.toString()).code()).isEqualTo(2);
        assertThat(check("--peildatum", "1-7-2026", zorg.toString()).code()).isEqualTo(2);
        assertThat(check().code()).isEqualTo(2);
    }

    @Test
    void checkStaatInDeHulp() {
        ScoreCommandTest.Uitvoer u = ScoreCommandTest.voerUit("--help");
        assertThat(u.stdout()).contains("check").contains("knelpunten");
    }

    @Test
    void eenComplexbestandGeeftComplexEnWoningsignalen() throws Exception {
        // samples/zorgcomplex-de-hoven.json: 12 zorgwoningen, HOV-07 has a corridor of 110 cm
        Path sample = Path.of("samples/zorgcomplex-de-hoven.json");
        ScoreCommandTest.Uitvoer u = check("--peildatum", "2026-07-01", "--format", "json", sample.toString());
        assertThat(u.code()).isZero();
        List<JsonNode> s = signalen(u.stdout());
        assertThat(s).anySatisfy(o -> {
            assertThat(o.get("complex").asText()).isEqualTo("HOVEN");
            assertThat(o.get("code").asText()).isEqualTo("GR-01");
        });
        assertThat(s).anySatisfy(o -> {
            assertThat(o.get("eenheid").asText()).isEqualTo("HOV-07");
            assertThat(o.get("code").asText()).isEqualTo("ZW-02");
            assertThat(o.get("ernst").asText()).isEqualTo("blokkerend");
            assertThat(o.get("veld").asText()).isEqualTo("zorg.smalsteGangbreedteCm");
            assertThat(o.get("melding").asText()).contains("110");
        });
        assertThat(s).noneSatisfy(o -> {
            assertThat(o.get("eenheid").asText()).isEqualTo("HOV-01");
            assertThat(o.get("code").asText()).isEqualTo("ZW-02");
        });
    }
}
