package nl.puntwijs.ui.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import nl.puntwijs.ui.dienst.Uitvoerder;

/** The application's {@link Uitvoerder}: JavaFX's thread for the UI, two daemon threads for calculations. */
public final class FxUitvoerder implements Uitvoerder {

    private final ExecutorService achtergrond = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "puntwijs-rekenen");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    @Override
    public void opUi(Runnable werk) {
        if (Platform.isFxApplicationThread()) {
            werk.run();
        } else {
            Platform.runLater(werk);
        }
    }

    @Override
    public Executor achtergrond() {
        return achtergrond;
    }

    public void stop() {
        achtergrond.shutdownNow();
    }
}
