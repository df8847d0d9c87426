package nl.puntwijs.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link nl.puntwijs.core.complex.Complexwaardering} values it. Valuing runs on all cores; writing on the caller's
 * thread, inside the caller's transaction or one of its own.
 */
public final class Waardeerder {

    /** Dwellings loaded and valued at a time. */
    static final int PORTIE = 4_000;

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

    public Waardeerder(Portfolio portfolio, Stelsel stelsel, Interpretatie interpretatie) {
        this.portfolio = portfolio;
        this.stelsel = stelsel;
        this.interpretatie = interpretatie;
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
        int gewaardeerd = 0;
        List<String> fouten = new ArrayList<>();
        long[] gedaan = {0};
        for (long complexId : complexen) {
            gewaardeerd += complex(complexId, peildatum, voortgang, totaal, gedaan, fouten);
        }
        return new Uitkomst(gewaardeerd, fouten);
    }

    private int complex(long complexId, LocalDate peildatum, Voortgang voortgang, long totaal, long[] gedaan,
                        List<String> fouten) {
        ResultaatRepository resultaten = portfolio.resultaten();
        record Kop(Complex complex, List<Long> rijen) {
        }
        Kop kop = portfolio.lees(c -> {
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
                        stubs.add(new Eenheid(rs.getString(2), null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, null, null));
                    }
                }
            }
            return new Kop(new Complex(k.id(), k.naam(), k.zorg(), k.methode(), stubs, ruimten, k.ouderenhuisvesting()), rijen);
        });
        Complex complex = kop.complex();
        List<Complexmelding> problemen = Complexcontrole.controleer(complex).stream().filter(Complexmelding::fout).toList();
        if (!problemen.isEmpty()) {
            for (Complexmelding m : problemen) {
                fouten.add(m.toString());
            }
            gedaan[0] += kop.rijen().size();
            voortgang.meld(gedaan[0], totaal);
            return 0;
        }
        Map<String, List<GedeeldeRuimte>> perWoning = new HashMap<>();
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            for (String w : g.woningen()) {
                perWoning.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
            }
        }
        Interpretatie gekozen = complex.methode().in(interpretatie);
        int n = 0;
        for (int i = 0; i < kop.rijen().size(); i += PORTIE) {
            long van = kop.rijen().get(i);
            long tot = kop.rijen().get(Math.min(i + PORTIE, kop.rijen().size()) - 1);
            List<ComplexLezer.GeladenEenheid> portie = portfolio.lees(c -> new ComplexLezer(c).eenheden(complexId, van, tot));
            List<ResultaatRepository.Voorbereid> klaar = portie.parallelStream().map(g -> {
                Eenheid metRuimten = complex.inComplex(g.eenheid(), perWoning.getOrDefault(g.eenheid().id(), List.of()));
                Resultaat r = stelsel.waardeer(metRuimten, peildatum, gekozen);
                return ResultaatRepository.bereidVoor(g.rij(), r, complex.methode());
            }).toList();
            for (ResultaatRepository.Voorbereid v : klaar) {
                resultaten.bewaar(v);
            }
            n += klaar.size();
            gedaan[0] += klaar.size();
            voortgang.meld(gedaan[0], totaal);
        }
        return n;
    }
}
