package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.vera.VeraLezer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Truncated input, as from an interrupted download or a full disk: every prefix of a real VERA vector, of a VERA
 * portfolio and of a complex file is refused as a whole with a clear message, never read in part.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AfgekapteInvoerTest {

    private final VeraLezer vera = new VeraLezer();
    private final ComplexLezer complex = new ComplexLezer();

    /** The length of the document without trailing white space: every shorter prefix is incomplete. */
    private static int inhoud(byte[] doc) {
        int n = doc.length;
        while (n > 0 && Character.isWhitespace(doc[n - 1])) {
            n--;
        }
        return n;
    }

    private static void isDuidelijk(String melding, List<String> problemen, int lengte) {
        if (!(melding.startsWith("geen geldige JSON: ") || melding.equals("leeg bestand"))) {
            problemen.add(lengte + " bytes: onduidelijke melding " + melding);
        }
        if (melding.length() > 400) {
            problemen.add(lengte + " bytes: melding van " + melding.length() + " tekens");
        }
    }

    @Test
    void elkVoorvoegselVanEenVeraVectorIsOngeldig() {
        byte[] doc = Fuzz.bron(Fuzz.VERA_KLEIN);
        List<String> problemen = new ArrayList<>();
        for (int n = 0; n < inhoud(doc); n++) {
            try {
                vera.lees(Arrays.copyOf(doc, n));
                problemen.add(n + " bytes: gelezen");
            } catch (VeraLezer.OngeldigeJson e) {
                isDuidelijk(e.getMessage(), problemen, n);
            } catch (RuntimeException e) {
                problemen.add(n + " bytes: " + e);
            }
        }
        assertThat(problemen).as("%d voorvoegsels", inhoud(doc)).isEmpty();
    }

    @Test
    void deVolledigeVectorWordtWelGelezen() throws Exception {
        byte[] doc = Fuzz.bron(Fuzz.VERA_KLEIN);
        assertThat(vera.lees(Arrays.copyOf(doc, inhoud(doc))).eenheden()).singleElement()
                .satisfies(g -> assertThat(g.isGeldig()).isTrue());
    }

    @Test
    void elkVoorvoegselVanEenPortefeuilleIsOngeldig() {
        byte[] a = Fuzz.bron(Fuzz.VERA);
        byte[] b = Fuzz.bron(Fuzz.VERA_INSTALLATIES);
        byte[] doc = new byte[a.length + b.length + 3];
        doc[0] = '[';
        System.arraycopy(a, 0, doc, 1, a.length);
        doc[a.length + 1] = ',';
        System.arraycopy(b, 0, doc, a.length + 2, b.length);
        doc[doc.length - 1] = ']';
        List<String> problemen = new ArrayList<>();
        // the cuts around the end of the first eenheid and at the end of the list: neither may be read as a
        // portfolio of one eenheid
        java.util.stream.IntStream cuts = java.util.stream.IntStream.concat(
                java.util.stream.IntStream.range(a.length - 20, a.length + 200),
                java.util.stream.IntStream.range(doc.length - 200, doc.length));
        for (int n : cuts.toArray()) {
            try {
                vera.lees(Arrays.copyOf(doc, n));
                problemen.add(n + " bytes: gelezen");
            } catch (VeraLezer.OngeldigeJson e) {
                isDuidelijk(e.getMessage(), problemen, n);
            }
        }
        assertThat(problemen).isEmpty();
    }

    @Test
    void elkVoorvoegselVanEenComplexbestandIsOngeldig() throws Exception {
        byte[] doc = Fuzz.bron(Fuzz.COMPLEX);
        List<String> problemen = new ArrayList<>();
        for (int n = 0; n < inhoud(doc); n++) {
            try {
                complex.lees(Arrays.copyOf(doc, n));
                problemen.add(n + " bytes: gelezen");
            } catch (VeraLezer.OngeldigeJson e) {
                isDuidelijk(e.getMessage(), problemen, n);
            } catch (RuntimeException e) {
                problemen.add(n + " bytes: " + e);
            }
        }
        assertThat(problemen).as("%d voorvoegsels", inhoud(doc)).isEmpty();
        assertThat(complex.lees(doc).isGeldig()).isTrue();
    }

    @Test
    void eenAfgekaptBestandGeeftViaDeCliExitcode2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        byte[] doc = Fuzz.bron(Fuzz.VERA);
        java.nio.file.Path bestand = tmp.resolve("afgekapt.json");
        java.nio.file.Files.write(bestand, Arrays.copyOf(doc, doc.length / 2));
        Fuzz.Uitvoer u = Fuzz.cli("score", "--peildatum", "2026-07-01", bestand.toString());
        Fuzz.isInvoerfoutZonderStacktrace(u);
        assertThat(u.stdout()).isEmpty();
        assertThat(u.stderr()).startsWith(bestand + ": geen geldige JSON: Unexpected end-of-input");
    }
}
