package nl.puntwijs.ui.dienst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.Waardeerder;

/**
 * The portfolio the application opens on first run: the sample complexes ({@code samples/*.json}, shipped in the
 * jar under {@code /voorbeelden/}) stored in {@code Voorbeeld.puntwijs} in the user's data folder and valued at the
 * peildatum. Built once; an existing file is left alone.
 */
public final class Voorbeeldportefeuille {

    /**
     * The sample complexes in the jar, the 40 zorgwoningen of Het Baken first (the first-run panel points at it: it
     * shows both failing zorg conditions); De Hoven stays as the small zorg example the tests and screenshots use.
     */
    static final List<String> BRONNEN = List.of("/voorbeelden/zorgcomplex-het-baken.json",
            "/voorbeelden/de-linde-complex.json", "/voorbeelden/zorgcomplex-de-hoven.json");

    public static final String NAAM = "Voorbeeld.puntwijs";

    /** The key of the zorg sample, opened on first run. */
    public static final String ZORGCOMPLEX = "BAKEN";

    private Voorbeeldportefeuille() {
    }

    /** The sample portfolio in {@code map}, built when it does not exist yet. */
    public static Path zorgVoor(Path map, Rekenkern kern, LocalDate peildatum) {
        Path bestand = map.resolve(NAAM);
        if (Files.isRegularFile(bestand)) {
            return bestand;
        }
        Path tijdelijk = map.resolve(NAAM + ".nieuw");
        try {
            Files.createDirectories(map);
            Files.deleteIfExists(tijdelijk);
            try (Portfolio p = Portfolio.open(tijdelijk)) {
                p.inTransactie(c -> {
                    for (String bron : BRONNEN) {
                        p.repository().nieuwComplex(lees(bron), "voorbeeld bij de eerste start");
                    }
                    new Waardeerder(p, kern.stelsel(), kern.interpretatie()).waardeerAlles(peildatum, Waardeerder.Voortgang.GEEN);
                    return null;
                });
            }
            Files.move(tijdelijk, bestand);
            Files.deleteIfExists(map.resolve(NAAM + ".nieuw-wal"));
            Files.deleteIfExists(map.resolve(NAAM + ".nieuw-shm"));
            return bestand;
        } catch (IOException e) {
            throw new UncheckedIOException("het voorbeeld kan niet worden aangemaakt in " + map + ": " + e.getMessage(), e);
        }
    }

    static Complex lees(String bron) {
        try (InputStream in = Voorbeeldportefeuille.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("voorbeeld " + bron + " ontbreekt in de installatie");
            }
            GelezenComplex g = new ComplexLezer().lees(in.readAllBytes());
            if (!g.isGeldig()) {
                throw new IllegalStateException("voorbeeld " + bron + " is ongeldig: " + g.fouten());
            }
            return g.complex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }
}
