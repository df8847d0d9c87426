package nl.puntwijs.ui.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import nl.puntwijs.store.Waardeerder;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class TaakViewModelTest {

    @Test
    void eenTaakMeldtVoortgangEnEindigt() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            TaakViewModel vm = new TaakViewModel(p.werkruimte);
            AtomicReference<Waardeerder.Uitkomst> uit = new AtomicReference<>();
            assertThat(vm.start("Herwaarderen", (pf, ctx) -> new Waardeerder(pf, p.werkruimte.kern().stelsel(),
                    p.werkruimte.kern().interpretatie()).waardeerAlles(Proefwerkruimte.PEILDATUM,
                    (g, t) -> ctx.meld("gewaardeerd", g, t)), uit::set)).isTrue();
            p.wacht();
            assertThat(uit.get().gewaardeerd()).isEqualTo(76);
            assertThat(vm.bezigProperty().get()).isFalse();
            assertThat(vm.tekstProperty().get()).isEqualTo("Herwaarderen klaar");
        }
    }

    @Test
    void annulerenRoltTerugZonderFoutdialoog() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            TaakViewModel vm = new TaakViewModel(p.werkruimte);
            AtomicReference<Object> uit = new AtomicReference<>();
            long id = p.werkruimte.geopend().info().id();
            vm.start("Verwijderen", (pf, ctx) -> pf.inTransactie(c -> {
                pf.repository().verwijderComplex(id, "test");
                vm.annuleer();
                ctx.meld("bezig", 1, 2);
                return "klaar";
            }), uit::set);
            p.wacht();
            assertThat(uit.get()).isNull();
            assertThat(vm.tekstProperty().get()).contains("geannuleerd");
            assertThat(p.dialogen.fouten).isEmpty();
            p.werkruimte.naOpslag(pf -> assertThat(pf.repository().complex(id)).isPresent());
        }
    }

    @Test
    void eenFoutGeeftDeVolledigeMelding() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            TaakViewModel vm = new TaakViewModel(p.werkruimte);
            vm.start("Importeren", (pf, ctx) -> {
                throw new IllegalStateException("bestand x.json: regel 3 is geen JSON");
            }, x -> { });
            p.wacht();
            assertThat(p.dialogen.fouten).singleElement().asString().contains("regel 3 is geen JSON")
                    .doesNotContain("at nl.puntwijs");
        }
    }
}
