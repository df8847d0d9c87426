package nl.puntwijs.ui.dienst;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the desktop application keeps its settings and the sample portfolio it builds on first run: the platform's
 * usual place for application data. {@code %APPDATA%\Puntwijs} on Windows, {@code ~/Library/Application
 * Support/Puntwijs} on macOS, {@code $XDG_DATA_HOME/puntwijs} or {@code ~/.local/share/puntwijs} elsewhere. The
 * system property {@code puntwijs.data} overrides it (tests, portable installs).
 */
public final class Gegevensmap {

    /** System property that overrides the folder. */
    public static final String EIGENSCHAP = "puntwijs.data";

    private Gegevensmap() {
    }

    /** The folder for this machine and user. */
    public static Path standaard() {
        String eigen = System.getProperty(EIGENSCHAP);
        if (eigen != null && !eigen.isBlank()) {
            return Path.of(eigen);
        }
        return voor(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    /** The folder for an operating system, environment and home folder (a pure function, for tests). */
    public static Path voor(String besturingssysteem, Map<String, String> omgeving, Path thuis) {
        String os = besturingssysteem.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appdata = omgeving.get("APPDATA");
            Path basis = appdata != null && !appdata.isBlank() ? Path.of(appdata) : thuis.resolve("AppData").resolve("Roaming");
            return basis.resolve("Puntwijs");
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return thuis.resolve("Library").resolve("Application Support").resolve("Puntwijs");
        }
        String xdg = omgeving.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("puntwijs");
        }
        return thuis.resolve(".local").resolve("share").resolve("puntwijs");
    }
}
