package nl.puntwijs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher takes for a double-clicked portfolio file (the installers' file association). */
class PortefeuillebestandTest {

    @Test
    void eenBestaandPortefeuillebestandOpentDeToepassing(@TempDir Path tmp) throws Exception {
        Path bestand = Files.createFile(tmp.resolve("Mijn portefeuille.PUNTWIJS"));
        assertThat(Bureaublad.isPortefeuillebestand(bestand.toString())).isTrue();
    }

    @Test
    void alHetAndereGaatNaarDeOpdrachtregel(@TempDir Path tmp) throws Exception {
        Path map = Files.createDirectory(tmp.resolve("map.puntwijs"));
        Path json = Files.createFile(tmp.resolve("eenheid.json"));
        assertThat(Bureaublad.isPortefeuillebestand(map.toString())).as("a folder").isFalse();
        assertThat(Bureaublad.isPortefeuillebestand(json.toString())).as("another file").isFalse();
        assertThat(Bureaublad.isPortefeuillebestand(tmp.resolve("ontbreekt.puntwijs").toString())).as("missing").isFalse();
        assertThat(Bureaublad.isPortefeuillebestand("score")).isFalse();
        assertThat(Bureaublad.isPortefeuillebestand("--version")).isFalse();
        assertThat(Bureaublad.isPortefeuillebestand("-x.puntwijs")).isFalse();
        assertThat(Bureaublad.isPortefeuillebestand("\0.puntwijs")).as("not a path").isFalse();
        assertThat(Bureaublad.isPortefeuillebestand(null)).isFalse();
    }
}
