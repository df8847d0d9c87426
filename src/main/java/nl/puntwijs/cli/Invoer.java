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

    /**
     * Heap needed per byte of a JSON file that is read and valued whole: the bytes themselves, Jackson's tree (about
     * 4x for VERA), the model and the results. Scoring a 15 MB VERA portfolio needed between 64 and 96 MB of heap.
     */
    static final int GEHEUGEN_PER_BYTE = 8;

    private Invoer() {
    }

    /**
     * Whether a file of this size can be read whole with the memory this JVM may still use.
     *
     * @return null when it can; otherwise the message why not, with what to do about it
     */
    static String teGrootVoorHetGeheugen(long bytes) {
        long nodig = bytes * GEHEUGEN_PER_BYTE;
        if (nodig <= beschikbaar()) {
            return null;
        }
        System.gc(); // what is free may still be garbage from the previous file
        long vrij = beschikbaar();
        if (nodig <= vrij) {
            return null;
        }
        return "bestand van " + mb(bytes) + " is te groot om in het werkgeheugen te lezen (nodig ongeveer " + mb(nodig)
                + ", beschikbaar " + mb(vrij) + "); splits het bestand of geef Java meer geheugen (java -Xmx4g -jar ...)";
    }

    /** The message when reading or valuing a file ran out of memory after all. */
    static String geheugenVol() {
        return "te groot om in het werkgeheugen te lezen en te waarderen (maximaal " + mb(Runtime.getRuntime().maxMemory())
                + "); niets gewaardeerd. Splits het bestand of geef Java meer geheugen (java -Xmx4g -jar ...)";
    }

    private static long beschikbaar() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static String mb(long bytes) {
        return (bytes + 512 * 1024) / (1024 * 1024) + " MB";
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
