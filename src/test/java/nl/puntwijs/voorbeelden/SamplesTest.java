package nl.puntwijs.voorbeelden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.puntwijs.cli.PuntwijsCommand;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.io.sjabloon.SjabloonLezer;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.io.vera.ComplexUitVera;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key facts {@code samples/README.md} states about every sample, read through the real readers (and the CLI
 * where the README quotes its output) at the README's peildatum, so that the README cannot silently go stale.
 */
class SamplesTest {

    private static final String PEILDATUM = "2026-07-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private record Uitvoer(int code, String stdout, String stderr) {
    }

    private static Uitvoer puntwijs(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PuntwijsCommand.voerUit(args, out, err);
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode scoreJson(String bestand) throws IOException {
        Uitvoer u = puntwijs("score", "--format", "json", "--peildatum", PEILDATUM, bestand);
        assertThat(u.code()).as(u.stderr()).isZero();
        return JSON.readTree(u.stdout());
    }

    private static JsonNode checkJson(String bestand) throws IOException {
        Uitvoer u = puntwijs("check", "--format", "json", "--peildatum", PEILDATUM, bestand);
        assertThat(u.code()).as(u.stderr()).isZero();
        return JSON.readTree(u.stdout());
    }

    /** The eenheden with the given signal code, with the field it names. */
    private static Map<String, String> signalen(JsonNode check, String code) {
        Map<String, String> uit = new TreeMap<>();
        for (JsonNode s : check) {
            if (s.get("code").asText().equals(code)) {
                uit.put(s.get("eenheid").asText(), s.path("veld").asText());
            }
        }
        return uit;
    }

    private static List<String> ids(String prefix, int van, int tot) {
        List<String> uit = new ArrayList<>();
        for (int i = van; i <= tot; i++) {
            uit.add(String.format("%s%03d", prefix, i));
        }
        return uit;
    }

    @Test
    void hetBakenVerliestDeToeslagPerVleugelEnVerdieping() throws IOException {
        JsonNode d = scoreJson("samples/zorgcomplex-het-baken.json");
        JsonNode t = d.get("totalen");
        assertThat(t.get("woningen").asInt()).isEqualTo(40);
        assertThat(t.get("perSector").toString()).isEqualTo("{\"sociaal\":0,\"midden\":10,\"vrij\":30}");
        assertThat(t.get("zorgwoningen").asInt()).isEqualTo(30);
        assertThat(t.get("zorgwoningenAlleVoorwaarden").asInt()).isEqualTo(30);
        assertThat(t.get("minimumPunten").asInt()).isEqualTo(147);
        assertThat(t.get("maximumPunten").asInt()).isEqualTo(226);
        Map<String, String> zonderToeslag = new TreeMap<>();
        for (JsonNode w : d.get("woningen")) {
            if (!w.get("zorg").get("toeslag").asBoolean()) {
                for (JsonNode v : w.get("zorg").get("voorwaarden")) {
                    if (v.get("uitkomst").asText().equals("niet_voldaan")) {
                        zonderToeslag.put(w.get("eenheid").asText(), v.get("voorwaarde").asText() + ": " + v.get("toelichting").asText());
                    }
                }
            }
        }
        Map<String, String> verwacht = new TreeMap<>();
        ids("BAK-", 1, 5).forEach(id -> verwacht.put(id, "drempelloos: drempel van 3 cm zonder lift of hellingbaan"));
        ids("BAK-", 36, 40).forEach(id -> verwacht.put(id, "drempelloos: smalste gang 112 cm, minder dan 120 cm"));
        assertThat(zonderToeslag).isEqualTo(verwacht);

        JsonNode check = checkJson("samples/zorgcomplex-het-baken.json");
        Map<String, String> zw02 = new TreeMap<>();
        ids("BAK-", 1, 5).forEach(id -> zw02.put(id, "zorg.liftOfHelling"));
        ids("BAK-", 36, 40).forEach(id -> zw02.put(id, "zorg.smalsteGangbreedteCm"));
        assertThat(signalen(check, "ZW-02")).isEqualTo(zw02);
        assertThat(signalen(check, "ZW-01")).isEmpty();
        assertThat(signalen(check, "ZW-03")).isEmpty();
        assertThat(signalen(check, "ZW-05")).isEmpty();
    }

    @Test
    void deLindeKrijgt425PuntenEnVierWoningenGaanNaarMidden() throws IOException {
        JsonNode d = scoreJson("samples/de-linde-complex.json");
        assertThat(d.get("totalen").get("perSector").toString()).isEqualTo("{\"sociaal\":12,\"midden\":12,\"vrij\":0}");
        assertThat(d.get("woningen")).hasSize(24)
                .allSatisfy(w -> assertThat(w.get("puntenUitGedeeldeRuimten").decimalValue()).isEqualByComparingTo("4.25"));
        assertThat(signalen(checkJson("samples/de-linde-complex.json"), "BT-08").keySet())
                .containsExactly("LIN-007", "LIN-009", "LIN-017", "LIN-023");
    }

    @Test
    void deHovenMistAlleenBijHov07DeToeslag() throws IOException {
        JsonNode t = scoreJson("samples/zorgcomplex-de-hoven.json").get("totalen");
        assertThat(t.get("woningen").asInt()).isEqualTo(12);
        assertThat(t.get("perSector").toString()).isEqualTo("{\"sociaal\":1,\"midden\":2,\"vrij\":9}");
        assertThat(t.get("zorgwoningen").asInt()).isEqualTo(11);
        assertThat(signalen(checkJson("samples/zorgcomplex-de-hoven.json"), "ZW-02"))
                .containsExactly(Map.entry("HOV-07", "zorg.smalsteGangbreedteCm"));
    }

    @Test
    void deBulkportefeuilleIsWatDeGeneratorSchrijft() throws IOException {
        byte[] vastgelegd = Files.readAllBytes(Portefeuillegenerator.BESTAND);
        assertThat(Arrays.mismatch(Portefeuillegenerator.bytes(), vastgelegd))
                .as("%s differs from Portefeuillegenerator: run its main", Portefeuillegenerator.BESTAND).isEqualTo(-1);
        assertThat(vastgelegd.length).as("size").isLessThan(15_000_000);
    }

    /**
     * Every eenheid reads without errors and is valued twice: alone, as {@code score} does, and in its cluster with
     * the shared rooms joined, as {@code import} and {@code export} do (the README's distribution).
     */
    @Test
    void deBulkportefeuilleWaardeertZonderFouten() throws Exception {
        byte[] bytes = Files.readAllBytes(Portefeuillegenerator.BESTAND);
        VeraLezer.Document document = new VeraLezer().lees(bytes);
        JsonNode boom = JSON.readTree(bytes);
        Stelsel stelsel = new Stelsel(TabellenLader.standaard());
        LocalDate peildatum = LocalDate.parse(PEILDATUM);
        Map<String, List<Eenheid>> perCluster = new LinkedHashMap<>();
        Map<String, String> namen = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        int zorg = 0;
        int monumenten = 0;
        int gedeeld = 0;
        for (int i = 0; i < document.eenheden().size(); i++) {
            GelezenEenheid g = document.eenheden().get(i);
            assertThat(g.fouten()).as("eenheid %d", i).isEmpty();
            Eenheid e = g.eenheid();
            assertThat(ids.add(e.id())).as("id %s unique", e.id()).isTrue();
            assertThat(stelsel.waardeer(e, peildatum, Interpretatie.standaard()).punten()).isPositive();
            JsonNode cluster = boom.get(i).get("clusters").get(0);
            perCluster.computeIfAbsent(cluster.get("code").asText(), k -> new ArrayList<>()).add(e);
            namen.put(cluster.get("code").asText(), cluster.get("naam").asText());
            zorg += e.doelgroep() != null && e.doelgroep().code().equals("ZOR") ? 1 : 0;
            monumenten += e.monumenten().isEmpty() ? 0 : 1;
            gedeeld += e.ruimten().stream().anyMatch(r -> r.isGedeeld()) ? 1 : 0;
        }
        assertThat(ids).hasSize(2696);
        assertThat(perCluster).hasSize(27);
        assertThat(zorg).isEqualTo(60);
        assertThat(monumenten).isEqualTo(48);
        assertThat(gedeeld).isEqualTo(670);

        Complexwaardering waardering = new Complexwaardering(stelsel);
        Map<Sector, Integer> perSector = new EnumMap<>(Sector.class);
        TreeSet<Integer> punten = new TreeSet<>();
        int gedeeldeRuimten = 0;
        for (Map.Entry<String, List<Eenheid>> c : perCluster.entrySet()) {
            ComplexUitVera.Uitkomst u = ComplexUitVera.maak(c.getKey(), namen.get(c.getKey()), c.getValue());
            assertThat(u.waarschuwingen()).as(c.getKey()).isEmpty();
            ComplexResultaat r = waardering.waardeer(u.complex(), peildatum, Interpretatie.standaard());
            gedeeldeRuimten += r.gedeeldeRuimten().size();
            for (ComplexResultaat.Woning w : r.woningen()) {
                Resultaat res = w.resultaat();
                perSector.merge(res.sector(), 1, Integer::sum);
                punten.add(res.punten());
            }
        }
        assertThat(gedeeldeRuimten).isEqualTo(46);
        assertThat(perSector).containsExactlyInAnyOrderEntriesOf(Map.of(Sector.SOCIAAL, 651, Sector.MIDDEN, 1159,
                Sector.VRIJ, 886));
        assertThat(punten.first()).isEqualTo(92);
        assertThat(punten.last()).isEqualTo(246);
    }

    @Test
    void hetSjabloonIsWatDeGeneratorSchrijftEnImporteertZonderFouten() throws Exception {
        SjabloonLezer lezer = new SjabloonLezer();
        SjabloonLezer.Uitkomst vastgelegd = lezer.lees(Sjabloonvoorbeeld.BESTAND);
        assertThat(vastgelegd.alleFouten()).isEmpty();
        assertThat(vastgelegd.complexen()).hasSize(2);
        assertThat(vastgelegd.woningen()).hasSize(16);
        assertThat(vastgelegd.gedeeldeRuimten()).hasSize(2);
        SjabloonLezer.Uitkomst opnieuw = lezer.lees(Files.write(tmp.resolve("opnieuw.xlsx"), Sjabloonvoorbeeld.bytes()));
        assertThat(vastgelegd).as("%s differs from Sjabloonvoorbeeld: run its main", Sjabloonvoorbeeld.BESTAND)
                .isEqualTo(opnieuw);

        Path db = tmp.resolve("sjabloon.puntwijs");
        Uitvoer u = puntwijs("import", "--db", db.toString(), "--peildatum", PEILDATUM, Sjabloonvoorbeeld.BESTAND.toString());
        assertThat(u.code()).as(u.stderr()).isZero();
        assertThat(u.stdout()).contains("16 eenheden (16 nieuw, 0 bijgewerkt, 0 ongewijzigd) in 2 complexen")
                .contains("'Kleinschalig wonen De Sterrenkamp' (nieuw): 8 woningen; 8 nieuw, 0 bijgewerkt, 0 ongewijzigd; 2 gedeelde ruimten");
        assertThat(u.stderr()).isEmpty();
        JsonNode lijst = JSON.readTree(puntwijs("list", "--db", db.toString(), "--format", "json").stdout());
        Map<String, Integer> sectoren = new TreeMap<>();
        lijst.forEach(w -> sectoren.merge(w.get("complexId").asText() + " " + w.get("sector").asText(), 1, Integer::sum));
        assertThat(sectoren).isEqualTo(Map.of("KMP-KOLK midden", 7, "KMP-KOLK sociaal", 1, "KMP-STERRENKAMP vrij", 8));
    }

    /**
     * The committed workbooks still match the samples: every dwelling of the sample is on the Woningen sheet with the
     * sector it gets now (the bulk portfolio's workbook is checked by its count, reading it whole takes too long).
     */
    @ParameterizedTest
    @ValueSource(strings = {"de-linde-complex", "zorgcomplex-het-baken", "zorgcomplex-de-hoven"})
    void deUitvoerHoortBijHetVoorbeeld(String naam) throws IOException {
        Map<String, String> nu = new TreeMap<>();
        scoreJson("samples/" + naam + ".json").get("woningen")
                .forEach(w -> nu.put(w.get("eenheid").asText(), w.get("punten").asText() + " " + w.get("sector").asText()));
        assertThat(woningenBlad(Path.of("samples/uitvoer/" + naam + ".xlsx"))).isEqualTo(nu);
    }

    @Test
    void erIsUitvoerBijElkVoorbeeld() {
        for (String naam : List.of("de-linde-complex", "zorgcomplex-het-baken", "zorgcomplex-de-hoven", "sjabloon-kampen",
                "woonstichting-betuwestroom")) {
            assertThat(Path.of("samples/uitvoer/" + naam + ".xlsx")).isRegularFile();
        }
        assertThat(woningenBlad(Path.of("samples/uitvoer/sjabloon-kampen.xlsx"))).hasSize(16);
    }

    /** Eenheid to "points sector" from the Woningen sheet of an exported workbook. */
    private static Map<String, String> woningenBlad(Path werkboek) {
        Map<String, String> uit = new TreeMap<>();
        try (Workbook wb = WorkbookFactory.create(werkboek.toFile(), null, true)) {
            Sheet blad = wb.getSheet("Woningen");
            DataFormatter f = new DataFormatter();
            Row kop = blad.getRow(0);
            int punten = -1;
            int sector = -1;
            for (int k = 0; k < kop.getLastCellNum(); k++) {
                String tekst = f.formatCellValue(kop.getCell(k));
                punten = tekst.equals("Totaal punten") ? k : punten;
                sector = tekst.equals("Sector") ? k : sector;
            }
            // data from the third row (two header rows) to the SUBTOTAL row under it
            for (int r = 2; r <= blad.getLastRowNum(); r++) {
                Row rij = blad.getRow(r);
                if (rij == null || rij.getCell(sector) == null || f.formatCellValue(rij.getCell(sector)).isBlank()) {
                    break;
                }
                uit.put(f.formatCellValue(rij.getCell(0)), (int) rij.getCell(punten).getNumericCellValue() + " "
                        + f.formatCellValue(rij.getCell(sector)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return uit;
    }
}
