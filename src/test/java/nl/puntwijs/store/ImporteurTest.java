package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.io.vera.VeraEenheidSchrijver;
import nl.puntwijs.io.vera.VeraSchrijver;
import nl.puntwijs.store.invoer.Importeur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports larger than one portion of the streaming writes: a re-import compares, updates and audits dwelling by
 * dwelling across portions, keeps what it does not name, and dwellings move between complexes.
 */
class ImporteurTest {

    private static final LocalDate ANDERE_PEILDATUM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path tmp;

    private static List<Eenheid> eenheden(int aantal) {
        List<Eenheid> basis = new ArrayList<>();
        for (String v : Voorbeelden.VECTOREN) {
            basis.add(Voorbeelden.eenheid(v));
        }
        Random r = new Random(11);
        List<Eenheid> uit = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            uit.add(SynthetischePortefeuille.variant(basis.get(i % basis.size()), i, r, Energielabel.values()));
        }
        return uit;
    }

    private static Eenheid metBouwjaar(Eenheid e, int bouwjaar) {
        return new Eenheid(e.id(), e.adres(), bouwjaar, e.beginBouwdatum(), e.eersteIngebruikname(),
                e.datumHuurovereenkomst(), e.pandSoort(), e.monumenten(), e.doelgroep(), e.gebruiksoppervlakte(),
                e.energieprestaties(), e.energieprestatievergoedingen(), e.wozWaarden(), e.taxatiewaarde(), e.ruimten(),
                e.gehandicaptenvoorzieningen(), e.zorgvoorwaarden(), e.huur());
    }

    /** VERA arrays of at most 700 eenheden per file, in a fresh folder. */
    private Path vera(String naam, List<Eenheid> eenheden) throws Exception {
        Path map = tmp.resolve(naam);
        Files.createDirectories(map);
        VeraEenheidSchrijver schrijver = new VeraEenheidSchrijver();
        for (int begin = 0; begin < eenheden.size(); begin += 700) {
            try (OutputStream uit = Files.newOutputStream(map.resolve(String.format("deel-%03d.json", begin / 700)));
                 JsonGenerator g = new VeraSchrijver().generator(uit, false)) {
                g.writeStartArray();
                for (Eenheid e : eenheden.subList(begin, Math.min(eenheden.size(), begin + 700))) {
                    schrijver.schrijf(e, g);
                }
                g.writeEndArray();
            }
        }
        return map;
    }

    private static Importeur.Rapport importeer(Portfolio p, Path map) {
        return new Importeur(p, PortfolioTest.STELSEL).importeer(Importeur.verzamel(List.of(map), new ArrayList<>()),
                new Importeur.Opties("Groot", false, Voorbeelden.PEILDATUM), Importeur.Voortgang.GEEN);
    }

    @Test
    void eenGroteHerimportWerktPerPortieBijMetAuditspoorEnHoudtWatHijNietNoemt() throws Exception {
        int aantal = Waardeerder.PORTIE + 300;
        List<Eenheid> eerst = eenheden(aantal);
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            Importeur.Rapport r = importeer(p, vera("eerst", eerst));
            assertThat(r.opgeslagen()).isTrue();
            assertThat(r.gewaardeerd()).isEqualTo(aantal);
            long id = p.repository().complex("Groot").orElseThrow().id();
            assertThat(p.repository().laad(id).woningen()).isEqualTo(eerst);
            new Waardeerder(p, PortfolioTest.STELSEL, Interpretatie.standaard()).waardeerAlles(ANDERE_PEILDATUM,
                    Waardeerder.Voortgang.GEEN);

            // the same again: nothing changes, and the results at the other peildatum stay
            Importeur.Rapport zelfde = importeer(p, vera("zelfde", eerst));
            assertThat(zelfde.complexen()).singleElement().satisfies(c -> {
                assertThat(c.ongewijzigd()).isEqualTo(aantal);
                assertThat(c.nieuw() + c.bijgewerkt()).isZero();
            });
            assertThat(p.resultaten().resultaat(eerst.get(7).id(), ANDERE_PEILDATUM)).isPresent();

            // two changes in different portions, ten dwellings not named (they stay), fifty new ones
            List<Eenheid> daarna = new ArrayList<>(eerst);
            daarna.set(5, metBouwjaar(eerst.get(5), 1911));
            daarna.set(aantal - 3, metBouwjaar(eerst.get(aantal - 3), 1922));
            List<Eenheid> nieuw = eenheden(aantal + 50).subList(aantal, aantal + 50);
            List<Eenheid> invoer = new ArrayList<>(daarna.subList(0, 10));
            invoer.addAll(daarna.subList(20, aantal));
            invoer.addAll(nieuw);
            Importeur.Rapport bij = importeer(p, vera("daarna", invoer));
            assertThat(bij.complexen()).singleElement().satisfies(c -> {
                assertThat(c.nieuw()).isEqualTo(50);
                assertThat(c.bijgewerkt()).isEqualTo(2);
                assertThat(c.ongewijzigd()).isEqualTo(aantal - 2);
                assertThat(c.woningen()).isEqualTo(aantal + 50);
            });
            assertThat(bij.gewaardeerd()).isEqualTo(aantal + 50);
            List<Eenheid> verwacht = new ArrayList<>(daarna);
            verwacht.addAll(nieuw);
            assertThat(p.repository().laad(id).woningen()).isEqualTo(verwacht);
            assertThat(p.repository().wijzigingen(id)).filteredOn(w -> w.veld().equals("bouwjaar"))
                    .extracting(PortfolioRepository.Wijziging::entiteit, PortfolioRepository.Wijziging::nieuw)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("eenheid " + eerst.get(5).id(), "1911"),
                            org.assertj.core.groups.Tuple.tuple("eenheid " + eerst.get(aantal - 3).id(), "1922"));
            // a changed complex keeps results at the import's peildatum only, for every dwelling, as stored
            assertThat(p.resultaten().peildata()).containsExactly(Voorbeelden.PEILDATUM);
            assertThat(p.resultaten().overzicht()).hasSize(aantal + 50).allSatisfy(o -> assertThat(o.punten()).isNotNull());
            for (Eenheid e : List.of(verwacht.get(5), verwacht.get(12), verwacht.get(aantal - 3), verwacht.get(aantal + 49))) {
                assertThat(p.resultaten().resultaat(e.id(), Voorbeelden.PEILDATUM).orElseThrow().punten()).as(e.id())
                        .isEqualTo(PortfolioTest.STELSEL.waardeer(e, Voorbeelden.PEILDATUM, Interpretatie.standaard()).punten());
            }
        }
    }

    private static String eenheid(String id, String cluster) {
        return ("""
                {"id": "%s", "clusters": [{"code": "%s"}], "monumenten": [],
                 "adres": {"straatnaam": "Lindelaan", "huisnummer": "1", "postcode": "1234AB", "woonplaats": {"naam": "Utrecht"}},
                 "ruimten": [{"id": "kamer", "soort": {"code": "VTK"}, "detailSoort": {"code": "WOO"}, "oppervlakte": 30,
                  "verwarmd": true}]}""").formatted(id, cluster);
    }

    @Test
    void eenEenheidVerhuistNaarHetComplexDatDeInvoerNoemt() throws Exception {
        Path eerst = tmp.resolve("eerst.json");
        Files.writeString(eerst, "[" + eenheid("E1", "A") + "," + eenheid("E2", "A") + "," + eenheid("E3", "A") + ","
                + eenheid("E4", "B") + "]");
        Path daarna = tmp.resolve("daarna.json");
        Files.writeString(daarna, "[" + eenheid("E3", "B") + "]");
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            assertThat(importeer(p, eerst).opgeslagen()).isTrue();
            Importeur.Rapport r = importeer(p, daarna);
            assertThat(r.opgeslagen()).isTrue();
            assertThat(r.complexen()).singleElement().satisfies(c -> {
                assertThat(c.sleutel()).isEqualTo("B");
                assertThat(c.nieuw()).isEqualTo(1);
            });
            PortfolioRepository repo = p.repository();
            long a = repo.complex("A").orElseThrow().id();
            long b = repo.complex("B").orElseThrow().id();
            assertThat(repo.laad(a).woningen()).extracting(Eenheid::id).containsExactly("E1", "E2");
            assertThat(repo.laad(b).woningen()).extracting(Eenheid::id).containsExactly("E4", "E3");
            assertThat(repo.wijzigingen(a)).filteredOn(w -> w.entiteit().equals("eenheid E3")).last()
                    .satisfies(w -> {
                        assertThat(w.veld()).isEqualTo("(verwijderd)");
                        assertThat(w.reden()).endsWith("(verplaatst naar een ander complex)");
                    });
            assertThat(p.resultaten().resultaat("E3", Voorbeelden.PEILDATUM)).isPresent();
        }
    }
}
