package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static nl.puntwijs.core.model.Voorziening.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;

/**
 * Rubriek 9: shared rooms valued as rubrieken 1, 2, 3, 5, 6, summed per group of equal address count, divided by
 * the addresses, added and quarter-rounded once; a zorgwoning gets a flat 3 (BB26 §2.9; spec §2.9, §3.3, §4).
 */
class GemeenschappelijkeVertrekkenTest {

    private static final Interpretatie GEMETEN =
            Interpretatie.standaard().met("zorg-gemeenschappelijke-ruimten=gemeten");

    private static Testwoning woning(Ruimte.Bouwer... ruimten) {
        Testwoning w = Testwoning.nieuw();
        for (Ruimte.Bouwer r : ruimten) {
            w.ruimte(r);
        }
        return w;
    }

    private static RubriekResultaat gvr(Testwoning w) {
        return w.waardeer("2026-07-01").rubriek(Stelselgroep.GVR).orElseThrow();
    }

    /** Spec §4.3: the ontmoetingsruimte of 80 m² with a pantry kitchen, and its toilet room, shared by 24. */
    private static Ruimte.Bouwer[] ontmoetingsruimte() {
        return new Ruimte.Bouwer[] {
                Ruimte.van(VERTREK, WOONKAMER, "80.00").naam("Ontmoetingsruimte").verwarmd().aanrecht("2400")
                        .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST, VAATWASMACHINE, EENHANDSMENGKRAAN)
                        .gedeeldMet(24),
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.16").met(HANGEND_TOILET, WASTAFEL).gedeeldMet(24)
        };
    }

    @Test
    void rekenvoorbeeldOntmoetingsruimte() {
        // spec §4.3: vertrek 80 m2 x 1 = 80.00; overige 2.16 -> 2 m2 x 0.75 = 1.50
        // heated vertrek 2 + open kitchen 2 = 4.00
        // kitchen: counter 2.40 m -> 7 + ceramic 1 + hood 0.75 + fridge 1 + dishwasher 1.50 + mixer 0.25 = 11.50
        // toilet room: wall-hung 3.75 + basin 1 = 4.75
        // sum 101.75 / 24 = 4.2396 -> q 4.25
        Testwoning w = woning(ontmoetingsruimte());
        RubriekResultaat r = gvr(w);
        assertThat(r.punten()).isEqualByComparingTo("4.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
        Regel groep = r.regels().get(0);
        assertThat(Regels.som(groep.onderdelen())).isEqualByComparingTo("101.75");
        assertThat(groep.punten().subtract(new BigDecimal("4.2395833333")).abs())
                .isLessThan(new BigDecimal("0.0000001"));
    }

    @Test
    void ontmoetingsruimteAlsRecreatieruimteHoudtHaarPantrykeuken() {
        // the same room entered as RECREATIERUIMTE: a shared room with a counter is a kitchen and an open kitchen
        // whatever its type (BB26 §2.9.3, spec §4.3), so again 101.75 / 24 -> 4.25
        Testwoning w = woning(
                Ruimte.van(VERTREK, RECREATIERUIMTE, "80.00").verwarmd().aanrecht("2400")
                        .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST, VAATWASMACHINE, EENHANDSMENGKRAAN)
                        .gedeeldMet(24),
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.16").met(HANGEND_TOILET, WASTAFEL).gedeeldMet(24));
        RubriekResultaat r = gvr(w);
        assertThat(Regels.som(r.regels().get(0).onderdelen())).isEqualByComparingTo("101.75");
        assertThat(r.punten()).isEqualByComparingTo("4.25");
    }

    @Test
    void ontmoetingsruimteMetDeCollectiefObjectcodeRor() {
        // VERA collective-object code ROR (recreatie-/ontmoetingsruimte) counts like a recreation room
        Testwoning w = woning(
                Ruimte.van(VERTREK, RECREATIE_ONTMOETINGSRUIMTE, "80.00").verwarmd().aanrecht("2400")
                        .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST, VAATWASMACHINE, EENHANDSMENGKRAAN)
                        .gedeeldMet(24),
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.16").met(HANGEND_TOILET, WASTAFEL).gedeeldMet(24));
        assertThat(gvr(w).punten()).isEqualByComparingTo("4.25");
    }

    @Test
    void gedeeldeRuimtenTellenNietInDeEigenRubrieken() {
        // the shared rooms add nothing to the dwelling's own rubrieken 1, 2, 3, 5 and 6, nor to its WOZ m2
        Resultaat r = woning(ontmoetingsruimte()).ruimte(Ruimte.van(VERTREK, WOONKAMER, "30.00"))
                .waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.OVZ)).isEqualByComparingTo("30");
        assertThat(r.punten(Stelselgroep.OOZ)).isEqualByComparingTo("0");
        assertThat(r.punten(Stelselgroep.VKV)).isEqualByComparingTo("0");
        assertThat(r.punten(Stelselgroep.KEU)).isEqualByComparingTo("0");
        assertThat(r.punten(Stelselgroep.SAN)).isEqualByComparingTo("0");
    }

    @Test
    void voorbeeldRecreatieruimteZesAdressen() {
        // spec §2.9: recreation room 35 m2 heated (35 + 2) + toilet room 2.20 -> 2 m2 x 0.75 = 1.50 with
        // wall-hung toilet 3.75 and basin 1; (35 + 1.5 + 2 + 3.75 + 1) / 6 = 43.25 / 6 = 7.208 -> q 7.25
        RubriekResultaat r = gvr(woning(
                Ruimte.van(VERTREK, RECREATIERUIMTE, "35.00").verwarmd().gedeeldMet(6),
                Ruimte.van(OVERIGE_RUIMTE, TOILETRUIMTE, "2.20").met(HANGEND_TOILET, WASTAFEL).gedeeldMet(6)));
        assertThat(r.punten()).isEqualByComparingTo("7.25");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void groepenPerAantalAdressenEenmaalAfgerond() {
        // group 6: recreation room 35 m2 / 6 = 5.8333; group 20: room 21 m2 / 20 = 1.05
        // 6.8833 -> x 4 = 27.53 -> 28 -> 7.00 (rounding each group first would give 5.75 + 1.00 = 6.75)
        RubriekResultaat r = gvr(woning(
                Ruimte.van(VERTREK, RECREATIERUIMTE, "35.00").gedeeldMet(6),
                Ruimte.van(VERTREK, RECREATIERUIMTE, "21.00").gedeeldMet(20)));
        assertThat(r.punten()).isEqualByComparingTo("7.00");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void oppervlaktePerCategorieOpHeleM2BinnenDeGroep() {
        // two shared rooms of 10.30 m2, 4 addresses: 20.60 -> 21 m2 / 4 = 5.25 (each rounded: 10 + 10 = 20 -> 5.00)
        assertThat(gvr(woning(
                Ruimte.van(VERTREK, RECREATIERUIMTE, "10.30").gedeeldMet(4),
                Ruimte.van(VERTREK, OVERIG_VERTREK, "10.30").gedeeldMet(4))).punten()).isEqualByComparingTo("5.25");
    }

    @Test
    void gedeeldeBergingMinimaalTweeM2PerAdres() {
        // 10 m2 / 6 addresses = 1.67 m2 per address < 2: not valued -> 0
        assertThat(gvr(woning(Ruimte.van(OVERIGE_RUIMTE, BERGING, "10.00").gedeeldMet(6))).punten())
                .isEqualByComparingTo("0");
        // 20 m2 / 10 addresses = 2 m2 each: 20 x 0.75 / 10 = 1.50
        assertThat(gvr(woning(Ruimte.van(OVERIGE_RUIMTE, BERGING, "20.00").gedeeldMet(10))).punten())
                .isEqualByComparingTo("1.50");
    }

    @Test
    void gedeeldeVerkeersruimteKrijgtGeenVerwarmingspunten() {
        // spec §4.1: shared corridors earn no area and (recommended) no heating points; the heated recreation
        // room earns 2: (20 + 2) / 4 = 5.50
        assertThat(gvr(woning(
                Ruimte.van(VERKEERSRUIMTE, GANG, "30.00").verwarmd().gedeeldMet(4),
                Ruimte.van(VERTREK, RECREATIERUIMTE, "20.00").verwarmd().gedeeldMet(4))).punten())
                .isEqualByComparingTo("5.50");
    }

    @Test
    void zorgwoningKrijgtForfaitairDriePunten() {
        // BB26 §2.9.4: flat 3, the measured shared rooms (4.25) are not used
        RubriekResultaat r = gvr(woning(ontmoetingsruimte()).zorgwoning());
        assertThat(r.punten()).isEqualByComparingTo("3");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
        // also without any shared room
        assertThat(gvr(Testwoning.nieuw().zorgwoning()).punten()).isEqualByComparingTo("3");
    }

    @Test
    void zorgwoningGemetenAlsAlternatief() {
        // option zorg-gemeenschappelijke-ruimten=gemeten: the §4.3 rooms are measured: 4.25
        assertThat(woning(ontmoetingsruimte()).zorgwoning().waardeer("2026-07-01", GEMETEN).punten(Stelselgroep.GVR))
                .isEqualByComparingTo("4.25");
        // a non-zorg dwelling is measured either way
        assertThat(woning(ontmoetingsruimte()).waardeer("2026-07-01", GEMETEN).punten(Stelselgroep.GVR))
                .isEqualByComparingTo("4.25");
    }

    @Test
    void geenGedeeldeRuimtenGeeftNul() {
        assertThat(gvr(woning(Ruimte.van(VERTREK, WOONKAMER, "30.00"))).punten()).isEqualByComparingTo("0");
    }

    @Test
    void eenTeKleineGedeeldeBergingWordtGemeld() {
        // 18 m² for 12 addresses = 1.5 m² per address, below the 2 m² of BB25 §2.9: not valued, and said so
        Resultaat r = woning(Ruimte.van(OVERIGE_RUIMTE, BERGING, "18.00").naam("Scootmobielberging").gedeeldMet(12))
                .waardeer("2026-07-01");
        assertThat(r.punten(Stelselgroep.GVR)).isEqualByComparingTo("0");
        assertThat(r.meldingen()).anySatisfy(m -> assertThat(m.tekst()).contains("Scootmobielberging")
                .contains("minder dan 2 m² per adres"));
    }
}
