package nl.puntwijs.ui.dienst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstellingenTest {

    @TempDir
    Path map;

    @Test
    void recenteBestandenNieuwsteEerstZonderDubbelenEnAlleenBestaande() throws Exception {
        Path a = Files.createFile(map.resolve("a.puntwijs"));
        Path b = Files.createFile(map.resolve("b.puntwijs"));
        Instellingen i = new Instellingen(map);
        i.geopend(a);
        i.geopend(b);
        i.geopend(a);
        assertThat(new Instellingen(map).recenteBestanden()).containsExactly(a, b);
        Files.delete(b);
        assertThat(new Instellingen(map).recenteBestanden()).containsExactly(a);
        assertThat(new Instellingen(map).laatstePortefeuille()).contains(a);
    }

    @Test
    void vensterEnTaalWordenOnthouden() {
        Instellingen i = new Instellingen(map);
        assertThat(i.venster()).isEmpty();
        assertThat(i.taal().getLanguage()).isEqualTo("nl");
        i.venster(new Instellingen.Venster(10, 20, 1200, 800, true));
        i.taal(Locale.ENGLISH);
        Instellingen terug = new Instellingen(map);
        assertThat(terug.venster()).contains(new Instellingen.Venster(10, 20, 1200, 800, true));
        assertThat(terug.taal()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void eenBeschadigdBestandGeeftDeStandaardwaarden() throws Exception {
        Files.writeString(map.resolve("instellingen.properties"), "venster=een,twee\nrecent.0=\\u00");
        Instellingen i = new Instellingen(map);
        assertThat(i.venster()).isEmpty();
        assertThat(i.recenteBestanden()).isEmpty();
        assertThat(i.welkomTonen()).isTrue();
    }
}
