package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge input. In this JVM: a text of 25 MB, a number of 2000 digits, a numeric text of 5 MB where a number belongs.
 * Through the command line in a JVM of its own with 256 MB of heap, as a user runs the jar: files of 100 MB (a VERA
 * portfolio, a complex file, nested brackets), generated on the fly, and a 20 MB file whose tree does not fit in that
 * heap. Each ends within bounded time with exit code 2 and a message naming the file, no stack trace, and nothing
 * valued in part; a reader that streams may instead value the whole portfolio (exit 0, every eenheid).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GroteInvoerTest {

    private static final long HONDERD_MB = 100L * 1000 * 1000;
    private static final int HEAP_MB = 256;
    private static final Duration MAXIMAAL = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private final VeraLezer vera = new VeraLezer();

    // ----------------------------------------------------------------------------------------------- in-process

    @Test
    void eenTekstVan25MbIsOngeldig() {
        // in a member that is read; one the reader skips is passed over without being held in memory
        byte[] doc = ("{\"id\": \"a\", \"ruimten\": [{\"naam\": \"" + "x".repeat(25_000_000) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        assertThatThrownBy(() -> vera.lees(doc)).isInstanceOf(VeraLezer.OngeldigeJson.class)
                .hasMessageStartingWith("geen geldige JSON: String value length (")
                .hasMessageContaining("exceeds the maximum allowed (20000000");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void eenGetalVan2000CijfersIsOngeldig() {
        byte[] doc = ("{\"id\": \"a\", \"bouwjaar\": " + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> vera.lees(doc)).isInstanceOf(VeraLezer.OngeldigeJson.class)
                .hasMessageContaining("Number value length");
    }

    @Test
    void eenTekstVanMegabytesAlsGetalIsEenKorteFout() throws Exception {
        // VERA accepts numbers written as text; parsing five million digits would take minutes
        byte[] doc = ("{\"id\": \"a\", \"ruimten\": [{\"oppervlakte\": \"" + "7".repeat(5_000_000) + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        GelezenEenheid g = vera.lees(doc).eenheden().get(0);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
        assertThat(g.isGeldig()).isFalse();
        assertThat(g.fouten()).singleElement().satisfies(f -> {
            assertThat(f.pad()).isEqualTo("ruimten[0].oppervlakte");
            assertThat(f.tekst()).endsWith("... (5000002 tekens) is geen getal").hasSizeLessThan(300);
        });
    }

    // ------------------------------------------------------------------------------------- own JVM, 256 MB heap

    /** Writes {@code begin}, then {@code stuk} as often as fits in {@code bytes} (separated), then {@code eind}. */
    private Path schrijf(String naam, String begin, byte[] stuk, String scheiding, String eind, long bytes)
            throws IOException {
        Path p = tmp.resolve(naam);
        try (OutputStream uit = new BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
            uit.write(begin.getBytes(StandardCharsets.UTF_8));
            long geschreven = begin.length();
            boolean eerste = true;
            while (geschreven < bytes) {
                if (!eerste) {
                    uit.write(scheiding.getBytes(StandardCharsets.UTF_8));
                }
                uit.write(stuk);
                geschreven += stuk.length + scheiding.length();
                eerste = false;
            }
            uit.write(eind.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private Fuzz.Uitvoer score(Path bestand) throws Exception {
        try {
            return Fuzz.cliInEigenJvm(HEAP_MB, MAXIMAAL, tmp, "score", "--peildatum", "2026-07-01", bestand.toString());
        } finally {
            Files.deleteIfExists(bestand);
        }
    }

    /** Refused as a whole: exit 2, the file named, no stack trace, nothing on stdout. */
    private static void geweigerd(Fuzz.Uitvoer u, Path bestand, String melding) {
        Fuzz.isInvoerfoutZonderStacktrace(u);
        assertThat(u.stderr()).startsWith(bestand + ": ").contains(melding);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.duur()).isLessThan(MAXIMAAL);
    }

    @Test
    void eenVeraPortefeuilleVan100Mb() throws Exception {
        byte[] eenheid = Fuzz.bron(Fuzz.VERA);
        Path bestand = schrijf("portefeuille.json", "[", eenheid, ",", "]", HONDERD_MB);
        long aantal = (Files.size(bestand) - 2 + 1) / (eenheid.length + 1);
        Fuzz.Uitvoer u = score(bestand);
        if (u.code() == 0) {
            // a streaming reader values it within the heap: then every eenheid, and no stack trace
            assertThat(Fuzz.heeftStacktrace(u.stderr())).isFalse();
            assertThat(Fuzz.JSON.readTree(u.stdout()).size()).isEqualTo(aantal);
        } else {
            geweigerd(u, bestand, "is te groot om in het werkgeheugen te lezen");
        }
    }

    @Test
    void eenComplexbestandVan100Mb() throws Exception {
        String woning = "{\"id\": \"W%d\", \"pandsoort\": \"meergezins\", \"ruimten\": [{\"id\": \"r1\", \"soort\": \"VTK\", "
                + "\"detailsoort\": \"WOO\", \"oppervlakte\": 24.5, \"verwarmd\": true}]}";
        Path bestand = tmp.resolve("complex.json");
        try (OutputStream uit = new BufferedOutputStream(Files.newOutputStream(bestand), 1 << 20)) {
            uit.write("{\"formaat\": \"puntwijs-complex/1\", \"id\": \"C\", \"woningen\": [".getBytes(StandardCharsets.UTF_8));
            long geschreven = 0;
            for (int i = 0; geschreven < HONDERD_MB; i++) {
                byte[] b = ((i > 0 ? "," : "") + String.format(woning, i)).getBytes(StandardCharsets.UTF_8);
                uit.write(b);
                geschreven += b.length;
            }
            uit.write("]}".getBytes(StandardCharsets.UTF_8));
        }
        geweigerd(score(bestand), bestand, "is te groot om in het werkgeheugen te lezen");
    }

    @Test
    void honderdMbGenesteHaken() throws Exception {
        Path bestand = tmp.resolve("genest.json");
        try (OutputStream uit = new BufferedOutputStream(Files.newOutputStream(bestand), 1 << 20)) {
            byte[] open = "[".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            byte[] sluit = "]".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                uit.write(open);
            }
            for (int i = 0; i < 50; i++) {
                uit.write(sluit);
            }
        }
        Fuzz.Uitvoer u = score(bestand);
        Fuzz.isInvoerfoutZonderStacktrace(u);
        assertThat(u.stderr()).startsWith(bestand + ": ").containsAnyOf("is te groot om in het werkgeheugen te lezen",
                "nesting depth");
        assertThat(u.stdout()).isEmpty();
    }

    @Test
    void eenBestandDatNietInHetGeheugenPastNaDeSchatting() throws Exception {
        // 20 MB of empty objects passes the size estimate (8 bytes of heap per byte) but its tree needs gigabytes:
        // the reader runs out of memory, and that is reported as input that is too large, not as a crash
        Path bestand = schrijf("objecten.json", "[", "{}".getBytes(StandardCharsets.US_ASCII), ",", "]", 20_000_000);
        geweigerd(score(bestand), bestand, "te groot om in het werkgeheugen te lezen en te waarderen");
    }
}
