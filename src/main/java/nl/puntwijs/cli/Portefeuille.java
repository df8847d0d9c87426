package nl.puntwijs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;

/** Opening the {@code --db} portfolio for a command, and the exit code and message of a portfolio failure. */
final class Portefeuille {

    /** System property with the busy timeout in milliseconds (default 5000), for tests and slow shares. */
    static final String BUSY_TIMEOUT = "puntwijs.busy-timeout-ms";

    private Portefeuille() {
    }

    static Portfolio open(Path db) {
        Portfolio.Opties opties = Portfolio.Opties.standaard();
        String timeout = System.getProperty(BUSY_TIMEOUT);
        if (timeout != null) {
            opties = opties.metBusyTimeout(Integer.parseInt(timeout));
        }
        return Portfolio.open(db, opties);
    }

    /** Prints the message; 1 for an unexpected database failure, 2 for everything the user can act on. */
    static int meld(PortfolioFout f, PrintWriter err) {
        err.println("fout: " + f.getMessage());
        return f.soort() == PortfolioFout.Soort.DATABASE ? PuntwijsCommand.INTERNE_FOUT : PuntwijsCommand.INVOERFOUT;
    }

    /** Progress lines on stderr, at most one per tenth of the work. */
    static final class Voortgang {
        private final PrintWriter err;
        private final long drempel;
        private String fase;
        private long laatsteTiende = -1;

        Voortgang(PrintWriter err, long drempel) {
            this.err = err;
            this.drempel = drempel;
        }

        void meld(String nieuweFase, long gedaan, long totaal) {
            if (totaal < drempel || totaal == 0) {
                return;
            }
            if (!nieuweFase.equals(fase)) {
                fase = nieuweFase;
                laatsteTiende = -1;
            }
            long tiende = gedaan * 10 / totaal;
            if (tiende != laatsteTiende) {
                laatsteTiende = tiende;
                err.println("voortgang: " + fase + " " + gedaan + "/" + totaal);
                err.flush();
            }
        }
    }
}
