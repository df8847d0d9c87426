package nl.puntwijs.ui.complex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class SooGegevensViewModelTest {

    private static Ouderenhuisvesting opgeslagen(Proefwerkruimte p) {
        return p.werkruimte.geopend().complex().ouderenhuisvesting();
    }

    @Test
    void toontWatHetComplexVastlegt() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            SooGegevensViewModel vm = new ComplexViewModel(p.werkruimte).sooGegevens();
            assertThat(p.werkruimte.geopend().complex().naam()).startsWith("De Linde");
            assertThat(vm.aandeel55Plus().tekst()).isEqualTo("92");
            assertThat(vm.afstand().tekst()).isEqualTo("0");
            assertThat(vm.rondeProperty().get()).isEqualTo("2024-2025");
            assertThat(vm.opleveringProperty().get()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(vm.eindeOntmoetingProperty().get()).isNull();
            assertThat(vm.fysiekVerbondenProperty().get()).isEqualTo(SooGegevensViewModel.JaNee.JA);
            assertThat(vm.winstOpExploitatieProperty().get()).isEqualTo(SooGegevensViewModel.JaNee.NEE);
            // the rounds of the thresholds, "open on the peildatum" first; "2024-2025" is the round of 2024, not a new one
            assertThat(vm.rondes()).first().isNull();
            assertThat(vm.rondes()).contains("2024").doesNotContain("2024-2025");
            assertThat(vm.rondeTekst("2024-2025")).startsWith("ronde 2024-2025 (2024-");
            assertThat(vm.rondeTekst("1999")).isEqualTo("ronde 1999 (niet in de tabellen)");
        }
    }

    @Test
    void eenTeLaagAandeelOuderenBlokkeertDeSubsidie() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            ComplexViewModel complex = new ComplexViewModel(p.werkruimte);
            SooGegevensViewModel vm = complex.sooGegevens();
            assertThat(complex.soo()).noneMatch(s -> s.code().equals("SOO-02"));

            vm.aandeel55Plus().typ("40");
            p.wacht();
            assertThat(opgeslagen(p).aandeelBewoners55Plus()).isEqualByComparingTo("0.40");
            assertThat(complex.soo()).anySatisfy(s -> {
                assertThat(s.code()).isEqualTo("SOO-02");
                assertThat(s.ernst()).isEqualTo(Ernst.BLOKKEREND);
                assertThat(s.melding()).contains("40%");
            });

            p.werkruimte.ongedaan();
            p.wacht();
            assertThat(opgeslagen(p).aandeelBewoners55Plus()).isEqualByComparingTo("0.92");
            assertThat(vm.aandeel55Plus().tekst()).isEqualTo("92");
            assertThat(complex.soo()).noneMatch(s -> s.code().equals("SOO-02"));
        }
    }

    @Test
    void ongeldigeInvoerBlijftBijHetVeldEnVerandertNiets() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            SooGegevensViewModel vm = new ComplexViewModel(p.werkruimte).sooGegevens();
            Ouderenhuisvesting voor = opgeslagen(p);
            vm.aandeel55Plus().typ("120");
            assertThat(vm.aandeel55Plus().fout()).contains("tussen 0 en 100%");
            vm.afstand().typ("-5");
            assertThat(vm.afstand().fout()).contains("kan niet negatief zijn");
            vm.afstand().typ("twintig");
            assertThat(vm.afstand().fout()).isNotNull();
            assertThat(opgeslagen(p)).isEqualTo(voor);
        }
    }

    @Test
    void keuzenEnDatumsGaanNaarHetComplex() {
        try (Proefwerkruimte p = new Proefwerkruimte().open()) {
            SooGegevensViewModel vm = new ComplexViewModel(p.werkruimte).sooGegevens();
            vm.exploitatieplanProperty().set(SooGegevensViewModel.JaNee.ONBEKEND);
            vm.afstand().typ("250,5");
            vm.eindeOntmoetingProperty().set(LocalDate.of(2027, 1, 1));
            vm.rondeProperty().set(null);
            p.wacht();
            Ouderenhuisvesting o = opgeslagen(p);
            assertThat(o.exploitatieplan()).isNull();
            assertThat(o.afstandOntmoetingsruimteM()).isEqualByComparingTo(new BigDecimal("250.5"));
            assertThat(o.eindeOntmoetingsfunctie()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(o.subsidieronde()).isNull();
            // the rest as it was
            assertThat(o.fysiekVerbonden()).isTrue();
            assertThat(o.aandeelBewoners55Plus()).isEqualByComparingTo("0.92");
            // the typed text stays as typed (not rewritten under the cursor)
            assertThat(vm.afstand().tekst()).isEqualTo("250,5");
        }
    }
}
