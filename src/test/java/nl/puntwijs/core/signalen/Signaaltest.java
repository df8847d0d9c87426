package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.model.Voorziening.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
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

    static List<String> ids(List<Eenheid> woningen) {
        return woningen.stream().map(Eenheid::id).toList();
    }

    /**
     * The spec §4.3 ontmoetingsruimte: 80 m² with a pantry kitchen and a toilet room of 2.16 m², 101.75 points before
     * division (4.25 per dwelling for 24).
     */
    static GedeeldeRuimte spec43(List<String> woningen) {
        return new GedeeldeRuimte("ontmoeting", "Ontmoetingsruimte", SoortGedeeldeRuimte.ONTMOETINGSRUIMTE, List.of(
                Ruimte.van(RuimteSoort.VERTREK, Detailsoort.RECREATIERUIMTE, "80.00").id("zaal").verwarmd().aanrecht("2400")
                        .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST, VAATWASMACHINE, EENHANDSMENGKRAAN).bouw(),
                Ruimte.van(RuimteSoort.OVERIGE_RUIMTE, Detailsoort.TOILETRUIMTE, "2.16").id("toilet").naam("Toilet")
                        .met(HANGEND_TOILET, WASTAFEL).bouw()), woningen, null);
    }

    /** An ontmoetingsruimte of one room of {@code m2} m². */
    static GedeeldeRuimte zaal(String m2, List<String> woningen) {
        return new GedeeldeRuimte("ontmoeting", "Ontmoetingsruimte", SoortGedeeldeRuimte.ONTMOETINGSRUIMTE, List.of(
                Ruimte.van(RuimteSoort.VERTREK, Detailsoort.RECREATIERUIMTE, m2).id("zaal").bouw()), woningen, null);
    }
}
