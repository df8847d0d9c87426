package nl.puntwijs;

import nl.puntwijs.cli.PuntwijsCommand;

/**
 * Entry point of the jar. With a subcommand (or an option such as {@code --help}) it runs the command line;
 * without arguments it will open the desktop application (a later issue) and until then prints the help.
 * Deliberately not a JavaFX {@code Application}, so the jar runs from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(PuntwijsCommand.voerUit(args));
    }
}
