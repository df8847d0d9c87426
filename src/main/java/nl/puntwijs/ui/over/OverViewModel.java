package nl.puntwijs.ui.over;

import java.util.List;
import nl.puntwijs.core.tabellen.Tabellen;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.ui.dienst.Rekenkern;

/** The About dialog's content: version, the table sets with their validity, the runtime and where data is kept. */
public final class OverViewModel {

    private final Rekenkern kern;
    private final java.nio.file.Path gegevensmap;

    public OverViewModel(Rekenkern kern, java.nio.file.Path gegevensmap) {
        this.kern = kern;
        this.gegevensmap = gegevensmap;
    }

    public String versie() {
        return "Puntwijs " + Portfolio.versie();
    }

    /** One line per table set: its name and the period it covers. */
    public List<String> tabellen() {
        return kern.tabellenboek().sets().stream().map(OverViewModel::regel).toList();
    }

    private static String regel(Tabellen t) {
        return t.naam() + " (" + t.periode() + ")";
    }

    public String omgeving() {
        return "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version",
                System.getProperty("javafx.version", "?")) + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }

    public String gegevensmap() {
        return gegevensmap.toString();
    }

    public String beleidsboek() {
        return "Woningwaarderingsstelsel zelfstandige woonruimte, beleidsboek Huurcommissie januari 2026 (BB26)";
    }
}
