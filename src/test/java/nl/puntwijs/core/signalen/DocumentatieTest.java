package nl.puntwijs.core.signalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.io.tabellen.TabellenLader;
import org.junit.jupiter.api.Test;

/** docs/signalen.md lists every signal and every threshold value with its period. */
class DocumentatieTest {

    @Test
    void elkSignaalEnElkeDrempelStaatInDeDocumentatie() throws Exception {
        String doc = Files.readString(Path.of("docs/signalen.md"));
        for (Signaalsoort s : Signaalsoort.values()) {
            assertThat(doc).as(s.code()).contains("| " + s.code() + " | " + s.naam());
        }
        for (String sleutel : TabellenLader.drempels().sleutels()) {
            for (Drempel d : TabellenLader.drempels().periodes(sleutel)) {
                assertThat(doc).as(sleutel + " " + d.periode()).contains("| `" + sleutel + "` | "
                        + d.waarde().toPlainString() + " | " + d.geldigVanaf() + " | " + d.geldigTot() + " | "
                        + (d.onbevestigd() ? "**ja**" : "nee") + " |");
            }
        }
    }
}
