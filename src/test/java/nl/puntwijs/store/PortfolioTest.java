package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.io.tabellen.TabellenLader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio file: creation, the exact round trip of a complex, the audit trail, results and scenarios. */
class PortfolioTest {

    static final Stelsel STELSEL = new Stelsel(TabellenLader.standaard());

    @TempDir
    Path tmp;

    @Test
    void eenNieuwBestandIsEenPuntwijsPortefeuilleInWalMetSchemaversie() throws Exception {
        Path db = tmp.resolve("sub/map/portefeuille.puntwijs");
        try (Portfolio p = Portfolio.open(db)) {
            assertThat(p.isNieuw()).isTrue();
            assertThat(p.journaal()).isEqualTo(Portfolio.Journaal.WAL);
            assertThat(p.schemaversie()).isEqualTo(Portfolio.SCHEMAVERSIE).isEqualTo(2);
            assertThat(p.<String>lees(c -> pragma(c, "journal_mode"))).isEqualTo("wal");
            assertThat(p.<String>lees(c -> pragma(c, "foreign_keys"))).isEqualTo("1");
            assertThat(p.<String>lees(c -> pragma(c, "busy_timeout"))).isEqualTo("5000");
            assertThat(p.<String>lees(c -> pragma(c, "application_id"))).isEqualTo(String.valueOf(Portfolio.APPLICATIE_ID));
        }
        try (Portfolio p = Portfolio.open(db)) {
            assertThat(p.isNieuw()).isFalse();
            assertThat(p.repository().complexen()).isEmpty();
        }
    }

    @Test
    void opEenNetwerkshareEenTerugdraaijournaalMetExclusieveVergrendeling() throws Exception {
        assertThat(Bestandssysteem.isNetwerk(Path.of("\\\\server\\share\\p.puntwijs"))).isTrue();
        assertThat(Bestandssysteem.isNetwerktype("nfs4")).isTrue();
        assertThat(Bestandssysteem.isNetwerktype("cifs")).isTrue();
        assertThat(Bestandssysteem.isNetwerktype("ext4")).isFalse();
        assertThat(Bestandssysteem.isNetwerk(tmp.resolve("x.puntwijs"))).isFalse();
        Path db = tmp.resolve("share.puntwijs");
        try (Portfolio p = Portfolio.open(db, Portfolio.Opties.standaard().metJournaal(Portfolio.Journaal.EXCLUSIEF))) {
            assertThat(p.<String>lees(c -> pragma(c, "journal_mode"))).isEqualTo("delete");
            assertThat(p.<String>lees(c -> pragma(c, "locking_mode"))).isEqualTo("exclusive");
            p.repository().nieuwComplex(Voorbeelden.zorgcomplex(), "test");
        }
        assertThat(Files.exists(tmp.resolve("share.puntwijs-wal"))).isFalse();
    }

    @Test
    void eenComplexKomtPreciesTerugZoalsHetIsOpgeslagen() {
        Complex complex = Voorbeelden.zorgcomplex();
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            long id = p.repository().nieuwComplex(complex, "test").complexId();
            assertThat(p.repository().laad(id)).isEqualTo(complex);
        }
        // and every public vector on its own
        List<Eenheid> alle = new ArrayList<>();
        for (String v : Voorbeelden.VECTOREN) {
            alle.add(Voorbeelden.eenheid(v));
        }
        Complex vectoren = new Complex("V", null, null, null, alle, List.of(), null);
        try (Portfolio p = Portfolio.open(tmp.resolve("v.puntwijs"))) {
            long id = p.repository().nieuwComplex(vectoren, "test").complexId();
            assertThat(p.repository().laad(id)).isEqualTo(vectoren);
            assertThat(p.repository().complexen()).extracting(PortfolioRepository.ComplexInfo::sleutel)
                    .containsExactly("V");
        }
        // texts that need escaping on the way (rooms are read back as JSON built by SQLite), an empty name beside
        // a missing one, decimals with their scale, the largest number with the most decimals a reader accepts
        Ruimte lastig = new Ruimte("r\"1\\\u0001", "Zolder \"boven\" ² é \t", RuimteSoort.VERTREK, Detailsoort.ZOLDER,
                new BigDecimal("12.50"), new BigDecimal("0.001"), null, new BigDecimal("999999999.9999999999"), true,
                false, 3, 2, List.of(Voorziening.values()[0]), List.of(new BigDecimal("2100.0")), true, false, 7,
                List.of(new BigDecimal("0.30")));
        Ruimte leeg = new Ruimte(null, "", null, null, null, null, null, null, false, true, null, 1, List.of(), List.of(),
                false, true, 0, List.of());
        Eenheid e = Voorbeelden.eenheid(Voorbeelden.VECTOREN.get(0));
        Complex bijzonder = new Complex("B", null, null, null, List.of(e.metRuimten(List.of(lastig, leeg))), List.of(), null);
        try (Portfolio p = Portfolio.open(tmp.resolve("b.puntwijs"))) {
            long id = p.repository().nieuwComplex(bijzonder, "test").complexId();
            assertThat(p.repository().laad(id)).isEqualTo(bijzonder);
            assertThat(p.repository().laad(id).woningen().get(0).ruimten().get(0).oppervlakte()).hasToString("12.50");
        }
    }

    @Test
    void elkeWijzigingVanEenInvoerStaatInHetAuditspoor() {
        Complex complex = Voorbeelden.zorgcomplex();
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            PortfolioRepository repo = p.repository();
            long id = repo.nieuwComplex(complex, "invoer.json").complexId();
            Eenheid eerste = complex.woningen().get(0);
            List<Ruimte> ruimten = new ArrayList<>(eerste.ruimten());
            Ruimte r = ruimten.get(0);
            ruimten.set(0, new Ruimte(r.id(), r.naam(), r.soort(), r.detailsoort(), new BigDecimal("2.50"), r.lengte(),
                    r.breedte(), r.hoogte(), r.verwarmd(), r.verkoeld(), r.gedeeldMetAdressen(), r.aantal(),
                    r.voorzieningen(), r.aanrechten(), r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten()));
            List<Eenheid> woningen = new ArrayList<>(complex.woningen());
            woningen.set(0, eerste.metRuimten(ruimten));
            woningen.remove(2);
            GedeeldeRuimte g = complex.gedeeldeRuimten().get(0).metWoningen(List.of("12006000004", "20002000126"));
            Complex nieuw = new Complex(complex.id(), "De Linde", complex.zorg(), complex.methode(), woningen, List.of(g),
                    complex.ouderenhuisvesting());
            PortfolioRepository.Bewaaruitkomst u = repo.bewaar(id, nieuw, "bewerkt");
            assertThat(u.gewijzigd()).isEqualTo(1);
            assertThat(u.verwijderd()).isEqualTo(1);
            assertThat(u.ongewijzigd()).isEqualTo(1);
            assertThat(repo.laad(id)).isEqualTo(nieuw);

            List<PortfolioRepository.Wijziging> spoor = repo.wijzigingen(id);
            assertThat(spoor).allSatisfy(w -> {
                assertThat(w.gebruiker()).isEqualTo(System.getProperty("user.name"));
                assertThat(w.tijdstip()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
            });
            assertThat(spoor).filteredOn(w -> w.reden().equals("bewerkt"))
                    .extracting(w -> w.entiteit() + " | " + w.veld() + " | " + w.oud() + " | " + w.nieuw())
                    .containsExactlyInAnyOrder(
                            "complex ZC-1 | naam | Zorgcomplex De Linde | De Linde",
                            "eenheid 41027000003 | (verwijderd) | " + PortfolioRepository.samenvatting(complex.woningen().get(2)) + " | null",
                            "eenheid 12006000004 | ruimten[" + r.id() + "].oppervlakte | " + r.oppervlakte().toPlainString() + " | 2.50",
                            "gedeelde ruimte OR | woningen | 12006000004,20002000126,41027000003 | 12006000004,20002000126");
            assertThat(spoor.get(0).veld()).isEqualTo("(nieuw)");
            assertThat(spoor.get(0).reden()).isEqualTo("invoer.json");

            // storing the same inputs again changes nothing and records nothing
            int lengte = repo.wijzigingen(id).size();
            assertThat(repo.bewaar(id, nieuw, "opnieuw").iets()).isFalse();
            assertThat(repo.wijzigingen(id)).hasSize(lengte);
        }
    }

    @Test
    void resultatenPerPeildatumMetRubriekenVersieEnUitleg() throws Exception {
        Complex complex = Voorbeelden.zorgcomplex();
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            long id = p.repository().nieuwComplex(complex, "test").complexId();
            Waardeerder w = new Waardeerder(p, STELSEL, Interpretatie.standaard());
            List<Long> gemeld = new ArrayList<>();
            assertThat(w.waardeer(List.of(id), LocalDate.of(2025, 7, 1), (g, t) -> gemeld.add(g)).gewaardeerd()).isEqualTo(3);
            assertThat(w.waardeer(List.of(id), Voorbeelden.PEILDATUM, Waardeerder.Voortgang.GEEN).gewaardeerd()).isEqualTo(3);
            assertThat(gemeld).containsExactly(3L);

            Eenheid metRuimten = complex.inComplex(complex.woningen().get(0));
            Resultaat direct = STELSEL.waardeer(metRuimten, Voorbeelden.PEILDATUM, complex.methode().in(Interpretatie.standaard()));
            ResultaatRepository.OpgeslagenResultaat r = p.resultaten().resultaat("12006000004", Voorbeelden.PEILDATUM).orElseThrow();
            assertThat(r.punten()).isEqualTo(direct.punten());
            assertThat(r.perRubriek().get(Stelselgroep.GVR)).isEqualByComparingTo(direct.punten(Stelselgroep.GVR));
            assertThat(r.perRubriek().get(Stelselgroep.GVR)).isPositive();
            assertThat(r.maximaleHuur()).isEqualByComparingTo(direct.maximaleHuur());
            assertThat(r.sector()).isEqualTo(direct.sector());
            assertThat(r.tabellen()).isEqualTo(direct.tabellen());
            assertThat(r.methode()).isEqualTo("gemeten");
            assertThat(r.puntwijsVersie()).isNotBlank();
            assertThat(r.zorgtoeslag()).isEqualTo(direct.zorg().isZorgwoning());
            JsonNode uitleg = new ObjectMapper().readTree(r.uitlegJson());
            assertThat(uitleg.get("punten").asInt()).isEqualTo(direct.punten());
            assertThat(uitleg.get("rubrieken")).hasSize(13);

            assertThat(p.resultaten().peildata()).containsExactly(LocalDate.of(2025, 7, 1), Voorbeelden.PEILDATUM);
            assertThat(p.resultaten().resultaten("12006000004")).extracting(ResultaatRepository.OpgeslagenResultaat::peildatum)
                    .containsExactly(LocalDate.of(2025, 7, 1), Voorbeelden.PEILDATUM);
            assertThat(p.resultaten().overzicht()).hasSize(3).allSatisfy(o -> assertThat(o.peildatum()).isEqualTo(Voorbeelden.PEILDATUM));

            // a change to the inputs removes the results that no longer describe them
            Complex anders = new Complex(complex.id(), complex.naam(), complex.zorg(), complex.methode().andere(),
                    complex.woningen(), complex.gedeeldeRuimten(), complex.ouderenhuisvesting());
            p.repository().bewaar(id, anders, "bewerkt");
            assertThat(p.resultaten().resultaten("12006000004")).isEmpty();
        }
    }

    @Test
    void eenScenarioIsEenVerborgenKopieDieWordtOvergenomenOfVerworpen() {
        Complex complex = Voorbeelden.zorgcomplex();
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            PortfolioRepository repo = p.repository();
            long basis = repo.nieuwComplex(complex, "test").complexId();
            long sc = repo.maakScenario(basis, "grotere ontmoetingsruimte");
            assertThat(repo.laad(sc)).isEqualTo(complex);
            assertThat(repo.complexen()).extracting(PortfolioRepository.ComplexInfo::id).containsExactly(basis);
            assertThat(repo.scenarios(basis)).singleElement().satisfies(i -> {
                assertThat(i.scenarioNaam()).isEqualTo("grotere ontmoetingsruimte");
                assertThat(i.woningen()).isEqualTo(3);
            });
            assertThat(p.resultaten().overzicht()).hasSize(3);
            assertThatThrownBy(() -> repo.maakScenario(basis, "grotere ontmoetingsruimte")).isInstanceOf(PortfolioFout.class)
                    .hasMessageContaining("heeft al een scenario");

            // the scenario changes; the base does not
            GedeeldeRuimte g = complex.gedeeldeRuimten().get(0);
            Ruimte groot = Ruimte.van(g.ruimten().get(0).soort(), g.ruimten().get(0).detailsoort(), "120").id("OR-1")
                    .naam("Ontmoetingsruimte").verwarmd().bouw();
            Complex wat = new Complex(complex.id(), complex.naam(), complex.zorg(), complex.methode(), complex.woningen(),
                    List.of(g.metRuimten(List.of(groot, g.ruimten().get(1)))), complex.ouderenhuisvesting());
            repo.bewaar(sc, wat, "bewerkt");
            new Waardeerder(p, STELSEL, Interpretatie.standaard()).waardeer(List.of(basis, sc), Voorbeelden.PEILDATUM,
                    Waardeerder.Voortgang.GEEN);
            int basisPunten = p.resultaten().resultatenVanComplex(basis, Voorbeelden.PEILDATUM).get(0).punten();
            int scenarioPunten = p.resultaten().resultatenVanComplex(sc, Voorbeelden.PEILDATUM).get(0).punten();
            assertThat(scenarioPunten).isNotEqualTo(basisPunten);
            assertThat(repo.laad(basis)).isEqualTo(complex);

            long tweede = repo.maakScenario(basis, "niets");
            repo.verwerpScenario(tweede);
            assertThat(repo.scenarios(basis)).extracting(PortfolioRepository.ComplexInfo::id).containsExactly(sc);
            assertThat(repo.laad(basis)).isEqualTo(complex);

            repo.neemScenarioOver(sc);
            assertThat(repo.scenarios(basis)).isEmpty();
            assertThat(repo.laad(basis)).isEqualTo(wat);
            assertThat(repo.wijzigingen(basis)).extracting(PortfolioRepository.Wijziging::veld)
                    .contains("(scenario aangemaakt)", "(scenario verworpen)", "(scenario overgenomen)",
                            "ruimten[OR-1].oppervlakte");
            assertThat(repo.wijzigingen(basis)).filteredOn(w -> w.veld().equals("ruimten[OR-1].oppervlakte"))
                    .singleElement().satisfies(w -> {
                        assertThat(w.oud()).isEqualTo("80");
                        assertThat(w.nieuw()).isEqualTo("120");
                        assertThat(w.reden()).isEqualTo("scenario 'grotere ontmoetingsruimte' overgenomen");
                    });
        }
    }

    @Test
    void eenEenheidStaatMaarInEenComplex() {
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            p.repository().nieuwComplex(Voorbeelden.zorgcomplex(), "test");
            Complex ander = new Complex("ANDER", null, null, null, List.of(Voorbeelden.eenheid("12006000004")), List.of(), null);
            assertThatThrownBy(() -> p.repository().nieuwComplex(ander, "test")).isInstanceOf(PortfolioFout.class)
                    .hasMessageContaining("eenheid '12006000004' staat al in complex 'ZC-1'");
            assertThat(p.repository().complexen()).hasSize(1);
        }
    }

    static String pragma(java.sql.Connection c, String naam) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + naam)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static long aantal(Path db, String tabel) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + tabel)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
