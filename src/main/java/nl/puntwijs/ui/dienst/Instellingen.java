package nl.puntwijs.ui.dienst;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's settings, one properties file in the data folder: the last portfolio, recent files, the window's size
 * and position, the language. Written at once on every change (a crash loses nothing); a damaged or missing file
 * gives the defaults.
 */
public final class Instellingen {

    /** How many recent files are kept. */
    public static final int RECENT = 8;

    /** The window's place on the screen. */
    public record Venster(double x, double y, double breedte, double hoogte, boolean gemaximaliseerd) {
    }

    private final Path bestand;
    private final Properties waarden = new Properties();

    public Instellingen(Path map) {
        this.bestand = map.resolve("instellingen.properties");
        if (Files.isRegularFile(bestand)) {
            try (InputStream in = Files.newInputStream(bestand)) {
                waarden.load(in);
            } catch (IOException | IllegalArgumentException e) {
                waarden.clear();
            }
        }
    }

    public Path bestand() {
        return bestand;
    }

    public Optional<Path> laatstePortefeuille() {
        return recenteBestanden().stream().findFirst();
    }

    /** Most recent first, only files that still exist. */
    public List<Path> recenteBestanden() {
        List<Path> uit = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String p = waarden.getProperty("recent." + i);
            if (p != null && !p.isBlank() && Files.isRegularFile(Path.of(p))) {
                uit.add(Path.of(p));
            }
        }
        return uit;
    }

    /** Puts a file on top of the recent list. */
    public void geopend(Path pad) {
        Path absoluut = pad.toAbsolutePath().normalize();
        List<Path> lijst = new ArrayList<>(recenteBestanden());
        lijst.remove(absoluut);
        lijst.add(0, absoluut);
        for (int i = 0; i < RECENT; i++) {
            if (i < lijst.size()) {
                waarden.setProperty("recent." + i, lijst.get(i).toString());
            } else {
                waarden.remove("recent." + i);
            }
        }
        bewaar();
    }

    public Optional<Venster> venster() {
        try {
            String[] d = waarden.getProperty("venster", "").split(",");
            if (d.length != 5) {
                return Optional.empty();
            }
            Venster v = new Venster(Double.parseDouble(d[0]), Double.parseDouble(d[1]), Double.parseDouble(d[2]),
                    Double.parseDouble(d[3]), Boolean.parseBoolean(d[4]));
            return v.breedte() >= 400 && v.hoogte() >= 300 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void venster(Venster v) {
        waarden.setProperty("venster", v.x() + "," + v.y() + "," + v.breedte() + "," + v.hoogte() + ","
                + v.gemaximaliseerd());
        bewaar();
    }

    /** "nl" (default) or "en". */
    public Locale taal() {
        return "en".equals(waarden.getProperty("taal")) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    public void taal(Locale taal) {
        waarden.setProperty("taal", taal.getLanguage());
        bewaar();
    }

    /** True until the welcome panel has been closed once. */
    public boolean welkomTonen() {
        return !"nee".equals(waarden.getProperty("welkom"));
    }

    public void welkomGezien() {
        waarden.setProperty("welkom", "nee");
        bewaar();
    }

    private void bewaar() {
        try {
            Files.createDirectories(bestand.getParent());
            Path tijdelijk = Files.createTempFile(bestand.getParent(), ".instellingen", ".tmp");
            try (OutputStream uit = Files.newOutputStream(tijdelijk)) {
                waarden.store(uit, "Puntwijs");
            }
            Files.move(tijdelijk, bestand, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // settings are a convenience: an unwritable folder must not stop the work
        }
    }
}
