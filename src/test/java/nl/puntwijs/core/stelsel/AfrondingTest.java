package nl.puntwijs.core.stelsel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rounding rules of spec wws-zelfstandig §1.4 (BB26 §2.1.4, §2.1.5, §2.2.1.1, Bhw 11.3). */
class AfrondingTest {

    @ParameterizedTest(name = "q({0}) = {1}")
    @CsvSource({
            // x * 4, half up, / 4
            "4.81, 4.75",      // 19.24 -> 19 -> 4.75 (spec §1.4 example)
            "0.125, 0.25",     // 0.5 -> 1 -> 0.25: exactly an eighth goes up (spec §1.4 example)
            "0.124, 0.00",     // 0.496 -> 0
            "4.875, 5.00",     // 19.5 -> 20
            "4.87, 4.75",      // 19.48 -> 19
            "36.669, 36.75",   // 146.676 -> 147 (spec §2.11 example)
            "4.2396, 4.25",    // 16.958 -> 17 (spec §4.3)
            "17.425, 17.50",   // 69.7 -> 70
            "7, 7.00",
            "-4.875, -5.00",   // -19.5 -> -20: half away from zero
            "-0.125, -0.25",   // -0.5 -> -1
            "-4.81, -4.75"     // -19.24 -> -19
    })
    void kwartpuntRondtAfOpKwartenMetEenAchtsteNaarBoven(String invoer, String verwacht) {
        BigDecimal uitkomst = Afronding.kwartpunt(new BigDecimal(invoer));
        assertThat(uitkomst).isEqualByComparingTo(verwacht);
        assertThat(uitkomst.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "r0({0}) = {1}")
    @CsvSource({
            "38.58, 39",    // spec §2.1 example
            "30.50, 31",    // .50 goes up
            "30.49, 30",
            "186.50, 187",
            "186.4375, 186",
            "-4.5, -5",     // half away from zero
            "0, 0"
    })
    void heelRondtHalfOmhoogAf(String invoer, String verwacht) {
        assertThat(Afronding.heel(new BigDecimal(invoer))).isEqualByComparingTo(verwacht);
    }

    @ParameterizedTest(name = "r2({0}) = {1}")
    @CsvSource({
            "22.185, 22.19",  // 4.35 x 5.10, spec §2.1 example
            "10.03, 10.03",   // 2.95 x 3.40
            "20.495, 20.50",
            "10.004, 10.00",
            "157.4355, 157.44" // 1049.57 x 0.15, spec §2.13 example
    })
    void tweeDecimalenRondtHalfOmhoogAf(String invoer, String verwacht) {
        assertThat(Afronding.tweeDecimalen(new BigDecimal(invoer))).isEqualByComparingTo(verwacht);
    }

    @ParameterizedTest(name = "floor({0}) = {1}")
    @CsvSource({
            "53.6865671641791, 53",  // 109 x 33/67, BB26 §2.11 example: down, not 54
            "65.2611940298507, 65",  // 132.5 x 33/67, spec §3.5
            "66, 66",
            "68.999999, 68"
    })
    void omlaagRondtNaarBenedenAf(String invoer, String verwacht) {
        assertThat(Afronding.omlaag(new BigDecimal(invoer))).isEqualByComparingTo(verwacht);
    }

    @Test
    void delingHoudtGenoegDecimalenVoorLatereAfronding() {
        // 101.75 / 24 = 4.239583333... (spec §4.3); at least 10 decimals must survive
        BigDecimal uitkomst = Afronding.deel(new BigDecimal("101.75"), 24);
        assertThat(uitkomst.subtract(new BigDecimal("4.2395833333333")).abs())
                .isLessThan(new BigDecimal("0.0000000001"));
        assertThat(Afronding.kwartpunt(uitkomst)).isEqualByComparingTo("4.25");
        // 1 / 3 * 3 stays within 1e-12 of 1
        BigDecimal derde = Afronding.deel(BigDecimal.ONE, new BigDecimal("3"));
        assertThat(derde.multiply(BigDecimal.valueOf(3)).subtract(BigDecimal.ONE).abs())
                .isLessThan(new BigDecimal("0.000000000001"));
    }

    @Test
    void delenDoorEenLaatDeWaardeOngemoeid() {
        assertThat(Afronding.deel(new BigDecimal("7.3333"), 1)).isEqualByComparingTo("7.3333");
    }
}
