package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Signaaltest.SIGNALERING;
import static nl.puntwijs.core.signalen.Signaaltest.een;
import static nl.puntwijs.core.signalen.Signaaltest.ids;
import static nl.puntwijs.core.signalen.Signaaltest.spec43;
import static nl.puntwijs.core.signalen.Signaaltest.zaal;
import static nl.puntwijs.core.signalen.Signaaltest.geen;
import static nl.puntwijs.core.signalen.Signaaltest.met;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Interpretatie;
import org.junit.jupiter.api.Test;

/** What-if: one change to a complex, and which signals appear, disappear or change. */
class WatAlsTest {

    private static final LocalDate PEILDATUM = LocalDate.parse("2026-07-01");
    private static final WatAls WAT_ALS = new WatAls(SIGNALERING);
    private static final Zorgvoorwaarden ALLES = new Zorgvoorwaarden(true, new BigDecimal("130"), BigDecimal.ZERO, null,
            true, true, true, false, null);
    private static final Ouderenhuisvesting SOO = new Ouderenhuisvesting(new BigDecimal("0.80"), new BigDecimal("50"),
            false, "2024-2025", true, LocalDate.parse("2026-01-01"), null, true, false, true);

    /** 60 m², meergezins, no label: 66 points, 412.85 (2026). */
    private static List<Eenheid> woningen(int n, boolean zorg, String huur) {
        List<Eenheid> lijst = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Testwoning w = Testwoning.nieuw().id(String.format("W%03d", i))
                    .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "60"));
            if (huur != null) {
                w.huur(new Huur(new BigDecimal(huur), null, 1, null, null, new BigDecimal("0")));
            }
            lijst.add((zorg ? w.zorgwoning(null) : w).bouw());
        }
        return lijst;
    }




    private static Complex complex(List<Eenheid> w, Zorgvoorwaarden zorg, Ouderenhuisvesting o, GedeeldeRuimte... r) {
        return new Complex("C1", "De Linde", zorg, MethodeGedeeldeRuimten.FORFAITAIR, w, List.of(r), o);
    }

    private static WatAls.Uitkomst watAls(Complex c, Wijziging w) {
        return WAT_ALS.bereken(c, PEILDATUM, Interpretatie.standaard(), w);
    }

    @Test
    void eenKleinereOntmoetingsruimteLaatGr01Verdwijnen() {
        // 24 zorgwoningen: 80 + 2.16 m² measures 4.25 per dwelling (GR-01). Total 60 m²: the hall becomes 57.84 m²
        // -> 58 m²; 58 + 1.50 + 4 + 11.50 + 4.75 = 79.75 / 24 = 3.3229 -> 3.25, within 1 point of 3
        List<Eenheid> w = woningen(24, true, null);
        WatAls.Uitkomst u = watAls(complex(w, ALLES, null, spec43(ids(w))),
                new Wijziging.OppervlakteOntmoetingsruimte(new BigDecimal("60")));
        assertThat(u.wijziging().omschrijving()).isEqualTo("ontmoetingsruimte 60 m²");
        een(u.voor(), "GR-01");
        geen(u.na(), "GR-01");
        assertThat(u.verdwenen()).extracting(Signaal::code).containsExactly("GR-01");
        assertThat(u.verschenen()).isEmpty();
    }

    @Test
    void eenGrotereOntmoetingsruimteBovenHetPlafond() {
        List<Eenheid> w = woningen(24, false, "700");
        WatAls.Uitkomst u = watAls(complex(w, null, SOO, zaal("60", ids(w))),
                new Wijziging.OppervlakteOntmoetingsruimte(new BigDecimal("61")));
        assertThat(u.verschenen()).extracting(Signaal::code).containsExactly("SOO-05");
        assertThat(u.verschenen().get(0).melding()).contains("de ontmoetingsruimte is 61 m², 1 m² telt niet mee");
        assertThat(u.verdwenen()).isEmpty();
        // the estimate's text changes (61 x 2500 = 152500, capped at 150000): the same signal, another message
        assertThat(u.gewijzigd()).singleElement().satisfies(v -> {
            assertThat(v.voor().code()).isEqualTo("SOO-07");
            assertThat(v.na().melding()).contains("61 m² × € 2.500 = € 152.500, begrensd op € 150.000");
        });
    }

    @Test
    void minderWoningenDanHetSooMinimum() {
        List<Eenheid> w = woningen(5, false, "700");
        Complex c = complex(w, null, SOO, zaal("30", ids(w)));
        WatAls.Uitkomst u = watAls(c, new Wijziging.AantalWoningen(4));
        assertThat(u.verschenen()).extracting(Signaal::code).containsExactly("SOO-01");
        // W005 is gone, with its signals; the others' stay
        assertThat(u.verdwenen()).isNotEmpty().allMatch(s -> "W005".equals(s.eenheid()));
        assertThat(u.na()).noneMatch(s -> "W005".equals(s.eenheid()));
        // the near miss: 5 dwellings stay eligible
        assertThat(watAls(c, new Wijziging.AantalWoningen(5)).verschenen()).isEmpty();
    }

    @Test
    void meerWoningenVerschuivenDeSubsidieband() {
        List<Eenheid> w = woningen(24, false, "700");
        WatAls.Uitkomst u = watAls(complex(w, null, SOO, zaal("60", ids(w))), new Wijziging.AantalWoningen(51));
        assertThat(u.na()).filteredOn(s -> s.eenheid() != null).extracting(Signaal::eenheid)
                .contains("W024-kopie-1", "W024-kopie-27");
        assertThat(u.verschenen()).allMatch(s -> s.eenheid() != null && s.eenheid().startsWith("W024-kopie-"));
        // 60 m² x 2500 = 150000 under the cap of 175000 for 51-150 dwellings
        assertThat(u.gewijzigd()).filteredOn(v -> v.na().eenheid() == null).singleElement().satisfies(v ->
                assertThat(v.na().melding()).contains("binnen het plafond van € 175.000 voor 51 tot en met 150 "
                        + "woonruimten: € 150.000"));
        // the room is shared by more: 60 / 24 = 2.50 -> 68 points (425.33); 60 / 51 = 1.1765 -> 1.25 -> 67 (419.10)
        assertThat(u.gewijzigd()).filteredOn(v -> "W001".equals(v.na().eenheid())).singleElement().satisfies(v -> {
            assertThat(v.voor().melding()).contains("maximale huur van € 425,33 bij 68 punten");
            assertThat(v.na().melding()).contains("maximale huur van € 419,10 bij 67 punten");
        });
    }

    @Test
    void eenBeterEnergielabelHaaltDeHuurOnderHetMaximum() {
        // rent 450: above 412.85 at 66 points; label B after renovation: meergezins 30 points, 96 points, 610.19
        List<Eenheid> w = woningen(2, false, "450");
        WatAls.Uitkomst u = watAls(complex(w, null, null), new Wijziging.NieuwEnergielabel(Energielabel.B));
        assertThat(met(u.voor(), "BT-05")).hasSize(2);
        assertThat(u.verdwenen()).extracting(Signaal::code).containsExactly("BT-05", "BT-05");
        assertThat(u.na()).noneMatch(s -> s.code().equals("BT-05"));
        assertThat(u.verschenen()).isEmpty();
        assertThat(u.wijziging().omschrijving()).isEqualTo("energielabel B");
    }

    @Test
    void eenHogereHuurBovenDeSooGrens() {
        // 1228.08 is a cent above the maximum rent at 186 points (2026): 0 of 24 under the limit
        List<Eenheid> w = woningen(24, false, "700");
        Complex c = complex(w, null, SOO, zaal("60", ids(w)));
        WatAls.Uitkomst alle = watAls(c, new Wijziging.GeplandeHuur(null, new BigDecimal("1228.08")));
        assertThat(alle.verschenen()).filteredOn(s -> s.eenheid() == null).extracting(Signaal::code)
                .containsExactly("SOO-03");
        // one dwelling: 23 of 24 stay under it, 95.8%
        WatAls.Uitkomst een = watAls(c, new Wijziging.GeplandeHuur("W001", new BigDecimal("1228.08")));
        assertThat(een.verschenen()).noneMatch(s -> s.code().equals("SOO-03"));
        assertThat(een.verschenen()).allMatch(s -> "W001".equals(s.eenheid()));
        assertThat(een.wijziging().omschrijving()).isEqualTo("geplande huur € 1.228,08 voor woning W001");
    }

    @Test
    void eenWijzigingDieNietPastIsEenDuidelijkeFout() {
        List<Eenheid> w = woningen(2, false, null);
        assertThatThrownBy(() -> watAls(complex(w, null, null), new Wijziging.OppervlakteOntmoetingsruimte(BigDecimal.TEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("complex 'De Linde' heeft geen ontmoetingsruimte");
        assertThatThrownBy(() -> watAls(complex(w, null, null, zaal("60", ids(w))),
                new Wijziging.GeplandeHuur("W009", BigDecimal.TEN)))
                .hasMessage("woning 'W009' bestaat niet in complex 'De Linde'");
        assertThatThrownBy(() -> new Wijziging.AantalWoningen(0)).hasMessage("aantal woningen moet minstens 1 zijn, is 0");
        // the complex itself is never changed
        Complex c = complex(w, null, null, zaal("60", ids(w)));
        new Wijziging.OppervlakteOntmoetingsruimte(new BigDecimal("100")).pasToe(c, PEILDATUM);
        assertThat(c.gedeeldeRuimten().get(0).ruimten().get(0).oppervlakte()).isEqualByComparingTo("60");
    }

    @Test
    void eenAndereErnstIsVerdwenenEnVerschenen() {
        Signaal blokkerend = new Signaal(Signaalsoort.BT_04, Ernst.BLOKKEREND, "W1", null, "a", "b", "huur.kaleHuur",
                Map.of(), false);
        Signaal waarschuwing = new Signaal(Signaalsoort.BT_04, Ernst.WAARSCHUWING, "W1", null, "c", "b", "huur.kaleHuur",
                Map.of(), false);
        WatAls.Uitkomst u = WatAls.vergelijk(new Wijziging.AantalWoningen(1), List.of(blokkerend), List.of(waarschuwing));
        assertThat(u.verdwenen()).containsExactly(blokkerend);
        assertThat(u.verschenen()).containsExactly(waarschuwing);
        assertThat(u.gewijzigd()).isEmpty();
    }
}
