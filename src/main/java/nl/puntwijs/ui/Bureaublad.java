package nl.puntwijs.ui;

import java.util.Locale;
import javafx.application.Application;

/**
 * Starts the desktop application from {@link nl.puntwijs.Launcher} (a class-path application: the launcher does not
 * extend {@code Application}). Nothing here runs for the command line.
 */
public final class Bureaublad {

    private Bureaublad() {
    }

    /**
     * False on a Linux or other X11 machine without a display (a server, a CI job): the launcher then prints the
     * command-line help instead of failing inside the toolkit. Windows and macOS always have one.
     */
    public static boolean heeftBeeldscherm() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        return niet(System.getenv("DISPLAY")) || niet(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean niet(String s) {
        return s != null && !s.isBlank();
    }

    private static volatile java.util.concurrent.CompletableFuture<nl.puntwijs.ui.dienst.Rekenkern> kern;

    /** Starts the toolkit; the tables load on another thread meanwhile. */
    public static void start() {
        kern = java.util.concurrent.CompletableFuture.supplyAsync(nl.puntwijs.ui.dienst.Rekenkern::standaard);
        Application.launch(PuntwijsApp.class);
    }

    /** The tables, loaded while the toolkit started. */
    static nl.puntwijs.ui.dienst.Rekenkern kern() {
        var k = kern;
        return k == null ? nl.puntwijs.ui.dienst.Rekenkern.standaard() : k.join();
    }
}
