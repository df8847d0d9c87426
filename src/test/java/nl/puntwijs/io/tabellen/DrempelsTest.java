package nl.puntwijs.io.tabellen;

import static nl.puntwijs.core.tabellen.Drempelsleutel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thresholds of {@code tabellen/drempels.json} (knelpunten §3 and §2): each value on both sides of the date
 * it changes, the unconfirmed ones marked, and a clear error for a date without a value.
 */
class DrempelsTest {

    private static final Drempels DREMPELS = TabellenLader.drempels();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String waarde(String sleutel, String datum) {
        return DREMPELS.waarde(sleutel, LocalDate.parse(datum)).toPlainString();
    }

    @ParameterizedTest(name = "{0} op {1} = {2}")
    @CsvSource({
            // knelpunten §3: sector limits, 2025 and 2026 (BB25/BB26 rent at 143 and 186 points)
            "socialeHuurgrens, 2025-12-31, 900.07", "socialeHuurgrens, 2026-01-01, 932.93",
            "vrijesectorgrens, 2025-12-31, 1184.82", "vrijesectorgrens, 2026-01-01, 1228.07",
            "daebHuurgrens, 2025-12-31, 900.07", "daebHuurgrens, 2026-01-01, 932.93",
            "aftoppingsgrens.laag, 2025-12-31, 682.96", "aftoppingsgrens.laag, 2026-01-01, 713.02",
            "aftoppingsgrens.hoog, 2025-12-31, 731.93", "aftoppingsgrens.hoog, 2026-01-01, 764.14",
            "kwaliteitskortingsgrens, 2025-12-31, 477.20", "kwaliteitskortingsgrens, 2026-01-01, 498.20",
            "huurtoeslag.maximaleHuurgrens, 2025-12-31, 900.07", "huurtoeslag.maximaleHuurgrens, 2026-01-01, 932.93",
            // the 2026 change: the maximum rent is no longer a condition for huurtoeslag
            "huurtoeslag.maximaleHuurgrensIsVoorwaarde, 2025-12-31, 1",
            "huurtoeslag.maximaleHuurgrensIsVoorwaarde, 2026-01-01, 0",
            "huurtoeslag.servicekostenTellenMee, 2025-12-31, 1", "huurtoeslag.servicekostenTellenMee, 2026-01-01, 0",
            // rent increases: social on 1 July, middle and free on 1 January
            "huurverhoging.maximum.sociaal, 2026-06-30, 5.0", "huurverhoging.maximum.sociaal, 2026-07-01, 4.1",
            "huurverhoging.maximum.midden, 2025-12-31, 7.7", "huurverhoging.maximum.midden, 2026-01-01, 6.1",
            "huurverhoging.maximum.vrij, 2025-12-31, 4.1", "huurverhoging.maximum.vrij, 2026-01-01, 4.4",
            // SOO: the rent limit per round
            "soo.huurgrens.bedrag, 2023-10-31, 1000", "soo.huurgrens.punten, 2024-10-14, 186",
            "soo.bedragPerM2, 2024-10-14, 2500", "soo.bandKlein.plafond, 2024-10-14, 100000",
            "soo.bandMidden.plafond, 2024-10-14, 150000", "soo.bandGroot.plafond, 2024-10-14, 175000",
            "soo.minimumWoonruimten, 2024-10-14, 5", "soo.minimumAandeel55Plus, 2024-10-14, 0.50",
            "soo.minimumAandeelOnderHuurgrens, 2024-10-14, 0.75", "soo.maximaleAfstandM, 2024-10-14, 100",
            "soo.instandhoudingJaren, 2024-10-14, 5"})
    void waardeOpDatum(String sleutel, String datum, String verwacht) {
        assertThat(waarde(sleutel, datum)).isEqualTo(verwacht);
    }

    @Test
    void sooRondesOpenEnSluitenOpHunEigenDatum() {
        assertThat(DREMPELS.periodes(SOO_RONDE)).extracting(d -> d.waarde().intValue(), Drempel::periode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2022, "2022-01-10 t/m 2022-11-30"),
                        org.assertj.core.groups.Tuple.tuple(2023, "2023-01-16 t/m 2023-10-31"),
                        org.assertj.core.groups.Tuple.tuple(2024, "2024-10-14 t/m 2025-09-19"));
        assertThat(DREMPELS.heeft(SOO_RONDE, LocalDate.parse("2025-09-19"))).isTrue();
        assertThat(DREMPELS.heeft(SOO_RONDE, LocalDate.parse("2025-09-20"))).isFalse();
        // 2022 and 2023: an amount; 2024-2025: the maximum rent at 186 points
        assertThat(DREMPELS.heeft(SOO_HUURGRENS_BEDRAG, LocalDate.parse("2024-10-14"))).isFalse();
        assertThat(DREMPELS.heeft(SOO_HUURGRENS_PUNTEN, LocalDate.parse("2023-01-16"))).isFalse();
        // the band up to 150 dwellings only in the 2024 draft
        assertThat(DREMPELS.heeft(SOO_GROOT_MAXIMUM_WOONRUIMTEN, LocalDate.parse("2023-01-16"))).isFalse();
        assertThat(DREMPELS.drempel(SOO_GROOT_MAXIMUM_WOONRUIMTEN, LocalDate.parse("2024-10-14")).onbevestigd()).isTrue();
    }

    @Test
    void onbevestigdeGetallenZijnGemarkeerd() {
        LocalDate d2026 = LocalDate.parse("2026-03-01");
        LocalDate d2025 = LocalDate.parse("2025-03-01");
        assertThat(DREMPELS.drempel(AFTOPPINGSGRENS_LAAG, d2026).onbevestigd()).isTrue();
        assertThat(DREMPELS.drempel(AFTOPPINGSGRENS_HOOG, d2026).onbevestigd()).isTrue();
        assertThat(DREMPELS.drempel(KWALITEITSKORTINGSGRENS, d2026).onbevestigd()).isTrue();
        assertThat(DREMPELS.drempel(AFTOPPINGSGRENS_LAAG, d2025).onbevestigd()).isFalse();
        assertThat(DREMPELS.drempel(SOCIALE_HUURGRENS, d2026).onbevestigd()).isFalse();
        assertThat(DREMPELS.drempel(AFTOPPINGSGRENS_LAAG, d2025).bron()).contains("[OR25]");
    }

    @Test
    void eenDatumZonderWaardeNoemtSleutelEnDatum() {
        assertThatThrownBy(() -> DREMPELS.waarde(AFTOPPINGSGRENS_LAAG, LocalDate.parse("2027-01-01")))
                .isInstanceOf(Drempels.GeenDrempelException.class)
                .hasMessage("geen waarde voor drempel 'aftoppingsgrens.laag' op 2027-01-01; bekend: "
                        + "2025-01-01 t/m 2025-12-31, 2026-01-01 t/m 2026-12-31");
        // the social rent increase of 1-7-2024 to 30-6-2025 is not in the sources: an error, not 5.0
        assertThatThrownBy(() -> DREMPELS.waarde(HUURVERHOGING_SOCIAAL, LocalDate.parse("2025-06-30")))
                .hasMessageContaining("'huurverhoging.maximum.sociaal' op 2025-06-30");
        assertThatThrownBy(() -> DREMPELS.waarde("bestaat.niet", LocalDate.parse("2026-01-01")))
                .hasMessage("geen drempel 'bestaat.niet' bekend");
    }

    private static JsonNode doc(String rijen) throws Exception {
        return JSON.readTree("{\"bronnen\": {\"X\": \"bron x\"}, \"drempels\": [" + rijen + "]}");
    }

    private static String rij(String sleutel, String waarde, String van, String tot, String bron) {
        return "{\"sleutel\": \"" + sleutel + "\", \"waarde\": \"" + waarde + "\", \"geldigVanaf\": \"" + van
                + "\", \"geldigTot\": \"" + tot + "\", \"bron\": \"" + bron + "\", \"onbevestigd\": false}";
    }

    @Test
    void fouteDrempelsWordenBijHetLadenGenoemd() throws Exception {
        var boek = TabellenLader.standaard();
        assertThatThrownBy(() -> TabellenLader.laadDrempels(doc(rij("a", "1", "2026-01-01", "2026-12-31", "[X]") + ","
                + rij("a", "2", "2026-07-01", "2027-06-30", "[X]")), "d.json", boek))
                .hasMessage("d.json: drempel 'a': periodes 2026-01-01 t/m 2026-12-31 en 2026-07-01 t/m 2027-06-30 overlappen");
        assertThatThrownBy(() -> TabellenLader.laadDrempels(doc(rij("a", "1", "2026-01-01", "2026-12-31", "[Y]")),
                "d.json", boek)).hasMessage("d.json: drempels[0] (a): bron verwijst naar [Y], dat niet onder 'bronnen' staat");
        assertThatThrownBy(() -> TabellenLader.laadDrempels(doc(rij("a", "1", "2026-12-31", "2026-01-01", "[X]")),
                "d.json", boek)).hasMessageContaining("geldigTot 2026-01-01 ligt voor geldigVanaf 2026-12-31");
        assertThatThrownBy(() -> TabellenLader.laadDrempels(doc(rij("a", "veel", "2026-01-01", "2026-12-31", "[X]")),
                "d.json", boek)).hasMessage("d.json: drempels[0] (a): veld 'waarde' is geen getal: \"veel\"");
        // the sector limits must agree with the rent table of the same period
        assertThatThrownBy(() -> TabellenLader.laadDrempels(doc(rij("socialeHuurgrens", "932.94", "2026-01-01",
                "2026-12-31", "[X]")), "d.json", boek))
                .hasMessage("d.json: socialeHuurgrens 932.94 (2026-01-01 t/m 2026-12-31) wijkt af van 932.93 in tabellen 2026-01-01");
    }
}
