package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Detailsoort.*;
import static nl.puntwijs.core.model.RuimteSoort.BUITENRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.OVERIGE_RUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERKEERSRUIMTE;
import static nl.puntwijs.core.model.RuimteSoort.VERTREK;
import static org.assertj.core.api.Assertions.assertThat;

import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The opslagen: rijksmonument 35% (lease from 1-7-2024) or +50 points (lease before), gemeentelijk/provinciaal
 * monument 15%, beschermd gezicht 5% only before 1965 and not with a monument, nieuwbouw 10% only in the middle
 * sector (BB26 §2.13; spec §2.13).
 * <p>
 * Dwellings: one living room of A m², no label or bouwjaar (energy 0) unless stated, no outdoor space (-5),
 * minimum WOZ value; total = r0(A - 5 + W(A)) with W(A) = q(85806 / 16954 + 85806 / A / 268):
 * A = 100: W 8.25 -> 103.25 -> 103; A = 158: W 7.00 -> 160; A = 141: 7.3318 -> 7.25 -> 143.25 -> 143;
 * A = 142: 7.25 -> 144.25 -> 144; A = 184: 6.8012 -> 6.75 -> 185.75 -> 186; A = 185: 6.75 -> 186.75 -> 187.
 */
class PrijsopslagMonumentenEnNieuwbouwTest {

    private static final String PEILDATUM = "2026-07-01";

    private static Testwoning kamer(String m2) {
        return Testwoning.nieuw().ruimte(Ruimte.van(VERTREK, WOONKAMER, m2));
    }

    private static RubriekResultaat pmn(Resultaat r) {
        return r.rubriek(Stelselgroep.PMN).orElseThrow();
    }

    @Test
    void geenOpslag() {
        Resultaat r = kamer("100.00").waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(103);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0");
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("0");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("658.24");
    }

    @Test
    void rijksmonumentVanafJuli2024ProcentOpslag() {
        // 103 points -> 658.24; 35%: 230.384 -> 230.38; incl. 888.62
        Resultaat r = kamer("100.00").monument(Monument.RIJKSMONUMENT).huurovereenkomst("2024-07-01")
                .waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(103);
        assertThat(pmn(r).punten()).isEqualByComparingTo("0");
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0.35");
        assertThat(r.maximaleHuur()).isEqualByComparingTo("658.24");
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("230.38");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("888.62");
    }

    @Test
    void rijksmonumentHuurovereenkomstVoorJuli2024VijftigPunten() {
        // lease signed 2024-06-30: +50 points instead: 103.25 + 50 = 153.25 -> 153 -> 1001.50, no percentage
        Resultaat r = kamer("100.00").monument(Monument.RIJKSMONUMENT).huurovereenkomst("2024-06-30")
                .waardeer(PEILDATUM);
        assertThat(pmn(r).punten()).isEqualByComparingTo("50");
        assertThat(Regels.som(pmn(r).regels())).isEqualByComparingTo(pmn(r).punten());
        assertThat(r.punten()).isEqualTo(153);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0");
        assertThat(r.maximaleHuur()).isEqualByComparingTo("1001.50");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("1001.50");
    }

    @Test
    void vijftigPuntenKunnenDeWoningVrijeSectorMaken() {
        // 142 m2: 144.25 + 50 = 194.25 -> 194 -> vrij
        Resultaat r = kamer("142.00").monument(Monument.RIJKSMONUMENT).huurovereenkomst("2020-01-01")
                .waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(194);
        assertThat(r.sector()).isEqualTo(Sector.VRIJ);
    }

    @Test
    void rijksmonumentZonderDatumHuurovereenkomstGebruiktDePeildatum() {
        // no signing date: the peildatum (2026) is assumed -> 35%
        Resultaat r = kamer("100.00").monument(Monument.RIJKSMONUMENT).waardeer(PEILDATUM);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0.35");
        assertThat(r.punten()).isEqualTo(103);
    }

    @Test
    void gemeentelijkMonumentVijftienProcent() {
        // spec §2.13 example: 160 points 2026 -> 1049.57; 15% = 157.4355 -> 157.44; incl. 1207.01
        Resultaat r = kamer("158.00").monument(Monument.GEMEENTELIJK_MONUMENT).waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(160);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0.15");
        assertThat(r.maximaleHuur()).isEqualByComparingTo("1049.57");
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("157.44");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("1207.01");
        assertThat(pmn(r).punten()).isEqualByComparingTo("0");
        assertThat(Regels.som(pmn(r).regels())).isEqualByComparingTo(pmn(r).punten());
    }

    @Test
    void provinciaalMonumentVijftienProcent() {
        Resultaat r = kamer("158.00").monument(Monument.PROVINCIAAL_MONUMENT).waardeer(PEILDATUM);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0.15");
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("157.44");
    }

    @Test
    void beschermdGezichtVijfProcentAlleenVoor1965() {
        // bouwjaar 1964 (energy: G -15, no monument lift): 158 m2: 153 - 15 + 7 = 145 -> 946.61
        // 5%: 47.3305 -> 47.33; incl. 993.94
        Resultaat r = kamer("158.00").monument(Monument.RIJKSBESCHERMD_STADSGEZICHT).bouwjaar(1964)
                .waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(145);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0.05");
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("47.33");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("993.94");
        // rijksbeschermd dorpsgezicht likewise
        assertThat(kamer("158.00").monument(Monument.RIJKSBESCHERMD_DORPSGEZICHT).bouwjaar(1964)
                .waardeer(PEILDATUM).opslagpercentage()).isEqualByComparingTo("0.05");
        // built 1965: no opslag
        assertThat(kamer("158.00").monument(Monument.RIJKSBESCHERMD_STADSGEZICHT).bouwjaar(1965)
                .waardeer(PEILDATUM).opslagpercentage()).isEqualByComparingTo("0");
        // a municipal protected view does not count
        assertThat(kamer("158.00").monument(Monument.GEMEENTELIJK_BESCHERMD_STADSGEZICHT).bouwjaar(1900)
                .waardeer(PEILDATUM).opslagpercentage()).isEqualByComparingTo("0");
    }

    @Test
    void monumentEnBeschermdGezichtSluitenElkaarUit() {
        // municipal monument in a protected view, built 1900: 15%, not 20%
        assertThat(kamer("158.00").monument(Monument.GEMEENTELIJK_MONUMENT)
                .monument(Monument.RIJKSBESCHERMD_STADSGEZICHT).bouwjaar(1900).waardeer(PEILDATUM).opslagpercentage())
                .isEqualByComparingTo("0.15");
    }

    @ParameterizedTest(name = "{0} m2 -> {1} punten: nieuwbouwopslag {2}")
    @CsvSource({
            "141.00, 143, 0",     // sociaal
            "142.00, 144, 0.10",  // midden
            "158.00, 160, 0.10",
            "184.00, 186, 0.10",  // midden
            "185.00, 187, 0"      // vrij
    })
    void nieuwbouwAlleenInDeMiddensector(String m2, int punten, String percentage) {
        Resultaat r = kamer(m2).nieuwbouw("2024-03-01", "2025-11-01").waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(punten);
        assertThat(r.opslagpercentage()).isEqualByComparingTo(percentage);
    }

    @Test
    void nieuwbouwTienProcent() {
        // TC10 kind: 160 points -> 1049.57; 10% = 104.957 -> 104.96; incl. 1154.53
        Resultaat r = kamer("158.00").nieuwbouw("2024-03-01", "2025-11-01").waardeer(PEILDATUM);
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("104.96");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("1154.53");
        assertThat(r.sector()).isEqualTo(Sector.MIDDEN);
    }

    @Test
    void nieuwbouwAlleenBijIngebruiknameNaJuli2024EnBouwstartVoor2028() {
        // first use on 2024-07-01 itself: not after 1 July 2024 -> no opslag; 2024-07-02 -> 10%
        assertThat(kamer("158.00").nieuwbouw("2023-03-01", "2024-07-01").waardeer(PEILDATUM).opslagpercentage())
                .isEqualByComparingTo("0");
        assertThat(kamer("158.00").nieuwbouw("2023-03-01", "2024-07-02").waardeer(PEILDATUM).opslagpercentage())
                .isEqualByComparingTo("0.10");
        // construction started 2027-12-31 (before 2028), first use 2026-06-01: 10%
        assertThat(kamer("158.00").nieuwbouw("2027-12-31", "2026-06-01").waardeer(PEILDATUM).opslagpercentage())
                .isEqualByComparingTo("0.10");
    }

    @Test
    void monumentEnNieuwbouwTellenOp() {
        // municipal monument 15% + nieuwbouw 10% = 25%: 1049.57 x 0.25 = 262.3925 -> 262.39; incl. 1311.96
        Resultaat r = kamer("158.00").monument(Monument.GEMEENTELIJK_MONUMENT).nieuwbouw("2024-03-01", "2025-11-01")
                .waardeer(PEILDATUM);
        assertThat(r.opslagpercentage()).isEqualByComparingTo("0.25");
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("262.39");
        assertThat(r.maximaleHuurInclusiefOpslag()).isEqualByComparingTo("1311.96");
    }

    @Test
    void opslagMaaktDeWoningNietVrijeSector() {
        // 186 points + 10% nieuwbouw: rent 1228.07 + 122.81 > vrijesectorgrens, but the sector follows the
        // points: midden (BB26 §2.13.2)
        Resultaat r = kamer("184.00").nieuwbouw("2024-03-01", "2025-11-01").waardeer(PEILDATUM);
        assertThat(r.punten()).isEqualTo(186);
        assertThat(r.huurprijsopslag()).isEqualByComparingTo("122.81"); // 122.807 -> 122.81
        assertThat(r.sector()).isEqualTo(Sector.MIDDEN);
    }
}
