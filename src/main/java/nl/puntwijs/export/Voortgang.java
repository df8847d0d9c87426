package nl.puntwijs.export;

/**
 * Receives the export's progress, on the thread that runs the export (a UI hands it on to its own thread).
 */
@FunctionalInterface
public interface Voortgang {

    Voortgang GEEN = (gedaan, totaal, stap) -> { };

    /**
     * @param gedaan units done (dwellings, or parts when their size is unknown)
     * @param totaal units in all; never 0
     * @param stap   what is happening now, in Dutch ("Complex De Linde", "Werkboek opslaan")
     */
    void meld(long gedaan, long totaal, String stap);
}
