package nl.puntwijs.io.vera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import org.junit.jupiter.api.Test;

/**
 * Pins how {@link VeraLezer} maps small VERA documents to the model and which errors and warnings it reports,
 * with their paths and texts, whatever the order of the members in the document.
 */
class VeraLezerTest {

    private final VeraLezer lezer = new VeraLezer();

    private VeraLezer.Document document(String json) throws VeraLezer.OngeldigeJson {
        return lezer.lees(json.getBytes(StandardCharsets.UTF_8));
    }

    private GelezenEenheid gelezen(String json) throws VeraLezer.OngeldigeJson {
        VeraLezer.Document doc = document(json);
        assertThat(doc.lijst()).isFalse();
        return doc.eenheden().get(0);
    }

    /** Reads an eenheid that must be valid and without warnings. */
    private Eenheid eenheid(String json) throws VeraLezer.OngeldigeJson {
        GelezenEenheid g = gelezen(json);
        assertThat(teksten(g.fouten())).isEmpty();
        assertThat(teksten(g.waarschuwingen())).isEmpty();
        return g.eenheid();
    }

    /** Reads a document with one room (and monumenten: []) that must be valid and without warnings. */
    private Ruimte ruimte(String ruimte) throws VeraLezer.OngeldigeJson {
        return eenheid("{\"monumenten\": [], \"ruimten\": [" + ruimte + "]}").ruimten().get(0);
    }

    private static List<String> teksten(List<Invoerfout> fouten) {
        return fouten.stream().map(Invoerfout::tekst).toList();
    }

    private String ongeldig(String json) {
        try {
            document(json);
        } catch (VeraLezer.OngeldigeJson e) {
            return e.getMessage();
        }
        throw new AssertionError("geen OngeldigeJson voor " + json);
    }

    @Test
    void ledenMogenInElkeVolgordeStaan() throws Exception {
        Eenheid e = eenheid("""
                {"ruimten": [{"verbondenRuimten": [{"oppervlakte": 0.5, "detailSoort": {"code": "KAS"}}],
                              "bouwkundigeElementen": [{"lengte": 2700, "detailSoort": {"code": "AAN"}}],
                              "installaties": [{"naam": "Inbouw koelkast", "code": "IKO"}],
                              "gedeeldMetAantalAdressen": 1, "verwarmd": true, "oppervlakte": 12.50,
                              "detailSoort": {"naam": "Keuken", "code": "KEU"}, "soort": {"code": "VTK"},
                              "naam": "Keuken", "id": "k1"}],
                 "wozEenheden": [{"vastgesteldeWaarde": 250000, "waardepeildatum": "2025-01-01"}],
                 "energieprestaties": [{"label": {"naam": "A", "code": "A"}, "einddatum": "2034-07-18",
                                        "begindatum": "2024-07-18", "status": {"code": "DEF"}, "soort": {"code": "NTA"}}],
                 "monumenten": [], "panden": [{"soort": {"code": "EGW"}}],
                 "gebruiksoppervlakte": 71, "doelgroep": {"code": "ZOR"}, "bouwjaar": 1981,
                 "id": "e1", "woningwaarderingstelsel": {"code": "ZEL"}}""");
        assertThat(e.id()).isEqualTo("e1");
        assertThat(e.bouwjaar()).isEqualTo(1981);
        assertThat(e.gebruiksoppervlakte()).isEqualTo(71);
        assertThat(e.doelgroep()).isEqualTo(Doelgroep.ZORG);
        assertThat(e.pandSoort()).isEqualTo(PandSoort.EENGEZINS);
        assertThat(e.monumenten()).isEmpty();
        assertThat(e.energieprestaties()).containsExactly(new Energieprestatie(EnergieprestatieSoort.NTA8800_LABEL, true,
                LocalDate.of(2024, 7, 18), LocalDate.of(2034, 7, 18), Energielabel.A, null, null));
        assertThat(e.wozWaarden()).containsExactly(new WozWaarde(LocalDate.of(2025, 1, 1), new BigDecimal("250000"), null));
        assertThat(e.ruimten()).containsExactly(new Ruimte("k1", "Keuken", RuimteSoort.VERTREK, Detailsoort.KEUKEN,
                new BigDecimal("12.50"), null, null, null, true, false, 1, 1, List.of(Voorziening.KOELKAST),
                List.of(new BigDecimal("2700")), false, false, 0, List.of(new BigDecimal("0.5"))));
    }

    @Test
    void eenElementNaastDezelfdeInstallatieIsEenVoorzieningTweeElementenZijnEr2() throws Exception {
        Ruimte badEnInstallatie = ruimte("""
                {"bouwkundigeElementen": [{"detailSoort": {"code": "BAD"}}], "installaties": [{"code": "BAD"}]}""");
        assertThat(badEnInstallatie.voorzieningen()).containsExactly(Voorziening.BAD);

        Ruimte tweeBaden = ruimte("""
                {"bouwkundigeElementen": [{"detailSoort": {"code": "BAD"}}, {"detailSoort": {"code": "BAD"}}]}""");
        assertThat(tweeBaden.voorzieningen()).containsExactly(Voorziening.BAD, Voorziening.BAD);

        Ruimte alles = ruimte("""
                {"bouwkundigeElementen": [{"detailSoort": {"code": "WAS"}}, {"detailSoort": {"code": "FON"}},
                   {"detailSoort": {"code": "DOU"}}, {"detailSoort": {"code": "CLO"}}, {"detailSoort": {"code": "KAS"}},
                   {"detailSoort": {"code": "RAD"}}, {"detailSoort": {"code": "TRA"}}, {"detailSoort": {"code": "VTR"}},
                   {"detailSoort": {"code": "LAA"}}, {"detailSoort": {"code": "LAA"}},
                   {"detailSoort": {"code": "AAN"}, "lengte": "1200.5"}, {"detailSoort": {"code": "AAN"}, "lengte": 800}],
                 "installaties": [{"code": "DOU"}, "HTO"]}""");
        assertThat(alles.voorzieningen()).containsExactly(Voorziening.DOUCHE, Voorziening.HANGEND_TOILET,
                Voorziening.WASTAFEL, Voorziening.WASTAFEL, Voorziening.STAAND_TOILET, Voorziening.KASTRUIMTE);
        assertThat(alles.aanrechten()).containsExactly(new BigDecimal("1200.5"), new BigDecimal("800"));
        assertThat(alles.vasteTrap()).isTrue();
        assertThat(alles.vlizotrap()).isTrue();
        assertThat(alles.laadpalen()).isEqualTo(2);
    }

    @Test
    void elementenKijkenAlleenNaarDeInstallatiesVanDeEigenRuimte() throws Exception {
        Eenheid e = eenheid("""
                {"monumenten": [], "ruimten": [
                   {"id": "a", "installaties": [{"code": "BAD"}]},
                   {"id": "b", "bouwkundigeElementen": [{"detailSoort": {"code": "BAD"}}]}]}""");
        assertThat(e.ruimten().get(0).voorzieningen()).containsExactly(Voorziening.BAD);
        assertThat(e.ruimten().get(1).voorzieningen()).containsExactly(Voorziening.BAD);
    }

    @Test
    void kastenKomenUitVerbondenRuimtenMetDetailsoortKas() throws Exception {
        Ruimte r = ruimte("""
                {"id": "s1", "verbondenRuimten": [
                   {"id": "k1", "detailSoort": {"code": "KAS"}, "oppervlakte": 0.50,
                    "verbondenRuimten": [{"detailSoort": {"code": "KAS"}, "oppervlakte": 9}]},
                   {"id": "w1", "detailSoort": {"code": "WOO"}, "oppervlakte": -20},
                   {"id": "k2", "oppervlakte": "0.75", "detailSoort": {"code": "KAS"}},
                   {"id": "k3", "detailSoort": {"code": "KAS"}},
                   null]}""");
        assertThat(r.kasten()).containsExactly(new BigDecimal("0.50"), new BigDecimal("0.75"));
        assertThat(teksten(gelezen("{\"monumenten\": [], \"ruimten\": [{\"verbondenRuimten\": [\"geen object\"]}]}")
                .waarschuwingen())).containsExactly(
                "ruimten[0].verbondenRuimten[0]: \"geen object\" is geen ruimte (object); genegeerd");
    }

    @Test
    void hetOudeGedeeldMetAantalEenhedenTeltAlleenZonderGedeeldMetAantalAdressen() throws Exception {
        assertThat(ruimte("{\"gedeeldMetAantalEenheden\": 3}").gedeeldMetAdressen()).isEqualTo(3);
        assertThat(ruimte("{\"gedeeldMetAantalEenheden\": 5, \"gedeeldMetAantalAdressen\": 2}").gedeeldMetAdressen())
                .isEqualTo(2);
        assertThat(ruimte("{\"gedeeldMetAantalEenheden\": \"veel\", \"gedeeldMetAantalAdressen\": 2}")
                .gedeeldMetAdressen()).as("the alias is not even read").isEqualTo(2);
        assertThat(ruimte("{\"gedeeldMetAantalAdressen\": null, \"gedeeldMetAantalEenheden\": 4}").gedeeldMetAdressen())
                .isEqualTo(4);

        GelezenEenheid beide = gelezen("""
                {"monumenten": [], "ruimten": [{"gedeeldMetAantalEenheden": -2, "gedeeldMetAantalAdressen": "x"}]}""");
        assertThat(teksten(beide.fouten())).containsExactly(
                "ruimten[0].gedeeldMetAantalAdressen: \"x\" is geen getal",
                "ruimten[0].gedeeldMetAantalEenheden: -2 is negatief");
    }

    @Test
    void datumTijdenTellenMetHunDatumdeel() throws Exception {
        Eenheid e = eenheid("""
                {"monumenten": [], "beginBouwdatum": "2020-01-01T00:00:00+01:00", "inExploitatiedatum": " 2021-02-03 ",
                 "datumAfsluitenHuurovereenkomst": "2024-07-24T00:00:00.000000+01:00",
                 "energieprestaties": [{"begindatum": "2015-03-01T12:00:00Z", "registratiedatum": "gisteren"}],
                 "prijscomponenten": [{"detailSoort": {"code": "EPV"}, "begindatum": "2023-01-01T00:00:00+01:00",
                                       "einddatum": "2033-01-01"}],
                 "wozEenheden": [{"waardepeildatum": "2024-01-01T00:00:00+01:00", "beschikkingsdatum": "2025-02-28"}]}""");
        assertThat(e.beginBouwdatum()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(e.eersteIngebruikname()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(e.datumHuurovereenkomst()).isEqualTo(LocalDate.of(2024, 7, 24));
        assertThat(e.energieprestaties().get(0).begindatum()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(e.energieprestatievergoedingen()).containsExactly(
                new Energieprestatievergoeding(LocalDate.of(2023, 1, 1), LocalDate.of(2033, 1, 1)));
        assertThat(e.wozWaarden()).containsExactly(
                new WozWaarde(LocalDate.of(2024, 1, 1), null, LocalDate.of(2025, 2, 28)));
    }

    @Test
    void getallenMogenAlsTekstEnBlijvenExact() throws Exception {
        Eenheid e = eenheid("""
                {"monumenten": [], "bouwjaar": "1990", "gebruiksoppervlakte": 70.0, "id": 12,
                 "energieprestaties": [{"waarde": "0.33"}],
                 "wozEenheden": [{"waardepeildatum": "2025-01-01", "vastgesteldeWaarde": "250000.00"}],
                 "ruimten": [{"id": 7.50, "oppervlakte": " 20.5 ", "lengte": 1e1, "aantal": "24",
                              "gedeeldMetAantalAdressen": 2.0}]}""");
        assertThat(e.id()).isEqualTo("12");
        assertThat(e.bouwjaar()).isEqualTo(1990);
        assertThat(e.gebruiksoppervlakte()).isEqualTo(70);
        assertThat(e.energieprestaties().get(0).waarde()).isEqualTo(new BigDecimal("0.33"));
        assertThat(e.wozWaarden().get(0).vastgesteldeWaarde()).isEqualTo(new BigDecimal("250000.00"));
        Ruimte r = e.ruimten().get(0);
        assertThat(r.id()).isEqualTo("7.50");
        assertThat(r.oppervlakte()).isEqualTo(new BigDecimal("20.5"));
        assertThat(r.lengte()).isEqualTo(new BigDecimal("1E+1"));
        assertThat(r.aantal()).isEqualTo(24);
        assertThat(r.gedeeldMetAdressen()).isEqualTo(2);
    }

    @Test
    void onbekendeLedenEnGeneNesteObjectenEnLijstenWordenOvergeslagen() throws Exception {
        Eenheid e = eenheid("""
                {"gebouw": {"a": [1, {"b": [null, true, {"c": {}}]}, []], "id": "niet deze"},
                 "Woningwaarderingstelsel": {"code": "ONZ"}, "klimaatbeheersing": [{"code": "IND"}],
                 "woningwaarderingstelsel": {"code": "ZEL", "naam": {"x": [1, 2]}},
                 "id": "e1", "monumenten": [{"code": "RIJ", "extra": [{}]}, "GEM"], "renovatie": {"datum": "nooit"},
                 "adres": {"straatnaam": " Coolsingel ", "huisnummer": 40, "huisnummerToevoeging": "",
                           "woonplaats": {"naam": "ROTTERDAM", "code": "3594", "x": [1]}, "y": 2},
                 "ruimten": [{"id": "r1", "bouwlaag": {"nummer": "01"}, "afsluitbaar": false, "inhoud": "veel",
                              "installaties": [{"code": "WAS", "naam": "Wastafel", "z": {"q": [[]]}}],
                              "bouwkundigeElementen": [{"detailSoort": {"code": "DOU"}, "extraAttributen": {"ifcSoort": "x",
                                 "lijst": [{"a": 1}, [2, 3]]}, "lengte": "onbekend", "id": "el1"}]}]}""");
        assertThat(e.id()).isEqualTo("e1");
        assertThat(e.monumenten()).isEqualTo(Set.of(Monument.RIJKSMONUMENT, Monument.GEMEENTELIJK_MONUMENT));
        assertThat(e.adres()).isEqualTo(new Adres("Coolsingel", "40", null, null, "ROTTERDAM", "3594"));
        assertThat(e.ruimten().get(0).voorzieningen()).containsExactly(Voorziening.WASTAFEL, Voorziening.DOUCHE);
    }

    @Test
    void eenRepeterendLidIsOngeldigeJson() {
        // a member given twice is refused, not silently "the last one wins"
        assertThat(ongeldig("{\"bouwjaar\": -5, \"monumenten\": [], \"bouwjaar\": 1990}"))
                .startsWith("geen geldige JSON: Duplicate field 'bouwjaar'");
        assertThat(ongeldig("{\"ruimten\": [{\"id\": \"r2\", \"oppervlakte\": 10, \"oppervlakte\": 11}]}"))
                .startsWith("geen geldige JSON: Duplicate field 'oppervlakte'");
    }

    @Test
    void foutenNoemenPadEnWaardeInDeVasteVolgordeVanDeLezer() throws Exception {
        GelezenEenheid g = gelezen("""
                {"ruimten": [
                   {"verwarmd": "ja", "oppervlakte": -4.0, "id": true, "soort": "VTK", "detailSoort": {"code": ""}},
                   "badkamer",
                   {"installaties": "BAD", "aantal": 2.5, "hoogte": "1e4", "breedte": 1000.01,
                    "bouwkundigeElementen": [{"detailSoort": {"code": "AAN"}, "lengte": -1}, {"naam": "x"},
                                             {"detailSoort": {"naam": "Aanrecht"}}, {"detailSoort": {"code": "AAN"}}]},
                   {"installaties": [{"code": "XYZ"}, 5, {"code": null}, ""], "soort": {"code": "ABC"},
                    "detailSoort": {"code": "QQQ"}, "verbondenRuimten": [{"detailSoort": {"code": "KAS"}, "oppervlakte": 20000},
                                                                       {"detailSoort": 5}]}],
                 "wozEenheden": [{"vastgesteldeWaarde": 0}, {"waardepeildatum": "2025-02-30", "vastgesteldeWaarde": -3,
                                  "beschikkingsdatum": "nooit"}, "x",
                                 {"waardepeildatum": "2024-01-01", "vastgesteldeWaarde": 2e9, "beschikkingsdatum": 5}],
                 "prijscomponenten": [{"detailSoort": {"code": "HUU"}, "begindatum": "kapot"},
                                      {"detailSoort": {"code": "EPV"}, "einddatum": "2020-1-1"}],
                 "energieprestaties": [5, {"waarde": "-0.5", "label": {"code": "Z", "naam": "Z"}, "soort": {"code": "XX"},
                                           "status": {}, "einddatum": true},
                                       {"waarde": "abc", "label": "A", "begindatum": {"a": 1}}],
                 "monumenten": {"code": "RIJ"},
                 "panden": [{"soort": {"code": "XYZ"}}, {"soort": {"code": "MGW"}}, "EGW"],
                 "adres": ["Coolsingel"],
                 "gebruiksoppervlakte": 1000001, "doelgroep": {"code": "ABC"},
                 "datumAfsluitenHuurovereenkomst": 20240701, "inExploitatiedatum": "2020-13-01",
                 "beginBouwdatum": "", "bouwjaar": 999, "id": {"nummer": 1},
                 "woningwaarderingstelsel": {"code": "ONZ"}}""");
        assertThat(g.isGeldig()).isFalse();
        assertThat(g.eenheid()).isNull();
        assertThat(teksten(g.fouten())).containsExactly(
                "woningwaarderingstelsel.code: ONZ wordt niet ondersteund; alleen ZEL (zelfstandige woonruimte)",
                "bouwjaar: 999 is kleiner dan 1000",
                "beginBouwdatum: \"\" is geen datum (JJJJ-MM-DD)",
                "inExploitatiedatum: \"2020-13-01\" is geen datum (JJJJ-MM-DD)",
                "datumAfsluitenHuurovereenkomst: 20240701 is geen datum (JJJJ-MM-DD)",
                "gebruiksoppervlakte: 1000001 is onwaarschijnlijk groot (meer dan 1000000)",
                "monumenten: {\"code\":\"RIJ\"} is geen lijst",
                "energieprestaties[0]: 5 is geen object",
                "energieprestaties[1].waarde: -0.5 is negatief",
                "energieprestaties[1].einddatum: true is geen datum (JJJJ-MM-DD)",
                "energieprestaties[2].begindatum: {\"a\":1} is geen datum (JJJJ-MM-DD)",
                "prijscomponenten[1].einddatum: \"2020-1-1\" is geen datum (JJJJ-MM-DD)",
                "wozEenheden[0].vastgesteldeWaarde: 0 is kleiner dan 1",
                "wozEenheden[1].waardepeildatum: \"2025-02-30\" is geen datum (JJJJ-MM-DD)",
                "wozEenheden[1].vastgesteldeWaarde: -3 is negatief",
                "wozEenheden[3].vastgesteldeWaarde: 2000000000 is onwaarschijnlijk groot (meer dan 1000000000)",
                "wozEenheden[3].beschikkingsdatum: 5 is geen datum (JJJJ-MM-DD)",
                "ruimten[0].oppervlakte: -4.0 is negatief",
                "ruimten[0].verwarmd: \"ja\" is geen true of false",
                "ruimten[1]: \"badkamer\" is geen ruimte (object)",
                "ruimten[2].breedte: 1000.01 is onwaarschijnlijk groot (meer dan 1000)",
                "ruimten[2].hoogte: 10000 is onwaarschijnlijk groot (meer dan 1000)",
                "ruimten[2].aantal: 2.5 is geen geheel getal",
                "ruimten[2].installaties: \"BAD\" is geen lijst",
                "ruimten[2].bouwkundigeElementen[0].lengte: -1 is negatief",
                "ruimten[3].verbondenRuimten[0].oppervlakte: 20000 is onwaarschijnlijk groot (meer dan 10000)");
        assertThat(teksten(g.waarschuwingen())).containsExactly(
                "id: {\"nummer\":1} is geen tekst; genegeerd",
                "doelgroep.code: ABC is een onbekende doelgroep; genegeerd",
                "adres: [\"Coolsingel\"] is geen object; genegeerd",
                "panden[0].soort.code: XYZ is geen pandsoort EGW of MGW; genegeerd",
                "panden[2]: \"EGW\" is geen pand (object); genegeerd",
                "energieprestaties[1].soort.code: XX is geen soort energieprestatie die meetelt; record genegeerd",
                "energieprestaties[1].label: {\"code\":\"Z\",\"naam\":\"Z\"} is geen bekend energielabel; record genegeerd",
                "energieprestaties[1].status.code: ontbreekt of is leeg; genegeerd",
                "energieprestaties[2].label: \"A\" is geen referentiedata-object {code, naam}; record genegeerd",
                "energieprestaties[2].waarde: \"abc\" is geen getal; energie-index genegeerd",
                "wozEenheden[0].waardepeildatum: ontbreekt; WOZ-waarde genegeerd",
                "wozEenheden[1].waardepeildatum: ontbreekt; WOZ-waarde genegeerd",
                "wozEenheden[2].waardepeildatum: ontbreekt; WOZ-waarde genegeerd",
                "ruimten[0].id: true is geen tekst; genegeerd",
                "ruimten[0].soort: \"VTK\" is geen referentiedata-object {code, naam}; genegeerd",
                "ruimten[0].detailSoort.code: \"\" ontbreekt of is leeg; genegeerd",
                "ruimten[2].bouwkundigeElementen[0].lengte: ontbreekt; aanrecht genegeerd",
                "ruimten[2].bouwkundigeElementen[1].detailSoort: ontbreekt; element genegeerd",
                "ruimten[2].bouwkundigeElementen[2].detailSoort.code: ontbreekt of is leeg; genegeerd",
                "ruimten[2].bouwkundigeElementen[2].detailSoort: ontbreekt; element genegeerd",
                "ruimten[2].bouwkundigeElementen[3].lengte: ontbreekt; aanrecht genegeerd",
                "ruimten[3].soort.code: ABC is een onbekende ruimtesoort; ruimte niet ingedeeld",
                "ruimten[3].detailSoort.code: QQQ is een onbekende ruimtedetailsoort; ruimte niet gewaardeerd",
                "ruimten[3].installaties[0].code: XYZ is een onbekende installatie; genegeerd",
                "ruimten[3].installaties[1]: 5 is geen referentiedata-object {code, naam}; genegeerd",
                "ruimten[3].installaties[2].code: null ontbreekt of is leeg; genegeerd",
                "ruimten[3].installaties[3].code:  is een onbekende installatie; genegeerd",
                "ruimten[3].verbondenRuimten[1].detailSoort: 5 is geen referentiedata-object {code, naam}; genegeerd");
    }

    @Test
    void waarschuwingenLatenDeEenheidGeldig() throws Exception {
        GelezenEenheid g = gelezen("""
                {"monumenten": [{"code": "ABC"}, "XYZ", null, {"naam": "Rijksmonument"}],
                 "energieprestaties": [{"label": {"naam": "c"}, "geldigVoorWws": false},
                                       {"label": {"code": "AP3"}, "geldigVoorWws": "ja"}]}""");
        assertThat(teksten(g.fouten())).isEmpty();
        assertThat(teksten(g.waarschuwingen())).containsExactly(
                "monumenten[0].code: ABC is een onbekende monumentstatus; genegeerd",
                "monumenten[1].code: XYZ is een onbekende monumentstatus; genegeerd",
                "monumenten[3].code: ontbreekt of is leeg; genegeerd");
        assertThat(g.eenheid().monumenten()).isEmpty();
        assertThat(g.eenheid().energieprestaties()).extracting(Energieprestatie::label, Energieprestatie::geldigVoorWws)
                .containsExactly(tuple(Energielabel.C, false),
                        tuple(Energielabel.A_PLUS_3, null));
    }

    @Test
    void zonderMonumentenWordtGeenMonumentAangenomen() throws Exception {
        for (String json : List.of("{}", "{\"monumenten\": null}")) {
            GelezenEenheid g = gelezen(json);
            assertThat(teksten(g.waarschuwingen())).containsExactly("monumenten: ontbreekt; geen monument aangenomen");
            assertThat(g.eenheid().monumenten()).isEmpty();
            assertThat(g.eenheid().adres()).isNull();
            assertThat(g.eenheid().ruimten()).isEmpty();
        }
    }

    @Test
    void eenPandMetMeergezinswoningWintVanEengezins() throws Exception {
        assertThat(eenheid("{\"monumenten\": [], \"panden\": [{\"soort\": {\"code\": \"EGW\"}}, {\"soort\": {\"code\": \"MGW\"}},"
                + " {\"soort\": {\"code\": \"EGW\"}}]}").pandSoort()).isEqualTo(PandSoort.MEERGEZINS);
    }

    @Test
    void eenLijstGeeftPerElementEenGelezenEenheidOokMetEenFoutInHetMidden() throws Exception {
        VeraLezer.Document doc = document("""
                [{"id": "a", "monumenten": []},
                 "x",
                 {"id": "c", "monumenten": [], "ruimten": [{"id": "r1", "oppervlakte": -4.0}]},
                 null,
                 [1, {"b": 2}],
                 {"id": "f"}]""");
        assertThat(doc.lijst()).isTrue();
        List<GelezenEenheid> g = doc.eenheden();
        assertThat(g).hasSize(6);
        assertThat(g.get(0).eenheid().id()).isEqualTo("a");
        assertThat(teksten(g.get(1).fouten())).containsExactly("[1].: \"x\" is geen eenheid (object)");
        assertThat(teksten(g.get(2).fouten())).containsExactly("[2].ruimten[0].oppervlakte: -4.0 is negatief");
        assertThat(teksten(g.get(3).fouten())).containsExactly("[3].: null is geen eenheid (object)");
        assertThat(teksten(g.get(4).fouten())).containsExactly("[4].: [1,{\"b\":2}] is geen eenheid (object)");
        assertThat(g.get(5).eenheid().id()).isEqualTo("f");
        assertThat(teksten(g.get(5).waarschuwingen())).containsExactly("[5].monumenten: ontbreekt; geen monument aangenomen");
        assertThat(g).extracting(GelezenEenheid::isGeldig).containsExactly(true, false, false, false, false, true);
        assertThat(document("[]").eenheden()).isEmpty();
    }

    @Test
    void kapotteJsonWaarDanOokGeeftOngeldigeJsonMetRegelEnKolom() {
        assertThat(ongeldig("{\"id\": \"a\",\n \"ruimten\": [}")).isEqualTo(
                "geen geldige JSON: Unexpected close marker '}': expected ']' (for Array starting at [Source: REDACTED "
                        + "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 2, column: 13]) (regel 2, kolom 14)");
        assertThat(ongeldig("[{\"id\": \"a\"}, {\"id\": }]")).isEqualTo(
                "geen geldige JSON: Unexpected character ('}' (code 125)): expected a value (regel 1, kolom 22)");
        assertThat(ongeldig("{\"gebouw\": {\"x\": [\"abc\\q\"]}, \"id\": \"a\"}")).isEqualTo(
                "geen geldige JSON: Unrecognized character escape 'q' (code 113) (regel 1, kolom 24)");
        assertThat(ongeldig("{\"monumenten\": [], \"onbekend\": \"abc")).startsWith(
                "geen geldige JSON: Unexpected end-of-input in VALUE_STRING").endsWith("(regel 1, kolom 36)");
        assertThat(ongeldig("\"abc")).startsWith("geen geldige JSON: Unexpected end-of-input");
        assertThat(ongeldig("{\"id\": tru}")).startsWith("geen geldige JSON: Unrecognized token 'tru'");
        assertThat(ongeldig("")).isEqualTo("leeg bestand");
        assertThat(ongeldig(" \n ")).isEqualTo("leeg bestand");
        assertThat(ongeldig("\"abc\"")).isEqualTo("verwacht een eenheid (object) of een lijst van eenheden, niet tekst");
        assertThat(ongeldig("42")).isEqualTo("verwacht een eenheid (object) of een lijst van eenheden, niet een getal");
        assertThat(ongeldig("true")).isEqualTo("verwacht een eenheid (object) of een lijst van eenheden, niet true/false");
        assertThat(ongeldig("null")).isEqualTo("verwacht een eenheid (object) of een lijst van eenheden, niet NULL");
    }

    @Test
    void watNaHetDocumentKomtIsOngeldigeJson() {
        // one eenheid per line, or a stray bracket: not silently the first document only
        assertThat(ongeldig("{\"monumenten\": []} en verder {")).startsWith("geen geldige JSON");
        assertThat(ongeldig("{\"id\": \"a\"}\n{\"id\": \"b\"}\n"))
                .startsWith("geen geldige JSON: na het eerste document volgt nog meer (regel 2");
    }
}
