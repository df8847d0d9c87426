package nl.puntwijs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code import}, {@code list}, {@code rescore} and {@code backup}: outputs, messages, exit codes. */
class PortefeuilleCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAP = "/conformance/vera/zelfstandige_woonruimten/input/";

    @TempDir
    Path tmp;

    record Uitvoer(int code, String stdout, String stderr) {
        List<String> foutregels() {
            return stderr.lines().filter(l -> !l.startsWith("waarschuwing:") && !l.startsWith("voortgang:")).toList();
        }
    }

    static Uitvoer voerUit(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PuntwijsCommand.voerUit(args, out, err);
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path vector(String id, Path doel) throws Exception {
        Files.createDirectories(doel.getParent());
        try (InputStream in = PortefeuilleCommandTest.class.getResourceAsStream(MAP + id + ".json")) {
            Files.write(doel, in.readAllBytes());
        }
        return doel;
    }

    private Path map() throws Exception {
        Path map = tmp.resolve("invoer");
        vector("12006000004", map.resolve("noord/a.json"));
        vector("20002000126", map.resolve("noord/b.json"));
        vector("41027000003", map.resolve("zuid/c.json"));
        Files.writeString(map.resolve("lees-mij.txt"), "geen invoer");
        return map;
    }

    @Test
    void importeerEenMapEnToonDeLijst() throws Exception {
        Path db = tmp.resolve("nieuw/portefeuille.puntwijs");
        Uitvoer u = voerUit("import", "--db", db.toString(), "--complex", "Noord", "--peildatum", "2026-07-01",
                map().toString());
        assertThat(u.code()).isZero();
        assertThat(u.foutregels()).isEmpty();
        assertThat(u.stdout()).contains("3 eenheden (3 nieuw, 0 bijgewerkt, 0 ongewijzigd) in 1 complex")
                .contains("3 resultaten op peildatum 2026-07-01").contains("complex 'Noord' (nieuw)");
        assertThat(u.stderr()).contains("waarschuwing: " + tmp.resolve("invoer/noord/a.json") + ": adres: onvolledig");

        Uitvoer lijst = voerUit("list", "--db", db.toString(), "--format", "json");
        assertThat(lijst.code()).isZero();
        JsonNode r = JSON.readTree(lijst.stdout());
        assertThat(r).hasSize(3);
        assertThat(r.get(0).get("eenheid").asText()).isEqualTo("12006000004");
        assertThat(r.get(0).get("complex").asText()).isEqualTo("Noord");
        assertThat(r.get(0).get("punten").asInt()).isEqualTo(170);
        assertThat(r.get(0).get("peildatum").asText()).isEqualTo("2026-07-01");
        assertThat(r.get(1).get("punten").asInt()).isEqualTo(113);

        Uitvoer tekst = voerUit("list", "--db", db.toString());
        assertThat(tekst.stdout()).contains("Noord (3 woningen)").contains("12006000004").contains("170");
    }

    @Test
    void opnieuwImporterenWerktBijEnStaatInHetAuditspoor() throws Exception {
        Path db = tmp.resolve("p.puntwijs");
        Path a = vector("12006000004", tmp.resolve("a.json"));
        assertThat(voerUit("import", "--db", db.toString(), "--complex", "Noord", "--peildatum", "2026-07-01", a.toString()).code()).isZero();
        String gewijzigd = Files.readString(a).replace("\"bouwjaar\": 1981", "\"bouwjaar\": 1982");
        assertThat(gewijzigd).contains("1982");
        Files.writeString(a, gewijzigd);
        Uitvoer u = voerUit("import", "--db", db.toString(), "--complex", "Noord", "--peildatum", "2026-07-01", a.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).contains("1 eenheden (0 nieuw, 1 bijgewerkt, 0 ongewijzigd)");
        assertThat(JSON.readTree(voerUit("list", "--db", db.toString(), "--format", "json").stdout())).hasSize(1);
        try (Portfolio p = Portfolio.open(db)) {
            long id = p.repository().complex("Noord").orElseThrow().id();
            assertThat(p.repository().laad(id).woningen().get(0).bouwjaar()).isEqualTo(1982);
            assertThat(p.repository().wijzigingen(id)).filteredOn(w -> w.veld().equals("bouwjaar")).singleElement()
                    .satisfies(w -> {
                        assertThat(w.oud()).isEqualTo("1981");
                        assertThat(w.nieuw()).isEqualTo("1982");
                        assertThat(w.reden()).isEqualTo("import " + a);
                    });
        }
    }

    @Test
    void eenOngeldigRecordBetekentDatErNietsWordtOpgeslagen() throws Exception {
        Path db = tmp.resolve("p.puntwijs");
        Path goed = vector("12006000004", tmp.resolve("goed.json"));
        Path fout = tmp.resolve("fout.json");
        Files.writeString(fout, "[{\"id\": \"F1\", \"ruimten\": [{\"id\": \"r1\", \"soort\": {\"code\": \"VTK\"}, "
                + "\"detailSoort\": {\"code\": \"WOO\"}, \"oppervlakte\": -4.0}]}, {\"bouwjaar\": 1990}]");
        Path kapot = tmp.resolve("kapot.json");
        Files.writeString(kapot, "{\"id\": ");
        Uitvoer u = voerUit("import", "--db", db.toString(), "--complex", "X", goed.toString(), fout.toString(), kapot.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.foutregels()).contains(fout + "[0]: [0].ruimten[0].oppervlakte: -4.0 is negatief")
                .anySatisfy(l -> assertThat(l).startsWith(fout + "[1]: [1].id: ontbreekt"))
                .anySatisfy(l -> assertThat(l).startsWith(kapot + ": geen geldige JSON"))
                .anySatisfy(l -> assertThat(l).contains("3 ongeldige records; er is niets opgeslagen"));
        assertThat(db).doesNotExist();

        Uitvoer over = voerUit("import", "--db", db.toString(), "--complex", "X", "--skip-invalid", goed.toString(),
                fout.toString(), kapot.toString());
        assertThat(over.code()).isEqualTo(2);
        assertThat(over.stdout()).contains("1 eenheden (1 nieuw")
                .contains("overgeslagen: " + fout + "[0] (eenheid F1): [0].ruimten[0].oppervlakte: -4.0 is negatief")
                .contains("overgeslagen: " + fout + "[1]: [1].id: ontbreekt")
                .contains("overgeslagen: " + kapot + ": geen geldige JSON");
        assertThat(JSON.readTree(voerUit("list", "--db", db.toString(), "--format", "json").stdout()))
                .extracting(n -> n.get("eenheid").asText()).containsExactly("12006000004");
    }

    @Test
    void gedeeldeRuimtenEnClustersUitVera() throws Exception {
        Path db = tmp.resolve("p.puntwijs");
        Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(tmp.resolve("in/e" + i + ".json"), ("""
                    {"id": "E%d", "clusters": [{"code": "CL-7", "naam": "De Linde"}], "monumenten": [],
                     "adres": {"straatnaam": "Lindelaan", "huisnummer": "%d", "postcode": "1234AB", "woonplaats": {"naam": "Utrecht"}},
                     "ruimten": [
                      {"id": "kamer", "soort": {"code": "VTK"}, "detailSoort": {"code": "WOO"}, "oppervlakte": 30, "verwarmd": true},
                      {"id": "OR-1", "naam": "Ontmoetingsruimte", "soort": {"code": "VTK"}, "detailSoort": {"code": "REC"},
                       "oppervlakte": 80, "verwarmd": true, "gedeeldMetAantalAdressen": 24}]}""").formatted(i, i));
        }
        Uitvoer u = voerUit("import", "--db", db.toString(), "--peildatum", "2026-07-01", tmp.resolve("in").toString());
        assertThat(u.code()).isZero();
        assertThat(u.stderr()).doesNotContain("adres: onvolledig");
        assertThat(u.stdout()).contains("complex 'De Linde' (nieuw): 3 woningen").contains("1 gedeelde ruimte");
        try (Portfolio p = Portfolio.open(db)) {
            PortfolioRepository.ComplexInfo info = p.repository().complex("CL-7").orElseThrow();
            var complex = p.repository().laad(info.id());
            assertThat(complex.gedeeldeRuimten()).singleElement().satisfies(g -> {
                assertThat(g.woningen()).containsExactly("E1", "E2", "E3");
                assertThat(g.adressen()).isEqualTo(24);
            });
            assertThat(complex.woningen().get(0).adres().regel()).isEqualTo("Lindelaan 1, 1234AB Utrecht");
            assertThat(p.resultaten().resultaat("E1", LocalDate.of(2026, 7, 1)).orElseThrow()
                    .perRubriek().get(nl.puntwijs.core.stelsel.Stelselgroep.GVR)).isPositive();
        }
    }

    @Test
    void rescoreSlaatEenTweedePeildatumOpEnBackupMaaktEenKopie() throws Exception {
        Path db = tmp.resolve("p.puntwijs");
        assertThat(voerUit("import", "--db", db.toString(), "--complex", "Noord", "--peildatum", "2026-07-01",
                map().toString()).code()).isZero();
        Uitvoer u = voerUit("rescore", "--db", db.toString(), "--peildatum", "2025-07-01");
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).contains("herberekend: 3 woningen op peildatum 2025-07-01");
        assertThat(u.stderr()).contains("voortgang: gewaardeerd 3/3");
        JsonNode lijst = JSON.readTree(voerUit("list", "--db", db.toString(), "--format", "json").stdout());
        assertThat(lijst).allSatisfy(n -> assertThat(n.get("peildatum").asText()).isEqualTo("2025-07-01"));
        try (Portfolio p = Portfolio.open(db)) {
            assertThat(p.resultaten().peildata()).containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1));
        }
        Path kopie = tmp.resolve("kopie/p-kopie.puntwijs");
        Uitvoer b = voerUit("backup", "--db", db.toString(), "--out", kopie.toString());
        assertThat(b.code()).isZero();
        assertThat(b.stdout()).contains("kopie geschreven: " + kopie);
        assertThat(JSON.readTree(voerUit("list", "--db", kopie.toString(), "--format", "json").stdout())).hasSize(3);

        assertThat(voerUit("rescore", "--db", db.toString(), "--peildatum", "1999-01-01").code()).isEqualTo(2);
        assertThat(voerUit("rescore", "--db", db.toString()).code()).isEqualTo(2);
    }

    @Test
    void eenOnbruikbaarBestandGeeftEenMeldingEnExitcode2() throws Exception {
        Path tekst = tmp.resolve("notities.puntwijs");
        Files.writeString(tekst, "geen database\n".repeat(20));
        Uitvoer u = voerUit("list", "--db", tekst.toString(), "--format", "json");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.stderr()).startsWith("fout: " + tekst).contains("geen Puntwijs-portefeuille");
        assertThat(Files.readString(tekst)).isEqualTo("geen database\n".repeat(20));
        Uitvoer i = voerUit("import", "--db", tekst.toString(), vector("12006000004", tmp.resolve("a.json")).toString());
        assertThat(i.code()).isEqualTo(2);
        assertThat(voerUit("import", "--db", tmp.resolve("x.puntwijs").toString(), tmp.resolve("bestaat-niet").toString()).code())
                .isEqualTo(2);
        assertThat(voerUit("list").code()).isEqualTo(2);
    }

    @Test
    void eenComplexbestandWordtInZijnGeheelGeimporteerd() throws Exception {
        // samples/zorgcomplex-de-hoven.json: zorg conditions, method and shared spaces come along, and the stored
        // complex values exactly as the file does
        Path db = tmp.resolve("p.puntwijs");
        Path sample = Path.of("samples/zorgcomplex-de-hoven.json");
        Uitvoer u = voerUit("import", "--db", db.toString(), "--peildatum", "2026-07-01", sample.toString());
        assertThat(u.code()).isZero();
        assertThat(u.stdout()).contains("complex 'Zorgcomplex De Hoven' (nieuw): 12 woningen");
        nl.puntwijs.core.complex.Complex bestand = new nl.puntwijs.io.complex.ComplexLezer()
                .lees(Files.readAllBytes(sample)).complex();
        try (Portfolio p = Portfolio.open(db)) {
            var opgeslagen = p.repository().laad(p.repository().complex(bestand.id()).orElseThrow().id());
            assertThat(opgeslagen.zorg()).isEqualTo(bestand.zorg());
            assertThat(opgeslagen.methode()).isEqualTo(bestand.methode());
            assertThat(opgeslagen.gedeeldeRuimten()).hasSameSizeAs(bestand.gedeeldeRuimten());
            var stelsel = new nl.puntwijs.core.complex.Complexwaardering(
                    new nl.puntwijs.core.stelsel.Stelsel(nl.puntwijs.io.tabellen.TabellenLader.standaard()));
            var peildatum = LocalDate.of(2026, 7, 1);
            var interpretatie = nl.puntwijs.core.stelsel.Interpretatie.standaard();
            var uitBestand = stelsel.waardeer(bestand, peildatum, interpretatie);
            var uitOpslag = stelsel.waardeer(opgeslagen, peildatum, interpretatie);
            for (int i = 0; i < uitBestand.woningen().size(); i++) {
                var w = uitBestand.woningen().get(i);
                assertThat(uitOpslag.woningen().get(i).resultaat().punten()).as(w.eenheidId())
                        .isEqualTo(w.resultaat().punten());
                assertThat(p.resultaten().resultaat(w.eenheidId(), peildatum).orElseThrow().punten())
                        .isEqualTo(w.resultaat().punten());
            }
        }
        JsonNode lijst = JSON.readTree(voerUit("list", "--db", db.toString(), "--format", "json").stdout());
        assertThat(lijst).hasSize(12);
    }
}
