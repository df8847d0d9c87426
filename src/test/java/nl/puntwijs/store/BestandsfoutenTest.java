package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Eenheid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be used: a clear message naming the file, the file untouched, no crash. Read-only and a full
 * disk are simulated through SQLite itself (the tests run as root): a read-only open and {@code max_page_count}.
 */
class BestandsfoutenTest {

    @TempDir
    Path tmp;

    private Path portefeuilleMetGegevens(String naam) {
        Path db = tmp.resolve(naam);
        try (Portfolio p = Portfolio.open(db)) {
            p.repository().nieuwComplex(Voorbeelden.zorgcomplex(), "test");
        }
        return db;
    }

    @Test
    void eenTekstbestandIsGeenPortefeuille() throws Exception {
        Path db = tmp.resolve("notities.puntwijs");
        Files.writeString(db, "Dit is een boodschappenlijstje, geen database.\n".repeat(20));
        byte[] voor = Files.readAllBytes(db);
        assertThatThrownBy(() -> Portfolio.open(db)).isInstanceOfSatisfying(PortfolioFout.class, f -> {
            assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.GEEN_PORTEFEUILLE);
            assertThat(f.getMessage()).contains("notities.puntwijs").contains("geen Puntwijs-portefeuille");
        });
        assertThat(Files.readAllBytes(db)).isEqualTo(voor);
        assertThat(Files.exists(tmp.resolve("notities.puntwijs-wal"))).isFalse();
    }

    @Test
    void eenSqliteDatabaseVanEenAnderProgrammaIsGeenPortefeuille() throws Exception {
        Path db = tmp.resolve("ander.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE klanten (naam TEXT)");
            s.execute("INSERT INTO klanten VALUES ('Jansen')");
        }
        byte[] voor = Files.readAllBytes(db);
        assertThatThrownBy(() -> Portfolio.open(db)).isInstanceOfSatisfying(PortfolioFout.class, f -> {
            assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.GEEN_PORTEFEUILLE);
            assertThat(f.getMessage()).contains("ander.db").contains("ander programma");
        });
        assertThat(Files.readAllBytes(db)).isEqualTo(voor);
    }

    @Test
    void eenAfgekaptBestandWordtHerkendEnNietAangeraakt() throws Exception {
        Path db = portefeuilleMetGegevens("afgekapt.puntwijs");
        byte[] heel = Files.readAllBytes(db);
        assertThat(heel.length).isGreaterThan(8 * 4096);
        Files.write(db, Arrays.copyOf(heel, heel.length / 2));
        byte[] voor = Files.readAllBytes(db);
        assertThatThrownBy(() -> Portfolio.open(db)).isInstanceOfSatisfying(PortfolioFout.class, f -> {
            assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.BESCHADIGD);
            assertThat(f.getMessage()).contains("afgekapt.puntwijs").contains("afgekapt").contains("reservekopie");
        });
        assertThat(Files.readAllBytes(db)).isEqualTo(voor);

        Files.write(db, Arrays.copyOf(heel, 50));
        assertThatThrownBy(() -> Portfolio.open(db)).isInstanceOfSatisfying(PortfolioFout.class,
                f -> assertThat(f.getMessage()).contains("afgekapt"));
    }

    @Test
    void eenBeschadigdBestandGeeftEenDuidelijkeMeldingBijHetLezen() throws Exception {
        Path db = portefeuilleMetGegevens("kapot.puntwijs");
        long lengte = Files.size(db);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] rommel = new byte[(int) lengte - 2 * 4096];
            Arrays.fill(rommel, (byte) 0x5A);
            f.seek(4096);
            f.write(rommel);
        }
        byte[] voor = Files.readAllBytes(db);
        PortfolioFout fout = null;
        try (Portfolio p = Portfolio.open(db)) {
            p.resultaten().overzicht();
            p.repository().laad(1);
        } catch (PortfolioFout f) {
            fout = f;
        }
        assertThat(fout).isNotNull();
        assertThat(fout.soort()).isIn(PortfolioFout.Soort.BESCHADIGD, PortfolioFout.Soort.GEEN_PORTEFEUILLE);
        assertThat(fout.getMessage()).contains("kapot.puntwijs");
        assertThat(Files.readAllBytes(db)).isEqualTo(voor);
    }

    /**
     * Values another program wrote into the file: each is refused where it is read, naming table, column and value,
     * instead of a NumberFormatException or an absurd number reaching the core (where 1E+999999999 hangs).
     */
    @Test
    void eenWaardeVanEenAnderProgrammaWordtGeweigerdMetDeKolom() throws Exception {
        String[][] gevallen = {
            {"UPDATE ruimte SET oppervlakte = '-12' WHERE id = (SELECT min(id) FROM ruimte)", "ruimte.oppervlakte, waarde '-12': is negatief"},
            {"UPDATE ruimte SET oppervlakte = '1E+999999999' WHERE id = (SELECT min(id) FROM ruimte)",
                "ruimte.oppervlakte, waarde '1E+999999999': is onwaarschijnlijk groot"},
            {"UPDATE ruimte SET lengte = '1E-999999999' WHERE id = (SELECT min(id) FROM ruimte)",
                "ruimte.lengte, waarde '1E-999999999': is onwaarschijnlijk klein"},
            {"UPDATE ruimte SET breedte = 'drie meter' WHERE id = (SELECT min(id) FROM ruimte)",
                "ruimte.breedte, waarde 'drie meter': is geen getal"},
            {"UPDATE woz_waarde SET waarde = 'NaN'", "woz_waarde.waarde, waarde 'NaN': is geen getal"},
            {"UPDATE woz_waarde SET waardepeildatum = '1 januari'", "woz_waarde.waardepeildatum, waarde '1 januari': is geen datum"},
        };
        for (String[] geval : gevallen) {
            Path db = portefeuilleMetGegevens("bewerkt-" + Math.abs(geval[0].hashCode()) + ".puntwijs");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                assertThat(s.executeUpdate(geval[0])).as(geval[0]).isPositive();
            }
            try (Portfolio p = Portfolio.open(db)) {
                long id = p.repository().complexen().get(0).id();
                assertThatThrownBy(() -> p.repository().laad(id)).as(geval[0]).isInstanceOfSatisfying(PortfolioFout.class, f -> {
                    assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.BESCHADIGD);
                    assertThat(f.getMessage()).contains(db.getFileName().toString()).contains(geval[1])
                            .contains("ander programma");
                });
            }
        }
        // a planned rent decrease is the one negative number the store holds
        Path db = portefeuilleMetGegevens("huurverlaging.puntwijs");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE eenheid SET huur_kaal = '700', huur_verhoging_pct = '-2.5'")).isPositive();
        }
        try (Portfolio p = Portfolio.open(db)) {
            Complex c = p.repository().laad(p.repository().complexen().get(0).id());
            assertThat(c.woningen().get(0).huur().huurverhogingPercentage()).isEqualByComparingTo("-2.5");
        }
    }

    @Test
    void alleenLezenGeopendKanNietsWijzigen() throws Exception {
        Path db = portefeuilleMetGegevens("alleenlezen.puntwijs");
        byte[] voor = Files.readAllBytes(db);
        try (Portfolio p = Portfolio.open(db, Portfolio.Opties.standaard().metAlleenLezen())) {
            assertThat(p.resultaten().overzicht()).hasSize(3);
            long id = p.repository().complexen().get(0).id();
            Complex c = p.repository().laad(id);
            Complex anders = new Complex(c.id(), "Andere naam", c.zorg(), c.methode(), c.woningen(), c.gedeeldeRuimten(),
                    c.ouderenhuisvesting());
            assertThatThrownBy(() -> p.repository().bewaar(id, anders, "bewerkt")).isInstanceOfSatisfying(PortfolioFout.class, f -> {
                assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.ALLEEN_LEZEN);
                assertThat(f.getMessage()).contains("alleenlezen.puntwijs").contains("alleen-lezen");
            });
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(voor);
        // a read-only open of a file that does not exist creates nothing
        assertThatThrownBy(() -> Portfolio.open(tmp.resolve("bestaat-niet.puntwijs"), Portfolio.Opties.standaard().metAlleenLezen()))
                .isInstanceOf(PortfolioFout.class).hasMessageContaining("bestaat niet");
        assertThat(tmp.resolve("bestaat-niet.puntwijs")).doesNotExist();
    }

    @Test
    void eenVolleSchijfLaatDeGegevensZoalsZeWaren() throws Exception {
        Path db = portefeuilleMetGegevens("vol.puntwijs");
        long paginas;
        try (Portfolio p = Portfolio.open(db)) {
            paginas = Long.parseLong(p.<String>lees(c -> PortfolioTest.pragma(c, "page_count")));
        }
        List<Eenheid> veel = new ArrayList<>();
        Eenheid basis = Voorbeelden.eenheid("12006000004");
        for (int i = 0; i < 300; i++) {
            veel.add(new Eenheid("GROOT-" + i, basis.adres(), basis.bouwjaar(), null, null, null, basis.pandSoort(),
                    basis.monumenten(), null, null, basis.energieprestaties(), null, basis.wozWaarden(), null,
                    basis.ruimten(), null, null, null));
        }
        Complex groot = new Complex("GROOT", "Groot complex", null, null, veel, List.of(), null);
        try (Portfolio p = Portfolio.open(db, Portfolio.Opties.standaard().metMaxPaginas((int) paginas + 3))) {
            assertThatThrownBy(() -> p.repository().nieuwComplex(groot, "test")).isInstanceOfSatisfying(PortfolioFout.class, f -> {
                assertThat(f.soort()).isEqualTo(PortfolioFout.Soort.VOL);
                assertThat(f.getMessage()).contains("vol.puntwijs").contains("vol").contains("niets gewijzigd");
            });
            // the connection stays usable and holds exactly what it held
            assertThat(p.repository().complexen()).extracting(PortfolioRepository.ComplexInfo::sleutel).containsExactly("ZC-1");
        }
        try (Portfolio p = Portfolio.open(db)) {
            assertThat(p.repository().complexen()).extracting(PortfolioRepository.ComplexInfo::sleutel).containsExactly("ZC-1");
            assertThat(p.resultaten().overzicht()).hasSize(3);
            assertThat(p.repository().nieuwComplex(groot, "test").nieuw()).isEqualTo(300);
        }
    }

    @Test
    void eenMapOfOnbeschrijfbarePlekGeeftEenMelding() throws Exception {
        Files.createDirectories(tmp.resolve("map.puntwijs"));
        assertThatThrownBy(() -> Portfolio.open(tmp.resolve("map.puntwijs"))).isInstanceOf(PortfolioFout.class)
                .hasMessageContaining("is een map");
        Files.writeString(tmp.resolve("bestand"), "x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Portfolio.open(tmp.resolve("bestand/onder.puntwijs"))).isInstanceOf(PortfolioFout.class)
                .hasMessageContaining("onder.puntwijs");
    }
}
