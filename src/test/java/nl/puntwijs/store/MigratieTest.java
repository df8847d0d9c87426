package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Eenheid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Schema versions: every earlier version migrates forward (after a backup), atomically; newer files are refused. */
class MigratieTest {

    @TempDir
    Path tmp;

    static Stream<Integer> eerdereVersies() {
        return IntStream.range(1, Migraties.LAATSTE).boxed();
    }

    /** A file at schema {@code versie} holding one complex with two dwellings, rooms and a result, written with SQL. */
    private Path bestandOpVersie(int versie, String extraSql) throws Exception {
        Path db = tmp.resolve("oud-v" + versie + ".puntwijs");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            Migraties.voerUit(c, 0, versie, "test");
            s.execute("PRAGMA application_id = " + Portfolio.APPLICATIE_ID);
            s.execute("INSERT INTO portefeuille VALUES (1, 'oud', '2025-01-01T10:00:00+01:00', 'piet')");
            s.execute("INSERT INTO complex (id, sleutel, naam, methode, zorg, zorg_alarm_woning, ohv, gewijzigd_op) "
                    + "VALUES (1, 'C1', 'Oud complex', 'gemeten', 1, 1, 0, '2025-01-01T10:00:00+01:00')");
            for (int i = 1; i <= 2; i++) {
                s.execute("INSERT INTO eenheid (id, complex_id, vera_id, volgorde, straatnaam, huisnummer, postcode, "
                        + "bouwjaar, zorg, huur, gewijzigd_op) VALUES (" + i + ", 1, 'E" + i + "', " + i
                        + ", 'Lindelaan', '" + i + "', '1234AB', 1975, 0, 0, '2025-01-01T10:00:00+01:00')");
                s.execute("INSERT INTO ruimte (id, eenheid_id, volgorde, ruimte_id, soort, detailsoort, oppervlakte, "
                        + "verwarmd, verkoeld, aantal, vaste_trap, vlizotrap, laadpalen) VALUES (" + i + ", " + i
                        + ", 0, 'woon', 'VTK', 'WOO', '24.50', 1, 0, 1, 0, 0, 0)");
                s.execute("INSERT INTO ruimte_voorziening VALUES (" + i + ", 0, 'IKK')");
                s.execute("INSERT INTO woz_waarde VALUES (" + i + ", 0, '2024-01-01', '210000', NULL)");
            }
            s.execute("INSERT INTO resultaat (eenheid_id, peildatum, berekend_op, puntwijs_versie, tabellen, interpretatie, "
                    + "methode, som, punten, p_ovz, p_ooz, p_vkv, p_ene, p_keu, p_san, p_geh, p_bui, p_gvr, p_gpa, p_woz, "
                    + "p_bij, p_pmn, sector, maximale_huur, opslagpercentage, huurprijsopslag, "
                    + "maximale_huur_inclusief_opslag, zorgtoeslag, meldingen, uitleg) VALUES (1, '2025-07-01', "
                    + "'2025-07-02T09:00:00+02:00', '0.9', '2025', '', 'gemeten', '101.5', 102, '24', '0', '2', '0', '0', "
                    + "'0', '0', '-5', '0', '0', '30', '0', '0', 'sociaal', '700.00', '0', '0', '700.00', 0, 0, x'00')");
            s.execute("INSERT INTO wijziging (tijdstip, gebruiker, complex_id, complex, entiteit, veld, oud, nieuw, reden) "
                    + "VALUES ('2025-01-01T10:00:00+01:00', 'piet', 1, 'C1', 'eenheid E1', 'bouwjaar', '1974', '1975', 'bewerkt')");
            if (extraSql != null) {
                s.execute(extraSql);
            }
            c.commit();
        }
        return db;
    }

    @ParameterizedTest(name = "van versie {0}")
    @MethodSource("eerdereVersies")
    void elkeEerdereVersieWordtBijgewerktNaEenReservekopie(int versie) throws Exception {
        Path db = bestandOpVersie(versie, null);
        try (Portfolio p = Portfolio.open(db)) {
            assertThat(p.gevondenVersie()).isEqualTo(versie);
            assertThat(p.schemaversie()).isEqualTo(Migraties.LAATSTE);
            Path kopie = p.migratiekopie();
            assertThat(kopie).isNotNull().exists();
            assertThat(kopie.getFileName().toString()).startsWith("oud-v" + versie + ".puntwijs.schema-v" + versie + "-").endsWith(".bak");
            assertThat(versieVan(kopie)).isEqualTo(versie);
            assertThat(PortfolioTest.aantal(kopie, "eenheid")).isEqualTo(2);

            PortfolioRepository repo = p.repository();
            assertThat(repo.complexen()).singleElement().satisfies(i -> {
                assertThat(i.sleutel()).isEqualTo("C1");
                assertThat(i.isScenario()).isFalse();
            });
            Complex c = repo.laad(repo.complex("C1").orElseThrow().id());
            assertThat(c.naam()).isEqualTo("Oud complex");
            assertThat(c.zorg().alarmWoning()).isTrue();
            assertThat(c.woningen()).extracting(Eenheid::id).containsExactly("E1", "E2");
            assertThat(c.woningen().get(0).ruimten().get(0).oppervlakte()).isEqualByComparingTo("24.50");
            assertThat(c.woningen().get(0).adres().regel()).isEqualTo("Lindelaan 1, 1234AB");
            assertThat(p.resultaten().overzicht()).extracting(ResultaatRepository.Overzichtsregel::punten).containsExactly(102, null);
            assertThat(repo.wijzigingen(1)).singleElement().satisfies(w -> assertThat(w.gebruiker()).isEqualTo("piet"));
            // what version 2 adds works on the migrated file
            long sc = repo.maakScenario(1, "proef");
            assertThat(repo.laad(sc).woningen()).hasSize(2);
            List<Integer> stappen = new ArrayList<>();
            p.lees(v -> {
                try (Statement s = v.createStatement(); ResultSet rs = s.executeQuery("SELECT versie FROM schema_versie ORDER BY versie")) {
                    while (rs.next()) {
                        stappen.add(rs.getInt(1));
                    }
                }
                return null;
            });
            assertThat(stappen).containsExactlyElementsOf(IntStream.rangeClosed(1, Migraties.LAATSTE).boxed().toList());
        }
    }

    @Test
    void eenMislukteMigratieLaatHetBestandOpDeOudeVersie() throws Exception {
        // a v1 file that already has an index with the name v2 creates: the migration fails halfway
        Path db = bestandOpVersie(1, "CREATE INDEX complex_scenario ON complex (naam)");
        assertThatThrownBy(() -> Portfolio.open(db)).isInstanceOf(PortfolioFout.class);
        assertThat(versieVan(db)).isEqualTo(1);
        assertThat(PortfolioTest.aantal(db, "eenheid")).isEqualTo(2);
        assertThat(PortfolioTest.aantal(db, "schema_versie")).isEqualTo(1);
        try (Stream<Path> bestanden = Files.list(tmp)) {
            assertThat(bestanden.filter(p -> p.getFileName().toString().endsWith(".bak"))).hasSize(1);
        }
    }

    @Test
    void eenBestandVanEenNieuwerePuntwijsWordtGeweigerd() throws Exception {
        Path db = tmp.resolve("nieuw.puntwijs");
        try (Portfolio p = Portfolio.open(db)) {
            p.repository().nieuwComplex(Voorbeelden.zorgcomplex(), "test");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Migraties.LAATSTE + 1));
        }
        byte[] voor = Files.readAllBytes(db);
        assertThatThrownBy(() -> Portfolio.open(db)).isInstanceOfSatisfying(PortfolioFout.class, f -> {
            assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.NIEUWERE_VERSIE);
            assertThat(f.getMessage()).contains("nieuw.puntwijs").contains("nieuwere Puntwijs")
                    .contains("schemaversie " + (Migraties.LAATSTE + 1));
        });
        assertThat(Files.readAllBytes(db)).isEqualTo(voor);
    }

    @Test
    void deScriptsWordenInStatementsGesplitst() {
        assertThat(Migraties.statements("-- kop\nCREATE TABLE a (x);\n\n-- b\nCREATE INDEX i\n  ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x);", "CREATE INDEX i\n  ON a (x);");
        assertThat(Migraties.statements(Migraties.script(2))).hasSize(9);
    }

    private static int versieVan(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
