package nl.puntwijs.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file so that a crash or a reader never meets half of it: the content goes to a temporary file in the
 * target's folder (same file system, so the move is one step) and is then moved over the target.
 */
public final class Bestanden {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Inhoud {
        void schrijf(OutputStream uit) throws IOException;
    }

    private Bestanden() {
    }

    /** Writes {@code doel} through a temporary file beside it; on failure the old file stays as it was. */
    public static void schrijfVeilig(Path doel, Inhoud inhoud) throws IOException {
        Path tijdelijk = tijdelijkNaast(doel);
        try {
            try (OutputStream uit = Files.newOutputStream(tijdelijk)) {
                inhoud.schrijf(uit);
            }
            verplaats(tijdelijk, doel);
        } finally {
            Files.deleteIfExists(tijdelijk);
        }
    }

    /** An empty temporary file in the target's folder (created when missing), named after the target. */
    public static Path tijdelijkNaast(Path doel) throws IOException {
        Path map = doel.toAbsolutePath().getParent();
        Files.createDirectories(map);
        return Files.createTempFile(map, "." + doel.getFileName(), ".tmp");
    }

    /** Moves a finished file over the target in one step where the file system can, else replaces it. */
    public static void verplaats(Path van, Path naar) throws IOException {
        try {
            Files.move(van, naar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(van, naar, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
