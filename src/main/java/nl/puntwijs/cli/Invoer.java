package nl.puntwijs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's FILE_OR_DIR arguments into input files. */
final class Invoer {

    /**
     * One input file.
     *
     * @param pad   where it is
     * @param naam  how messages name it (the path as the user gave it, or below the given folder)
     * @param doel  its output path relative to {@code --output-dir}: the file name for a file argument, the path
     *              relative to the folder for a folder argument
     */
    record Bestand(Path pad, String naam, Path doel) {
    }

    /** The files found, and whether an argument named nothing usable. */
    record Verzameling(List<Bestand> bestanden, boolean fout) {
    }

    private Invoer() {
    }

    static Verzameling verzamel(List<Path> argumenten, PrintWriter err) {
        List<Bestand> bestanden = new ArrayList<>();
        boolean fout = false;
        for (Path arg : argumenten) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> stream = Files.walk(arg)) {
                    List<Path> gevonden = stream.filter(p -> Files.isRegularFile(p)
                            && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                            .sorted().toList();
                    if (gevonden.isEmpty()) {
                        err.println("waarschuwing: " + arg + ": geen *.json-bestanden gevonden");
                    }
                    for (Path p : gevonden) {
                        bestanden.add(new Bestand(p, p.toString(), arg.relativize(p)));
                    }
                } catch (IOException e) {
                    err.println(arg + ": map niet te lezen: " + e.getMessage());
                    fout = true;
                }
            } else if (Files.isRegularFile(arg)) {
                bestanden.add(new Bestand(arg, arg.toString(), arg.getFileName()));
            } else {
                err.println(arg + ": bestand of map bestaat niet");
                fout = true;
            }
        }
        return new Verzameling(bestanden, fout);
    }
}
