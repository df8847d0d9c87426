package nl.puntwijs.io.tabellen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Energietabel;
import nl.puntwijs.core.tabellen.Grenzen;
import nl.puntwijs.core.tabellen.Huurprijstabel;
import nl.puntwijs.core.tabellen.Tabellen;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.core.tabellen.WozTabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped tables per peildatum (spec wws-zelfstandig §1.2, §1.4, §1.5, §5). */
class TabellenTest {

    private static final Tabellenboek BOEK = TabellenLader.standaard();

    private static Tabellen tabellen(String peildatum) {
        return BOEK.voor(LocalDate.parse(peildatum));
    }

    private static Tabellen t2025() {
        return tabellen("2025-03-01");
    }

    private static Tabellen t2026() {
        return tabellen("2026-07-01");
    }

    @Test
    void tabellenLaden() {
        Tabellenboek boek = TabellenLader.laad();
        assertThat(boek.sets()).extracting(Tabellen::naam).containsExactly("2025-01-01", "2026-01-01");
        assertThat(TabellenLader.standaard()).isSameAs(TabellenLader.standaard());
    }

    @Test
    void peildatumKiestDeSetVanHetKalenderjaar() {
        // spec §1.2 / D1: the 1 January table holds for the whole year
        assertThat(tabellen("2025-03-01").naam()).isEqualTo("2025-01-01");
        assertThat(tabellen("2026-07-01").naam()).isEqualTo("2026-01-01");
        assertThat(tabellen("2025-01-01").naam()).isEqualTo("2025-01-01");
        assertThat(tabellen("2025-07-01").naam()).isEqualTo("2025-01-01");
        assertThat(tabellen("2025-12-31").naam()).isEqualTo("2025-01-01");
        assertThat(tabellen("2026-01-01").naam()).isEqualTo("2026-01-01");
        assertThat(tabellen("2026-12-31").naam()).isEqualTo("2026-01-01");
    }

    @Test
    void peildatumBuitenDeTabellenGeeftEenDuidelijkeFout() {
        for (String peildatum : new String[] {"2024-07-01", "2024-12-31", "2027-01-01", "2027-07-01"}) {
            assertThatThrownBy(() -> BOEK.voor(LocalDate.parse(peildatum)))
                    .isInstanceOf(Tabellenboek.GeenTabellenException.class)
                    .hasMessageContaining(peildatum)
                    .hasMessageContaining("2025-01-01 t/m 2025-12-31")
                    .hasMessageContaining("2026-01-01 t/m 2026-12-31");
        }
    }

    @ParameterizedTest(name = "{0} punten: 2025 {1}, 2026 {2}")
    @CsvSource({
            // spec §5.1
            "0, 241.44, 250.26",     // < 40: amount at 40
            "39, 241.44, 250.26",
            "40, 241.44, 250.26",
            "41, 247.49, 256.53",
            "113, 701.30, 726.95",   // D2: 726.95 (web edition), not 726.90
            "143, 900.07, 932.93",
            "144, 906.63, 939.73",
            "174, 1105.34, 1145.69",
            "186, 1184.82, 1228.07",
            "187, 1191.43, 1234.92",
            "249, 1602.06, 1660.54",
            "250, 1608.68, 1667.40",
            // > 250: rent(250) + (P - 250) x (rent(250) - rent(249)); 2025 step 6.62, 2026 step 6.86
            "251, 1615.30, 1674.26",
            "255, 1641.78, 1701.70", // 1608.68 + 5 x 6.62; 1667.40 + 5 x 6.86 (spec §1.4 example)
            "283, 1827.14, 1893.78"  // 1608.68 + 33 x 6.62; 1667.40 + 33 x 6.86 (TC05)
    })
    void huurprijzen(int punten, String bedrag2025, String bedrag2026) {
        assertThat(t2025().huurprijzen().bedrag(punten)).isEqualByComparingTo(bedrag2025);
        assertThat(t2026().huurprijzen().bedrag(punten)).isEqualByComparingTo(bedrag2026);
    }

    @Test
    void huurprijstabelLoopt40Tot250() {
        Huurprijstabel h = t2026().huurprijzen();
        assertThat(h.minimumPunten()).isEqualTo(40);
        assertThat(h.maximumPunten()).isEqualTo(250);
        assertThat(h.bedragen()).hasSize(211);
    }

    @Test
    void sectorgrenzen() {
        Grenzen g2025 = t2025().grenzen();
        Grenzen g2026 = t2026().grenzen();
        for (Grenzen g : new Grenzen[] {g2025, g2026}) {
            assertThat(g.maximumPuntenSociaal()).isEqualTo(143);
            assertThat(g.maximumPuntenMidden()).isEqualTo(186);
            assertThat(g.wozCapDrempel()).isEqualTo(187);
            assertThat(g.wozCapAandeel()).isEqualByComparingTo("0.33");
            assertThat(g.nieuwbouwMinimumPunten()).isEqualTo(40);
            assertThat(g.nieuwbouwDrempel()).isEqualTo(110);
        }
        // spec §1.5 / §5.2
        assertThat(g2025.socialesectorgrens()).isEqualByComparingTo("900.07");
        assertThat(g2025.vrijesectorgrens()).isEqualByComparingTo("1184.82");
        assertThat(g2026.socialesectorgrens()).isEqualByComparingTo("932.93");
        assertThat(g2026.vrijesectorgrens()).isEqualByComparingTo("1228.07");
        // the sector boundaries 143/144 and 186/187
        assertThat(Stelsel.sector(g2026, 40)).isEqualTo(Sector.SOCIAAL);
        assertThat(Stelsel.sector(g2026, 143)).isEqualTo(Sector.SOCIAAL);
        assertThat(Stelsel.sector(g2026, 144)).isEqualTo(Sector.MIDDEN);
        assertThat(Stelsel.sector(g2026, 186)).isEqualTo(Sector.MIDDEN);
        assertThat(Stelsel.sector(g2026, 187)).isEqualTo(Sector.VRIJ);
        assertThat(Stelsel.sector(g2025, 143)).isEqualTo(Sector.SOCIAAL);
        assertThat(Stelsel.sector(g2025, 144)).isEqualTo(Sector.MIDDEN);
        assertThat(Stelsel.sector(g2025, 186)).isEqualTo(Sector.MIDDEN);
        assertThat(Stelsel.sector(g2025, 187)).isEqualTo(Sector.VRIJ);
    }

    @ParameterizedTest(name = "label {0}: {1} / {2}")
    @CsvSource({
            // spec §5.3; label E -4 (D12)
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
    void energiepunten(Energielabel label, int eengezins, int meergezins) {
        for (Tabellen t : new Tabellen[] {t2025(), t2026()}) {
            assertThat(t.energie().eengezins().get(label)).isEqualTo(eengezins);
            assertThat(t.energie().meergezins().get(label)).isEqualTo(meergezins);
        }
    }

    @Test
    void energieBijzondereWaarden() {
        Energietabel e = t2026().energie();
        assertThat(e.labelEVolgensBhw()).isEqualTo(-5);
        assertThat(e.epvEengezins()).isEqualTo(32);
        assertThat(e.epvMeergezins()).isEqualTo(28);
    }

    @ParameterizedTest(name = "EI {0} -> {1}")
    @CsvSource({
            // lower bound exclusive, upper inclusive (spec §5.3)
            "0.00, A_PLUS_2",
            "0.60, A_PLUS_2",
            "0.61, A_PLUS",
            "0.80, A_PLUS",
            "0.81, A",
            "1.20, A",
            "1.21, B",
            "1.40, B",
            "1.41, C",
            "1.48, C",
            "1.80, C",
            "1.81, D",
            "2.10, D",
            "2.11, E",
            "2.40, E",
            "2.41, F",
            "2.70, F",
            "2.71, G",
            "5.00, G"
    })
    void energieIndex(String index, Energielabel label) {
        assertThat(t2025().energie().labelVoorIndex(new BigDecimal(index))).isEqualTo(label);
        assertThat(t2026().energie().labelVoorIndex(new BigDecimal(index))).isEqualTo(label);
    }

    @ParameterizedTest(name = "bouwjaar {0} -> {1}")
    @CsvSource({
            "2026, A",
            "2002, A",
            "2001, B",
            "2000, B",
            "1999, C",
            "1992, C",
            "1991, D",
            "1984, D",
            "1983, E",
            "1979, E",
            "1978, F",
            "1977, F",
            "1976, G",
            "1850, G"
    })
    void bouwjaar(int jaar, Energielabel label) {
        assertThat(t2025().energie().labelVoorBouwjaar(jaar)).isEqualTo(label);
        assertThat(t2026().energie().labelVoorBouwjaar(jaar)).isEqualTo(label);
    }

    @ParameterizedTest(name = "waardepeildatum {0}: {1} / {2} / {3}")
    @CsvSource({
            // spec §5.4
            "2020-01-01, 11041, 172, 73",
            "2021-01-01, 12090, 189, 80",
            "2022-01-01, 14146, 222, 94",
            "2023-01-01, 14543, 229, 97",
            "2024-01-01, 15329, 242, 103",
            "2025-01-01, 16954, 268, 114",
            "2025-06-30, 16954, 268, 114"  // the latest row on or before the date
    })
    void wozFactoren(String waardepeildatum, String f1, String f2, String f2c) {
        for (Tabellen t : new Tabellen[] {t2025(), t2026()}) {
            WozTabel.Factor f = t.woz().factor(LocalDate.parse(waardepeildatum)).orElseThrow();
            assertThat(f.onderdeel1()).isEqualByComparingTo(f1);
            assertThat(f.onderdeel2()).isEqualByComparingTo(f2);
            assertThat(f.onderdeel2Corop()).isEqualByComparingTo(f2c);
        }
    }

    @Test
    void geenWozFactorVoor2020() {
        assertThat(t2026().woz().factor(LocalDate.parse("2019-01-01"))).isEmpty();
    }

    @Test
    void minimumWozWaardeEnToegestaneWaardepeildata() {
        // spec §5.4: 2026: 85806 (factors of 1-1-2025), values with waardepeildatum 2025 or 2024
        WozTabel w2026 = t2026().woz();
        assertThat(w2026.minimumWaarde()).isEqualByComparingTo("85806");
        assertThat(w2026.minimumWaardepeildatum()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(w2026.waardepeildata()).containsExactlyInAnyOrder(LocalDate.parse("2025-01-01"),
                LocalDate.parse("2024-01-01"));
        assertThat(w2026.taxatieFactor()).isEqualByComparingTo("0.85");
        // 2025: 77582 (factors of 1-1-2024), waardepeildatum 2024 or 2023
        WozTabel w2025 = t2025().woz();
        assertThat(w2025.minimumWaarde()).isEqualByComparingTo("77582");
        assertThat(w2025.minimumWaardepeildatum()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(w2025.waardepeildata()).containsExactlyInAnyOrder(LocalDate.parse("2024-01-01"),
                LocalDate.parse("2023-01-01"));
        assertThat(w2025.taxatieFactor()).isEqualByComparingTo("0.85");
    }

    @Test
    void coropKleineNieuwbouw() {
        WozTabel.Corop c = t2026().woz().corop();
        assertThat(c.bouwjaarVan()).isEqualTo(2018);
        assertThat(c.bouwjaarTot()).isEqualTo(2022);
        assertThat(c.maximumOppervlakte()).isEqualTo(40);
        assertThat(c.omvat("Amsterdam", null)).isTrue();
        assertThat(c.omvat("amsterdam", null)).isTrue();
        assertThat(c.omvat("Utrechtse Heuvelrug", null)).isTrue();
        assertThat(c.omvat("Zeist", null)).isTrue();
        assertThat(c.omvat(null, "3594")).isTrue();
        assertThat(c.omvat(null, "3295")).isTrue();
        assertThat(c.omvat("Rotterdam", "0599")).isFalse();
        assertThat(c.omvat(null, null)).isFalse();
    }
}
