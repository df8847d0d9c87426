package nl.puntwijs.ui.dienst;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.store.PortfolioRepository;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class WerkruimteTest {

    private static Eenheid metOppervlakte(Eenheid e, int kamer, String m2) {
        List<Ruimte> r = new ArrayList<>(e.ruimten());
        Ruimte o = r.get(kamer);
        r.set(kamer, new Ruimte(o.id(), o.naam(), o.soort(), o.detailsoort(), new BigDecimal(m2), o.lengte(), o.breedte(),
                o.hoogte(), o.verwarmd(), o.verkoeld(), o.gedeeldMetAdressen(), o.aantal(), o.voorzieningen(),
                o.aanrechten(), o.vasteTrap(), o.vlizotrap(), o.laadpalen(), o.kasten()));
        return e.metRuimten(r);
    }

    @Test
    void opentHetVoorbeeldMetDeEersteWoningBerekend() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            Werkruimte w = p.werkruimte;
            assertThat(w.complexen()).extracting(PortfolioRepository.ComplexInfo::sleutel).containsExactly("LINDE", "BAKEN", "HOVEN");
            assertThat(w.overzicht()).hasSize(76);
            assertThat(w.geopend().complex().id()).isEqualTo("LINDE");
            assertThat(w.woningIdProperty().get()).isEqualTo("LIN-001");
            assertThat(w.woningProperty().get().resultaat().punten()).isPositive();
            assertThat(w.complexBerekeningProperty().get().gelukt()).isTrue();
            assertThat(w.standen()).hasSize(76); // the background index covered the other complexes too
            assertThat(p.dialogen.fouten).isEmpty();
        }
    }

    @Test
    void eenWijzigingRekentMeeWordtBewaardEnIsOngedaanTeMaken() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            Werkruimte w = p.werkruimte;
            int voor = w.woningProperty().get().resultaat().punten();
            Eenheid e = w.huidigeWoning();
            w.wijzigWoning(metOppervlakte(e, 0, "40"), "woonkamer groter");
            int na = w.woningProperty().get().resultaat().punten();
            assertThat(na).isGreaterThan(voor);
            assertThat(w.kanOngedaanProperty().get()).isTrue();
            p.wacht();
            long id = w.geopend().info().id();
            w.naOpslag(pf -> {
                assertThat(pf.repository().laad(id).woning("LIN-001").orElseThrow().ruimten().get(0).oppervlakte())
                        .isEqualByComparingTo("40");
                assertThat(pf.repository().wijzigingen(id)).anySatisfy(wz -> {
                    assertThat(wz.veld()).contains("oppervlakte");
                    assertThat(wz.reden()).isEqualTo("bewerkt: woonkamer groter");
                });
                assertThat(pf.resultaten().resultatenVanComplex(id, Proefwerkruimte.PEILDATUM))
                        .anySatisfy(r -> assertThat(r.punten()).isEqualTo(na));
            });

            w.ongedaan();
            assertThat(w.woningProperty().get().resultaat().punten()).isEqualTo(voor);
            assertThat(w.kanOpnieuwProperty().get()).isTrue();
            w.opnieuw();
            assertThat(w.woningProperty().get().resultaat().punten()).isEqualTo(na);
            w.ongedaan();
            p.wacht();
            w.naOpslag(pf -> assertThat(pf.repository().wijzigingen(id)).anySatisfy(wz ->
                    assertThat(wz.reden()).startsWith("ongedaan gemaakt")));
        }
    }

    @Test
    void snelleWijzigingenVanEenVeldVormenEenStapEnEenBewaring() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            Werkruimte w = p.werkruimte;
            Eenheid e = w.huidigeWoning();
            for (String m2 : List.of("3", "30", "30.5")) {
                w.wijzigWoning(metOppervlakte(e, 0, m2), "woonkamer");
            }
            p.wacht();
            long id = w.geopend().info().id();
            w.naOpslag(pf -> assertThat(pf.repository().wijzigingen(id).stream().filter(z -> z.veld().contains("oppervlakte")))
                    .hasSize(1));
            w.ongedaan();
            assertThat(w.huidigeWoning()).isEqualTo(e);
            assertThat(w.kanOngedaanProperty().get()).isFalse();
        }
    }

    @Test
    void sluitenBewaartWatNogWacht() {
        Proefwerkruimte p = new Proefwerkruimte().open();
        Werkruimte w = p.werkruimte;
        w.wijzigWoning(metOppervlakte(w.huidigeWoning(), 0, "33"), "woonkamer");
        p.close(); // no wait: closing must store the pending edit
        try (var pf = nl.puntwijs.store.Portfolio.open(p.bestand)) {
            long id = pf.repository().complex("LINDE").orElseThrow().id();
            assertThat(pf.repository().laad(id).woning("LIN-001").orElseThrow().ruimten().get(0).oppervlakte())
                    .isEqualByComparingTo("33");
        }
    }

    @Test
    void eenScenarioWordtGemaaktVergelekenEnVerworpenOfOvergenomen() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            Werkruimte w = p.werkruimte;
            long basis = w.geopend().info().id();
            w.maakScenario("Groter").join();
            p.wacht();
            assertThat(w.geopend().info().isScenario()).isTrue();
            assertThat(w.basisBerekeningProperty().get()).isNotNull();
            w.wijzigWoning(metOppervlakte(w.huidigeWoning(), 0, "45"), "woonkamer");
            w.verwerpScenario().join();
            p.wacht();
            assertThat(w.geopend().info().id()).isEqualTo(basis);
            assertThat(w.huidigeWoning().ruimten().get(0).oppervlakte()).isNotEqualByComparingTo("45");

            w.maakScenario("Groter").join();
            p.wacht();
            w.wijzigWoning(metOppervlakte(w.huidigeWoning(), 0, "45"), "woonkamer");
            w.neemScenarioOver().join();
            p.wacht();
            assertThat(w.geopend().info().id()).isEqualTo(basis);
            assertThat(w.huidigeWoning().ruimten().get(0).oppervlakte()).isEqualByComparingTo("45");
            assertThat(p.dialogen.fouten).isEmpty();
        }
    }

    @Test
    void eenFoutIsEenDialoogMetDeMelding() {
        try (Proefwerkruimte p = new Proefwerkruimte()) {
            p.werkruimte.open(p.map).join(); // a folder, not a portfolio
            assertThat(p.dialogen.fouten).singleElement().asString().contains("is een map").doesNotContain("Exception")
                    .contains("Het bestand kan niet worden geopend:");
        }
    }
}
