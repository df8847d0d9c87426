package nl.puntwijs.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.puntwijs.io.Bestanden;

/**
 * Safe writing of the workbook: it is written to a temporary file in the target's folder and moved into place in
 * one step, so a reader never sees half a workbook and a failure leaves the old file as it was. A target that is
 * open in Excel or LibreOffice (their lock file lies beside it) or that cannot be written is refused with a clear
 * message, before the work starts and again when the file is moved.
 */
final class Doelbestand {

    /** How the finished file is moved into place; tests replace it to simulate a locked target. */
    @FunctionalInterface
    interface Verplaatser {
        void verplaats(Path van, Path naar) throws IOException;
    }

    static final Verplaatser STANDAARD = Bestanden::verplaats;

    private final Path doel;
    private final Path map;

    Doelbestand(Path doel) {
        this.doel = doel.toAbsolutePath().normalize();
        Path ouder = this.doel.getParent();
        this.map = ouder == null ? this.doel.getRoot() : ouder;
    }

    Path pad() {
        return doel;
    }

    /** Refuses a target that cannot be written or is open in a spreadsheet program. */
    void controleer() throws ExportFout {
        if (Files.exists(map) && !Files.isDirectory(map)) {
            throw new ExportFout("kan " + doel + " niet schrijven: " + map + " is geen map");
        }
        if (!Files.isDirectory(map)) {
            throw new ExportFout("kan " + doel + " niet schrijven: de map " + map + " bestaat niet");
        }
        if (Files.isDirectory(doel)) {
            throw new ExportFout("kan " + doel + " niet schrijven: dat is een map");
        }
        if (!doel.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ExportFout("kan " + doel + " niet schrijven: een werkmap heeft de extensie .xlsx");
        }
        Path slot = slotbestand();
        if (slot != null) {
            throw new ExportFout(doel + " is geopend in een ander programma (vergrendeld door " + slot.getFileName()
                    + "); sluit het bestand en exporteer opnieuw. Het bestaande bestand is niet gewijzigd.");
        }
        if (Files.exists(doel) && !Files.isWritable(doel)) {
            throw new ExportFout("kan " + doel + " niet overschrijven: het bestand is alleen-lezen. Het bestaande "
                    + "bestand is niet gewijzigd.");
        }
    }

    /** The lock file Excel ({@code ~$name}) or LibreOffice ({@code .~lock.name#}) keeps beside an open file. */
    Path slotbestand() {
        String naam = doel.getFileName().toString();
        List<String> kandidaten = List.of("~$" + naam, "~$" + naam.substring(Math.min(1, naam.length())),
                "~$" + naam.substring(Math.min(2, naam.length())), ".~lock." + naam + "#");
        for (String k : kandidaten) {
            Path p = map.resolve(k);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    /** A new temporary file beside the target; proves early that the folder can be written. */
    Path tijdelijk() throws ExportFout {
        try {
            return Files.createTempFile(map, "." + doel.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw new ExportFout("kan niet schrijven in de map " + map + ": geen toegang", e);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new ExportFout("kan niet schrijven in de map " + map + ": de map bestaat niet", e);
        } catch (IOException e) {
            throw new ExportFout("kan niet schrijven in de map " + map + ": " + e.getMessage(), e);
        }
    }

    /** Moves the finished file into place; on failure removes it and leaves the target as it was. */
    void plaats(Path tijdelijk, Verplaatser verplaatser) throws ExportFout {
        try {
            controleer();
            rechten(tijdelijk);
            verplaatser.verplaats(tijdelijk, doel);
        } catch (ExportFout e) {
            verwijder(tijdelijk);
            throw e;
        } catch (FileSystemException e) {
            verwijder(tijdelijk);
            throw new ExportFout(doel + " kan niet worden vervangen: het is geopend in een ander programma (bijvoorbeeld "
                    + "Excel) of niet schrijfbaar (" + reden(e) + "). Sluit het bestand en exporteer opnieuw. Het "
                    + "bestaande bestand is niet gewijzigd.", e);
        } catch (IOException e) {
            verwijder(tijdelijk);
            throw new ExportFout(doel + " kan niet worden geschreven: " + e.getMessage() + ". Het bestaande bestand "
                    + "is niet gewijzigd.", e);
        }
    }

    /**
     * A temporary file is readable by its owner only; the report gets the old file's permissions, or those of an
     * ordinary new file (read for everyone, write for the owner), so colleagues on a shared folder can open it.
     */
    private void rechten(Path tijdelijk) throws IOException {
        if (!Files.getFileStore(tijdelijk).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> rechten = Files.exists(doel) ? Files.getPosixFilePermissions(doel)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tijdelijk, rechten);
    }

    static void verwijder(Path tijdelijk) {
        try {
            Files.deleteIfExists(tijdelijk);
        } catch (IOException e) {
            // a stray temporary file is harmless; the message about the real problem matters more
        }
    }

    private static String reden(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
