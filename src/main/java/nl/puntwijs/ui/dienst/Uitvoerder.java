package nl.puntwijs.ui.dienst;

import java.util.concurrent.Executor;

/**
 * Where view models run their work: {@link #opUi} on the toolkit's thread (JavaFX's application thread in the
 * application, the caller's thread in unit tests), {@link #achtergrond()} off it. View models never touch
 * {@code Platform} themselves, so they are tested without the toolkit.
 */
public interface Uitvoerder {

    void opUi(Runnable werk);

    /** For calculations that may take a while (a whole complex). */
    Executor achtergrond();

    /** Runs everything at once on the caller's thread: for unit tests. */
    Uitvoerder DIRECT = new Uitvoerder() {
        @Override
        public void opUi(Runnable werk) {
            werk.run();
        }

        @Override
        public Executor achtergrond() {
            return Runnable::run;
        }
    };
}
