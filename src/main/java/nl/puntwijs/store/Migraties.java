package nl.puntwijs.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema versions of a portfolio file and the steps between them: numbered SQL resources
 * {@code /store/migraties/V<n>__<naam>.sql}, applied in order inside one transaction. The file records its
 * version in {@code PRAGMA user_version} (readable by any SQLite tool) and every step in {@code schema_versie}.
 * Hand-written rather than Flyway: we need one transaction over all pending steps, a backup copy before them,
 * a clear refusal of newer files in our words, and the version in the SQLite header; see the ADR.
 */
final class Migraties {

    /** The script of each version, index 0 for version 1. Append; never change a released script. */
    static final List<String> SCRIPTS = List.of("V1__basis.sql", "V2__scenarios.sql");

    /** The schema version this Puntwijs writes. */
    static final int LAATSTE = SCRIPTS.size();

    private Migraties() {
    }

    /**
     * Brings a schema from {@code van} to {@code tot}. The caller holds the transaction; nothing is committed
     * here, so a failure leaves the file as it was.
     */
    static void voerUit(Connection c, int van, int tot, String puntwijsVersie) throws SQLException {
        for (int versie = van + 1; versie <= tot; versie++) {
            try (Statement s = c.createStatement()) {
                for (String sql : statements(script(versie))) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_versie (versie, toegepast_op, puntwijs_versie) VALUES (?, ?, ?)")) {
                ps.setInt(1, versie);
                ps.setString(2, Tijd.nu());
                ps.setString(3, puntwijsVersie);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + versie);
            }
        }
    }

    static String script(int versie) {
        String naam = "/store/migraties/" + SCRIPTS.get(versie - 1);
        try (InputStream in = Migraties.class.getResourceAsStream(naam)) {
            if (in == null) {
                throw new IllegalStateException("migratie ontbreekt: " + naam);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script on semicolons at the end of a line; {@code --} comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> uit = new ArrayList<>();
        StringBuilder huidig = new StringBuilder();
        for (String regel : script.split("\n")) {
            String r = regel.strip();
            if (r.isEmpty() || r.startsWith("--")) {
                continue;
            }
            huidig.append(regel).append('\n');
            if (r.endsWith(";")) {
                uit.add(huidig.toString().strip());
                huidig.setLength(0);
            }
        }
        if (!huidig.toString().isBlank()) {
            uit.add(huidig.toString().strip());
        }
        return uit;
    }
}
