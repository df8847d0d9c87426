package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deeply nested input: 100 000 nested arrays or objects, at the top or inside a field of a real document, stop at the
 * parser's depth limit (1000) with a message, in well under a second; nesting below that limit where a room or a
 * dwelling belongs is an error on that field, with a short message.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiepGenesteInvoerTest {

    private static final int DIEP = 100_000;

    private final VeraLezer vera = new VeraLezer();
    private final ComplexLezer complex = new ComplexLezer();

    static String genest(String open, String sluit, int diepte) {
        return open.repeat(diepte) + (open.endsWith(":") ? "1" : "") + sluit.repeat(diepte);
    }

    private static String metRuimten(String json, String waarde) {
        return json.replaceFirst("\"ruimten\"\\s*:\\s*\\[", "\"ruimten\": [" + waarde + ",");
    }

    @Test
    void honderdduizendGenesteLijstenOfObjecten() {
        for (String doc : new String[] {genest("[", "]", DIEP), genest("{\"a\":", "}", DIEP),
                genest("[{\"a\":", "}]", DIEP / 2), "{\"ruimten\": " + genest("[", "]", DIEP) + "}"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> vera.lees(doc.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(VeraLezer.OngeldigeJson.class)
                    .hasMessageStartingWith("geen geldige JSON: Document nesting depth (1001) exceeds the maximum allowed");
            assertThatThrownBy(() -> complex.lees(doc.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(VeraLezer.OngeldigeJson.class).hasMessageContaining("nesting depth");
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        }
    }

    @Test
    void diepGenestInEenEchteVectorOnderDeGrens() throws Exception {
        String json = new String(Fuzz.bron(Fuzz.VERA), StandardCharsets.UTF_8);
        GelezenEenheid g = vera.lees(metRuimten(json, genest("[", "]", 990)).getBytes(StandardCharsets.UTF_8))
                .eenheden().get(0);
        assertThat(g.isGeldig()).isFalse();
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.pad()).isEqualTo("ruimten[0]");
            assertThat(f.tekst()).endsWith("(1980 tekens) is geen ruimte (object)").hasSizeLessThan(300);
        });
        assertThatThrownBy(() -> vera.lees(metRuimten(json, genest("[", "]", 1000)).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(VeraLezer.OngeldigeJson.class).hasMessageContaining("nesting depth");
    }

    @Test
    void diepGenestInEenComplexbestandOnderDeGrens() throws Exception {
        String json = new String(Fuzz.bron(Fuzz.COMPLEX), StandardCharsets.UTF_8);
        String doc = json.replaceFirst("\"woningen\"\\s*:\\s*\\[", "\"woningen\": [" + genest("{\"a\":", "}", 900) + ",");
        GelezenComplex g = complex.lees(doc.getBytes(StandardCharsets.UTF_8));
        assertThat(g.isGeldig()).isFalse();
        assertThat(g.fouten()).anySatisfy(f -> assertThat(f.pad()).isEqualTo("woningen[0].id"));
        assertThat(g.waarschuwingen()).anySatisfy(f -> assertThat(f.pad()).isEqualTo("woningen[0].a"));
        assertThat(g.fouten()).allSatisfy(f -> assertThat(f.tekst()).hasSizeLessThan(400));
    }

    @Test
    void viaDeCli(@TempDir Path tmp) throws Exception {
        Path bestand = tmp.resolve("genest.json");
        Files.writeString(bestand, genest("[", "]", DIEP));
        Fuzz.Uitvoer u = Fuzz.cli("score", "--peildatum", "2026-07-01", bestand.toString());
        Fuzz.isInvoerfoutZonderStacktrace(u);
        assertThat(u.stderr()).startsWith(bestand + ": geen geldige JSON: Document nesting depth");
        assertThat(u.stdout()).isEmpty();
    }
}
