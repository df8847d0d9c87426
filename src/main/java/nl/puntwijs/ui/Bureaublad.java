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

    /**
     * True for an existing file named {@code *.puntwijs}: what the operating system passes when a portfolio file is
     * opened with the installed application (the file association of the Windows and Linux installers).
     */
    public static boolean isPortefeuillebestand(String argument) {
        if (argument == null || argument.startsWith("-")
                || !argument.toLowerCase(Locale.ROOT).endsWith(".puntwijs")) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(argument));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static volatile java.util.concurrent.CompletableFuture<nl.puntwijs.ui.dienst.Rekenkern> kern;

    private static volatile java.nio.file.Path teOpenen;

    /** Starts the toolkit; the tables load on another thread meanwhile. */
    public static void start() {
        start(null);
    }

    /**
     * Starts the toolkit on the portfolio {@code bestand}, or with {@code null} on the last portfolio (the sample on
     * first run).
     */
    public static void start(java.nio.file.Path bestand) {
        teOpenen = bestand == null ? null : bestand.toAbsolutePath();
        kern = java.util.concurrent.CompletableFuture.supplyAsync(nl.puntwijs.ui.dienst.Rekenkern::standaard);
        Application.launch(PuntwijsApp.class);
    }

    /** The portfolio asked for on the command line, or null. */
    static java.nio.file.Path teOpenen() {
        return teOpenen;
    }

    /** The tables, loaded while the toolkit started. */
    static nl.puntwijs.ui.dienst.Rekenkern kern() {
        var k = kern;
        return k == null ? nl.puntwijs.ui.dienst.Rekenkern.standaard() : k.join();
    }
}
