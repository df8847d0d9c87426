package nl.puntwijs.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.Complexcontrole;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;

/**
 * Values stored complexes and stores the results, in batches of dwellings (a complex of any size fits in memory):
 * each dwelling with the shared spaces it has a use right to and the complex's method, as
 * {@link nl.puntwijs.core.complex.Complexwaardering} values it. Valuing (with the explanation's JSON and its
 * compression) runs on all cores while the caller's thread loads the next portion and stores the previous one:
 * the connection is only used on the caller's thread, inside the caller's transaction or one of its own.
 */
public final class Waardeerder {

    /** Dwellings loaded and valued at a time (up to three portions are in memory: loaded, valued, stored). */
    static final int PORTIE = 2_000;

    /** Progress: {@code gedaan} of {@code totaal} dwellings valued. */
    @FunctionalInterface
    public interface Voortgang {
        void meld(long gedaan, long totaal);

        Voortgang GEEN = (g, t) -> { };
    }

    /**
     * @param gewaardeerd dwellings valued and stored
     * @param fouten      complexes that could not be valued, with the reason (named complex, space and field)
     */
    public record Uitkomst(int gewaardeerd, List<String> fouten) {
    }

    private final Portfolio portfolio;
    private final Stelsel stelsel;
    private final Interpretatie interpretatie;
    private final int portie;

    public Waardeerder(Portfolio portfolio, Stelsel stelsel, Interpretatie interpretatie) {
        this(portfolio, stelsel, interpretatie, PORTIE);
    }

    /** With another portion size (tests). */
    Waardeerder(Portfolio portfolio, Stelsel stelsel, Interpretatie interpretatie, int portie) {
        this.portfolio = portfolio;
        this.stelsel = stelsel;
        this.interpretatie = interpretatie;
        this.portie = portie;
    }

    /** Values every complex, scenarios included, in one transaction. */
    public Uitkomst waardeerAlles(LocalDate peildatum, Voortgang voortgang) {
        return portfolio.inTransactie(c -> {
            List<Long> complexen = new ArrayList<>();
            long totaal;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM complex ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    complexen.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM eenheid"); ResultSet rs = ps.executeQuery()) {
                totaal = rs.next() ? rs.getLong(1) : 0;
            }
            return waardeer(complexen, peildatum, voortgang, totaal);
        });
    }

    /** Values the given complexes in the running (or a new) transaction. */
    public Uitkomst waardeer(List<Long> complexen, LocalDate peildatum, Voortgang voortgang) {
        return portfolio.inTransactie(c -> {
            long totaal = 0;
            for (long id : complexen) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM eenheid WHERE complex_id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        totaal += rs.next() ? rs.getLong(1) : 0;
                    }
                }
            }
            return waardeer(complexen, peildatum, voortgang, totaal);
        });
    }

    private Uitkomst waardeer(List<Long> complexen, LocalDate peildatum, Voortgang voortgang, long totaal) {
        stelsel.tabellenboek().voor(peildatum); // no table set: fail before anything is written
        List<String> fouten = new ArrayList<>();
        long[] gedaan = {0};
        Iterator<Portie> porties = porties(complexen, voortgang, totaal, gedaan, fouten);
        ResultaatRepository resultaten = portfolio.resultaten();
        int gewaardeerd = 0;
        // a pipeline on the caller's thread, which alone uses the connection: while the workers value one portion,
        // it loads the next and stores the one before
        ForkJoinPool werkers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            ForkJoinTask<List<ResultaatRepository.Voorbereid>> bezig = null;
            while (porties.hasNext() || bezig != null) {
                ForkJoinTask<List<ResultaatRepository.Voorbereid>> volgende = null;
                if (porties.hasNext()) {
                    Portie portie = porties.next();
                    List<ComplexLezer.GeladenEenheid> geladen = portfolio.lees(c -> new ComplexLezer(c)
                            .eenheden(portie.kop().complexId(), portie.van(), portie.tot()));
                    List<ResultaatRepository.Voorbereid> klaar = bezig == null ? null : wacht(bezig);
                    volgende = werkers.submit(() -> geladen.parallelStream().map(g -> waardeer(portie.kop(), g, peildatum))
                            .toList());
                    if (klaar != null) {
                        gewaardeerd += bewaar(resultaten, klaar, voortgang, totaal, gedaan);
                    }
                } else {
                    gewaardeerd += bewaar(resultaten, wacht(bezig), voortgang, totaal, gedaan);
                }
                bezig = volgende;
            }
        } finally {
            werkers.shutdownNow();
        }
        return new Uitkomst(gewaardeerd, fouten);
    }

    /** A complex as valued: its fields and shared spaces, who uses which, the interpretation for its method. */
    private record Kop(long complexId, Complex complex, Map<String, List<GedeeldeRuimte>> perWoning,
                       Interpretatie interpretatie) {
    }

    /** Dwellings of a complex with row ids in [van, tot]. */
    private record Portie(Kop kop, long van, long tot) {
    }

    private ResultaatRepository.Voorbereid waardeer(Kop kop, ComplexLezer.GeladenEenheid g, LocalDate peildatum) {
        Eenheid metRuimten = kop.complex().inComplex(g.eenheid(), kop.perWoning().getOrDefault(g.eenheid().id(), List.of()));
        Resultaat r = stelsel.waardeer(metRuimten, peildatum, kop.interpretatie());
        return ResultaatRepository.bereidVoor(g.rij(), r, kop.complex().methode());
    }

    private static int bewaar(ResultaatRepository resultaten, List<ResultaatRepository.Voorbereid> klaar, Voortgang voortgang,
                              long totaal, long[] gedaan) {
        for (ResultaatRepository.Voorbereid v : klaar) {
            resultaten.bewaar(v);
        }
        gedaan[0] += klaar.size();
        voortgang.meld(gedaan[0], totaal);
        return klaar.size();
    }

    /** The outcome of a portion; a failure while valuing is thrown here, on the caller's thread. */
    private static <T> T wacht(ForkJoinTask<T> taak) {
        return taak.join();
    }

    /**
     * The portions of every complex, complex by complex: a complex whose shared spaces do not check out is
     * reported in {@code fouten} (and counted as done) instead.
     */
    private Iterator<Portie> porties(List<Long> complexen, Voortgang voortgang, long totaal, long[] gedaan,
                                    List<String> fouten) {
        return new Iterator<>() {
            private final Iterator<Long> ids = complexen.iterator();
            private final ArrayDeque<Portie> wachtend = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (wachtend.isEmpty() && ids.hasNext()) {
                    vul(ids.next());
                }
                return !wachtend.isEmpty();
            }

            @Override
            public Portie next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return wachtend.poll();
            }

            private void vul(long complexId) {
                record Gelezen(Complex complex, List<Long> rijen) {
                }
                Gelezen gelezen = portfolio.lees(c -> {
                    ComplexLezer lezer = new ComplexLezer(c);
                    Complex k = lezer.kop(complexId);
                    List<GedeeldeRuimte> ruimten = lezer.gedeeldeRuimten(complexId);
                    List<Eenheid> stubs = new ArrayList<>();
                    List<Long> rijen = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement("SELECT id, vera_id FROM eenheid WHERE complex_id = ? ORDER BY id")) {
                        ps.setLong(1, complexId);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rijen.add(rs.getLong(1));
                                stubs.add(new Eenheid(rs.getString(2), null, null, null, null, null, null, null, null, null,
                                        null, null, null, null, null, null, null, null));
                            }
                        }
                    }
                    return new Gelezen(new Complex(k.id(), k.naam(), k.zorg(), k.methode(), stubs, ruimten,
                            k.ouderenhuisvesting()), rijen);
                });
                Complex complex = gelezen.complex();
                List<Complexmelding> problemen = Complexcontrole.controleer(complex).stream().filter(Complexmelding::fout).toList();
                if (!problemen.isEmpty()) {
                    for (Complexmelding m : problemen) {
                        fouten.add(m.toString());
                    }
                    gedaan[0] += gelezen.rijen().size();
                    voortgang.meld(gedaan[0], totaal);
                    return;
                }
                Map<String, List<GedeeldeRuimte>> perWoning = new HashMap<>();
                for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
                    for (String w : g.woningen()) {
                        perWoning.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
                    }
                }
                Kop kop = new Kop(complexId, new Complex(complex.id(), complex.naam(), complex.zorg(), complex.methode(),
                        List.of(), complex.gedeeldeRuimten(), complex.ouderenhuisvesting()), perWoning,
                        complex.methode().in(interpretatie));
                List<Long> rijen = gelezen.rijen();
                for (int i = 0; i < rijen.size(); i += portie) {
                    wachtend.add(new Portie(kop, rijen.get(i), rijen.get(Math.min(i + portie, rijen.size()) - 1)));
                }
            }
        };
    }
}
