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

    /** Stores a new complex of the portfolio; fails when its key is taken. */
    public Bewaaruitkomst nieuwComplex(Complex complex, String reden) {
        return portfolio.inTransactie(c -> {
            if (complex(complex.id()).isPresent()) {
                throw new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK, portfolio.bestand(), "complex '"
                        + complex.id() + "' bestaat al");
            }
            controleerOpslagbaar(complex);
            return schrijfNieuw(complex, null, null, reden, false);
        });
    }

    /** What the tables cannot hold: dwellings without id or twice, shared spaces twice or linked to unknown dwellings. */
    private void controleerOpslagbaar(Complex complex) {
        if (complex.id() == null || complex.id().isBlank()) {
            throw ongeldig("een complex heeft een id (sleutel) nodig");
        }
        Set<String> ids = new HashSet<>();
        for (Eenheid e : complex.woningen()) {
            if (e.id() == null || e.id().isBlank()) {
                throw ongeldig("complex '" + complex.id() + "': een woning zonder eenheid-id kan niet worden opgeslagen");
            }
            if (!ids.add(e.id())) {
                throw ongeldig("complex '" + complex.id() + "': eenheid '" + e.id() + "' komt twee keer voor");
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
        return portfolio.inTransactie(c -> {
            ComplexInfo info = complex(complexId).orElseThrow(() -> new PortfolioFout(PortfolioFout.Soort.ONGELDIG_VERZOEK,
                    portfolio.bestand(), "complex " + complexId + " bestaat niet"));
            controleerOpslagbaar(nieuw);
            Complex oud = new ComplexLezer(c).laad(complexId);
            return schrijfBij(info, oud, nieuw, reden);
        });
    }

    private Bewaaruitkomst schrijfNieuw(Complex complex, Long basisId, String scenarioNaam, String reden,
                                        boolean scenario) throws SQLException {
        ComplexSchrijver s = portfolio.schrijver();
        if (!scenario) {
            Map<String, String> bekend = eenheidComplexen();
            for (Eenheid e : complex.woningen()) {
                bestaatNiet(e.id(), bekend);
            }
        }
        long id = s.nieuwComplex(complex, basisId, scenarioNaam);
        String complexNaam = complex.id();
        s.wijziging(id, complexNaam, "complex " + complexNaam, scenario ? "(scenario aangemaakt)" : "(nieuw)", null,
                scenario ? scenarioNaam : complex.weergavenaam(), reden);
        Map<String, Long> ids = new HashMap<>();
        int volgorde = 0;
        for (Eenheid e : complex.woningen()) {
            long rij = s.voegEenheidToe(id, volgorde++, e, reden, scenario);
            ids.put(e.id(), rij);
            if (!scenario) {
                s.wijziging(id, complexNaam, "eenheid " + e.id(), "(nieuw)", null, samenvatting(e), reden);
            }
        }
        volgorde = 0;
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            s.voegGedeeldeRuimteToe(id, volgorde++, g, ids);
            if (!scenario) {
                s.wijziging(id, complexNaam, "gedeelde ruimte " + g.id(), "(nieuw)", null, g.weergavenaam() + ", "
                        + g.woningen().size() + " woningen", reden);
            }
        }
        return new Bewaaruitkomst(id, true, complex.woningen().size(), 0, 0, 0, 0);
    }

    private Bewaaruitkomst schrijfBij(ComplexInfo info, Complex oud, Complex nieuw, String reden) throws SQLException {
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
        // dwellings, by eenheid id
        Map<String, Long> rijen = new LinkedHashMap<>();
        Map<String, Integer> oudeVolgorde = new HashMap<>();
        portfolio.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT vera_id, id, volgorde FROM eenheid WHERE complex_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rijen.put(rs.getString(1), rs.getLong(2));
                        oudeVolgorde.put(rs.getString(1), rs.getInt(3));
                    }
                }
            }
            return null;
        });
        Map<String, Eenheid> oudPerId = new HashMap<>();
        for (Eenheid e : oud.woningen()) {
            oudPerId.put(e.id(), e);
        }
        Set<String> nieuweIds = new HashSet<>();
        for (Eenheid e : nieuw.woningen()) {
            nieuweIds.add(e.id());
        }
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
        int verwijderd = 0;
        for (Eenheid e : oud.woningen()) {
            if (!nieuweIds.contains(e.id())) {
                s.verwijderEenheid(rijen.remove(e.id()));
                s.wijziging(id, naam, "eenheid " + e.id(), "(verwijderd)", samenvatting(e), null, reden);
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
        int toegevoegd = 0;
        int gewijzigd = 0;
        int ongewijzigd = 0;
        int volgorde = 0;
        for (Eenheid e : nieuw.woningen()) {
            int plek = volgorde++;
            Eenheid was = oudPerId.get(e.id());
            if (was == null) {
                if (!scenario) {
                    bestaatNiet(e.id(), bekend);
                }
                rijen.put(e.id(), s.voegEenheidToe(id, plek, e, reden, scenario));
                s.wijziging(id, naam, "eenheid " + e.id(), "(nieuw)", null, samenvatting(e), reden);
                wijzigingen++;
                toegevoegd++;
            } else if (!was.equals(e)) {
                s.vervangEenheid(rijen.get(e.id()), id, plek, e, reden, scenario);
                for (Vlak.Verschil v : Vlak.verschillen(Vlak.van(was), Vlak.van(e))) {
                    s.wijziging(id, naam, "eenheid " + e.id(), v.veld(), v.oud(), v.nieuw(), reden);
                    wijzigingen++;
                }
                gewijzigd++;
            } else {
                if (oudeVolgorde.get(e.id()) != plek) {
                    s.zetVolgorde(rijen.get(e.id()), plek);
                }
                ongewijzigd++;
            }
        }
        volgorde = 0;
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
            s.verwijderResultatenVanComplex(id);
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
            long id = schrijfNieuw(complex, basisId, naam, "scenario '" + naam + "'", true).complexId();
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
            Bewaaruitkomst u = schrijfBij(basis, oud, inhoud, reden);
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
