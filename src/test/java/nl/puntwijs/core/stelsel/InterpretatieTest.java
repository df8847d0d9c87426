package nl.puntwijs.core.stelsel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import org.junit.jupiter.api.Test;

/**
 * The interpretation options of spec §8 that the hand-computed cases and the rubriek tests do not cover:
 * D6 (zorg surcharge and WOZ cap), D8 (2015-2019 new build and the cap), A5 (WOZ onderdelen rounding),
 * and reading the options from KEY=VALUE.
 */
class InterpretatieTest {

    /**
     * Spec §3.5: rubrieken 1-10 = 80 (82 m² vertrek, no outdoor space -5, zorg flat 3; no pandsoort so no
     * energy points) and WOZ 70 (669 000 at waardepeildatum 2025 over 82 m²: 39.4596 + 30.4424 = 69.90 -> 70).
     */
    private static Testwoning zorgwoningMetHogeWoz() {
        return Testwoning.nieuw().pandSoort(null).zorgwoning()
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "82.00"))
                .woz("669000", "2025-01-01");
    }

    @Test
    void d6StandaardToeslagVoorDeCap() {
        // II: Z = 0.35 x (80 + 70) = 52.50; T0 = 80 + 52.5 + 70 = 202.5 -> 203 >= 187;
        // cap = floor(132.5 x 33/67) = floor(65.26) = 65; total 80 + 52.5 + 65 = 197.5 -> 198
        Resultaat r = zorgwoningMetHogeWoz().waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("65");
        assertThat(r.punten(Stelselgroep.BIJ)).isEqualByComparingTo("52.50");
        assertThat(r.punten()).isEqualTo(198);
    }

    @Test
    void d6AlternatiefCapVoorDeToeslag() {
        // I: 80 + 70 = 150 < 187, no cap; Z = 0.35 x 150 = 52.50; total 202.5 -> 203
        Resultaat r = zorgwoningMetHogeWoz().waardeer("2026-07-01",
                Interpretatie.standaard().met("zorgtoeslag-woz-cap=cap-voor-toeslag"));
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("70");
        assertThat(r.punten(Stelselgroep.BIJ)).isEqualByComparingTo("52.50");
        assertThat(r.punten()).isEqualTo(203);
    }

    /** Built 2017, 120 m² vertrek and no outdoor space: rubrieken 1-10 = 115 (>= 110); WOZ 1 109 000 -> 100. */
    private static Testwoning nieuwbouw2017() {
        return Testwoning.nieuw().pandSoort(null).bouwjaar(2017)
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "120.00"))
                .woz("1109000", "2025-01-01");
    }

    @Test
    void d8StandaardGeenCapVoorNieuwbouw2015Tot2019() {
        // 115 + 100 = 215, not capped (BB26 §2.11.7 exempts 11.2 dwellings)
        Resultaat r = nieuwbouw2017().waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("100");
        assertThat(r.punten()).isEqualTo(215);
    }

    @Test
    void d8AlternatiefCapDanMinimum() {
        // cap = floor(115 x 33/67) = floor(56.64) = 56 (>= 40); 115 + 56 = 171 < 187 -> total 186
        Resultaat r = nieuwbouw2017().waardeer("2026-07-01",
                Interpretatie.standaard().met("nieuwbouw-2015-2019=cap-dan-minimum"));
        assertThat(r.punten(Stelselgroep.WOZ)).isEqualByComparingTo("71");
        assertThat(r.punten()).isEqualTo(186);
    }

    /** 60 m², WOZ 151 644 at 2025: I = 8.944438, II = 9.430597, sum 18.375035. */
    private static Testwoning kleineWoning() {
        return Testwoning.nieuw().pandSoort(null)
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "60.00"))
                .woz("151644", "2025-01-01");
    }

    @Test
    void a5StandaardOnderdelenOnafgerond() {
        // q(18.375035) = 18.50
        assertThat(kleineWoning().waardeer("2026-07-01").punten(Stelselgroep.WOZ)).isEqualByComparingTo("18.50");
    }

    @Test
    void a5AlternatiefOnderdelenOpTweeDecimalen() {
        // 8.94 + 9.43 = 18.37 -> q 18.25
        assertThat(kleineWoning().waardeer("2026-07-01",
                Interpretatie.standaard().met("woz-onderdelen-afronding=twee-decimalen")).punten(Stelselgroep.WOZ))
                .isEqualByComparingTo("18.25");
    }

    @Test
    void optiesWordenGelezenOpNaamEnOpSpecId() {
        Interpretatie i = Interpretatie.standaard().met("D5=onafgerond").met("label-e=MIN-5");
        assertThat(i.waarde(Interpretatie.Optie.ZORGTOESLAG_AFRONDING)).isEqualTo("onafgerond");
        assertThat(i.alternatief(Interpretatie.Optie.LABEL_E)).isTrue();
        assertThat(i.afwijkingen()).containsExactlyInAnyOrder("zorgtoeslag-afronding=onafgerond", "label-e=min-5");
        assertThat(i.met("D5=kwartpunt").met("D12=min-4")).isEqualTo(Interpretatie.standaard());
    }

    @Test
    void onbekendeOptiesEnWaardenWordenGeweigerdMetDeMogelijkheden() {
        assertThatThrownBy(() -> Interpretatie.standaard().met("onbekend=x"))
                .hasMessageContaining("onbekend").hasMessageContaining("zorgtoeslag-woz-cap");
        assertThatThrownBy(() -> Interpretatie.standaard().met("D6=misschien"))
                .hasMessageContaining("misschien").hasMessageContaining("toeslag-voor-cap, cap-voor-toeslag");
        assertThatThrownBy(() -> Interpretatie.standaard().met("D6")).hasMessageContaining("SLEUTEL=WAARDE");
    }
}
