package nl.puntwijs.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import nl.puntwijs.io.Bestanden;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One open portfolio file. Opening checks that the file is a Puntwijs portfolio, not truncated and not from a
 * newer Puntwijs; creates it when it does not exist; migrates an older schema forward (after a backup copy beside
 * it); and sets the journal: WAL on a local disk, a rollback journal with exclusive locking on a network share
 * (ADR 0001). Foreign keys are on, a busy timeout applies, and {@link #inTransactie} runs work in one
 * {@code BEGIN IMMEDIATE} transaction. Not thread-safe: one thread at a time (the UI uses one per file).
 */
public final class Portfolio implements AutoCloseable {

    /** "PWJS" in the SQLite header's application id: marks the file as a Puntwijs portfolio. */
    public static final int APPLICATIE_ID = 0x50574A53;

    /** The schema version this Puntwijs reads and writes. */
    public static final int SCHEMAVERSIE = Migraties.LAATSTE;

    private static final byte[] SQLITE_KOP = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How the file is journalled. */
    public enum Journaal {
        /** WAL on a local disk, rollback journal with exclusive locking on a network share. */
        AUTOMATISCH,
        /** Write-ahead log: readers and a writer side by side; local disks only. */
        WAL,
        /** Rollback journal, the file held exclusively by this process while open (network shares). */
        EXCLUSIEF
    }

    /**
     * @param busyTimeoutMs how long to wait for another process's lock before reporting the file in use
     * @param alleenLezen   open read-only: nothing can be changed, an older schema is not migrated
     * @param journaal      the journal choice (normally automatic)
     * @param maxPaginas    a page limit for the file (SQLite {@code max_page_count}); null: none. Tests use it to
     *                      simulate a full disk.
     */
    public record Opties(int busyTimeoutMs, boolean alleenLezen, Journaal journaal, Integer maxPaginas) {

        public static Opties standaard() {
            return new Opties(5_000, false, Journaal.AUTOMATISCH, null);
        }

        public Opties metAlleenLezen() {
            return new Opties(busyTimeoutMs, true, journaal, maxPaginas);
        }

        public Opties metBusyTimeout(int ms) {
            return new Opties(ms, alleenLezen, journaal, maxPaginas);
        }

        public Opties metJournaal(Journaal j) {
            return new Opties(busyTimeoutMs, alleenLezen, j, maxPaginas);
        }

        public Opties metMaxPaginas(Integer paginas) {
            return new Opties(busyTimeoutMs, alleenLezen, journaal, paginas);
        }
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Werk<T> {
        T voerUit(Connection verbinding) throws SQLException;
    }

    private final Path bestand;
    private final Connection verbinding;
    private final Opties opties;
    private final Journaal journaal;
    private final boolean nieuw;
    private final Path migratiekopie;
    private final int gevondenVersie;
    private boolean actief;
    private ComplexSchrijver schrijver;

    private Portfolio(Path bestand, Connection verbinding, Opties opties, Journaal journaal, boolean nieuw,
                      Path migratiekopie, int gevondenVersie) {
        this.bestand = bestand;
        this.verbinding = verbinding;
        this.opties = opties;
        this.journaal = journaal;
        this.nieuw = nieuw;
        this.migratiekopie = migratiekopie;
        this.gevondenVersie = gevondenVersie;
    }

    public static Portfolio open(Path bestand) {
        return open(bestand, Opties.standaard());
    }

    /**
     * Opens (or creates) a portfolio file.
     *
     * @throws PortfolioFout when the file cannot be used; it is then untouched
     */
    public static Portfolio open(Path bestand, Opties opties) {
        Path pad = bestand.toAbsolutePath().normalize();
        boolean bestaat = Files.exists(pad);
        if (bestaat && Files.isDirectory(pad)) {
            throw new PortfolioFout(PortfolioFout.Soort.NIET_TE_OPENEN, bestand, "is een map, geen portefeuillebestand");
        }
        if (!bestaat && opties.alleenLezen()) {
            throw new PortfolioFout(PortfolioFout.Soort.NIET_TE_OPENEN, bestand, "bestaat niet");
        }
        if (bestaat) {
            controleerKop(pad, bestand);
        } else {
            try {
                Files.createDirectories(pad.getParent());
            } catch (IOException e) {
                throw new PortfolioFout(PortfolioFout.Soort.NIET_TE_OPENEN, bestand, "de map kan niet worden "
                        + "aangemaakt: " + e.getMessage(), e);
            }
        }
        Journaal journaal = opties.journaal() != Journaal.AUTOMATISCH ? opties.journaal()
                : Bestandssysteem.isNetwerk(pad) ? Journaal.EXCLUSIEF : Journaal.WAL;
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(opties.busyTimeoutMs());
            if (opties.alleenLezen()) {
                config.setReadOnly(true);
                config.setOpenMode(SQLiteOpenMode.READONLY);
            } else if (journaal == Journaal.EXCLUSIEF) {
                config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            }
            c = config.createConnection("jdbc:sqlite:" + pad);
            Portfolio p = voorbereid(c, pad, bestand, opties, journaal);
            c = null;
            return p;
        } catch (SQLException e) {
            throw PortfolioFout.van(e, bestand);
        } finally {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }

    private static Portfolio voorbereid(Connection c, Path pad, Path bestand, Opties opties, Journaal journaal)
            throws SQLException {
        int applicatie = pragmaGetal(c, "application_id");
        int versie = pragmaGetal(c, "user_version");
        boolean leeg = applicatie == 0 && versie == 0 && !heeftTabellen(c);
        if (!leeg && applicatie != APPLICATIE_ID) {
            throw new PortfolioFout(PortfolioFout.Soort.GEEN_PORTEFEUILLE, bestand, "dit is geen Puntwijs-"
                    + "portefeuille (een SQLite-database van een ander programma); er is niets gewijzigd");
        }
        if (versie > Migraties.LAATSTE) {
            throw new PortfolioFout(PortfolioFout.Soort.NIEUWERE_VERSIE, bestand, "gemaakt met een nieuwere Puntwijs "
                    + "(schemaversie " + versie + "; deze versie kent t/m " + Migraties.LAATSTE + "); werk Puntwijs bij "
                    + "om dit bestand te openen. Er is niets gewijzigd");
        }
        if (opties.alleenLezen()) {
            if (leeg || versie < Migraties.LAATSTE) {
                throw new PortfolioFout(PortfolioFout.Soort.ALLEEN_LEZEN, bestand, (leeg ? "is leeg" : "heeft schemaversie "
                        + versie) + " en moet worden bijgewerkt naar versie " + Migraties.LAATSTE + ", maar is alleen-lezen "
                        + "geopend; er is niets gewijzigd");
            }
            return new Portfolio(pad, c, opties, journaal, false, null, versie);
        }
        try (Statement s = c.createStatement()) {
            if (journaal == Journaal.EXCLUSIEF) {
                s.execute("PRAGMA locking_mode = EXCLUSIVE");
                s.execute("PRAGMA journal_mode = DELETE");
            } else {
                s.execute("PRAGMA journal_mode = WAL");
            }
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA cache_size = -65536");
            s.execute("PRAGMA temp_store = MEMORY");
            if (opties.maxPaginas() != null) {
                s.execute("PRAGMA max_page_count = " + opties.maxPaginas());
            }
        }
        Path kopie = null;
        if (!leeg && versie < Migraties.LAATSTE) {
            kopie = migratiekopie(pad, versie);
            kopieer(c, kopie, bestand);
        }
        if (leeg || versie < Migraties.LAATSTE) {
            int van = leeg ? 0 : versie;
            Portfolio p = new Portfolio(pad, c, opties, journaal, leeg, kopie, versie);
            p.inTransactie(v -> {
                Migraties.voerUit(v, van, Migraties.LAATSTE, versie());
                if (van == 0) {
                    try (Statement s = v.createStatement()) {
                        s.execute("PRAGMA application_id = " + APPLICATIE_ID);
                    }
                    try (var ps = v.prepareStatement("INSERT INTO portefeuille (id, naam, aangemaakt_op, aangemaakt_door) "
                            + "VALUES (1, ?, ?, ?)")) {
                        String naam = pad.getFileName().toString();
                        ps.setString(1, naam.contains(".") ? naam.substring(0, naam.lastIndexOf('.')) : naam);
                        ps.setString(2, Tijd.nu());
                        ps.setString(3, Tijd.gebruiker());
                        ps.executeUpdate();
                    }
                }
                return null;
            });
            return p;
        }
        return new Portfolio(pad, c, opties, journaal, false, null, versie);
    }

    /** The SQLite header: the magic string, and a page count that the file's size must hold. */
    private static void controleerKop(Path pad, Path bestand) {
        byte[] kop = new byte[100];
        int gelezen;
        long grootte;
        try (InputStream in = Files.newInputStream(pad)) {
            gelezen = in.readNBytes(kop, 0, kop.length);
            grootte = Files.size(pad);
        } catch (IOException e) {
            throw new PortfolioFout(PortfolioFout.Soort.NIET_TE_OPENEN, bestand, "niet te lezen: " + e.getMessage(), e);
        }
        if (gelezen == 0) {
            return; // an empty file: SQLite treats it as a new database
        }
        if (gelezen < 100 || !Arrays.equals(kop, 0, SQLITE_KOP.length, SQLITE_KOP, 0, SQLITE_KOP.length)) {
            throw new PortfolioFout(PortfolioFout.Soort.GEEN_PORTEFEUILLE, bestand, "dit is geen Puntwijs-portefeuille "
                    + "(geen SQLite-database" + (gelezen < 100 ? ", of afgekapt" : "") + "); er is niets gewijzigd");
        }
        ByteBuffer b = ByteBuffer.wrap(kop);
        int paginagrootte = Short.toUnsignedInt(b.getShort(16));
        long paginagrootteBytes = paginagrootte == 1 ? 65_536 : paginagrootte;
        long wijzigingsteller = Integer.toUnsignedLong(b.getInt(24));
        long paginas = Integer.toUnsignedLong(b.getInt(28));
        long geldigVoor = Integer.toUnsignedLong(b.getInt(92));
        boolean walAanwezig = Files.exists(pad.resolveSibling(pad.getFileName() + "-wal"));
        if (paginas > 0 && wijzigingsteller == geldigVoor && !walAanwezig && grootte < paginas * paginagrootteBytes) {
            throw new PortfolioFout(PortfolioFout.Soort.BESCHADIGD, bestand, "het bestand is afgekapt (" + grootte
                    + " bytes, verwacht " + paginas * paginagrootteBytes + "); zet een reservekopie terug. Er is niets gewijzigd");
        }
    }

    private static boolean heeftTabellen(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static int pragmaGetal(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Path migratiekopie(Path pad, int versie) {
        String stempel = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return pad.resolveSibling(pad.getFileName() + ".schema-v" + versie + "-" + stempel + ".bak");
    }

    /** A consistent copy through {@code VACUUM INTO}, written to a temporary file and moved into place. */
    private static void kopieer(Connection c, Path doel, Path bestand) throws SQLException {
        Path tijdelijk = null;
        try {
            tijdelijk = Bestanden.tijdelijkNaast(doel);
            Files.delete(tijdelijk); // VACUUM INTO wants to create the file itself
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + tijdelijk.toString().replace("'", "''") + "'");
            }
            Bestanden.verplaats(tijdelijk, doel);
        } catch (IOException e) {
            throw new PortfolioFout(PortfolioFout.Soort.NIET_TE_OPENEN, doel, "kopie niet te schrijven: " + e.getMessage(), e);
        } finally {
            if (tijdelijk != null) {
                try {
                    Files.deleteIfExists(tijdelijk);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /**
     * Writes a consistent copy of the portfolio to {@code doel} (also while other processes use the file): SQLite's
     * {@code VACUUM INTO} reads one snapshot. The copy is written beside the target and moved into place.
     */
    public void backup(Path doel) {
        if (Files.isDirectory(doel)) {
            throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, doel, "is een map; geef een bestandsnaam");
        }
        try {
            if (Files.exists(doel) && Files.isSameFile(doel, bestand)) {
                throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, doel, "is het portefeuillebestand zelf");
            }
        } catch (IOException e) {
            throw new PortfolioFout(PortfolioFout.Soort.NIET_TE_OPENEN, doel, e.getMessage(), e);
        }
        try {
            kopieer(verbinding, doel, bestand);
        } catch (SQLException e) {
            throw PortfolioFout.van(e, bestand);
        }
    }

    /**
     * Runs {@code werk} in one transaction ({@code BEGIN IMMEDIATE}: waits up to the busy timeout for another
     * writer). Everything or nothing is stored: on any failure the transaction is rolled back.
     *
     * @throws PortfolioFout for database failures (in use, read-only, disk full, damaged)
     */
    public <T> T inTransactie(Werk<T> werk) {
        if (opties.alleenLezen()) {
            throw new PortfolioFout(PortfolioFout.Soort.ALLEEN_LEZEN, bestand, "is alleen-lezen geopend; er is niets "
                    + "gewijzigd");
        }
        if (actief) {
            try {
                return werk.voerUit(verbinding); // part of the transaction already running
            } catch (SQLException e) {
                throw PortfolioFout.van(e, bestand);
            }
        }
        boolean begonnen = false;
        boolean klaar = false;
        try (Statement s = verbinding.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            begonnen = true;
            actief = true;
            s.execute("PRAGMA defer_foreign_keys = ON");
            T uitkomst = werk.voerUit(verbinding);
            if (schrijver != null) {
                schrijver.flush();
            }
            s.execute("COMMIT");
            klaar = true;
            return uitkomst;
        } catch (SQLException e) {
            throw PortfolioFout.van(e, bestand);
        } finally {
            actief = false;
            if (schrijver != null) {
                schrijver.close();
                schrijver = null;
            }
            if (begonnen && !klaar) {
                try (Statement s = verbinding.createStatement()) {
                    s.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // SQLite may already have rolled back (it does on SQLITE_FULL)
                }
            }
        }
    }

    /** True while {@link #inTransactie} runs. */
    public boolean inTransactie() {
        return actief;
    }

    /** The batched writer of the running transaction. */
    ComplexSchrijver schrijver() throws SQLException {
        if (!actief) {
            throw new IllegalStateException("schrijven kan alleen binnen een transactie");
        }
        if (schrijver == null) {
            schrijver = new ComplexSchrijver(verbinding);
        }
        return schrijver;
    }

    /** Runs a read outside an explicit transaction (one statement is one consistent snapshot). */
    public <T> T lees(Werk<T> werk) {
        try {
            if (actief && schrijver != null) {
                schrijver.flush(); // a read inside a transaction sees what it wrote
            }
            return werk.voerUit(verbinding);
        } catch (SQLException e) {
            throw PortfolioFout.van(e, bestand);
        }
    }

    public Path bestand() {
        return bestand;
    }

    public Journaal journaal() {
        return journaal;
    }

    public boolean isAlleenLezen() {
        return opties.alleenLezen();
    }

    /** The file did not exist (or was empty) and was created by this open. */
    public boolean isNieuw() {
        return nieuw;
    }

    /** The backup written before migrating an older file; null when nothing was migrated. */
    public Path migratiekopie() {
        return migratiekopie;
    }

    /** The schema version the file had when opened (0 for a new file). */
    public int gevondenVersie() {
        return gevondenVersie;
    }

    public int schemaversie() {
        return lees(c -> pragmaGetal(c, "user_version"));
    }

    /** The repository of complexes, dwellings, shared spaces, scenarios and the audit trail. */
    public PortfolioRepository repository() {
        return new PortfolioRepository(this);
    }

    /** The stored results. */
    public ResultaatRepository resultaten() {
        return new ResultaatRepository(this);
    }

    Connection verbinding() {
        return verbinding;
    }

    /** The Puntwijs version written into results and the schema history. */
    public static String versie() {
        String v = Portfolio.class.getPackage().getImplementationVersion();
        return v == null ? "ontwikkelversie" : v;
    }

    @Override
    public void close() {
        try {
            verbinding.close();
        } catch (SQLException e) {
            throw PortfolioFout.van(e, bestand);
        }
    }
}
