package nl.puntwijs.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.io.resultaat.ResultaatJson;

/**
 * How the preset dictionary for stored explanations ({@code /store/uitleg-woordenboek-1.txt}, see
 * {@link Uitlegcompressie}) was made: from the explained results of the public vectors and the dwellings of the
 * sample complexes at two peildata, the two that compress all of them best, 8 kB (see {@link #maak}). Not part of
 * the build: a
 * released dictionary never changes, because stored results name it by its checksum. Run with the test class path:
 * {@code java -cp ... nl.puntwijs.store.UitlegWoordenboekMaker src/main/resources/store/uitleg-woordenboek-N.txt}.
 */
public final class UitlegWoordenboekMaker {

    static final int GROOTTE = 8 * 1024;

    private UitlegWoordenboekMaker() {
    }

    public static void main(String[] args) throws IOException {
        byte[] w = maak(uitleg());
        Files.write(Path.of(args[0]), w);
        System.out.println(w.length + " bytes");
    }

    /** The explanation JSON of every public vector and every dwelling of the sample complexes, per dwelling. */
    static List<List<String>> uitleg() throws IOException {
        Map<String, List<Resultaat>> resultaten = new java.util.LinkedHashMap<>();
        List<Eenheid> eenheden = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources" + Voorbeelden.INVOER))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String id = p.getFileName().toString().replace(".json", "");
                eenheden.add(Voorbeelden.eenheid(id));
            }
        }
        Complexwaardering complexwaardering = new Complexwaardering(PortfolioTest.STELSEL);
        List<Complex> complexen = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                complexen.add(new nl.puntwijs.io.complex.ComplexLezer().lees(Files.readAllBytes(p)).complex());
            }
        } catch (nl.puntwijs.io.vera.VeraLezer.OngeldigeJson e) {
            throw new IllegalStateException(e);
        }
        for (LocalDate peildatum : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2025, 7, 1))) {
            for (Eenheid e : eenheden) {
                resultaten.computeIfAbsent(e.id(), k -> new ArrayList<>())
                        .add(PortfolioTest.STELSEL.waardeer(e, peildatum, Interpretatie.standaard()));
            }
            for (Complex c : complexen) {
                for (ComplexResultaat.Woning w : complexwaardering.waardeer(c, peildatum, Interpretatie.standaard()).woningen()) {
                    resultaten.computeIfAbsent(c.id() + "/" + w.eenheidId(), k -> new ArrayList<>()).add(w.resultaat());
                }
            }
        }
        List<List<String>> uit = new ArrayList<>();
        JsonFactory f = new JsonFactory();
        for (List<Resultaat> perWoning : resultaten.values()) {
            List<String> teksten = new ArrayList<>();
            for (Resultaat r : perWoning) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                try (JsonGenerator g = f.createGenerator(b)) {
                    ResultaatJson.schrijf(r, g);
                }
                teksten.add(b.toString(StandardCharsets.UTF_8));
            }
            uit.add(teksten);
        }
        return uit;
    }

    /**
     * Greedy: the explanation that, as the dictionary, compresses all of them best; then the one that does so
     * best in front of it; the last {@link #GROOTTE} bytes of the two. Whole explanations beat a collection of
     * frequent pieces: deflate profits from long matches across the pieces.
     */
    static byte[] maak(List<List<String>> perWoning) {
        List<byte[]> documenten = new ArrayList<>();
        for (List<String> l : perWoning) {
            for (String d : l) {
                documenten.add(d.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] gekozen = new byte[0];
        for (int ronde = 0; ronde < 2; ronde++) {
            byte[] beste = null;
            long besteGrootte = Long.MAX_VALUE;
            for (byte[] kandidaat : documenten) {
                byte[] w = staart(samen(kandidaat, gekozen));
                long grootte = 0;
                for (byte[] d : documenten) {
                    grootte += gecomprimeerd(d, w);
                }
                if (grootte < besteGrootte) {
                    besteGrootte = grootte;
                    beste = w;
                }
            }
            gekozen = beste;
        }
        return gekozen;
    }

    private static byte[] samen(byte[] a, byte[] b) {
        byte[] uit = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, uit, a.length, b.length);
        return uit;
    }

    private static byte[] staart(byte[] b) {
        return b.length <= GROOTTE ? b : java.util.Arrays.copyOfRange(b, b.length - GROOTTE, b.length);
    }

    private static int gecomprimeerd(byte[] data, byte[] woordenboek) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        try {
            d.setDictionary(woordenboek);
            d.setInput(data);
            d.finish();
            byte[] buf = new byte[data.length + 1024];
            int n = 0;
            while (!d.finished()) {
                n += d.deflate(buf, n, buf.length - n);
            }
            return n;
        } finally {
            d.end();
        }
    }
}
