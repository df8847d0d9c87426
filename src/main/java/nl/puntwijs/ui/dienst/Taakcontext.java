package nl.puntwijs.ui.dienst;

import java.util.concurrent.CancellationException;

/** What long work sees of its task: progress to report, and whether the user cancelled. */
public interface Taakcontext {

    /** Reports progress: {@code gedaan} of {@code totaal}, with what is being done. */
    void meld(String fase, long gedaan, long totaal);

    boolean geannuleerd();

    /** Throws when cancelled: the store rolls the running transaction back. */
    default void controleer() {
        if (geannuleerd()) {
            throw new CancellationException("geannuleerd");
        }
    }

    Taakcontext GEEN = new Taakcontext() {
        @Override
        public void meld(String fase, long gedaan, long totaal) {
        }

        @Override
        public boolean geannuleerd() {
            return false;
        }
    };
}
