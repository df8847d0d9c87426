package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Malformed input: a corpus of broken documents, and thousands of random byte mutations of real inputs (bytes
 * changed, cut out, doubled, brackets and quotes inserted). Each is refused with a message, or read; whatever is read
 * has no eenheid or complex where there are errors, and what is valid is valued without an exception.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MisvormdeInvoerTest {

    private final VeraLezer vera = new VeraLezer();
    private final ComplexLezer complex = new ComplexLezer();

    /** Broken documents, each with what its message must say. */
    static Map<String, String> corpus() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("", "leeg bestand");
        c.put("   \n\t ", "leeg bestand");
        c.put("{", "geen geldige JSON: Unexpected end-of-input");
        c.put("}", "geen geldige JSON: Unexpected close marker");
        c.put("[", "geen geldige JSON: Unexpected end-of-input");
        c.put("{]", "geen geldige JSON: Unexpected close marker");
        c.put("[}", "geen geldige JSON: Unexpected close marker");
        c.put("nul", "geen geldige JSON: Unrecognized token");
        c.put("tru", "geen geldige JSON: Unrecognized token");
        c.put("{\"id\": }", "geen geldige JSON: Unexpected character");
        c.put("{\"id\" \"x\"}", "geen geldige JSON: Unexpected character");
        c.put("{'id': 'x'}", "geen geldige JSON: Unexpected character");
        c.put("{id: \"x\"}", "geen geldige JSON: Unexpected character");
        c.put("{\"id\": \"x\",}", "geen geldige JSON: Unexpected character");
        c.put("[{\"id\": \"x\"},]", "geen geldige JSON: Unexpected character");
        c.put("{\"id\": \"x\"", "geen geldige JSON: Unexpected end-of-input");
        c.put("{\"id\": \"x}", "geen geldige JSON: Unexpected end-of-input");
        c.put("{\"oppervlakte\": NaN}", "geen geldige JSON: Non-standard token 'NaN'");
        c.put("{\"oppervlakte\": Infinity}", "geen geldige JSON: Non-standard token 'Infinity'");
        c.put("{\"oppervlakte\": -Infinity}", "geen geldige JSON: Non-standard token '-Infinity'");
        c.put("{\"bouwjaar\": 01981}", "geen geldige JSON: Invalid numeric value: Leading zeroes not allowed");
        c.put("{\"bouwjaar\": 1981.}", "geen geldige JSON: Unexpected character");
        c.put("{\"bouwjaar\": 0x7BD}", "geen geldige JSON: Unexpected character");
        // an exponent beyond an int: Jackson throws a NumberFormatException, which used to escape the reader
        c.put("{\"bouwjaar\": 1e99999999999}", "geen geldige JSON: onleesbaar getal (regel 1, kolom 14)");
        c.put("[{\"ruimten\": [{\"oppervlakte\": -2E-99999999999}]}]", "geen geldige JSON: onleesbaar getal");
        c.put("/* commentaar */ {}", "geen geldige JSON: Unexpected character ('/'");
        c.put("// commentaar\n{}", "geen geldige JSON: Unexpected character ('/'");
        c.put("{\"id\": \"a\u0001b\"}", "geen geldige JSON: Illegal unquoted character");
        c.put("{\"id\": \"a\\qb\"}", "geen geldige JSON: Unrecognized character escape");
        c.put("{\"id\": \"\\ud800\"}", null); // a lone surrogate is text Jackson keeps: read, no crash
        // a second document after the first: one eenheid per line (NDJSON) or a stray bracket is not read in part
        c.put("{\"id\": \"a\"}\n{\"id\": \"b\"}\n", "geen geldige JSON: na het eerste document volgt nog meer (regel 2");
        c.put("{\"id\": \"a\"}{\"id\": \"b\"}", "geen geldige JSON: na het eerste document volgt nog meer");
        c.put("[{\"id\": \"a\"}]]", "geen geldige JSON: Unexpected close marker");
        c.put("{\"id\": \"a\"} x", "geen geldige JSON: Unrecognized token 'x'");
        // the same field twice: not "the last one wins"
        c.put("{\"id\": \"a\", \"bouwjaar\": 1981, \"bouwjaar\": 2019}", "geen geldige JSON: Duplicate field 'bouwjaar'");
        c.put("42", "verwacht een eenheid (object) of een lijst van eenheden, niet een getal");
        c.put("\"eenheid\"", "verwacht een eenheid (object) of een lijst van eenheden, niet tekst");
        c.put("true", "verwacht een eenheid (object) of een lijst van eenheden, niet true/false");
        c.put("null", "verwacht een eenheid (object) of een lijst van eenheden, niet NULL");
        return c;
    }

    @Test
    void elkKapotDocumentGeeftEenDuidelijkeMelding() {
        List<String> problemen = new ArrayList<>();
        for (Map.Entry<String, String> e : corpus().entrySet()) {
            byte[] doc = e.getKey().getBytes(StandardCharsets.UTF_8);
            try {
                VeraLezer.Document d = vera.lees(doc);
                if (e.getValue() != null) {
                    problemen.add(e.getKey() + ": gelezen, verwacht " + e.getValue());
                }
                d.eenheden().forEach(g -> {
                    String p = Fuzz.controleer(g);
                    if (!p.isEmpty()) {
                        problemen.add(e.getKey() + ": " + p);
                    }
                });
            } catch (VeraLezer.OngeldigeJson f) {
                if (e.getValue() == null || !f.getMessage().startsWith(e.getValue())) {
                    problemen.add(e.getKey() + ": " + f.getMessage());
                }
            } catch (RuntimeException f) {
                problemen.add(e.getKey() + ": " + f);
            }
        }
        assertThat(problemen).isEmpty();
    }

    @Test
    void bytesDieGeenUtf8ZijnGevenEenMelding() {
        byte[] doc = "{\"id\": \"a?b\"}".getBytes(StandardCharsets.US_ASCII);
        doc[9] = (byte) 0xFF;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vera.lees(doc))
                .isInstanceOf(VeraLezer.OngeldigeJson.class).hasMessageStartingWith("geen geldige JSON: Invalid UTF-8");
        byte[] nul = "{\"id\": \"a\u0000b\"}".getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vera.lees(nul))
                .isInstanceOf(VeraLezer.OngeldigeJson.class).hasMessageContaining("CTRL-CHAR");
    }

    @Test
    void eenLijstMetGeenEenhedenGeeftPerElementEenFout() throws Exception {
        VeraLezer.Document d = vera.lees("[1, \"x\", null, [], {\"id\": \"ok\"}]".getBytes(StandardCharsets.UTF_8));
        assertThat(d.eenheden()).hasSize(5);
        for (int i = 0; i < 4; i++) {
            GelezenEenheid g = d.eenheden().get(i);
            assertThat(g.isGeldig()).isFalse();
            assertThat(g.fouten()).singleElement().satisfies(f -> assertThat(f.tekst()).contains("is geen eenheid (object)"));
        }
        assertThat(d.eenheden().get(4).isGeldig()).isTrue();
    }

    /** A random change of a few bytes, slices or structural characters. */
    static byte[] muteer(byte[] doc, Random r) {
        byte[] uit = doc.clone();
        int keer = 1 + r.nextInt(4);
        for (int k = 0; k < keer && uit.length > 2; k++) {
            int i = r.nextInt(uit.length);
            switch (r.nextInt(5)) {
                case 0 -> uit[i] = (byte) r.nextInt(256);
                case 1 -> uit[i] = (byte) "{}[]\",:0-.e ntf\\".charAt(r.nextInt(16));
                case 2 -> {
                    int lengte = Math.min(uit.length - i, 1 + r.nextInt(40));
                    byte[] korter = new byte[uit.length - lengte];
                    System.arraycopy(uit, 0, korter, 0, i);
                    System.arraycopy(uit, i + lengte, korter, i, uit.length - i - lengte);
                    uit = korter;
                }
                case 3 -> {
                    int lengte = Math.min(uit.length - i, 1 + r.nextInt(200));
                    byte[] langer = new byte[uit.length + lengte];
                    System.arraycopy(uit, 0, langer, 0, i + lengte);
                    System.arraycopy(uit, i, langer, i + lengte, uit.length - i);
                    uit = langer;
                }
                default -> {
                    byte[] invoeg = new String[] {"null", "[]", "{}", "-1", "1e999999999", "\"\"", "true", "[[[[",
                            "}}", ",", "\"x\":"}[r.nextInt(11)].getBytes(StandardCharsets.UTF_8);
                    byte[] langer = new byte[uit.length + invoeg.length];
                    System.arraycopy(uit, 0, langer, 0, i);
                    System.arraycopy(invoeg, 0, langer, i, invoeg.length);
                    System.arraycopy(uit, i, langer, i + invoeg.length, uit.length - i);
                    uit = langer;
                }
            }
        }
        return uit;
    }

    @Test
    void willekeurigVerminkteVeraVectoren() {
        List<String> problemen = new ArrayList<>();
        int gelezen = 0;
        for (String bron : List.of(Fuzz.VERA_KLEIN, Fuzz.VERA_INSTALLATIES)) {
            byte[] origineel = Fuzz.bron(bron);
            Random r = new Random(8_2026L + bron.length());
            for (int n = 0; n < 1500; n++) {
                byte[] doc = muteer(origineel, r);
                long start = System.nanoTime();
                try {
                    for (GelezenEenheid g : vera.lees(doc).eenheden()) {
                        gelezen++;
                        String p = Fuzz.controleer(g);
                        if (!p.isEmpty()) {
                            problemen.add(bron + " mutatie " + n + ": " + p);
                        }
                    }
                } catch (VeraLezer.OngeldigeJson e) {
                    if (e.getMessage().length() > 400) {
                        problemen.add(bron + " mutatie " + n + ": melding van " + e.getMessage().length() + " tekens");
                    }
                } catch (RuntimeException e) {
                    problemen.add(bron + " mutatie " + n + ": " + e);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (ms > 2_000) {
                    problemen.add(bron + " mutatie " + n + ": " + ms + " ms");
                }
            }
        }
        assertThat(problemen).isEmpty();
        assertThat(gelezen).as("mutaties die nog JSON zijn en gelezen worden").isGreaterThan(100);
    }

    @Test
    void willekeurigVerminkteComplexbestanden() {
        List<String> problemen = new ArrayList<>();
        int gelezen = 0;
        byte[] origineel = Fuzz.bron(Fuzz.COMPLEX);
        Random r = new Random(8_2026L);
        for (int n = 0; n < 1500; n++) {
            byte[] doc = muteer(origineel, r);
            long start = System.nanoTime();
            try {
                GelezenComplex g = complex.lees(doc);
                gelezen++;
                String p = Fuzz.controleer(g);
                if (!p.isEmpty()) {
                    problemen.add("mutatie " + n + ": " + p);
                }
            } catch (VeraLezer.OngeldigeJson e) {
                if (e.getMessage().length() > 400) {
                    problemen.add("mutatie " + n + ": melding van " + e.getMessage().length() + " tekens");
                }
            } catch (RuntimeException e) {
                problemen.add("mutatie " + n + ": " + e);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > 2_000) {
                problemen.add("mutatie " + n + ": " + ms + " ms");
            }
        }
        assertThat(problemen).isEmpty();
        assertThat(gelezen).as("mutaties die nog JSON zijn en gelezen worden").isGreaterThan(100);
    }
}
