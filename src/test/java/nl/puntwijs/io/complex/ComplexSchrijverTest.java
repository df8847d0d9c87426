package nl.puntwijs.io.complex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.puntwijs.core.complex.Complex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trip: read, write, read again gives an equal complex; writing it again gives the same bytes. */
class ComplexSchrijverTest {

    private static final ComplexLezer LEZER = new ComplexLezer();
    private static final ComplexSchrijver SCHRIJVER = new ComplexSchrijver();

    static byte[] invoer(String bron) throws Exception {
        return bron.startsWith("samples/") ? Files.readAllBytes(Path.of(bron)) : ComplexLezerTest.resource(bron);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/complex/volledig.json", "samples/de-linde-complex.json", "samples/zorgcomplex-de-hoven.json",
            "samples/zorgcomplex-het-baken.json"})
    void heenEnWeer(String bron) throws Exception {
        GelezenComplex eerste = LEZER.lees(invoer(bron));
        assertThat(eerste.fouten()).isEmpty();
        byte[] geschreven = SCHRIJVER.bytes(eerste.complex());
        GelezenComplex tweede = LEZER.lees(geschreven);
        assertThat(tweede.fouten()).isEmpty();
        assertThat(tweede.waarschuwingen()).isEqualTo(eerste.waarschuwingen());
        Complex terug = tweede.complex();
        assertThat(terug).isEqualTo(eerste.complex());
        assertThat(new String(SCHRIJVER.bytes(terug), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(geschreven, java.nio.charset.StandardCharsets.UTF_8));
    }
}
