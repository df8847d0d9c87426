package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.stelsel.Interpretatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valuing stored complexes in portions, with the row ids of complexes interleaved. */
class WaardeerderTest {

    @TempDir
    Path tmp;

    private static List<Eenheid> eenheden(int van, int tot) {
        List<Eenheid> basis = new ArrayList<>();
        for (String v : Voorbeelden.VECTOREN) {
            basis.add(Voorbeelden.eenheid(v));
        }
        Random r = new Random(van);
        List<Eenheid> uit = new ArrayList<>();
        for (int i = van; i < tot; i++) {
            uit.add(SynthetischePortefeuille.variant(basis.get(i % basis.size()), i, r, Energielabel.values()));
        }
        return uit;
    }

    private static Complex complex(String id, List<Eenheid> woningen) {
        return new Complex(id, id, null, null, woningen, List.of(), null);
    }

    @Test
    void verwevenComplexenInMeerderePortiesKrijgenElkHunEigenResultaat() {
        int portie = 40;
        int groot = portie * 3 + portie / 2;
        List<Eenheid> a = eenheden(0, groot);
        List<Eenheid> b = eenheden(groot, groot + 50);
        List<Eenheid> aErbij = eenheden(groot + 50, groot + 150);
        try (Portfolio p = Portfolio.open(tmp.resolve("p.puntwijs"))) {
            PortfolioRepository repo = p.repository();
            long idA = repo.nieuwComplex(complex("A", a), "test").complexId();
            repo.nieuwComplex(complex("B", b), "test");
            // A grows after B was stored: A's new dwellings have row ids after B's, inside A's portions' ranges
            List<Eenheid> heelA = new ArrayList<>(aErbij);
            heelA.addAll(a);
            repo.bewaar(idA, complex("A", heelA), "test");

            Waardeerder.Uitkomst u = new Waardeerder(p, PortfolioTest.STELSEL, Interpretatie.standaard(), portie)
                    .waardeerAlles(Voorbeelden.PEILDATUM, Waardeerder.Voortgang.GEEN);
            assertThat(u.fouten()).isEmpty();
            assertThat(u.gewaardeerd()).isEqualTo(groot + 150);
            List<Eenheid> alle = new ArrayList<>(heelA);
            alle.addAll(b);
            for (Eenheid e : alle) {
                var opgeslagen = p.resultaten().resultaat(e.id(), Voorbeelden.PEILDATUM).orElseThrow();
                var r = PortfolioTest.STELSEL.waardeer(e, Voorbeelden.PEILDATUM, Interpretatie.standaard());
                assertThat(opgeslagen.punten()).as(e.id()).isEqualTo(r.punten());
                assertThat(opgeslagen.maximaleHuur()).as(e.id()).isEqualByComparingTo(r.maximaleHuur());
                assertThat(opgeslagen.uitlegJson()).as(e.id()).contains("\"eenheid\":\"" + e.id() + "\"");
            }
            assertThat(p.resultaten().overzicht()).hasSize(alle.size()).allSatisfy(o -> assertThat(o.punten()).isNotNull());
        }
    }
}
