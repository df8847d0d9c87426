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
        List<String> fouten = new ArrayList<>();
        try (Stroom stroom = stroom(peildatum, voortgang, totaal)) {
            Iterator<Portie> porties = porties(complexen, stroom, fouten);
            while (porties.hasNext()) {
                Portie portie = porties.next();
                stroom.portie(portie.kop(), portfolio.lees(c -> new ComplexLezer(c).eenheden(portie.kop().complexId(),
                        portie.van(), portie.tot())));
            }
            stroom.klaar();
            return new Uitkomst(stroom.gewaardeerd(), fouten);
        }
    }

    /**
     * Values dwellings as they are stored or loaded, portion by portion, and stores their results at one
     * peildatum: the workers value a portion while the caller's thread (the only one to use the connection)
     * prepares the next one; the results of a portion are stored when the next is handed over, the last ones by
     * {@link #klaar()}. Used inside one transaction; close it (also after a failure) to stop the workers.
     */
    public final class Stroom implements AutoCloseable {

        private final LocalDate peildatum;
        private final Voortgang voortgang;
        private final long totaal;
        private final ResultaatRepository resultaten = portfolio.resultaten();
        private final ForkJoinPool werkers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        private ForkJoinTask<List<ResultaatRepository.Voorbereid>> bezig;
        private long gedaan;
        private int gewaardeerd;
        private Kop kop;

        private Stroom(LocalDate peildatum, Voortgang voortgang, long totaal) {
            this.peildatum = peildatum;
            this.voortgang = voortgang;
            this.totaal = totaal;
        }

        LocalDate peildatum() {
            return peildatum;
        }

        /** The complex whose dwellings follow, with its fields and shared spaces (its dwellings are not read). */
        void complex(long complexId, Complex complex) {
            kop = Waardeerder.this.kop(complexId, complex);
        }

        /** Dwellings of the current complex, with their rows: valued on the workers, stored later. */
        void portie(List<ComplexLezer.GeladenEenheid> eenheden) {
            portie(kop, eenheden);
        }

        private void portie(Kop k, List<ComplexLezer.GeladenEenheid> eenheden) {
            ForkJoinTask<List<ResultaatRepository.Voorbereid>> vorige = bezig;
            bezig = werkers.submit(() -> eenheden.parallelStream().map(g -> waardeer(k, g, peildatum)).toList());
            if (vorige != null) {
                bewaar(vorige);
            }
        }

        /** Dwellings that are not valued (their complex has errors): counted as done for the progress. */
        void overgeslagen(int aantal) {
            gedaan += aantal;
            voortgang.meld(gedaan, totaal);
        }

        /** Waits for the last portion and stores its results. */
        public void klaar() {
            if (bezig != null) {
                ForkJoinTask<List<ResultaatRepository.Voorbereid>> laatste = bezig;
                bezig = null;
                bewaar(laatste);
            }
        }

        /** Dwellings valued and stored so far. */
        public int gewaardeerd() {
            return gewaardeerd;
        }

        private void bewaar(ForkJoinTask<List<ResultaatRepository.Voorbereid>> taak) {
            List<ResultaatRepository.Voorbereid> klaar = taak.join(); // a failure while valuing is thrown here
            for (ResultaatRepository.Voorbereid v : klaar) {
                resultaten.bewaar(v);
            }
            gewaardeerd += klaar.size();
            gedaan += klaar.size();
            voortgang.meld(gedaan, totaal);
        }

        @Override
        public void close() {
            werkers.shutdownNow();
        }
    }

    /**
     * A pipeline that values dwellings as they are stored (an import) at a peildatum, in the running transaction.
     *
     * @param totaal the number of dwellings that will be handed over, for the progress
     */
    public Stroom stroom(LocalDate peildatum, Voortgang voortgang, long totaal) {
        stelsel.tabellenboek().voor(peildatum); // no table set: fail before anything is written
        return new Stroom(peildatum, voortgang, totaal);
    }

    /** A complex as valued: its fields and shared spaces, who uses which, the interpretation for its method. */
    private record Kop(long complexId, Complex complex, Map<String, List<GedeeldeRuimte>> perWoning,
                       Interpretatie interpretatie) {
    }

    private Kop kop(long complexId, Complex complex) {
        Map<String, List<GedeeldeRuimte>> perWoning = new HashMap<>();
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            for (String w : g.woningen()) {
                perWoning.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
            }
        }
        return new Kop(complexId, complex.metWoningen(List.of()), perWoning, complex.methode().in(interpretatie));
    }

    /** Dwellings of a complex with row ids in [van, tot]. */
    private record Portie(Kop kop, long van, long tot) {
    }

    private ResultaatRepository.Voorbereid waardeer(Kop kop, ComplexLezer.GeladenEenheid g, LocalDate peildatum) {
        Eenheid metRuimten = kop.complex().inComplex(g.eenheid(), kop.perWoning().getOrDefault(g.eenheid().id(), List.of()));
        Resultaat r = stelsel.waardeer(metRuimten, peildatum, kop.interpretatie());
        return ResultaatRepository.bereidVoor(g.rij(), r, kop.complex().methode());
    }

    /**
     * The portions of every complex, complex by complex: a complex whose shared spaces do not check out is
     * reported in {@code fouten} (and counted as done) instead.
     */
    private Iterator<Portie> porties(List<Long> complexen, Stroom stroom, List<String> fouten) {
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
                    stroom.overgeslagen(gelezen.rijen().size());
                    return;
                }
                Kop kop = kop(complexId, complex);
                List<Long> rijen = gelezen.rijen();
                for (int i = 0; i < rijen.size(); i += portie) {
                    wachtend.add(new Portie(kop, rijen.get(i), rijen.get(Math.min(i + portie, rijen.size()) - 1)));
                }
            }
        };
    }
}
