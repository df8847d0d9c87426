package nl.puntwijs.ui.dienst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.signalen.Wijziging;
import nl.puntwijs.ui.Proefwerkruimte;
import org.junit.jupiter.api.Test;

class RekenkernTest {

    private static final LocalDate PEILDATUM = Proefwerkruimte.PEILDATUM;

    @Test
    void eenWoningInHaarComplexMetSignalenAandelenEnDuur() {
        Complex linde = Voorbeeldportefeuille.lees("/voorbeelden/de-linde-complex.json");
        Rekenkern.Woningberekening w = Proefwerkruimte.kern().woning(linde, "LIN-007", PEILDATUM);
        assertThat(w.resultaat().punten()).isEqualTo(145);
        assertThat(w.gedeeld()).isEqualByComparingTo("4.25");
        assertThat(w.zorgtoeslag()).isZero();
        assertThat(w.signalen()).extracting(s -> s.code()).contains("BT-08");
        assertThat(w.duurMicro()).isPositive();
    }

    /** Issue 7: recalculation after an edit of a dwelling in a complex of 200 dwellings under 20 ms (median). */
    @Test
    void eenWoningInEenComplexVan200WoningenBinnen20Ms() {
        Complex linde = Voorbeeldportefeuille.lees("/voorbeelden/de-linde-complex.json");
        Complex groot = new Wijziging.AantalWoningen(200).pasToe(linde, PEILDATUM);
        Rekenkern kern = Proefwerkruimte.kern();
        for (int i = 0; i < 50; i++) {
            kern.woning(groot, "LIN-012", PEILDATUM);
        }
        double[] ms = new double[101];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = kern.woning(groot, "LIN-024-kopie-" + (1 + i % 150), PEILDATUM).duurMicro() / 1000.0;
        }
        Arrays.sort(ms);
        assertThat(ms[50]).as("mediaan in ms").isLessThan(20.0);
    }

    @Test
    void eenOngeldigComplexGeeftZijnFouten() {
        Complex linde = Voorbeeldportefeuille.lees("/voorbeelden/de-linde-complex.json");
        Complex zonder = new Complex(linde.id(), linde.naam(), linde.zorg(), linde.methode(), linde.woningen(),
                java.util.List.of(linde.gedeeldeRuimten().get(0).metWoningen(java.util.List.of())), null);
        Rekenkern.Complexberekening b = Proefwerkruimte.kern().complex(zonder, PEILDATUM);
        assertThat(b.gelukt()).isFalse();
        assertThat(b.meldingen()).anySatisfy(m -> assertThat(m.tekst()).contains("geen woningen met gebruiksrecht"));
    }
}
