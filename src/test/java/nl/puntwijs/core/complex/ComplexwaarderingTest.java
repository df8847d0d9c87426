package nl.puntwijs.core.complex;

import static nl.puntwijs.core.model.Voorziening.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.zorg.Zorgbeoordeling;
import org.junit.jupiter.api.Test;

/**
 * Complexes with a shared ontmoetingsruimte (spec §4.3: 80 m² with a pantry kitchen and a toilet room, shared by
 * 24 dwellings: 101.75 / 24 -> 4.25 per dwelling).
 */
class ComplexwaarderingTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);
    private static final Complexwaardering WAARDERING = new Complexwaardering(Testwoning.STELSEL);
    private static final Zorgvoorwaarden ALLES_VOLDAAN = new Zorgvoorwaarden(true, new BigDecimal("130"),
            BigDecimal.ZERO, null, true, true, true, false, null);

    /**
     * A simple dwelling: a 60 m² vertrek, no outdoor space (-5), no energy data (0), the minimum WOZ value
     * (85806 / 16954 + 85806 / 60 / 268 = 5.0611 + 5.3362 = 10.3973 -> 10.50): 65.50 points without shared rooms.
     */
    private static Eenheid woning(String id, boolean zorg) {
        Testwoning w = Testwoning.nieuw().id(id).pandSoort(null)
                .ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, "60.00"));
        return (zorg ? w.zorgwoning() : w).bouw();
    }

    private static List<Eenheid> woningen(int n, boolean zorg) {
        List<Eenheid> lijst = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lijst.add(woning(String.format("W%02d", i), zorg));
        }
        return lijst;
    }

    private static List<String> ids(List<Eenheid> woningen) {
        return woningen.stream().map(Eenheid::id).toList();
    }

    private static GedeeldeRuimte ontmoetingsruimte(String m2, List<String> woningen) {
        return new GedeeldeRuimte("ontmoeting", "Ontmoetingsruimte", SoortGedeeldeRuimte.ONTMOETINGSRUIMTE, List.of(
                Ruimte.van(RuimteSoort.VERTREK, Detailsoort.RECREATIERUIMTE, m2).id("zaal").verwarmd().aanrecht("2400")
                        .met(KOOKPLAAT_KERAMISCH, AFZUIGINSTALLATIE, KOELKAST, VAATWASMACHINE, EENHANDSMENGKRAAN).bouw(),
                Ruimte.van(RuimteSoort.OVERIGE_RUIMTE, Detailsoort.TOILETRUIMTE, "2.16").id("toilet").naam("Toilet")
                        .met(HANGEND_TOILET, WASTAFEL).bouw()), woningen, null);
    }

    private static Complex complex(List<Eenheid> woningen, MethodeGedeeldeRuimten methode, Zorgvoorwaarden zorg,
                                   GedeeldeRuimte... ruimten) {
        return new Complex("C1", "De Linde", zorg, methode, woningen, List.of(ruimten), null);
    }

    private static ComplexResultaat waardeer(Complex c) {
        return WAARDERING.waardeer(c, PEILDATUM, Interpretatie.standaard());
    }

    @Test
    void ontmoetingsruimteVan80m2Gedeeld24() {
        List<Eenheid> woningen = woningen(24, false);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", ids(woningen))));
        ComplexResultaat.Toedeling t = r.gedeeldeRuimten().get(0);
        assertThat(t.adressen()).isEqualTo(24);
        // 80 + 1.50 + heating 2 + open kitchen 2 + kitchen 11.50 + toilet room 4.75 = 101.75
        assertThat(t.punten().get("GVR")).isEqualByComparingTo("101.75");
        assertThat(t.puntenPerWoning()).isEqualByComparingTo(new BigDecimal("101.75").divide(new BigDecimal("24"),
                Afrondingstest.PRECISIE));
        for (ComplexResultaat.Woning w : r.woningen()) {
            assertThat(w.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("4.25");
            // 65.50 + 4.25 = 69.75 -> 70 points, 437.81; without: 66 points, 412.85
            assertThat(w.resultaat().punten()).isEqualTo(70);
            assertThat(w.puntenUitGedeeldeRuimten()).isEqualByComparingTo("4.25");
            assertThat(w.perRuimte()).singleElement().satisfies(a -> {
                assertThat(a.ruimteId()).isEqualTo("ontmoeting");
                assertThat(a.uitleg()).isEqualTo("101.75 punten / 24 adressen");
            });
            assertThat(w.verschilPunten()).as("not a zorgwoning: both methods measure").isZero();
        }
        // 24 x (437.81 - 412.85) = 24 x 24.96 = 599.04
        assertThat(t.huurPerMaand()).isEqualByComparingTo("599.04");
        assertThat(r.totalen().woningen()).isEqualTo(24);
        assertThat(r.totalen().perSector()).containsEntry(Sector.SOCIAAL, 24);
        assertThat(r.totalen().totaleMaximaleHuur()).isEqualByComparingTo(new BigDecimal("437.81").multiply(new BigDecimal("24")));
        assertThat(r.totalen().puntenUitGedeeldeRuimten()).isEqualByComparingTo("102.00");
    }

    @Test
    void eenGroterOntmoetingsruimteOfMeerWoningenVerandertElkeWoning() {
        List<Eenheid> woningen = woningen(24, false);
        // 100 m²: 121.75 / 24 = 5.0729 -> 5.00
        ComplexResultaat groter = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("100.00", ids(woningen))));
        assertThat(groter.woningen()).allSatisfy(w ->
                assertThat(w.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("5.00"));
        // 30 dwellings: 101.75 / 30 = 3.3917 -> 3.50
        List<Eenheid> dertig = woningen(30, false);
        ComplexResultaat meer = waardeer(complex(dertig, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", ids(dertig))));
        assertThat(meer.woningen()).hasSize(30).allSatisfy(w ->
                assertThat(w.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("3.50"));
    }

    @Test
    void eenWoningZonderGebruiksrecht() {
        List<Eenheid> woningen = woningen(24, false);
        List<String> gekoppeld = ids(woningen).subList(1, 24);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", gekoppeld)));
        // 101.75 / 23 = 4.4239 -> 4.50
        assertThat(r.woningen().get(0).resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("0");
        assertThat(r.woningen().get(0).perRuimte()).isEmpty();
        assertThat(r.woningen().subList(1, 24)).allSatisfy(w ->
                assertThat(w.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("4.50"));
    }

    @Test
    void adressenBuitenHetComplexTellenMeeInDeDeler() {
        List<Eenheid> woningen = woningen(2, false);
        GedeeldeRuimte ruimte = new GedeeldeRuimte("o", "Ontmoetingsruimte", SoortGedeeldeRuimte.ONTMOETINGSRUIMTE,
                ontmoetingsruimte("80.00", List.of()).ruimten(), ids(woningen), 24);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null, ruimte));
        assertThat(r.woningen()).allSatisfy(w ->
                assertThat(w.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("4.25"));
    }

    @Test
    void eenAdresIsGeenGedeeldeRuimte() {
        List<Eenheid> woningen = woningen(2, false);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", List.of("W01"))));
        assertThat(r.woningen().get(0).resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("0");
        assertThat(r.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.fout()).isFalse();
            assertThat(m.toString()).contains("complex 'De Linde'").contains("gedeelde ruimte 'Ontmoetingsruimte'")
                    .contains("maar 1 adres");
        });
        assertThat(r.gedeeldeRuimten().get(0).punten()).isEmpty();
    }

    @Test
    void nulAdressenIsEenDuidelijkeFout() {
        List<Eenheid> woningen = woningen(2, false);
        assertThatThrownBy(() -> waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", List.of()))))
                .isInstanceOf(OngeldigComplexException.class)
                .hasMessageContaining("complex 'De Linde', gedeelde ruimte 'Ontmoetingsruimte', gedeeldeRuimten[0].woningen")
                .hasMessageContaining("geen woningen met gebruiksrecht");
    }

    @Test
    void dubbelOfOnbekendGekoppeldIsEenFout() {
        List<Eenheid> woningen = woningen(2, false);
        assertThatThrownBy(() -> waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", List.of("W01", "W02", "W01")))))
                .hasMessageContaining("gedeeldeRuimten[0].woningen[2]: woning 'W01' is twee keer gekoppeld");
        assertThatThrownBy(() -> waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, null,
                ontmoetingsruimte("80.00", List.of("W01", "W09")))))
                .hasMessageContaining("woning 'W09' bestaat niet in dit complex");
    }

    @Test
    void eenWoningZonderIdIsEenFoutEnGeenCrash() {
        List<Eenheid> woningen = new ArrayList<>(woningen(2, false));
        woningen.add(Testwoning.nieuw().id(null).bouw());
        List<Complexmelding> meldingen = Complexcontrole.controleer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR,
                null, ontmoetingsruimte("80.00", ids(woningen.subList(0, 2)))));
        assertThat(meldingen).singleElement().satisfies(m -> {
            assertThat(m.fout()).isTrue();
            assertThat(m.veld()).isEqualTo("woningen[2].id");
            assertThat(m.tekst()).isEqualTo("woning zonder id");
        });
    }

    @Test
    void zorgcomplexToontBeideMethoden() {
        List<Eenheid> woningen = woningen(24, true);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, ALLES_VOLDAAN,
                ontmoetingsruimte("80.00", ids(woningen))));
        ComplexResultaat.Woning w = r.woningen().get(0);
        assertThat(w.resultaat().zorg().besluit()).isEqualTo(Zorgbeoordeling.Besluit.TOEGEPAST);
        // forfaitair: 60 - 5 + 3 + 10.50 = 68.50; 35% = 23.975 -> 24.00; 92.50 -> 93 points, 589.61
        assertThat(w.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("3");
        assertThat(w.resultaat().punten(Stelselgroep.BIJ)).isEqualByComparingTo("24.00");
        assertThat(w.resultaat().punten()).isEqualTo(93);
        assertThat(w.resultaat().maximaleHuur()).isEqualByComparingTo("589.61");
        // gemeten: 60 - 5 + 4.25 + 10.50 = 69.75; 35% = 24.4125 -> 24.50; 94.25 -> 94 points, 596.45
        assertThat(w.andereMethode().punten(Stelselgroep.GVR)).isEqualByComparingTo("4.25");
        assertThat(w.andereMethode().punten()).isEqualTo(94);
        assertThat(w.verschilPunten()).isEqualTo(1);
        assertThat(w.verschilHuur()).isEqualByComparingTo("6.84");
        assertThat(w.puntenUitZorgtoeslag()).isEqualByComparingTo("24.00");
        assertThat(w.puntenUitGedeeldeRuimten()).as("the flat 3 points are for the shared rooms")
                .isEqualByComparingTo("3");
        assertThat(r.totalen().zorgwoningen()).isEqualTo(24);
        assertThat(r.totalen().zorgwoningenAlleVoorwaarden()).isEqualTo(24);
        // with the flat 3 points the ontmoetingsruimte adds no rent: without it GVR is 3 as well
        assertThat(r.gedeeldeRuimten().get(0).huurPerMaand()).isEqualByComparingTo("0");
        // measured per dwelling it is still 4.2396 points
        assertThat(w.perRuimte().get(0).punten()).isGreaterThan(new BigDecimal("4.23"));
    }

    @Test
    void zorgcomplexGemetenAlsGekozenMethode() {
        List<Eenheid> woningen = woningen(24, true);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.GEMETEN, ALLES_VOLDAAN,
                ontmoetingsruimte("80.00", ids(woningen))));
        ComplexResultaat.Woning w = r.woningen().get(0);
        assertThat(w.resultaat().punten()).isEqualTo(94);
        assertThat(w.verschilPunten()).isEqualTo(-1);
        assertThat(r.methode()).isEqualTo(MethodeGedeeldeRuimten.GEMETEN);
    }

    @Test
    void eenWoningMetEenSmalleGangKrijgtGeenToeslagInEenZorgcomplex() {
        List<Eenheid> woningen = new ArrayList<>(woningen(3, true));
        woningen.set(1, woningen.get(1).metZorgvoorwaarden(new Zorgvoorwaarden(null, new BigDecimal("110"), null,
                null, null, null, null, null, null)));
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, ALLES_VOLDAAN,
                ontmoetingsruimte("80.00", ids(woningen))));
        assertThat(r.woningen().get(0).resultaat().zorg().besluit()).isEqualTo(Zorgbeoordeling.Besluit.TOEGEPAST);
        ComplexResultaat.Woning smal = r.woningen().get(1);
        assertThat(smal.resultaat().zorg().besluit()).isEqualTo(Zorgbeoordeling.Besluit.NIET_TOEGEPAST);
        assertThat(smal.puntenUitZorgtoeslag()).isEqualByComparingTo("0");
        // not a zorgwoning: its shared rooms are measured, 101.75 / 3 = 33.9167 -> 34.00
        assertThat(smal.resultaat().punten(Stelselgroep.GVR)).isEqualByComparingTo("34.00");
        assertThat(r.totalen().zorgwoningen()).isEqualTo(2);
    }

    @Test
    void eenGangInMetersWordtGemeldEnNietGebruikt() {
        List<Eenheid> woningen = woningen(2, true);
        Zorgvoorwaarden inMeters = new Zorgvoorwaarden(true, new BigDecimal("1.2"), BigDecimal.ZERO, null, true, true,
                true, false, null);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, inMeters,
                ontmoetingsruimte("80.00", ids(woningen))));
        assertThat(r.meldingen()).anySatisfy(m -> assertThat(m.toString())
                .contains("zorg.smalsteGangbreedteCm").contains("in meters ingevuld"));
        assertThat(r.woningen().get(0).resultaat().zorg().besluit())
                .as("not silently accepted as 1.2 cm, nor as 120 cm").isEqualTo(Zorgbeoordeling.Besluit.TOEGEPAST_ALS_GECLAIMD);
    }

    @Test
    void tegenstrijdigeVoorwaardenWordenGemeld() {
        List<Eenheid> woningen = woningen(2, true);
        Zorgvoorwaarden tegenstrijdig = new Zorgvoorwaarden(true, new BigDecimal("130"), BigDecimal.ZERO, null, true,
                true, false, false, false);
        ComplexResultaat r = waardeer(complex(woningen, MethodeGedeeldeRuimten.FORFAITAIR, tegenstrijdig,
                ontmoetingsruimte("80.00", ids(woningen))));
        assertThat(r.meldingen()).anySatisfy(m -> assertThat(m.toString()).contains("woning 'W01'")
                .contains("gemeenschappelijkeRuimteInHuurovereenkomst").contains("tegenstrijdig"));
        assertThat(r.meldingen()).anySatisfy(m -> assertThat(m.toString()).contains("zorg.binnendoorBereikbaar"));
    }

    /** Precision for comparing unrounded shares. */
    private static final class Afrondingstest {
        static final java.math.MathContext PRECISIE = java.math.MathContext.DECIMAL64;
    }
}
