package nl.puntwijs.store.invoer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input format. To add a format (our complex JSON {@code formaat: puntwijs-complex/1}, a new spreadsheet),
 * implement this interface and add the source to {@link Importeur#standaardBronnen()} (or pass it to the
 * {@link Importeur} constructor): recognise the file, read it, and hand every dwelling, complex and shared space to
 * the {@link Importverzameling}, with errors and warnings per record. Everything after that (grouping per complex,
 * shared-room recognition, merging with what is stored, validation, the transaction, results, audit) is shared.
 */
public interface Importbron {

    /** The format's name in messages ("VERA", "Excel-sjabloon"). */
    String naam();

    /**
     * Whether this source reads the file.
     *
     * @param begin the file's first bytes (up to 4 kB) for content sniffing
     */
    boolean herkent(Path bestand, byte[] begin);

    /**
     * Reads the file into the collection. A problem with one record is reported on that record
     * ({@link Importverzameling#ongeldig}); an exception means the whole file could not be read.
     *
     * @param weergave how messages name the file (as the user gave it)
     */
    void lees(Path bestand, String weergave, Importverzameling uit) throws IOException, OnleesbaarException;

    /** The file as a whole cannot be read (not JSON, not a workbook, unknown format). */
    final class OnleesbaarException extends Exception {
        private static final long serialVersionUID = 1L;

        public OnleesbaarException(String bericht) {
            super(bericht);
        }
    }
}
