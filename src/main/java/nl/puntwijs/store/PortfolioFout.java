package nl.puntwijs.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A portfolio file that cannot be used as asked, with a message for the user that names the file. Nothing was
 * changed when this is thrown: every change runs in a transaction that is rolled back first.
 */
public final class PortfolioFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; decides the exit code and lets the UI choose a dialog. */
    public enum Soort {
        /** The file exists but is not a Puntwijs portfolio (another SQLite database or no database at all). */
        GEEN_PORTEFEUILLE,
        /** The file is damaged (truncated or corrupted). */
        BESCHADIGD,
        /** Written by a newer Puntwijs: its schema is unknown to this version. */
        NIEUWERE_VERSIE,
        /** Another program holds the file (another Puntwijs, a sync tool); tried for the busy timeout. */
        IN_GEBRUIK,
        /** Opened read-only, or the file or its folder cannot be written. */
        ALLEEN_LEZEN,
        /** The disk (or the file's page limit) is full. */
        VOL,
        /** The file or its folder cannot be opened or created. */
        NIET_TE_OPENEN,
        /** Something the user asked for does not exist or conflicts (an unknown scenario, a taken name). */
        ONGELDIG_VERZOEK,
        /** Any other database failure. */
        DATABASE
    }

    private final Soort soort;
    private final transient Path bestand;

    public PortfolioFout(Soort soort, Path bestand, String bericht) {
        this(soort, bestand, bericht, null);
    }

    public PortfolioFout(Soort soort, Path bestand, String bericht, Throwable oorzaak) {
        super(bestand == null ? bericht : bestand + ": " + bericht, oorzaak);
        this.soort = soort;
        this.bestand = bestand;
    }

    public Soort soort() {
        return soort;
    }

    public Path bestand() {
        return bestand;
    }

    /** Translates a database failure into a message for the user. */
    public static PortfolioFout van(SQLException e, Path bestand) {
        if (e instanceof Rij.OngeldigeWaarde) {
            return new PortfolioFout(Soort.BESCHADIGD, bestand, "een opgeslagen waarde is ongeldig (" + e.getMessage()
                    + "); is het bestand met een ander programma bewerkt? Zet een reservekopie terug", e);
        }
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new PortfolioFout(Soort.IN_GEBRUIK, bestand, "het bestand is in gebruik door een ander programma "
                    + "(een andere Puntwijs of een synchronisatieprogramma); probeer het later opnieuw", e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new PortfolioFout(Soort.ALLEEN_LEZEN, bestand, "het bestand is alleen-lezen geopend of niet "
                    + "beschrijfbaar; er is niets gewijzigd", e);
        }
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return new PortfolioFout(Soort.VOL, bestand, "de schijf is vol (of het bestand heeft zijn maximale "
                    + "grootte bereikt); er is niets gewijzigd, maak ruimte vrij en probeer het opnieuw", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new PortfolioFout(Soort.BESCHADIGD, bestand, "het bestand is beschadigd (" + kort(e)
                    + "); zet een reservekopie terug", e);
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new PortfolioFout(Soort.GEEN_PORTEFEUILLE, bestand, "dit is geen Puntwijs-portefeuille "
                    + "(geen SQLite-database)", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return new PortfolioFout(Soort.NIET_TE_OPENEN, bestand, "het bestand kan niet worden geopend of "
                    + "aangemaakt (bestaat de map, mag u erin schrijven?)", e);
        }
        if (code == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new PortfolioFout(Soort.DATABASE, bestand, "lees- of schrijffout (" + kort(e)
                    + "); er is niets gewijzigd", e);
        }
        return new PortfolioFout(Soort.DATABASE, bestand, "databasefout: " + kort(e), e);
    }

    private static String kort(SQLException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }
}
