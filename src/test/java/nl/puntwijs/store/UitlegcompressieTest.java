package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.io.resultaat.ResultaatJson;
import org.junit.jupiter.api.Test;

/** Stored explanations: compressed with the released dictionary, and every earlier form still readable. */
class UitlegcompressieTest {

    private static byte[] uitleg(String vector) throws Exception {
        Resultaat r = PortfolioTest.STELSEL.waardeer(Voorbeelden.eenheid(vector), Voorbeelden.PEILDATUM,
                Interpretatie.standaard());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(b)) {
            ResultaatJson.schrijf(r, g);
        }
        return b.toByteArray();
    }

    @Test
    void hetWoordenboekVerandertNooit() {
        // stored explanations name the dictionary by this checksum: a released dictionary must stay as it is
        // (a better one is a new resource with its own checksum, read beside this one)
        assertThat(Uitlegcompressie.adler()).isEqualTo(0x012b8122);
        assertThat(Uitlegcompressie.woordenboek()).hasSize(8192);
    }

    @Test
    void eenUitlegWordtKleinEnKomtOngeschondenTerug() throws Exception {
        for (String v : Voorbeelden.VECTOREN) {
            byte[] json = uitleg(v);
            byte[] klein = Uitlegcompressie.comprimeer(json, json.length);
            assertThat(klein.length).as(v).isLessThan(json.length / 6);
            assertThat(Uitlegcompressie.decomprimeer(klein)).as(v).isEqualTo(json);
            // through the store's own path too
            var voorbereid = ResultaatRepository.bereidVoor(1, PortfolioTest.STELSEL.waardeer(Voorbeelden.eenheid(v),
                    Voorbeelden.PEILDATUM, Interpretatie.standaard()), MethodeGedeeldeRuimten.FORFAITAIR);
            assertThat(Uitlegcompressie.decomprimeer(voorbereid.uitleg())).isEqualTo(json);
        }
    }

    @Test
    void eenUitlegZonderWoordenboekVanEenEerdereVersieBlijftLeesbaar() throws Exception {
        byte[] json = uitleg("12006000004");
        Deflater d = new Deflater(Deflater.BEST_SPEED); // how results were stored before the dictionary
        d.setInput(json);
        d.finish();
        byte[] buf = new byte[json.length + 64];
        int n = d.deflate(buf);
        d.end();
        assertThat(new String(Uitlegcompressie.decomprimeer(Arrays.copyOf(buf, n)), StandardCharsets.UTF_8))
                .isEqualTo(new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void eenOnbekendWoordenboekOfBeschadigdeUitlegGeeftEenMelding() throws Exception {
        byte[] json = uitleg("12006000004");
        Deflater d = new Deflater();
        d.setDictionary("een ander woordenboek".getBytes(StandardCharsets.UTF_8));
        d.setInput(json);
        d.finish();
        byte[] buf = new byte[json.length + 64];
        int n = d.deflate(buf);
        d.end();
        assertThatThrownBy(() -> Uitlegcompressie.decomprimeer(Arrays.copyOf(buf, n)))
                .hasMessageContaining("onbekend woordenboek");
        byte[] goed = Uitlegcompressie.comprimeer(json, json.length);
        assertThatThrownBy(() -> Uitlegcompressie.decomprimeer(Arrays.copyOf(goed, goed.length / 2)))
                .hasMessageContaining("beschadigd");
    }
}
