package nl.puntwijs.ui.dienst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GegevensmapTest {

    private static final Path THUIS = Path.of("/home/anna");

    @Test
    void windowsGebruiktAppdata() {
        assertThat(Gegevensmap.voor("Windows 11", Map.of("APPDATA", "/c/Users/anna/AppData/Roaming"), THUIS))
                .isEqualTo(Path.of("/c/Users/anna/AppData/Roaming", "Puntwijs"));
        assertThat(Gegevensmap.voor("Windows 10", Map.of(), THUIS))
                .isEqualTo(THUIS.resolve("AppData").resolve("Roaming").resolve("Puntwijs"));
    }

    @Test
    void macGebruiktApplicationSupport() {
        assertThat(Gegevensmap.voor("Mac OS X", Map.of(), THUIS))
                .isEqualTo(THUIS.resolve("Library").resolve("Application Support").resolve("Puntwijs"));
    }

    @Test
    void linuxVolgtXdg() {
        assertThat(Gegevensmap.voor("Linux", Map.of("XDG_DATA_HOME", "/data/anna"), THUIS))
                .isEqualTo(Path.of("/data/anna/puntwijs"));
        assertThat(Gegevensmap.voor("Linux", Map.of("XDG_DATA_HOME", "relatief"), THUIS))
                .isEqualTo(THUIS.resolve(".local/share/puntwijs"));
        assertThat(Gegevensmap.voor("Linux", Map.of(), THUIS)).isEqualTo(THUIS.resolve(".local/share/puntwijs"));
    }
}
