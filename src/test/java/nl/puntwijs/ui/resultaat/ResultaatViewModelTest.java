package nl.puntwijs.ui.resultaat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class ResultaatViewModelTest {

    @Test
    void toontDeBoomPerRubriekEnDeKerncijfers() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ResultaatViewModel vm = new ResultaatViewModel(p.werkruimte);
            int punten = p.werkruimte.woningProperty().get().resultaat().punten();
            assertThat(vm.totaalProperty().get()).isEqualTo(punten + " punten");
            assertThat(vm.maximaleHuurProperty().get()).startsWith("€ ");
            assertThat(vm.gedeeldProperty().get()).isEqualTo("+4,25 punten");
            assertThat(vm.zorgtoeslagProperty().get()).isEqualTo("geen");
            Resultaatregel wortel = vm.wortelProperty().get();
            assertThat(wortel.kinderen()).hasSize(13);
            Resultaatregel r1 = wortel.kinderen().get(0);
            assertThat(r1.omschrijving()).isEqualTo("1. Oppervlakte van vertrekken");
            assertThat(r1.paragraaf()).isEqualTo("BB26 §2.2.1");
            assertThat(r1.kinderen()).anySatisfy(k -> {
                assertThat(k.hoeveelheid()).endsWith("m²");
                assertThat(k.uitleg()).contains("Regel:");
            });
            assertThat(wortel.kinderen()).anySatisfy(k -> assertThat(k.soort()).isEqualTo(Resultaatregel.Soort.GEDEELD));
            assertThat(vm.vergelijkenProperty().get()).isFalse();
        }
    }

    @Test
    void eenTweedePeildatumGeeftBeideKolommenEnHetVerschil() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ResultaatViewModel vm = new ResultaatViewModel(p.werkruimte);
            p.werkruimte.vergelijkPeildatumProperty().set(LocalDate.of(2025, 7, 1));
            assertThat(vm.vergelijkenProperty().get()).isTrue();
            assertThat(vm.vergelijkingProperty().get()).startsWith("Op 2025-07-01:");
            Resultaatregel wortel = vm.wortelProperty().get();
            assertThat(wortel.puntenVergelijk()).isNotNull();
            assertThat(wortel.kinderen()).allSatisfy(k -> assertThat(k.puntenVergelijk()).isNotNull());
            assertThat(wortel.verschil()).isEqualByComparingTo(wortel.puntenVergelijk().subtract(wortel.punten()));
        }
    }

    @Test
    void deZorgtoeslagIsGemarkeerd() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ResultaatViewModel vm = new ResultaatViewModel(p.werkruimte);
            p.kies("HOVEN", "HOV-01");
            assertThat(vm.zorgtoeslagProperty().get()).startsWith("+");
            assertThat(vm.zorgbesluitProperty().get()).contains("alle voorwaarden voldaan");
            assertThat(vm.wortelProperty().get().kinderen()).anySatisfy(k -> assertThat(k.kinderen())
                    .anySatisfy(r -> assertThat(r.soort()).isEqualTo(Resultaatregel.Soort.ZORGTOESLAG)));
        }
    }
}
