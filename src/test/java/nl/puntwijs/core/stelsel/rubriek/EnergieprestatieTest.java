package nl.puntwijs.core.stelsel.rubriek;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubriek 4: label table eengezins/meergezins, validity begindatum <= peildatum < einddatum (spec D10),
 * energie-index 2015-2020 by value, simplified labels ignored, bouwjaar fallback, monument, EPV, label E
 * (BB26 §2.4; spec §2.4, §5.3, D10, D12).
 */
class EnergieprestatieTest {

    private static final String PEILDATUM = "2026-07-01";

    private static RubriekResultaat ene(Testwoning woning, String peildatum) {
        return woning.waardeer(peildatum).rubriek(Stelselgroep.ENE).orElseThrow();
    }

    private static BigDecimal punten(Testwoning woning) {
        return ene(woning, PEILDATUM).punten();
    }

    private static nl.puntwijs.core.model.Energieprestatie record(EnergieprestatieSoort soort, String begin,
                                                                   String eind, Energielabel label, String index,
                                                                   Boolean geldigVoorWws) {
        return new nl.puntwijs.core.model.Energieprestatie(soort, true, LocalDate.parse(begin), LocalDate.parse(eind),
                label, index == null ? null : new BigDecimal(index), geldigVoorWws);
    }

    @ParameterizedTest(name = "label {0}: eengezins {1}, meergezins {2}")
    @CsvSource({
            // spec §5.3 (BB26 §2.4.4), label E -4 (D12)
            "A_PLUS_4, 62, 58",
            "A_PLUS_3, 57, 53",
            "A_PLUS_2, 52, 48",
            "A_PLUS, 47, 43",
            "A, 41, 37",
            "B, 34, 30",
            "C, 22, 15",
            "D, 14, 11",
            "E, -4, -4",
            "F, -9, -9",
            "G, -15, -15"
    })
    void labeltabelEengezinsEnMeergezins(Energielabel label, int eengezins, int meergezins) {
        assertThat(punten(Testwoning.nieuw().eengezins().label(label, "2022-01-01"))).isEqualByComparingTo(
                BigDecimal.valueOf(eengezins));
        assertThat(punten(Testwoning.nieuw().label(label, "2022-01-01"))).isEqualByComparingTo(
                BigDecimal.valueOf(meergezins));
    }

    @Test
    void labelGeldigVanafBegindatumTotEinddatum() {
        // begindatum = peildatum: valid (B meergezins 30)
        assertThat(punten(Testwoning.nieuw().energieprestatie(record(EnergieprestatieSoort.NTA8800_LABEL,
                "2026-07-01", "2036-07-01", Energielabel.B, null, null)))).isEqualByComparingTo("30");
        // begindatum the day after the peildatum: not yet valid; no bouwjaar -> 0
        assertThat(punten(Testwoning.nieuw().energieprestatie(record(EnergieprestatieSoort.NTA8800_LABEL,
                "2026-07-02", "2036-07-02", Energielabel.B, null, null)))).isEqualByComparingTo("0");
        // einddatum = peildatum: no longer valid (einddatum exclusive)
        assertThat(punten(Testwoning.nieuw().energieprestatie(record(EnergieprestatieSoort.NTA8800_LABEL,
                "2021-01-01", "2026-07-01", Energielabel.B, null, null)))).isEqualByComparingTo("0");
        // einddatum the day after the peildatum: valid
        assertThat(punten(Testwoning.nieuw().energieprestatie(record(EnergieprestatieSoort.NTA8800_LABEL,
                "2021-01-01", "2026-07-02", Energielabel.B, null, null)))).isEqualByComparingTo("30");
    }

    @Test
    void verlopenLabelValtTerugOpBouwjaar() {
        // label expired on the peildatum; bouwjaar 1995 -> as C -> meergezins 15
        assertThat(punten(Testwoning.nieuw().bouwjaar(1995).energieprestatie(record(
                EnergieprestatieSoort.NTA8800_LABEL, "2016-07-01", "2026-07-01", Energielabel.A, null, null))))
                .isEqualByComparingTo("15");
    }

    @Test
    void nietDefinitiefLabelTeltNiet() {
        var voorlopig = new nl.puntwijs.core.model.Energieprestatie(EnergieprestatieSoort.NTA8800_LABEL, false,
                LocalDate.parse("2022-01-01"), LocalDate.parse("2032-01-01"), Energielabel.A, null, null);
        // bouwjaar 1985 -> D -> 11
        assertThat(punten(Testwoning.nieuw().bouwjaar(1985).energieprestatie(voorlopig))).isEqualByComparingTo("11");
    }

    @Test
    void energieIndexUit2015Tot2020TeltNaarWaarde() {
        // spec §2.4 example: meergezins, EI 1.25 of 04-2018 geldig voor WWS, peildatum 03-2026 -> B -> 30
        // (the recorded letter A is overridden by the index)
        assertThat(ene(Testwoning.nieuw().energieprestatie(record(EnergieprestatieSoort.ENERGIE_INDEX,
                "2018-04-01", "2028-04-01", Energielabel.A, "1.25", true)), "2026-03-01").punten())
                .isEqualByComparingTo("30");
    }

    @ParameterizedTest(name = "EI {0} -> {1}")
    @CsvSource({
            // lower bound exclusive, upper bound inclusive (spec §5.3); meergezins points
            "0.50, 48",  // A++
            "0.60, 48",  // A++ (<= 0.6)
            "0.61, 43",  // A+
            "0.80, 43",
            "0.81, 37",  // A
            "1.20, 37",
            "1.21, 30",  // B
            "1.40, 30",
            "1.41, 15",  // C
            "1.80, 15",
            "1.81, 11",  // D
            "2.10, 11",
            "2.11, -4",  // E
            "2.40, -4",
            "2.41, -9",  // F
            "2.70, -9",
            "2.71, -15"  // G
    })
    void energieIndexGrenzen(String index, int meergezins) {
        assertThat(punten(Testwoning.nieuw().energieprestatie(record(EnergieprestatieSoort.ENERGIE_INDEX,
                "2019-01-01", "2029-01-01", null, index, null)))).isEqualByComparingTo(BigDecimal.valueOf(meergezins));
    }

    @Test
    void energieIndexNietGeldigVoorWwsTeltNiet() {
        // EP-online says "not valid for the WWS": ignored; bouwjaar 1995 -> C -> 15
        assertThat(punten(Testwoning.nieuw().bouwjaar(1995).energieprestatie(record(
                EnergieprestatieSoort.ENERGIE_INDEX, "2019-01-01", "2029-01-01", Energielabel.A, "1.00", false))))
                .isEqualByComparingTo("15");
    }

    @Test
    void vereenvoudigdLabelUit2015Tot2020TeltNiet() {
        // spec §2.4 example: only a 2019 simplified label and bouwjaar 1995 -> C -> 15
        assertThat(punten(Testwoning.nieuw().bouwjaar(1995).energieprestatie(record(
                EnergieprestatieSoort.VOORLOPIG_LABEL, "2019-05-01", "2029-05-01", Energielabel.A, null, null))))
                .isEqualByComparingTo("15");
        // near the window's edges: 2020-12-31 and 2015-01-02 (valid until 2025-01-02) are inside
        assertThat(punten(Testwoning.nieuw().bouwjaar(1995).energieprestatie(record(
                EnergieprestatieSoort.VOORLOPIG_LABEL, "2020-12-31", "2030-12-31", Energielabel.A, null, null))))
                .isEqualByComparingTo("15");
        assertThat(ene(Testwoning.nieuw().bouwjaar(1995).energieprestatie(record(
                EnergieprestatieSoort.VOORLOPIG_LABEL, "2015-01-02", "2025-01-02", Energielabel.A, null, null)),
                "2025-01-01").punten()).isEqualByComparingTo("15");
        // a label of that kind recorded after 2020 counts: A meergezins 37
        assertThat(punten(Testwoning.nieuw().bouwjaar(1995).energieprestatie(record(
                EnergieprestatieSoort.VOORLOPIG_LABEL, "2021-01-01", "2031-01-01", Energielabel.A, null, null))))
                .isEqualByComparingTo("37");
    }

    @ParameterizedTest(name = "bouwjaar {0} -> {1}")
    @CsvSource({
            // spec §5.3 bouwjaar column, meergezins points
            "2026, 37",  // A
            "2002, 37",  // A
            "2001, 30",  // B
            "2000, 30",
            "1999, 15",  // C
            "1992, 15",
            "1991, 11",  // D
            "1984, 11",
            "1983, -4",  // E
            "1979, -4",
            "1978, -9",  // F
            "1977, -9",
            "1976, -15", // G
            "1890, -15"
    })
    void bouwjaarZonderGeldigLabel(int bouwjaar, int meergezins) {
        assertThat(punten(Testwoning.nieuw().bouwjaar(bouwjaar))).isEqualByComparingTo(BigDecimal.valueOf(meergezins));
    }

    @Test
    void geenLabelEnGeenBouwjaarOfGeenPandsoortGeeftNul() {
        assertThat(punten(Testwoning.nieuw())).isEqualByComparingTo("0");
        assertThat(punten(Testwoning.nieuw().pandSoort(null).label(Energielabel.A, "2022-01-01")))
                .isEqualByComparingTo("0");
    }

    @Test
    void monumentTiltNegatievePuntenNaarNul() {
        // spec §2.4 example: municipal monument with label F -> 0
        assertThat(punten(Testwoning.nieuw().monument(Monument.GEMEENTELIJK_MONUMENT)
                .label(Energielabel.F, "2022-01-01"))).isEqualByComparingTo("0");
        // rijksmonument of 1928 without label: bouwjaar -> G -15 -> 0
        assertThat(punten(Testwoning.nieuw().monument(Monument.RIJKSMONUMENT).bouwjaar(1928)))
                .isEqualByComparingTo("0");
        // provinciaal monument, E -4 -> 0
        assertThat(punten(Testwoning.nieuw().monument(Monument.PROVINCIAAL_MONUMENT)
                .label(Energielabel.E, "2022-01-01"))).isEqualByComparingTo("0");
        // positive points are kept: B meergezins 30
        assertThat(punten(Testwoning.nieuw().monument(Monument.GEMEENTELIJK_MONUMENT)
                .label(Energielabel.B, "2022-01-01"))).isEqualByComparingTo("30");
    }

    @Test
    void beschermdGezichtIsGeenMonumentVoorEnergie() {
        // rijksbeschermd stadsgezicht is no monument: F stays -9
        RubriekResultaat r = ene(Testwoning.nieuw().monument(Monument.RIJKSBESCHERMD_STADSGEZICHT)
                .label(Energielabel.F, "2022-01-01"), PEILDATUM);
        assertThat(r.punten()).isEqualByComparingTo("-9");
    }

    @Test
    void monumentCorrectieTeltOpInDeRegels() {
        RubriekResultaat r = ene(Testwoning.nieuw().monument(Monument.GEMEENTELIJK_MONUMENT)
                .label(Energielabel.G, "2022-01-01"), PEILDATUM);
        // -15 + 15 = 0
        assertThat(r.punten()).isEqualByComparingTo("0");
        assertThat(Regels.som(r.regels())).isEqualByComparingTo(r.punten());
    }

    @Test
    void energieprestatievergoedingGeeftVastePunten() {
        // EPV agreed: 32 eengezins, 28 meergezins, whatever the label (BB26 §2.4.6.3)
        assertThat(punten(Testwoning.nieuw().label(Energielabel.A_PLUS_4, "2022-01-01").epv("2024-01-01", null)))
                .isEqualByComparingTo("28");
        assertThat(punten(Testwoning.nieuw().eengezins().label(Energielabel.D, "2022-01-01")
                .epv("2024-01-01", "2030-01-01"))).isEqualByComparingTo("32");
        // EPV that ended on the peildatum: the label counts again (A++++ meergezins 58)
        assertThat(punten(Testwoning.nieuw().label(Energielabel.A_PLUS_4, "2022-01-01")
                .epv("2020-01-01", PEILDATUM))).isEqualByComparingTo("58");
    }

    @Test
    void labelEIsMinVierTenzijDeBhwTabelGekozenWordt() {
        // D12: E = -4 (Uhw art. 10d, BB26) by default; option label-e=min-5 gives the Bhw table's -5
        Testwoning label = Testwoning.nieuw().label(Energielabel.E, "2022-01-01");
        assertThat(punten(label)).isEqualByComparingTo("-4");
        Interpretatie min5 = Interpretatie.standaard().met("label-e=min-5");
        assertThat(label.waardeer(PEILDATUM, min5).punten(Stelselgroep.ENE)).isEqualByComparingTo("-5");
        assertThat(Testwoning.nieuw().eengezins().label(Energielabel.E, "2022-01-01").waardeer(PEILDATUM, min5)
                .punten(Stelselgroep.ENE)).isEqualByComparingTo("-5");
        // also for a bouwjaar that counts as E (1980)
        assertThat(Testwoning.nieuw().bouwjaar(1980).waardeer(PEILDATUM, min5).punten(Stelselgroep.ENE))
                .isEqualByComparingTo("-5");
        // other labels do not change: F stays -9
        assertThat(Testwoning.nieuw().label(Energielabel.F, "2022-01-01").waardeer(PEILDATUM, min5)
                .punten(Stelselgroep.ENE)).isEqualByComparingTo("-9");
    }
}
