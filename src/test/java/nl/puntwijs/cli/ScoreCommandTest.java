package nl.puntwijs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code score} contract of issue 2: outputs, messages and exit codes. */
class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VECTOR = "/conformance/vera/zelfstandige_woonruimten/input/12006000004.json";
    private static final String VECTOR2 = "/conformance/vera/zelfstandige_woonruimten/input/20002000126.json";

    @TempDir
    Path tmp;

    record Uitvoer(int code, String stdout, String stderr) {
        List<String> foutregels() {
            return stderr.lines().filter(l -> !l.startsWith("waarschuwing:")).toList();
        }
    }

    static Uitvoer voerUit(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PuntwijsCommand.voerUit(args, out, err);
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path kopie(String resource, Path doel) throws IOException {
        Files.createDirectories(doel.getParent());
        try (InputStream in = ScoreCommandTest.class.getResourceAsStream(resource)) {
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

    @Test
    void eenBestandGeeftHetVeraResultaatOpStdout() throws Exception {
        Path invoer = kopie(VECTOR, tmp.resolve("a.json"));
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", invoer.toString());
        assertThat(u.code()).isZero();
        JsonNode r = JSON.readTree(u.stdout());
        assertThat(r.get("punten").asDouble()).isEqualTo(170.0);
        assertThat(r.get("maximaleHuur").decimalValue()).isEqualByComparingTo("1118.23");
        assertThat(r.get("groepen")).hasSize(12);
        assertThat(r.get("groepen").get(0).at("/criteriumGroep/stelselgroep/code").asText()).isEqualTo("OVZ");
        assertThat(u.foutregels()).isEmpty();
    }

    @Test
    void tekstEnJsonFormaat() throws Exception {
        Path invoer = kopie(VECTOR, tmp.resolve("a.json"));
        Uitvoer tekst = voerUit("score", "--peildatum", "2026-07-01", "--format", "text", invoer.toString());
        assertThat(tekst.code()).isZero();
        assertThat(tekst.stdout()).contains("Totaal afgerond op hele punten").contains("170.00 pt")
                .contains("EUR 1118.23").contains("BB26 §2.2.1.1");
        Uitvoer json = voerUit("score", "--peildatum", "2026-07-01", "--format", "json", invoer.toString());
        JsonNode r = JSON.readTree(json.stdout());
        assertThat(r.get("punten").asInt()).isEqualTo(170);
        assertThat(r.get("sector").asText()).isEqualTo("midden");
        assertThat(r.get("rubrieken")).hasSize(13);
        assertThat(r.get("rubrieken").get(0).get("regels").get(0).get("bron").asText()).isEqualTo("BB26 §2.2.1.1");
    }

    @Test
    void meerdereBestandenGevenEenLijstInVolgorde() throws Exception {
        Path a = kopie(VECTOR, tmp.resolve("a.json"));
        Path b = kopie(VECTOR2, tmp.resolve("b.json"));
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", a.toString(), b.toString());
        assertThat(u.code()).isZero();
        JsonNode r = JSON.readTree(u.stdout());
        assertThat(r.isArray()).isTrue();
        assertThat(r).hasSize(2);
        assertThat(r.get(0).get("punten").asInt()).isEqualTo(170);
        assertThat(r.get(1).get("punten").asInt()).isEqualTo(113);
    }

    @Test
    void eenMapMetOutputDirHoudtRelatievePadenEnGelijkeNamenApart() throws Exception {
        Path map = tmp.resolve("invoer");
        kopie(VECTOR, map.resolve("noord/woning.json"));
        kopie(VECTOR2, map.resolve("zuid/woning.json"));
        Path los = kopie(VECTOR2, tmp.resolve("los/los.json"));
        Path uit = tmp.resolve("uit");
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", "--output-dir", uit.toString(), map.toString(),
                los.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).isEmpty();
        assertThat(JSON.readTree(uit.resolve("noord/woning.json").toFile()).get("punten").asInt()).isEqualTo(170);
        assertThat(JSON.readTree(uit.resolve("zuid/woning.json").toFile()).get("punten").asInt()).isEqualTo(113);
        assertThat(JSON.readTree(uit.resolve("los.json").toFile()).get("punten").asInt()).isEqualTo(113);
        try (var bestanden = Files.walk(uit)) {
            assertThat(bestanden.filter(Files::isRegularFile).count()).as("no temporary files left").isEqualTo(3);
        }
    }

    @Test
    void eenLijstVanEenhedenGeeftEenLijstMetNullVoorWatNietKonWorden() throws Exception {
        String goed = new String(ScoreCommandTest.class.getResourceAsStream(VECTOR).readAllBytes(), StandardCharsets.UTF_8);
        Path invoer = bestand("lijst.json", "[" + goed + ", {\"id\": \"fout\", \"ruimten\": [{\"id\": \"r1\", "
                + "\"soort\": {\"code\": \"VTK\"}, \"detailSoort\": {\"code\": \"WOO\"}, \"oppervlakte\": -4.0}]}, "
                + goed + "]");
        Path uit = tmp.resolve("uit");
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", "--output-dir", uit.toString(), invoer.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.foutregels()).containsExactly(invoer + ": [1].ruimten[0].oppervlakte: -4.0 is negatief");
        JsonNode r = JSON.readTree(uit.resolve("lijst.json").toFile());
        assertThat(r).hasSize(3);
        assertThat(r.get(0).get("punten").asInt()).isEqualTo(170);
        assertThat(r.get(1).isNull()).isTrue();
        assertThat(r.get(2).get("punten").asInt()).isEqualTo(170);
    }

    @Test
    void kapotteJsonWordtGemeldEnDeAndereBestandenWordenGewaardeerd() throws Exception {
        Path kapot = bestand("kapot.json", "{\"id\": \"x\", \"ruimten\": [");
        Path goed = kopie(VECTOR, tmp.resolve("goed.json"));
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", kapot.toString(), goed.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.foutregels()).singleElement().asString().startsWith(kapot + ": geen geldige JSON");
        JsonNode r = JSON.readTree(u.stdout());
        assertThat(r.get(0).isNull()).isTrue();
        assertThat(r.get(1).get("punten").asInt()).isEqualTo(170);
        assertThat(u.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void foutieveWaardenNoemenBestandVeldEnWaarde() throws Exception {
        Path invoer = bestand("x.json", """
                {"id": "x", "monumenten": [],
                 "wozEenheden": [{"waardepeildatum": "2025-01-01", "vastgesteldeWaarde": 0}],
                 "bouwjaar": "negentienzeventig",
                 "ruimten": [
                   {"id": "a", "soort": {"code": "VTK"}, "detailSoort": {"code": "WOO"}, "oppervlakte": 20},
                   {"id": "b", "soort": {"code": "VTK"}, "detailSoort": {"code": "SLA"}, "oppervlakte": 25000},
                   {"id": "c", "soort": {"code": "VTK"}, "detailSoort": {"code": "SLA"}, "oppervlakte": 10, "verwarmd": "ja"}
                 ]}""");
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", invoer.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.foutregels()).containsExactlyInAnyOrder(
                invoer + ": bouwjaar: \"negentienzeventig\" is geen getal",
                invoer + ": wozEenheden[0].vastgesteldeWaarde: 0 is kleiner dan 1",
                invoer + ": ruimten[1].oppervlakte: 25000 is onwaarschijnlijk groot (meer dan 10000)",
                invoer + ": ruimten[2].verwarmd: \"ja\" is geen true of false");
    }

    @Test
    void onbekendeCodesZijnWaarschuwingenEnDeEenheidWordtGewaardeerd() throws Exception {
        Path invoer = bestand("x.json", """
                {"id": "x", "monumenten": [], "panden": [{"soort": {"code": "MGW"}}], "bouwjaar": 1990,
                 "energieprestaties": [{"soort": {"code": "NTA"}, "status": {"code": "DEF"}, "begindatum": "2022-01-01",
                   "einddatum": "2032-01-01", "label": {"code": "Q", "naam": "Q"}}],
                 "ruimten": [
                   {"id": "a", "soort": {"code": "VTK"}, "detailSoort": {"code": "XYZ"}, "oppervlakte": 20},
                   {"id": "b", "soort": {"code": "VTK"}, "detailSoort": {"code": "SLA"}, "oppervlakte": 12}
                 ]}""");
        Uitvoer u = voerUit("score", "--peildatum", "2026-07-01", invoer.toString());
        assertThat(u.code()).isZero();
        assertThat(u.foutregels()).isEmpty();
        assertThat(u.stderr()).contains("waarschuwing: " + invoer + ": ruimten[0].detailSoort.code: XYZ is een onbekende ruimtedetailsoort")
                .contains("waarschuwing: " + invoer + ": energieprestaties[0].label:");
        JsonNode r = JSON.readTree(u.stdout());
        assertThat(r.get("groepen").get(0).get("punten").asDouble()).as("only the bedroom counts").isEqualTo(12.0);
        assertThat(r.get("groepen").get(4).get("punten").asDouble()).as("bouwjaar 1990 -> D, meergezins").isEqualTo(11.0);
    }

    @Test
    void eenPeildatumZonderTabellenNoemtDeBeschikbarePeriodes() throws Exception {
        Path invoer = kopie(VECTOR, tmp.resolve("a.json"));
        Uitvoer u = voerUit("score", "--peildatum", "2023-05-01", invoer.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stderr()).contains("2023-05-01").contains("2025-01-01 t/m 2025-12-31")
                .contains("2026-01-01 t/m 2026-12-31");
        assertThat(u.stdout()).isEmpty();
    }

    @Test
    void verkeerdeOpdrachtregelGeeftExitCode2() throws Exception {
        Path invoer = kopie(VECTOR, tmp.resolve("a.json"));
        assertThat(voerUit("score", "--peildatum", "1-7-2026", invoer.toString()).code()).isEqualTo(2);
        assertThat(voerUit("score", "--format", "xml", invoer.toString()).code()).isEqualTo(2);
        Uitvoer optie = voerUit("score", "--interpretatie", "bestaat-niet=ja", invoer.toString());
        assertThat(optie.code()).isEqualTo(2);
        assertThat(optie.stderr()).contains("bestaat-niet").contains("zorgtoeslag-afronding");
        assertThat(voerUit("score").code()).isEqualTo(2);
        Uitvoer ontbreekt = voerUit("score", "--peildatum", "2026-07-01", tmp.resolve("nergens.json").toString());
        assertThat(ontbreekt.code()).isEqualTo(2);
        assertThat(ontbreekt.stderr()).contains("nergens.json: bestand of map bestaat niet");
    }

    @Test
    void eenInterpretatieVerandertHetResultaat() throws Exception {
        // no outdoor space: rubriek 8 is -5 either way; label E: -4 by default, -5 under D12's alternative
        Path invoer = bestand("e.json", """
                {"id": "e", "monumenten": [], "panden": [{"soort": {"code": "MGW"}}],
                 "energieprestaties": [{"soort": {"code": "NTA"}, "status": {"code": "DEF"}, "begindatum": "2022-01-01",
                   "einddatum": "2032-01-01", "label": {"code": "E"}}],
                 "ruimten": [{"id": "a", "soort": {"code": "VTK"}, "detailSoort": {"code": "WOO"}, "oppervlakte": 20}]}""");
        JsonNode standaard = JSON.readTree(voerUit("score", "--peildatum", "2026-07-01", invoer.toString()).stdout());
        JsonNode bhw = JSON.readTree(voerUit("score", "--peildatum", "2026-07-01", "--interpretatie", "D12=min-5",
                invoer.toString()).stdout());
        assertThat(standaard.get("groepen").get(4).get("punten").asDouble()).isEqualTo(-4.0);
        assertThat(bhw.get("groepen").get(4).get("punten").asDouble()).isEqualTo(-5.0);
    }

    @Test
    void versieEnHulp() {
        Uitvoer versie = voerUit("--version");
        assertThat(versie.code()).isZero();
        assertThat(versie.stdout()).startsWith("Puntwijs ");
        Uitvoer hulp = voerUit("score", "--help");
        assertThat(hulp.code()).isZero();
        assertThat(hulp.stdout()).contains("--peildatum").contains("--output-dir").contains("--interpretatie");
    }

    @Test
    void benchDruktEenRegelAf() throws Exception {
        Path invoer = kopie(VECTOR, tmp.resolve("a.json"));
        Uitvoer u = voerUit("bench", "--count", "50", "--peildatum", "2026-07-01", invoer.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout().strip()).matches("bench: 50 eenheden; end-to-end \\d+ eenheden/s; score-only \\d+ eenheden/s");
    }
}
