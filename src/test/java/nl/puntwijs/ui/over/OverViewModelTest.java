package nl.puntwijs.ui.over;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class OverViewModelTest {

    @Test
    void versieEnTabellensets() {
        OverViewModel vm = new OverViewModel(Proefwerkruimte.kern(), Path.of("/tmp/puntwijs"));
        assertThat(vm.versie()).startsWith("Puntwijs ");
        assertThat(vm.tabellen()).hasSizeGreaterThanOrEqualTo(2).anySatisfy(t -> assertThat(t).contains("2026"));
        assertThat(vm.omgeving()).contains("Java");
        assertThat(vm.gegevensmap()).isEqualTo("/tmp/puntwijs");
    }
}
