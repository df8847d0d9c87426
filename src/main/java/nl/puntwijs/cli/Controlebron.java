package nl.puntwijs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Eenheid;

/**
 * A kind of input file that {@code check} reads: VERA eenheden ({@link VeraBron}) and complex files
 * ({@link ComplexBron}); a new format is one more source in {@link CheckCommand#BRONNEN}.
 */
interface Controlebron {

    /** Whether this source reads documents with this top-level {@code formaat} (null: a document without one). */
    boolean leest(String formaat);

    /**
     * Reads one document. Warnings and errors go to {@code err} naming the file, the JSON path and the value.
     *
     * @param naam     how messages name the file
     * @param document the parsed JSON (decimals exact)
     */
    Gelezen lees(String naam, JsonNode document, PrintWriter err);

    /** What is to be checked. */
    sealed interface Onderwerp permits Woning, Wooncomplex {
    }

    /** A dwelling on its own. {@code kop} names it in text output: "woning 123 (a.json)". */
    record Woning(String kop, Eenheid eenheid) implements Onderwerp {
    }

    /** A complex with its dwellings and shared spaces. */
    record Wooncomplex(String kop, Complex complex) implements Onderwerp {
    }

    /**
     * @param onderwerpen what could be read
     * @param fout        something in the document could not be read (the command exits with 2)
     */
    record Gelezen(List<Onderwerp> onderwerpen, boolean fout) {
        public Gelezen {
            onderwerpen = List.copyOf(onderwerpen);
        }
    }
}
