package nl.puntwijs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpmaakTest {

    @Test
    void nederlandseGetallenEnBedragen() {
        assertThat(Opmaak.getal(new BigDecimal("12.25"))).isEqualTo("12,25");
        assertThat(Opmaak.getal(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(Opmaak.euro(new BigDecimal("1234.5"))).isEqualTo("€ 1.234,50");
        assertThat(Opmaak.verschil(new BigDecimal("3"))).isEqualTo("+3");
        assertThat(Opmaak.invoer(new BigDecimal("24.60"))).isEqualTo("24,6");
        assertThat(Opmaak.verschilEuro(new BigDecimal("-19.07"))).isEqualTo("-€ 19,07");
        assertThat(Opmaak.verschilEuro(new BigDecimal("27.5"))).isEqualTo("+€ 27,50");
    }

    @Test
    void leestWatGebruikersTypen() {
        assertThat(Opmaak.leesGetal("24,6")).isEqualByComparingTo("24.6");
        assertThat(Opmaak.leesGetal("24.60 m²")).isEqualByComparingTo("24.6");
        assertThat(Opmaak.leesGetal("€ 1.234,50")).isEqualByComparingTo("1234.5");
        assertThat(Opmaak.leesGetal("  ")).isNull();
        assertThatThrownBy(() -> Opmaak.leesGetal("12,3,4")).hasMessage("'12,3,4' is geen getal");
        assertThatThrownBy(() -> Opmaak.leesGeheel("2,5")).hasMessage("'2,5' is geen geheel getal");
    }

    @Test
    void eenBedragMetDuizendtalpuntenIsWatDeGebruikerBedoelt() {
        assertThat(Opmaak.leesBedrag("€ 400.000")).isEqualByComparingTo("400000");
        assertThat(Opmaak.leesBedrag("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(Opmaak.leesBedrag("€ 1.234,50")).isEqualByComparingTo("1234.5");
        // not a grouping: a decimal point as in English, or digits that do not come in threes
        assertThat(Opmaak.leesBedrag("812.50")).isEqualByComparingTo("812.5");
        assertThat(Opmaak.leesBedrag("400.00")).isEqualByComparingTo("400");
        assertThat(Opmaak.leesBedrag("4000.000")).isEqualByComparingTo("4000");
        assertThat(Opmaak.leesBedrag("")).isNull();
        assertThatThrownBy(() -> Opmaak.leesBedrag("4.00.000")).hasMessage("'4.00.000' is geen getal");
        // a measure keeps the point as a decimal point
        assertThat(Opmaak.leesGetal("1.200")).isEqualByComparingTo("1.2");
    }
}
