package nl.puntwijs.store.invoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;
import org.junit.jupiter.api.Test;

/** What an import keeps out of the heap comes back equal, from a file or from memory, also when read concurrently. */
class VoorraadTest {

    private static final String INVOER = "/conformance/vera/zelfstandige_woonruimten/input/";

    /** Every public vector and every dwelling of the sample complexes: every field of the model is in there. */
    private static List<Eenheid> voorbeelden() throws Exception {
        List<Eenheid> uit = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources" + INVOER))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    for (GelezenEenheid g : new VeraLezer().lees(in.readAllBytes()).eenheden()) {
                        if (g.eenheid() != null) {
                            uit.add(g.eenheid());
                        }
                    }
                }
            }
        }
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Complex c = new nl.puntwijs.io.complex.ComplexLezer().lees(Files.readAllBytes(p)).complex();
                uit.addAll(c.woningen());
                for (var g : c.gedeeldeRuimten()) {
                    // shared rooms (lists of rooms with every provision) in a dwelling of their own
                    uit.add(new Eenheid("g-" + g.id(), null, null, null, null, null, null, null, null, null, null, null,
                            null, null, g.ruimten(), null, null, null));
                }
            }
        }
        assertThat(uit).hasSizeGreaterThan(20);
        return uit;
    }

    @Test
    void eenEenheidKomtGelijkTerugUitEenBestandEnUitHetGeheugen() throws Exception {
        List<Eenheid> eenheden = voorbeelden();
        // scales, large and negative decimals, nulls and empty lists must survive exactly
        Ruimte r = new Ruimte("x", null, null, null, new BigDecimal("12.50"), new BigDecimal("1E+3"),
                new BigDecimal("-0.001"), new BigDecimal("123456789012345678901234567890.123"), true, false, null, 2,
                List.of(), List.of(new BigDecimal("2100"), new BigDecimal("0")), false, true, 3, null);
        eenheden.add(new Eenheid("bijzonder", null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(r), null, null, null));
        for (Voorraad v : List.of(Voorraad.tijdelijk(), Voorraad.inGeheugen())) {
            try (v) {
                List<Integer> nummers = new ArrayList<>();
                for (Eenheid e : eenheden) {
                    nummers.add(v.bewaar(e));
                }
                for (int i = eenheden.size() - 1; i >= 0; i--) {
                    Eenheid terug = v.lees(nummers.get(i));
                    assertThat(terug).isEqualTo(eenheden.get(i));
                    assertThat(terug.ruimten()).extracting(Ruimte::oppervlakte)
                            .isEqualTo(eenheden.get(i).ruimten().stream().map(Ruimte::oppervlakte).toList());
                }
                assertThat(v.lees(nummers.get(eenheden.size() - 1)).ruimten().get(0).oppervlakte()).hasToString("12.50");
            }
        }
    }

    @Test
    void meerdereLezersTegelijkEnMeerDanDeBufferVanHetBestand() throws Exception {
        List<Eenheid> eenheden = voorbeelden();
        try (Voorraad v = Voorraad.tijdelijk()) {
            int ronden = 200; // several MB: beyond the write buffer
            int[][] nummers = new int[ronden][];
            IntStream.range(0, ronden).parallel().forEach(k -> {
                nummers[k] = new int[eenheden.size()];
                for (int i = 0; i < eenheden.size(); i++) {
                    nummers[k][i] = v.bewaar(eenheden.get(i));
                }
            });
            assertThat(v.grootte()).isGreaterThan(1 << 20);
            IntStream.range(0, ronden).parallel().forEach(k -> {
                for (int i = 0; i < eenheden.size(); i++) {
                    assertThat(v.lees(nummers[k][i])).isEqualTo(eenheden.get(i));
                }
            });
        }
    }

    @Test
    void alsHetTijdelijkeBestandVolRaaktGaatDeRestInHetGeheugen() throws Exception {
        List<Eenheid> eenheden = voorbeelden();
        try (Voorraad v = Voorraad.tijdelijk()) {
            List<Integer> nummers = new ArrayList<>();
            for (int k = 0; k < 60; k++) { // some written to the file, the last ones still in its buffer
                for (Eenheid e : eenheden) {
                    nummers.add(v.bewaar(e));
                }
            }
            v.naarGeheugen();
            for (Eenheid e : eenheden) {
                nummers.add(v.bewaar(e));
            }
            for (int i = 0; i < nummers.size(); i++) {
                assertThat(v.lees(nummers.get(i))).isEqualTo(eenheden.get(i % eenheden.size()));
            }
        }
    }
}
