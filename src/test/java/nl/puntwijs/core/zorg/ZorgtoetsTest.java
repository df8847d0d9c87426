package nl.puntwijs.core.zorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four zorgwoning conditions of BB26 §2.12.1: met, not met, not recorded, and their effect on rubriek 12. */
class ZorgtoetsTest {

    static final Zorgvoorwaarden ALLES_VOLDAAN = new Zorgvoorwaarden(true, new BigDecimal("120"), new BigDecimal("3"),
            true, true, true, true, false, null);

    private static Zorgbeoordeling toets(Zorgvoorwaarden v) {
        return Zorgtoets.beoordeel(Testwoning.nieuw().zorgwoning(v).bouw());
    }

    private static Uitkomst uitkomst(Zorgvoorwaarden v, Voorwaarde voorwaarde) {
        return toets(v).toetsen().stream().filter(t -> t.voorwaarde() == voorwaarde).findFirst().orElseThrow()
                .uitkomst();
    }

    @Test
    void geenZorgwoningZonderClaim() {
        Zorgbeoordeling z = Zorgtoets.beoordeel(Testwoning.nieuw().bouw());
        assertThat(z.besluit()).isEqualTo(Zorgbeoordeling.Besluit.GEEN_ZORGWONING);
        assertThat(z.toetsen()).isEmpty();
        assertThat(z.isZorgwoning()).isFalse();
    }

    @Test
    void alleVoorwaardenVoldaan() {
        Zorgbeoordeling z = toets(ALLES_VOLDAAN);
        assertThat(z.besluit()).isEqualTo(Zorgbeoordeling.Besluit.TOEGEPAST);
        assertThat(z.toetsen()).hasSize(4).allMatch(t -> t.uitkomst() == Uitkomst.VOLDAAN)
                .allMatch(t -> t.bron().equals("BB26 §2.12.1"));
    }

    @Test
    void alleenDeDoelgroepGeeftToeslagZoalsGeclaimd() {
        Zorgbeoordeling z = toets(null);
        assertThat(z.besluit()).isEqualTo(Zorgbeoordeling.Besluit.TOEGEPAST_ALS_GECLAIMD);
        assertThat(z.isZorgwoning()).isTrue();
        assertThat(z.met(Uitkomst.NIET_VASTGELEGD)).hasSize(4);
    }

    @ParameterizedTest(name = "gang {0} cm, drempel {1} cm, lift {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "120, 1.9, false, VOLDAAN",      // threshold below 2 cm needs no lift
            "120, 2, true, VOLDAAN",         // 2 cm bridged by a lift
            "119, 0, true, NIET_VOLDAAN",    // one centimetre too narrow
            "120, 2, false, NIET_VOLDAAN",   // 2 cm threshold, no lift or ramp
            "-, 0, true, NIET_VASTGELEGD",   // corridor not measured
            "120, -, true, NIET_VASTGELEGD", // threshold not measured
            "120, 5, -, NIET_VASTGELEGD",    // high threshold, lift not recorded
            "110, -, -, NIET_VOLDAAN"        // a failing corridor decides even with the rest unknown
    })
    void drempelloos(String gang, String drempel, String lift, Uitkomst verwacht) {
        Zorgvoorwaarden v = new Zorgvoorwaarden(true, gang == null ? null : new BigDecimal(gang),
                drempel == null ? null : new BigDecimal(drempel), lift == null ? null : Boolean.valueOf(lift), true, true,
                true, false, null);
        assertThat(uitkomst(v, Voorwaarde.DREMPELLOOS)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "woning {0}, complex {1} -> {2}")
    @CsvSource(nullValues = "-", value = {"true, true, VOLDAAN", "false, true, NIET_VOLDAAN", "true, false, NIET_VOLDAAN",
            "true, -, NIET_VASTGELEGD", "-, -, NIET_VASTGELEGD"})
    void alarm(Boolean woning, Boolean complex, Uitkomst verwacht) {
        Zorgvoorwaarden v = new Zorgvoorwaarden(true, new BigDecimal("130"), BigDecimal.ZERO, null, woning, complex,
                true, false, null);
        assertThat(uitkomst(v, Voorwaarde.ALARM)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "in huurovereenkomst {0}, ander gebouw {1}, binnendoor {2} -> {3}")
    @CsvSource(nullValues = "-", value = {"true, false, -, VOLDAAN", "true, true, true, VOLDAAN",
            "true, true, false, NIET_VOLDAAN", "false, false, -, NIET_VOLDAAN", "-, false, -, NIET_VASTGELEGD",
            "true, -, -, NIET_VASTGELEGD", "true, true, -, NIET_VASTGELEGD"})
    void gemeenschappelijkeRuimte(Boolean inHuur, Boolean anderGebouw, Boolean binnendoor, Uitkomst verwacht) {
        Zorgvoorwaarden v = new Zorgvoorwaarden(true, new BigDecimal("130"), BigDecimal.ZERO, null, true, true, inHuur,
                anderGebouw, binnendoor);
        assertThat(uitkomst(v, Voorwaarde.GEMEENSCHAPPELIJKE_RUIMTE)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "woongebouw {0} -> {1}")
    @CsvSource(nullValues = "-", value = {"true, VOLDAAN", "false, NIET_VOLDAAN", "-, NIET_VASTGELEGD"})
    void woongebouw(Boolean woongebouw, Uitkomst verwacht) {
        Zorgvoorwaarden v = new Zorgvoorwaarden(woongebouw, new BigDecimal("130"), BigDecimal.ZERO, null, true, true,
                true, false, null);
        assertThat(uitkomst(v, Voorwaarde.WOONGEBOUW)).isEqualTo(verwacht);
    }

    @Test
    void eenGefaaldeVoorwaardeHoudtDeToeslagEnHetForfaitTegen() {
        // 40 m² vertrek, no outdoor space (-5), no label: rubrieken 1-10 = 35 (+3 flat when zorg), WOZ minimum value
        Testwoning basis = Testwoning.nieuw().pandSoort(null)
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "40.00"));
        Zorgvoorwaarden smalleGang = new Zorgvoorwaarden(true, new BigDecimal("110"), BigDecimal.ZERO, null, true,
                true, true, false, null);
        Resultaat geweigerd = basis.zorgwoning(smalleGang).waardeer("2026-07-01");
        assertThat(geweigerd.zorg().besluit()).isEqualTo(Zorgbeoordeling.Besluit.NIET_TOEGEPAST);
        assertThat(geweigerd.punten(Stelselgroep.BIJ)).isEqualByComparingTo("0");
        assertThat(geweigerd.punten(Stelselgroep.GVR)).as("no flat 3 for a dwelling that is not a zorgwoning")
                .isEqualByComparingTo("0");
        assertThat(geweigerd.rubriek(Stelselgroep.BIJ).orElseThrow().regels().get(0).omschrijving())
                .contains("geen toeslag").contains("smalste gang 110 cm");

        Resultaat toegepast = Testwoning.nieuw().pandSoort(null)
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "40.00"))
                .zorgwoning(ALLES_VOLDAAN).waardeer("2026-07-01");
        assertThat(toegepast.zorg().besluit()).isEqualTo(Zorgbeoordeling.Besluit.TOEGEPAST);
        assertThat(toegepast.punten(Stelselgroep.GVR)).isEqualByComparingTo("3");
        // base 40 - 5 + 3 + WOZ(minimum 85806 over 40 m²: 5.0611 + 8.0043 = 13.0654 -> 13.00) = 51; 35% = 17.85 -> 17.75
        assertThat(toegepast.punten(Stelselgroep.WOZ)).isEqualByComparingTo("13.00");
        assertThat(toegepast.punten(Stelselgroep.BIJ)).isEqualByComparingTo("17.75");
    }

    @Test
    void toeslagZoalsGeclaimdWordtGemeld() {
        Resultaat r = Testwoning.nieuw().zorgwoning()
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "40.00")).waardeer("2026-07-01");
        assertThat(r.meldingen()).anyMatch(m -> m.tekst().startsWith("zorgtoeslag toegepast zoals opgegeven"));
        assertThat(r.rubriek(Stelselgroep.BIJ).orElseThrow().regels().get(0).omschrijving())
                .contains("zoals opgegeven");
    }

    @Test
    void complexvoorwaardenVullenDeWoningAan() {
        Zorgvoorwaarden complex = new Zorgvoorwaarden(true, new BigDecimal("125"), BigDecimal.ZERO, null, true, true,
                true, false, null);
        Zorgvoorwaarden woning = new Zorgvoorwaarden(null, new BigDecimal("115"), null, null, null, null, null, null,
                null);
        Zorgvoorwaarden samen = woning.aangevuldMet(complex);
        assertThat(samen.smalsteGangbreedteCm()).isEqualByComparingTo("115");
        assertThat(samen.woongebouw()).isTrue();
        assertThat(samen.alarmComplex()).isTrue();
        assertThat(toets(samen).besluit()).isEqualTo(Zorgbeoordeling.Besluit.NIET_TOEGEPAST);
    }
}
