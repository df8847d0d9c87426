package nl.puntwijs.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.puntwijs.core.stelsel.Interpretatie;

/**
 * Where the board report takes its data from: a portfolio of complexes, each loaded and valued on its own so that
 * a portfolio of 100 000 dwellings never sits in memory whole. {@link Invoerbron} reads VERA and complex files and
 * values them on the fly; {@link Opslagbron} reads a portfolio file (the results it lacks are computed and stored).
 *
 * <p>The export calls {@link #onderdelen()} once, then {@link #laad} for each part in order, then
 * {@link #wijzigingen()}; all on the thread that runs the export.
 */
public interface Exportbron {

    /** The portfolio's name: the title of the Samenvatting sheet and the print footer. */
    String portefeuille();

    /** Where the data comes from, for the Parameters sheet: the input files or the portfolio file. */
    String herkomst();

    /** The date valued. */
    LocalDate peildatum();

    /** The second peildatum of the Vergelijking sheet, when asked for. */
    Optional<LocalDate> vergelijkdatum();

    /** The interpretation options the results were computed with. */
    Interpretatie interpretatie();

    /** The parts to export, in order; cheap (nothing is valued yet). */
    List<Onderdeel> onderdelen();

    /**
     * Loads one part with its results at the peildatum (and at the vergelijkdatum), its signals and its subsidy
     * estimate.
     *
     * @return empty when the part is left out (a {@code --complex} filter that does not name it)
     * @throws Onleesbaar when the part cannot be read or valued; the export goes on and names it on Samenvatting
     */
    Optional<Exportcomplex> laad(Onderdeel onderdeel) throws Onleesbaar;

    /** The audit trail of the exported complexes, oldest first; empty when the source keeps none. */
    Iterable<Wijzigingsregel> wijzigingen();

    /** What the Wijzigingen sheet says when {@link #wijzigingen()} is empty. */
    default String zonderWijzigingen() {
        return "Geen wijzigingen vastgelegd voor de geëxporteerde complexen.";
    }

    /**
     * A part of the portfolio: a complex in the store, an input file.
     *
     * @param naam     how messages name it (the complex's name, the file's path)
     * @param woningen its number of dwellings, or -1 when unknown before loading (progress then counts parts)
     */
    record Onderdeel(String naam, int woningen) {
    }

    /** A part that could not be read or valued; the message says what and where, in Dutch. */
    final class Onleesbaar extends Exception {
        private static final long serialVersionUID = 1L;

        public Onleesbaar(String melding) {
            super(melding);
        }
    }
}
