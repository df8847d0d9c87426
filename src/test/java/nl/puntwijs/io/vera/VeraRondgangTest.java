package nl.puntwijs.io.vera;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.io.tabellen.TabellenLader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The VERA round trip: an eenheid written by {@link VeraEenheidSchrijver} reads back to the same eenheid, and the
 * shared rooms of a set of eenheden become one shared space ({@link ComplexUitVera}) that values the same.
 */
class VeraRondgangTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Stelsel STELSEL = new Stelsel(TabellenLader.standaard());
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);
    private static final String MAP = "/conformance/vera/";

    static Stream<String> invoer() throws Exception {
        List<String> lijst = new ArrayList<>();
        try (InputStream in = VeraRondgangTest.class.getResourceAsStream(MAP + "manifest.json")) {
            for (JsonNode c : JSON.readTree(in).get("cases")) {
                lijst.add(c.get("input").asText());
            }
        }
        return lijst.stream();
    }

    private static Eenheid lees(byte[] bytes) throws Exception {
        GelezenEenheid g = new VeraLezer().lees(bytes).eenheden().get(0);
        assertThat(g.fouten()).isEmpty();
        return g.eenheid();
    }

    private static byte[] schrijf(Eenheid e) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (JsonGenerator g = new VeraSchrijver().generator(uit, true)) {
            new VeraEenheidSchrijver().schrijf(e, g);
        }
        return uit.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invoer")
    void elkeVectorOverleeftDeRondgang(String pad) throws Exception {
        Eenheid origineel;
        try (InputStream in = VeraRondgangTest.class.getResourceAsStream(MAP + pad)) {
            origineel = lees(in.readAllBytes());
        }
        Eenheid terug = lees(schrijf(origineel));
        assertThat(terug).isEqualTo(origineel);
    }

    @Test
    void gedeeldeRuimtenVanMeerdereEenhedenWordenEenRuimte() throws Exception {
        List<Eenheid> eenheden = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            eenheden.add(lees(("""
                    {"id": "E%d", "monumenten": [], "ruimten": [
                      {"id": "kamer", "soort": {"code": "VTK"}, "detailSoort": {"code": "WOO"}, "oppervlakte": 30, "verwarmd": true},
                      {"id": "OR-1", "naam": "Ontmoetingsruimte", "soort": {"code": "VTK"}, "detailSoort": {"code": "REC"},
                       "oppervlakte": 80, "verwarmd": true, "gedeeldMetAantalAdressen": 24,
                       "bouwkundigeElementen": [{"detailSoort": {"code": "AAN"}, "lengte": 2400}],
                       "installaties": [{"code": "IKK"}, {"code": "IAF"}, {"code": "IKO"}, {"code": "IVA"}, {"code": "EHM"}]},
                      {"id": "T-%d", "naam": "Toilet", "soort": {"code": "OVR"}, "detailSoort": {"code": "TOI"},
                       "oppervlakte": 2.16, "gedeeldMetAantalAdressen": 24, "installaties": [{"code": "HTO"}, {"code": "WAS"}]},
                      {"id": "tuin", "soort": {"code": "BTR"}, "detailSoort": {"code": "TUI"}, "oppervlakte": 240,
                       "lengte": 20, "breedte": 12, "gedeeldMetAantalAdressen": 24}
                    ]}""").formatted(i, i).getBytes()));
        }
        ComplexUitVera.Uitkomst u = ComplexUitVera.maak("C", "Complex", eenheden);
        Complex c = u.complex();
        assertThat(u.waarschuwingen()).isEmpty();
        assertThat(c.woningen()).hasSize(3).allSatisfy(w -> assertThat(w.ruimten()).hasSize(1));
        // the toilet copies have different ids but the same kind, area and count: same room, same space
        assertThat(c.gedeeldeRuimten()).hasSize(2);
        GedeeldeRuimte ontmoeting = c.gedeeldeRuimten().get(0);
        assertThat(ontmoeting.soort()).isEqualTo(SoortGedeeldeRuimte.ONTMOETINGSRUIMTE);
        assertThat(ontmoeting.ruimten()).hasSize(2);
        assertThat(ontmoeting.woningen()).containsExactly("E1", "E2", "E3");
        assertThat(ontmoeting.adressen()).isEqualTo(24);
        assertThat(ontmoeting.aantalAdressen()).isEqualTo(24);
        assertThat(c.gedeeldeRuimten().get(1).soort()).isEqualTo(SoortGedeeldeRuimte.BUITENRUIMTE);

        for (int i = 0; i < 3; i++) {
            Resultaat direct = STELSEL.waardeer(eenheden.get(i), PEILDATUM, Interpretatie.standaard());
            Eenheid viaComplex = c.inComplex(c.woningen().get(i));
            Resultaat complex = STELSEL.waardeer(viaComplex, PEILDATUM, Interpretatie.standaard());
            assertThat(complex.punten()).isEqualTo(direct.punten());
            assertThat(complex.punten(Stelselgroep.GVR)).isEqualByComparingTo("4.25");
            assertThat(complex.punten(Stelselgroep.BUI)).isEqualByComparingTo(direct.punten(Stelselgroep.BUI));
            // and back to VERA: the eenheid again carries the shared rooms with their address count
            Eenheid terug = lees(schrijf(viaComplex));
            assertThat(STELSEL.waardeer(terug, PEILDATUM, Interpretatie.standaard()).punten()).isEqualTo(direct.punten());
            assertThat(terug.ruimten()).filteredOn(r -> r.isGedeeld()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.gedeeldMetAdressen()).isEqualTo(24));
        }
    }

    @Test
    void eenRuimteBijMeerEenhedenDanAdressenWordtGemeld() throws Exception {
        List<Eenheid> eenheden = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            eenheden.add(lees(("""
                    {"id": "E%d", "monumenten": [], "ruimten": [
                      {"id": "B", "soort": {"code": "OVR"}, "detailSoort": {"code": "BER"}, "oppervlakte": 12,
                       "gedeeldMetAantalAdressen": 2}]}""").formatted(i).getBytes()));
        }
        ComplexUitVera.Uitkomst u = ComplexUitVera.maak("C", "Complex", eenheden);
        assertThat(u.waarschuwingen()).singleElement().asString().contains("gedeeld met 2 adressen maar komt bij 3 eenheden");
        assertThat(u.complex().gedeeldeRuimten().get(0).adressen()).isEqualTo(3);
    }
}
