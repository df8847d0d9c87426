package nl.puntwijs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;

/**
 * Complexes, dwellings, shared spaces, scenarios and the audit trail of one portfolio. Every change goes through
 * {@link #bewaar}: it compares the new inputs with the stored ones, writes what changed and records each changed
 * field in the audit trail, all in one transaction (the caller's, or its own). Results of a changed complex are
 * removed: a stored result always describes the stored inputs.
 */
public final class PortfolioRepository {

    /** Reason given in the audit trail when none is passed. */
    public static final String HANDMATIG = "bewerkt";

    private final Portfolio portfolio;

    PortfolioRepository(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /**
     * A stored complex (or scenario).
     *
     * @param id           the row id the other methods take
     * @param sleutel      the complex's own id (VERA cluster or the name given at import)
     * @param basisId      for a scenario: the complex it was copied from; null for the portfolio's complexes
     * @param scenarioNaam for a scenario: its name
     */
    public record ComplexInfo(long id, String sleutel, String naam, Long basisId, String scenarioNaam, int woningen) {

        public boolean isScenario() {
            return basisId != null;
        }

        public String weergavenaam() {
            String n = naam != null && !naam.isBlank() ? naam : sleutel;
            return isScenario() ? n + " (scenario '" + scenarioNaam + "')" : n;
        }
    }

    /**
     * One line of the audit trail.
     *
     * @param tijdstip  ISO-8601 with offset
     * @param gebruiker the OS user
     * @param complex   the complex's key at the time
     * @param entiteit  what changed ("eenheid 123", "gedeelde ruimte OR-1", "complex Noord")
     * @param veld      the field path ("ruimten[r1].oppervlakte"), or "(nieuw)", "(verwijderd)", "(scenario ...)"
     * @param reden     why: the import file, "bewerkt", "scenario 'x' overgenomen"
     */
    public record Wijziging(long id, String tijdstip, String gebruiker, Long complexId, String complex, String entiteit,
                            String veld, String oud, String nieuw, String reden) {
    }

    /** What {@link #bewaar} changed. */
    public record Bewaaruitkomst(long complexId, boolean complexNieuw, int nieuw, int gewijzigd, int verwijderd,
                                 int ongewijzigd, int wijzigingen) {

        public boolean iets() {
            return complexNieuw || nieuw > 0 || gewijzigd > 0 || verwijderd > 0 || wijzigingen > 0;
        }
    }

    /** Where a dwelling is stored. */
    public record Plaats(long eenheidRij, long complexId, String complexSleutel) {
    }

    // --- reading ---

    /** The portfolio's complexes, without scenarios, by name. */
    public List<ComplexInfo> complexen() {
        return infos("WHERE c.basis_complex_id IS NULL", null);
    }

    /** The scenarios of a complex. */
    public List<ComplexInfo> scenarios(long basisId) {
        return infos("WHERE c.basis_complex_id = ?", basisId);
    }

    public Optional<ComplexInfo> complex(long id) {
        return infos("WHERE c.id = ?", id).stream().findFirst();
    }

    /** A complex of the portfolio (not a scenario) by its key. */
    public Optional<ComplexInfo> complex(String sleutel) {
        return portfolio.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM complex WHERE sleutel = ? AND basis_complex_id IS NULL")) {
                ps.setString(1, sleutel);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        }).flatMap(this::complex);
    }

    /** A scenario of a complex by name. */
    public Optional<ComplexInfo> scenario(long basisId, String naam) {
        return scenarios(basisId).stream().filter(s -> s.scenarioNaam().equals(naam)).findFirst();
    }

    private List<ComplexInfo> infos(String waar, Long parameter) {
        return portfolio.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.sleutel, c.naam, c.basis_complex_id, "
                    + "c.scenario_naam, (SELECT count(*) FROM eenheid e WHERE e.complex_id = c.id) FROM complex c " + waar
                    + " ORDER BY coalesce(c.naam, c.sleutel), c.id")) {
                if (parameter != null) {
                    ps.setLong(1, parameter);
                }
                List<ComplexInfo> uit = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Rij.Lezer l = new Rij.Lezer(rs);
                        uit.add(new ComplexInfo(l.lang(), l.tekst(), l.tekst(), l.langOfNull(), l.tekst(),
                                l.geheelVerplicht()));
                    }
                }
                return uit;
            }
        });
    }

    /** The whole complex as the core models it. */
    public Complex laad(long complexId) {
        Complex c = portfolio.lees(v -> new ComplexLezer(v).laad(complexId));
        if (c == null) {
            throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "complex " + complexId
                    + " bestaat niet");
        }
        return c;
    }

    /**
     * The complex with its fields and shared spaces, its dwellings (in order) reduced to their id and zorg
     * conditions: what grouping and checking an import against it need, without its rooms in memory.
     */
    public Complex laadKern(long complexId) {
        Complex c = portfolio.lees(v -> {
            ComplexLezer lezer = new ComplexLezer(v);
            Complex k = lezer.kop(complexId);
            if (k == null) {
                return null;
            }
            List<Eenheid> woningen = new ArrayList<>();
            for (ComplexLezer.Kern kern : lezer.kernen(complexId)) {
                woningen.add(kern.eenheid());
            }
            return new Complex(k.id(), k.naam(), k.zorg(), k.methode(), woningen, lezer.gedeeldeRuimten(complexId),
                    k.ouderenhuisvesting());
        });
        if (c == null) {
            throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "complex " + complexId
                    + " bestaat niet");
        }
        return c;
    }

    /** Where a dwelling of the portfolio (not of a scenario) is stored. */
    public Optional<Plaats> zoekEenheid(String veraId) {
        return portfolio.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.complex_id, c.sleutel FROM eenheid e JOIN "
                    + "complex c ON c.id = e.complex_id WHERE e.vera_id = ? AND e.scenario = 0")) {
                ps.setString(1, veraId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Plaats(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                            : Optional.<Plaats>empty();
                }
            }
        });
    }

    /** The audit trail of a complex (and of its scenarios' adoption), oldest first. */
    public List<Wijziging> wijzigingen(long complexId) {
        return portfolio.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, tijdstip, gebruiker, complex_id, complex, entiteit, "
                    + "veld, oud, nieuw, reden FROM wijziging WHERE complex_id = ? ORDER BY id")) {
                ps.setLong(1, complexId);
                List<Wijziging> uit = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Rij.Lezer l = new Rij.Lezer(rs);
                        uit.add(new Wijziging(l.lang(), l.tekst(), l.tekst(), l.langOfNull(), l.tekst(), l.tekst(),
                                l.tekst(), l.tekst(), l.tekst(), l.tekst()));
                    }
                }
                return uit;
            }
        });
    }

    // --- writing ---

    /**
     * A complex's dwellings given in portions, for complexes too large to hold in memory at once (an import of a
     * whole portfolio): {@link #ids} is the complex's order, {@link #lees} the dwellings at positions
     * [van, tot) of it, read when they are stored. When storing over a complex, {@code null} at a position keeps
     * the dwelling with that id as it is stored.
     */
    public interface Woningen {

        /** The eenheid ids, in the complex's order. */
        List<String> ids();

        /** The dwellings at positions [van, tot) of {@link #ids()} (null: keep the stored one). */
        List<Eenheid> lees(int van, int tot);

        /** The dwellings of a list. */
        static Woningen van(List<Eenheid> woningen) {
            List<String> ids = new ArrayList<>(woningen.size());
            for (Eenheid e : woningen) {
                ids.add(e.id());
            }
            return new Woningen() {
                @Override
                public List<String> ids() {
                    return ids;
                }

                @Override
                public List<Eenheid> lees(int van, int tot) {
                    return woningen.subList(van, tot);
                }
            };
        }
    }

    /** Stores a new complex of the portfolio; fails when its key is taken. */
    public Bewaaruitkomst nieuwComplex(Complex complex, String reden) {
        return nieuwComplex(complex, Woningen.van(complex.woningen()), reden, null);
    }

    /**
     * Stores a new complex whose dwellings are given in portions ({@code kop}'s own dwellings are not read; its
     * fields and shared spaces are), and hands each stored portion to {@code waardering} (null: none) to be
     * valued. Fails when its key is taken.
     */
    public Bewaaruitkomst nieuwComplex(Complex kop, Woningen woningen, String reden, Waardeerder.Stroom waardering) {
        return portfolio.inTransactie(c -> {
            if (complex(kop.id()).isPresent()) {
                throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "complex '"
                        + kop.id() + "' bestaat al");
            }
            controleerOpslagbaar(kop, woningen.ids());
            return schrijfNieuw(kop, woningen, null, null, reden, false, waardering);
        });
    }

    /** What the tables cannot hold: dwellings without id or twice, shared spaces twice or linked to unknown dwellings. */
    private void controleerOpslagbaar(Complex complex, List<String> woningen) {
        if (complex.id() == null || complex.id().isBlank()) {
            throw ongeldig("een complex heeft een id (sleutel) nodig");
        }
        Set<String> ids = new HashSet<>();
        for (String id : woningen) {
            if (id == null || id.isBlank()) {
                throw ongeldig("complex '" + complex.id() + "': een woning zonder eenheid-id kan niet worden opgeslagen");
            }
            if (!ids.add(id)) {
                throw ongeldig("complex '" + complex.id() + "': eenheid '" + id + "' komt twee keer voor");
            }
        }
        Set<String> ruimten = new HashSet<>();
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            if (g.id() == null || g.id().isBlank() || !ruimten.add(g.id())) {
                throw ongeldig("complex '" + complex.id() + "': gedeelde ruimte '" + g.id() + "' heeft geen unieke id");
            }
            Set<String> gekoppeld = new HashSet<>();
            for (String w : g.woningen()) {
                if (!ids.contains(w) || !gekoppeld.add(w)) {
                    throw ongeldig("complex '" + complex.id() + "', gedeelde ruimte '" + g.id() + "': woning '" + w
                            + "' bestaat niet in het complex of is twee keer gekoppeld");
                }
            }
        }
    }

    private PortfolioFout ongeldig(String tekst) {
        return new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), tekst);
    }

    /**
     * Replaces the stored inputs of a complex (or scenario) by {@code nieuw}: dwellings are matched by eenheid id,
     * shared spaces by id; what is new is added, what is gone is removed, what differs is rewritten, and every
     * change is recorded in the audit trail with {@code reden}. One transaction.
     */
    public Bewaaruitkomst bewaar(long complexId, Complex nieuw, String reden) {
        return bewaar(complexId, nieuw, Woningen.van(nieuw.woningen()), reden, null);
    }

    /**
     * {@link #bewaar(long, Complex, String)} with the dwellings given in portions ({@code kop}'s own dwellings are
     * not read; its fields and shared spaces are): the stored dwellings are compared portion by portion, and each
     * portion, as stored, is handed to {@code waardering} (null: none) to be valued. With a valuation, a changed
     * complex keeps no results at other peildata (as without one) and gets new ones at the valuation's.
     */
    public Bewaaruitkomst bewaar(long complexId, Complex kop, Woningen woningen, String reden,
                                 Waardeerder.Stroom waardering) {
        return portfolio.inTransactie(c -> {
            ComplexInfo info = complex(complexId).orElseThrow(() -> new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK,
                    portfolio.bestand(), "complex " + complexId + " bestaat niet"));
            controleerOpslagbaar(kop, woningen.ids());
            ComplexLezer lezer = new ComplexLezer(c);
            Complex oud = portfolio.lees(v -> {
                Complex k = lezer.kop(complexId);
                return new Complex(k.id(), k.naam(), k.zorg(), k.methode(), List.of(), lezer.gedeeldeRuimten(complexId),
                        k.ouderenhuisvesting());
            });
            return schrijfBij(info, oud, kop, woningen, reden, waardering);
        });
    }

    private Bewaaruitkomst schrijfNieuw(Complex complex, Woningen woningen, Long basisId, String scenarioNaam,
                                        String reden, boolean scenario, Waardeerder.Stroom waardering) throws SQLException {
        ComplexSchrijver s = portfolio.schrijver();
        List<String> ids = woningen.ids();
        if (!scenario) {
            Map<String, String> bekend = eenheidComplexen();
            for (String e : ids) {
                bestaatNiet(e, bekend);
            }
        }
        long id = s.nieuwComplex(complex, basisId, scenarioNaam);
        String complexNaam = complex.id();
        s.wijziging(id, complexNaam, "complex " + complexNaam, scenario ? "(scenario aangemaakt)" : "(nieuw)", null,
                scenario ? scenarioNaam : complex.weergavenaam(), reden);
        if (waardering != null) {
            waardering.complex(id, complex);
        }
        Set<String> gekoppeld = gekoppeld(complex);
        Map<String, Long> rijen = new HashMap<>();
        for (int van = 0; van < ids.size(); van += Waardeerder.PORTIE) {
            int tot = Math.min(ids.size(), van + Waardeerder.PORTIE);
            List<Eenheid> portie = portie(woningen, van, tot);
            List<ComplexLezer.GeladenEenheid> geschreven = new ArrayList<>(portie.size());
            for (int i = 0; i < portie.size(); i++) {
                Eenheid e = portie.get(i);
                if (e == null) {
                    throw new IllegalArgumentException("eenheid '" + ids.get(van + i) + "' ontbreekt");
                }
                long rij = s.voegEenheidToe(id, van + i, e, reden, scenario);
                if (gekoppeld.contains(e.id())) {
                    rijen.put(e.id(), rij);
                }
                if (!scenario) {
                    s.wijziging(id, complexNaam, "eenheid " + e.id(), "(nieuw)", null, samenvatting(e), reden);
                }
                geschreven.add(new ComplexLezer.GeladenEenheid(rij, e));
            }
            if (waardering != null) {
                waardering.portie(geschreven);
            }
        }
        int volgorde = 0;
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            s.voegGedeeldeRuimteToe(id, volgorde++, g, rijen);
            if (!scenario) {
                s.wijziging(id, complexNaam, "gedeelde ruimte " + g.id(), "(nieuw)", null, g.weergavenaam() + ", "
                        + g.woningen().size() + " woningen", reden);
            }
        }
        return new Bewaaruitkomst(id, true, ids.size(), 0, 0, 0, 0);
    }

    private static Set<String> gekoppeld(Complex complex) {
        Set<String> uit = new HashSet<>();
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            uit.addAll(g.woningen());
        }
        return uit;
    }

    /** A portion of the given dwellings, each (when given) with the id at its position. */
    private static List<Eenheid> portie(Woningen woningen, int van, int tot) {
        List<Eenheid> portie = woningen.lees(van, tot);
        if (portie.size() != tot - van) {
            throw new IllegalArgumentException("woningen " + van + " t/m " + (tot - 1) + ": " + portie.size() + " gegeven");
        }
        for (int i = 0; i < portie.size(); i++) {
            Eenheid e = portie.get(i);
            if (e != null && !e.id().equals(woningen.ids().get(van + i))) {
                throw new IllegalArgumentException("woning " + (van + i) + " is '" + e.id() + "', verwacht '"
                        + woningen.ids().get(van + i) + "'");
            }
        }
        return portie;
    }

    /**
     * @param oud the stored complex's fields and shared spaces (its dwellings are read here, in portions)
     */
    private Bewaaruitkomst schrijfBij(ComplexInfo info, Complex oud, Complex nieuw, Woningen woningen, String reden,
                                      Waardeerder.Stroom waardering) throws SQLException {
        ComplexSchrijver s = portfolio.schrijver();
        long id = info.id();
        String naam = info.sleutel();
        boolean scenario = info.isScenario();
        int wijzigingen = 0;
        boolean veranderd = false;
        // the complex's own fields (its key stays)
        Complex kopOud = new Complex(oud.id(), oud.naam(), oud.zorg(), oud.methode(), null, null, oud.ouderenhuisvesting());
        Complex kopNieuw = new Complex(oud.id(), nieuw.naam(), nieuw.zorg(), nieuw.methode(), null, null,
                nieuw.ouderenhuisvesting());
        if (!kopOud.equals(kopNieuw)) {
            s.werkComplexBij(id, kopNieuw, info.basisId(), info.scenarioNaam());
            for (Vlak.Verschil v : Vlak.verschillen(Vlak.van(kopOud), Vlak.van(kopNieuw))) {
                s.wijziging(id, naam, "complex " + naam, v.veld(), v.oud(), v.nieuw(), reden);
                wijzigingen++;
            }
            veranderd = true;
        }
        // dwellings, by eenheid id: the stored ones in their order, with row and position
        List<ComplexLezer.Kern> opgeslagen = portfolio.lees(c -> new ComplexLezer(c).kernen(id));
        Map<String, ComplexLezer.Kern> oudPerId = new HashMap<>();
        for (ComplexLezer.Kern k : opgeslagen) {
            oudPerId.put(k.eenheid().id(), k);
        }
        List<String> ids = woningen.ids();
        Set<String> nieuweIds = new HashSet<>(ids);
        // removals first (shared spaces, then dwellings), so ids and keys are free for what is added
        Map<String, GedeeldeRuimte> oudeRuimten = new LinkedHashMap<>();
        for (GedeeldeRuimte g : oud.gedeeldeRuimten()) {
            oudeRuimten.put(g.id(), g);
        }
        Map<String, GedeeldeRuimte> nieuweRuimten = new LinkedHashMap<>();
        for (GedeeldeRuimte g : nieuw.gedeeldeRuimten()) {
            nieuweRuimten.put(g.id(), g);
        }
        Map<String, Long> ruimteRijen = ruimteRijen(id);
        Map<String, Long> rijen = new HashMap<>();
        for (ComplexLezer.Kern k : opgeslagen) {
            rijen.put(k.eenheid().id(), k.rij());
        }
        int verwijderd = 0;
        List<ComplexLezer.Kern> weg = opgeslagen.stream().filter(k -> !nieuweIds.contains(k.eenheid().id())).toList();
        for (int van = 0; van < weg.size(); van += Waardeerder.PORTIE) {
            List<ComplexLezer.Kern> portie = weg.subList(van, Math.min(weg.size(), van + Waardeerder.PORTIE));
            Map<Long, Eenheid> volledig = portfolio.lees(c -> new ComplexLezer(c).eenheden(
                    portie.stream().map(ComplexLezer.Kern::rij).toList()));
            for (ComplexLezer.Kern k : portie) {
                s.verwijderEenheid(k.rij());
                rijen.remove(k.eenheid().id());
                s.wijziging(id, naam, "eenheid " + k.eenheid().id(), "(verwijderd)", samenvatting(volledig.get(k.rij())),
                        null, reden);
                wijzigingen++;
                verwijderd++;
            }
        }
        List<GedeeldeRuimte> teSchrijven = new ArrayList<>();
        for (GedeeldeRuimte g : oud.gedeeldeRuimten()) {
            GedeeldeRuimte n = nieuweRuimten.get(g.id());
            if (n == null) {
                s.verwijderGedeeldeRuimte(ruimteRijen.get(g.id()));
                s.wijziging(id, naam, "gedeelde ruimte " + g.id(), "(verwijderd)", g.weergavenaam(), null, reden);
                wijzigingen++;
                veranderd = true;
            } else if (!n.equals(g)) {
                s.verwijderGedeeldeRuimte(ruimteRijen.get(g.id()));
                teSchrijven.add(n);
                for (Vlak.Verschil v : Vlak.verschillen(Vlak.van(g), Vlak.van(n))) {
                    s.wijziging(id, naam, "gedeelde ruimte " + g.id(), v.veld(), v.oud(), v.nieuw(), reden);
                    wijzigingen++;
                }
                veranderd = true;
            }
        }
        Map<String, String> bekend = scenario ? Map.of() : eenheidComplexen();
        if (waardering != null) {
            waardering.complex(id, nieuw);
        }
        int toegevoegd = 0;
        int gewijzigd = 0;
        int ongewijzigd = 0;
        for (int van = 0; van < ids.size(); van += Waardeerder.PORTIE) {
            int tot = Math.min(ids.size(), van + Waardeerder.PORTIE);
            List<Eenheid> portie = portie(woningen, van, tot);
            List<Long> bestaand = new ArrayList<>();
            for (String e : ids.subList(van, tot)) {
                ComplexLezer.Kern k = oudPerId.get(e);
                if (k != null) {
                    bestaand.add(k.rij());
                }
            }
            Map<Long, Eenheid> opgeslagenPortie = portfolio.lees(c -> new ComplexLezer(c).eenheden(bestaand));
            List<ComplexLezer.GeladenEenheid> geschreven = new ArrayList<>(portie.size());
            for (int i = 0; i < portie.size(); i++) {
                int plek = van + i;
                String eenheidId = ids.get(plek);
                ComplexLezer.Kern k = oudPerId.get(eenheidId);
                Eenheid was = k == null ? null : opgeslagenPortie.get(k.rij());
                Eenheid e = portie.get(i);
                if (e == null) {
                    if (was == null) {
                        throw new IllegalArgumentException("eenheid '" + eenheidId + "' staat niet in complex '" + naam + "'");
                    }
                    e = was;
                }
                if (was == null) {
                    if (!scenario) {
                        bestaatNiet(e.id(), bekend);
                    }
                    rijen.put(e.id(), s.voegEenheidToe(id, plek, e, reden, scenario));
                    s.wijziging(id, naam, "eenheid " + e.id(), "(nieuw)", null, samenvatting(e), reden);
                    wijzigingen++;
                    toegevoegd++;
                } else if (!was.equals(e)) {
                    s.vervangEenheid(k.rij(), id, plek, e, reden, scenario);
                    for (Vlak.Verschil v : Vlak.verschillen(Vlak.van(was), Vlak.van(e))) {
                        s.wijziging(id, naam, "eenheid " + e.id(), v.veld(), v.oud(), v.nieuw(), reden);
                        wijzigingen++;
                    }
                    gewijzigd++;
                } else {
                    if (k.volgorde() != plek) {
                        s.zetVolgorde(k.rij(), plek);
                    }
                    ongewijzigd++;
                }
                geschreven.add(new ComplexLezer.GeladenEenheid(rijen.get(e.id()), e));
            }
            if (waardering != null) {
                waardering.portie(geschreven);
            }
        }
        int volgorde = 0;
        for (GedeeldeRuimte g : nieuw.gedeeldeRuimten()) {
            int plek = volgorde++;
            if (!oudeRuimten.containsKey(g.id())) {
                s.voegGedeeldeRuimteToe(id, plek, g, rijen);
                s.wijziging(id, naam, "gedeelde ruimte " + g.id(), "(nieuw)", null, g.weergavenaam() + ", "
                        + g.woningen().size() + " woningen", reden);
                wijzigingen++;
                veranderd = true;
            } else if (teSchrijven.contains(g)) {
                s.voegGedeeldeRuimteToe(id, plek, g, rijen);
            }
        }
        veranderd |= toegevoegd > 0 || gewijzigd > 0 || verwijderd > 0;
        if (veranderd) {
            // results describe the stored inputs: a valuation running along replaces those at its own peildatum
            s.verwijderResultatenVanComplex(id, waardering == null ? null : waardering.peildatum());
        }
        return new Bewaaruitkomst(id, false, toegevoegd, gewijzigd, verwijderd, ongewijzigd, wijzigingen);
    }

    private Map<String, Long> ruimteRijen(long complexId) {
        return portfolio.lees(c -> {
            Map<String, Long> uit = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sleutel, id FROM gedeelde_ruimte WHERE complex_id = ?")) {
                ps.setLong(1, complexId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        uit.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return uit;
        });
    }

    private void bestaatNiet(String veraId, Map<String, String> bekend) {
        String complex = bekend.get(veraId);
        if (complex != null) {
            throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "eenheid '" + veraId
                    + "' staat al in complex '" + complex + "'");
        }
    }

    /** Every dwelling of the portfolio (not of scenarios): eenheid id to complex key, in one query. */
    public Map<String, String> eenheidComplexen() {
        return portfolio.lees(c -> {
            Map<String, String> uit = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.vera_id, c.sleutel FROM eenheid e JOIN complex c "
                    + "ON c.id = e.complex_id WHERE e.scenario = 0"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.put(rs.getString(1), rs.getString(2));
                }
            }
            return uit;
        });
    }

    /** Deletes a complex of the portfolio with its dwellings, spaces, results and scenarios (audited). */
    public void verwijderComplex(long complexId, String reden) {
        portfolio.inTransactie(c -> {
            ComplexInfo info = complex(complexId).orElseThrow(() -> new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK,
                    portfolio.bestand(), "complex " + complexId + " bestaat niet"));
            verwijder(c, complexId);
            portfolio.schrijver().wijziging(complexId, info.sleutel(), "complex " + info.sleutel(), "(verwijderd)",
                    info.weergavenaam(), null, reden);
            return null;
        });
    }

    private void verwijder(Connection c, long complexId) throws SQLException {
        portfolio.schrijver().flush();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM complex WHERE id = ?")) {
            ps.setLong(1, complexId);
            ps.executeUpdate();
        }
    }

    // --- scenarios ---

    /**
     * Forks a complex into a named what-if copy with its own inputs (and, once valued, its own results). The copy
     * is hidden from the portfolio's lists and exports.
     *
     * @return the scenario's complex id
     */
    public long maakScenario(long basisId, String naam) {
        if (naam == null || naam.isBlank()) {
            throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "een scenario heeft een naam nodig");
        }
        return portfolio.inTransactie(c -> {
            ComplexInfo basis = complex(basisId).filter(i -> !i.isScenario()).orElseThrow(() -> new PortfolioFout(
                    PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "complex " + basisId + " bestaat niet"));
            if (scenario(basisId, naam).isPresent()) {
                throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "complex '"
                        + basis.sleutel() + "' heeft al een scenario '" + naam + "'");
            }
            Complex complex = new ComplexLezer(c).laad(basisId);
            long id = schrijfNieuw(complex, Woningen.van(complex.woningen()), basisId, naam, "scenario '" + naam + "'",
                    true, null).complexId();
            portfolio.schrijver().wijziging(basisId, basis.sleutel(), "complex " + basis.sleutel(), "(scenario aangemaakt)",
                    null, naam, "scenario '" + naam + "'");
            return id;
        });
    }

    /** Adopts a scenario: the base complex's inputs become the scenario's (every change audited); the copy is removed. */
    public Bewaaruitkomst neemScenarioOver(long scenarioId) {
        return portfolio.inTransactie(c -> {
            ComplexInfo sc = scenarioInfo(scenarioId);
            ComplexInfo basis = complex(sc.basisId()).orElseThrow();
            Complex inhoud = new ComplexLezer(c).laad(scenarioId);
            Complex oud = new ComplexLezer(c).laad(basis.id());
            verwijder(c, scenarioId);
            String reden = "scenario '" + sc.scenarioNaam() + "' overgenomen";
            Bewaaruitkomst u = schrijfBij(basis, oud, inhoud, Woningen.van(inhoud.woningen()), reden, null);
            portfolio.schrijver().wijziging(basis.id(), basis.sleutel(), "complex " + basis.sleutel(),
                    "(scenario overgenomen)", null, sc.scenarioNaam(), reden);
            return u;
        });
    }

    /** Discards a scenario: the copy with its results is deleted; the base is untouched. */
    public void verwerpScenario(long scenarioId) {
        portfolio.inTransactie(c -> {
            ComplexInfo sc = scenarioInfo(scenarioId);
            verwijder(c, scenarioId);
            portfolio.schrijver().wijziging(sc.basisId(), sc.sleutel(), "complex " + sc.sleutel(), "(scenario verworpen)",
                    sc.scenarioNaam(), null, "scenario '" + sc.scenarioNaam() + "' verworpen");
            return null;
        });
    }

    private ComplexInfo scenarioInfo(long scenarioId) {
        return complex(scenarioId).filter(ComplexInfo::isScenario).orElseThrow(() -> new PortfolioFout(
                PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "scenario " + scenarioId + " bestaat niet"));
    }

    static String samenvatting(Eenheid e) {
        String adres = e.adres() == null ? "" : e.adres().regel();
        return (adres.isEmpty() ? "" : adres + ", ") + e.ruimten().size() + " ruimten";
    }
}
