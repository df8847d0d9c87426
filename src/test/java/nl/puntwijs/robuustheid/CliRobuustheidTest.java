package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: {@code score} and {@code check} give exit code 2 and say per file what is wrong
 * (the file, the JSON path, the value), never a stack trace; good files beside bad ones are still valued, and an
 * eenheid with errors gets no result (null in the list), not a partial one.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CliRobuustheidTest {

    @TempDir
    Path tmp;

    private Path bestand(String naam, byte[] inhoud) throws Exception {
        Path p = tmp.resolve(naam);
        Files.write(p, inhoud);
        return p;
    }

    private Path bestand(String naam, String inhoud) throws Exception {
        return bestand(naam, inhoud.getBytes(StandardCharsets.UTF_8));
    }

    /** Bad files, each with what stderr must say after the file name. */
    private Map<Path, String> slechteBestanden() throws Exception {
        String vector = new String(Fuzz.bron(Fuzz.VERA), StandardCharsets.UTF_8);
        String complex = new String(Fuzz.bron(Fuzz.COMPLEX), StandardCharsets.UTF_8);
        byte[] willekeurig = new byte[4096];
        new java.util.Random(8).nextBytes(willekeurig);
        Map<Path, String> m = new LinkedHashMap<>();
        m.put(bestand("leeg.json", ""), "leeg bestand");
        m.put(bestand("afgekapt.json", Arrays.copyOf(Fuzz.bron(Fuzz.VERA), 5000)), "geen geldige JSON: Unexpected end-of-input");
        m.put(bestand("ruis.json", willekeurig), "geen geldige JSON: ");
        m.put(bestand("genest.json", "[".repeat(100_000) + "]".repeat(100_000)), "geen geldige JSON: Document nesting depth");
        m.put(bestand("regels.json", "{\"id\": \"a\"}\n{\"id\": \"b\"}\n"), "geen geldige JSON: na het eerste document volgt nog meer");
        m.put(bestand("dubbel.json", "{\"id\": \"a\", \"id\": \"b\"}"), "geen geldige JSON: Duplicate field 'id'");
        m.put(bestand("exponent.json", "{\"id\": \"a\", \"bouwjaar\": 1e99999999999}"), "geen geldige JSON: onleesbaar getal");
        m.put(bestand("type.json", vector.replaceFirst("\"oppervlakte\": 1.82259", "\"oppervlakte\": true")),
                "ruimten[0].oppervlakte: true is geen getal");
        m.put(bestand("groot-getal.json", vector.replaceFirst("\"bouwjaar\": 1981", "\"bouwjaar\": 1E+999999999")),
                "bouwjaar: 1E+999999999 is onwaarschijnlijk groot (meer dan 2200)");
        m.put(bestand("klein-getal.json", vector.replaceFirst("\"oppervlakte\": 1.82259", "\"oppervlakte\": 1E-999999999")),
                "ruimten[0].oppervlakte: 1E-999999999 is onwaarschijnlijk klein");
        m.put(bestand("complex-type.json", complex.replaceFirst("\"oppervlakte\": 30.40", "\"oppervlakte\": \"dertig\"")),
                "woningen[0].ruimten[0].oppervlakte: \"dertig\" is geen getal");
        m.put(bestand("complex-afgekapt.json", complex.substring(0, complex.length() / 2)),
                "geen geldige JSON: Unexpected end-of-input");
        return m;
    }

    @Test
    void elkSlechtBestandGeeftExitcode2EnGeenStacktrace() throws Exception {
        for (Map.Entry<Path, String> e : slechteBestanden().entrySet()) {
            for (String opdracht : new String[] {"score", "check"}) {
                Fuzz.Uitvoer u = Fuzz.cli(opdracht, "--peildatum", "2026-07-01", e.getKey().toString());
                Fuzz.isInvoerfoutZonderStacktrace(u);
                assertThat(u.stderr().lines().filter(l -> !l.startsWith("waarschuwing:")))
                        .as("%s %s", opdracht, e.getKey().getFileName())
                        .anySatisfy(l -> assertThat(l).startsWith(e.getKey() + ": " + e.getValue()));
                if (opdracht.equals("score")) {
                    assertThat(u.stdout()).as("score %s", e.getKey().getFileName()).isEmpty();
                }
                assertThat(u.duur()).isLessThan(java.time.Duration.ofSeconds(20));
            }
        }
    }

    @Test
    void goedeBestandenNaastSlechteWordenGewaardeerd() throws Exception {
        Path map = Files.createDirectories(tmp.resolve("invoer"));
        Files.write(map.resolve("a-goed.json"), Fuzz.bron(Fuzz.VERA));
        Files.writeString(map.resolve("b-kapot.json"), "{\"id\": ");
        Files.write(map.resolve("c-complex.json"), Fuzz.bron(Fuzz.COMPLEX));
        Fuzz.Uitvoer u = Fuzz.cli("score", "--peildatum", "2026-07-01", map.toString());
        Fuzz.isInvoerfoutZonderStacktrace(u);
        var lijst = Fuzz.JSON.readTree(u.stdout());
        assertThat(lijst.size()).isEqualTo(3);
        assertThat(lijst.get(0).get("punten").asInt()).isEqualTo(170);
        assertThat(lijst.get(1).isNull()).isTrue();
        assertThat(lijst.get(2).isArray()).isTrue();
        assertThat(u.stderr()).contains(map.resolve("b-kapot.json") + ": geen geldige JSON");
    }

    @Test
    void eenEenheidMetFoutenInEenLijstKrijgtGeenResultaat() throws Exception {
        String goed = new String(Fuzz.bron(Fuzz.VERA), StandardCharsets.UTF_8);
        String fout = goed.replaceFirst("\"oppervlakte\": 1.82259", "\"oppervlakte\": -4");
        Path p = bestand("lijst.json", "[" + goed + "," + fout + "," + goed + "]");
        Fuzz.Uitvoer u = Fuzz.cli("score", "--peildatum", "2026-07-01", p.toString());
        Fuzz.isInvoerfoutZonderStacktrace(u);
        var lijst = Fuzz.JSON.readTree(u.stdout());
        assertThat(lijst.size()).isEqualTo(3);
        assertThat(lijst.get(1).isNull()).isTrue();
        assertThat(lijst.get(0).get("punten").asInt()).isEqualTo(170);
        assertThat(lijst.get(2).get("punten").asInt()).isEqualTo(170);
        assertThat(u.stderr()).contains(p + ": [1].ruimten[0].oppervlakte: -4 is negatief");
    }
}
