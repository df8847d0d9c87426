package nl.puntwijs.core.signalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.io.tabellen.TabellenLader;

/** Shared helpers of the signal tests. */
final class Signaaltest {

    static final Signalering SIGNALERING = new Signalering(Testwoning.STELSEL, TabellenLader.drempels());

    private Signaaltest() {
    }

    /** The signals with this code. */
    static List<Signaal> met(List<Signaal> signalen, String code) {
        return signalen.stream().filter(s -> s.code().equals(code)).toList();
    }

    /** The only signal with this code. */
    static Signaal een(List<Signaal> signalen, String code) {
        List<Signaal> gevonden = met(signalen, code);
        assertThat(gevonden).as("signalen %s in %s", code, signalen).hasSize(1);
        return gevonden.get(0);
    }

    static void geen(List<Signaal> signalen, String code) {
        assertThat(met(signalen, code)).as("geen %s", code).isEmpty();
    }
}
