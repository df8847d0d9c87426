package nl.puntwijs;

import nl.puntwijs.cli.PuntwijsCommand;

/**
 * Entry point of the jar. With a subcommand (or an option such as {@code --help}) it runs the command line;
 * without arguments it opens the desktop application ({@link nl.puntwijs.ui.Bureaublad}). Deliberately not a
 * JavaFX {@code Application}, so the jar runs from the class path, and the command line never loads JavaFX: the
 * jar keeps working on a server without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // one existing portfolio file as the only argument: a double-click on a .puntwijs file (the installers'
        // file association) opens the desktop application on it
        boolean portefeuille = args.length == 1 && nl.puntwijs.ui.Bureaublad.isPortefeuillebestand(args[0]);
        if (args.length == 0 || portefeuille) {
            if (nl.puntwijs.ui.Bureaublad.heeftBeeldscherm()) {
                nl.puntwijs.ui.Bureaublad.start(portefeuille ? java.nio.file.Path.of(args[0]) : null);
                return;
            }
            if (portefeuille) {
                System.err.println("Puntwijs: geen beeldscherm gevonden (DISPLAY is niet gezet); lees het bestand met "
                        + "'list --db " + args[0] + "'");
                System.exit(2);
            }
            System.err.println("Puntwijs: geen beeldscherm gevonden (DISPLAY is niet gezet); de opdrachtregel:");
        }
        System.exit(PuntwijsCommand.voerUit(args));
    }
}
