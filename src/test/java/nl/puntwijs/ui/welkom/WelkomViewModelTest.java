package nl.puntwijs.ui.welkom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.puntwijs.ui.dienst.Instellingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelkomViewModelTest {

    @Test
    void alleenTotHetEenKeerGeslotenIs(@TempDir Path map) {
        WelkomViewModel vm = new WelkomViewModel(new Instellingen(map));
        assertThat(vm.zichtbaarProperty().get()).isTrue();
        vm.sluit();
        assertThat(vm.zichtbaarProperty().get()).isFalse();
        assertThat(new WelkomViewModel(new Instellingen(map)).zichtbaarProperty().get()).isFalse();
    }
}
