package nl.puntwijs.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;

/**
 * Writes complexes, dwellings and shared spaces as rows, for one transaction. Statements are prepared once and
 * batched; ids are assigned here (the transaction holds the write lock, so {@code max(id)} cannot move), and
 * {@link #flush} runs the batches in a safe order: updates, deletes, then inserts parents first. The caller
 * flushes before committing ({@link Portfolio} does).
 */
final class ComplexSchrijver implements AutoCloseable {

    static final int BATCH = 2_000;

    private static final String EENHEID_KOLOMMEN = "complex_id, vera_id, volgorde, straatnaam, huisnummer, "
            + "huisnummer_toevoeging, postcode, woonplaats, woonplaatscode, bouwjaar, begin_bouwdatum, "
            + "eerste_ingebruikname, datum_huurovereenkomst, pandsoort, monumenten, doelgroep, gebruiksoppervlakte, "
            + "taxatiewaarde, zorg, zorg_woongebouw, zorg_gangbreedte_cm, zorg_drempel_cm, zorg_lift_of_helling, "
            + "zorg_alarm_woning, zorg_alarm_complex, zorg_ruimte_in_huurovereenkomst, zorg_ruimte_in_ander_gebouw, "
            + "zorg_binnendoor_bereikbaar, huur, huur_kaal, huur_gepland, huur_huishoudgrootte, huur_verhoging_pct, "
            + "huur_verhoging_per, huur_servicekosten, bron, gewijzigd_op, scenario";
    private static final String COMPLEX_KOLOMMEN = "sleutel, naam, methode, zorg, zorg_woongebouw, zorg_gangbreedte_cm, "
            + "zorg_drempel_cm, zorg_lift_of_helling, zorg_alarm_woning, zorg_alarm_complex, "
            + "zorg_ruimte_in_huurovereenkomst, zorg_ruimte_in_ander_gebouw, zorg_binnendoor_bereikbaar, ohv, "
            + "ohv_aandeel_55plus, ohv_afstand_m, ohv_fysiek_verbonden, ohv_subsidieronde, ohv_corporatie, "
            + "ohv_oplevering, ohv_einde_ontmoetingsfunctie, ohv_exploitatieplan, ohv_winst_op_exploitatie, "
            + "ohv_open_voor_buurt, gewijzigd_op, basis_complex_id, scenario_naam";

    private final Connection c;
    /** Batches in flush order. */
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private long volgendeEenheid;
    private long volgendeRuimte;
    private long volgendeGedeeld;
    private long volgendeComplex;
    private int wachtend;

    private final class Batch {
        final PreparedStatement ps;
        int rijen;

        Batch(String sql) throws SQLException {
            this.ps = c.prepareStatement(sql);
        }
    }

    ComplexSchrijver(Connection c) throws SQLException {
        this.c = c;
        volgendeEenheid = max("eenheid") + 1;
        volgendeRuimte = max("ruimte") + 1;
        volgendeGedeeld = max("gedeelde_ruimte") + 1;
        volgendeComplex = max("complex") + 1;
        // updates
        batch("eenheid_bij", "UPDATE eenheid SET (" + EENHEID_KOLOMMEN + ") = (" + vraagtekens(38) + ") WHERE id = ?");
        batch("volgorde", "UPDATE eenheid SET volgorde = ? WHERE id = ?");
        // deletes
        batch("del_resultaat_complex", "DELETE FROM resultaat WHERE eenheid_id IN (SELECT id FROM eenheid WHERE complex_id = ?)");
        batch("del_eenheid", "DELETE FROM eenheid WHERE id = ?");
        batch("del_gedeeld", "DELETE FROM gedeelde_ruimte WHERE id = ?");
        batch("del_ep", "DELETE FROM energieprestatie WHERE eenheid_id = ?");
        batch("del_epv", "DELETE FROM energieprestatievergoeding WHERE eenheid_id = ?");
        batch("del_woz", "DELETE FROM woz_waarde WHERE eenheid_id = ?");
        batch("del_geh", "DELETE FROM gehandicaptenvoorziening WHERE eenheid_id = ?");
        batch("del_ruimte", "DELETE FROM ruimte WHERE eenheid_id = ?");
        // inserts, parents first
        batch("eenheid", "INSERT INTO eenheid (id, " + EENHEID_KOLOMMEN + ") VALUES (?, " + vraagtekens(38) + ")");
        batch("ep", "INSERT INTO energieprestatie (eenheid_id, volgorde, soort, definitief, begindatum, einddatum, "
                + "label, waarde, geldig_voor_wws) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        batch("epv", "INSERT INTO energieprestatievergoeding (eenheid_id, volgorde, begindatum, einddatum) "
                + "VALUES (?, ?, ?, ?)");
        batch("woz", "INSERT INTO woz_waarde (eenheid_id, volgorde, waardepeildatum, waarde, beschikkingsdatum) "
                + "VALUES (?, ?, ?, ?, ?)");
        batch("geh", "INSERT INTO gehandicaptenvoorziening (eenheid_id, volgorde, omschrijving, kosten, subsidie, "
                + "eigen_bijdrage) VALUES (?, ?, ?, ?, ?, ?)");
        batch("gedeeld", "INSERT INTO gedeelde_ruimte (id, complex_id, volgorde, sleutel, naam, soort, aantal_adressen) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
        batch("ruimte", "INSERT INTO ruimte (id, eenheid_id, gedeelde_ruimte_id, volgorde, ruimte_id, naam, soort, "
                + "detailsoort, oppervlakte, lengte, breedte, hoogte, verwarmd, verkoeld, gedeeld_met_adressen, aantal, "
                + "vaste_trap, vlizotrap, laadpalen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        batch("voorziening", "INSERT INTO ruimte_voorziening (ruimte_id, volgorde, code) VALUES (?, ?, ?)");
        batch("aanrecht", "INSERT INTO ruimte_aanrecht (ruimte_id, volgorde, lengte_mm) VALUES (?, ?, ?)");
        batch("kast", "INSERT INTO ruimte_kast (ruimte_id, volgorde, oppervlakte) VALUES (?, ?, ?)");
        batch("koppeling", "INSERT INTO gedeelde_ruimte_woning (gedeelde_ruimte_id, eenheid_id, volgorde) VALUES (?, ?, ?)");
        batch("resultaat", ResultaatRepository.INSERT);
        batch("wijziging", "INSERT INTO wijziging (tijdstip, gebruiker, complex_id, complex, entiteit, veld, oud, nieuw, "
                + "reden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private void batch(String naam, String sql) throws SQLException {
        batches.put(naam, new Batch(sql));
    }

    private long max(String tabel) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + tabel)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String vraagtekens(int n) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            j.add("?");
        }
        return j.toString();
    }

    /** The statement of a batch, for the caller to fill; then {@link #voegToe}. */
    PreparedStatement statement(String naam) {
        return batches.get(naam).ps;
    }

    void voegToe(String naam) throws SQLException {
        Batch b = batches.get(naam);
        b.ps.addBatch();
        b.rijen++;
        if (++wachtend >= BATCH) {
            flush();
        }
    }

    /** Runs every pending batch: updates, deletes, then inserts with parents before children. */
    void flush() throws SQLException {
        for (Batch b : batches.values()) {
            if (b.rijen > 0) {
                b.ps.executeBatch();
                b.rijen = 0;
            }
        }
        wachtend = 0;
    }

    // --- complexes ---

    long nieuwComplex(Complex complex, Long basisId, String scenarioNaam) throws SQLException {
        long id = volgendeComplex++;
        flush();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO complex (id, " + COMPLEX_KOLOMMEN + ") VALUES (?, "
                + vraagtekens(27) + ")")) {
            Rij.Zetter z = new Rij.Zetter(ps).lang(id);
            complexVelden(z, complex);
            z.lang(basisId).tekst(scenarioNaam);
            ps.executeUpdate();
        }
        return id;
    }

    void werkComplexBij(long id, Complex complex, Long basisId, String scenarioNaam) throws SQLException {
        flush();
        try (PreparedStatement ps = c.prepareStatement("UPDATE complex SET (" + COMPLEX_KOLOMMEN + ") = ("
                + vraagtekens(27) + ") WHERE id = ?")) {
            Rij.Zetter z = new Rij.Zetter(ps);
            complexVelden(z, complex);
            z.lang(basisId).tekst(scenarioNaam).lang(id);
            ps.executeUpdate();
        }
    }

    private static void complexVelden(Rij.Zetter z, Complex complex) throws SQLException {
        z.tekst(complex.id()).tekst(complex.naam()).tekst(complex.methode().code());
        zorg(z, complex.zorg());
        Ouderenhuisvesting o = complex.ouderenhuisvesting();
        z.vlag(o != null);
        if (o == null) {
            o = new Ouderenhuisvesting(null, null, null, null, null, null, null, null, null, null);
        }
        z.getal(o.aandeelBewoners55Plus()).getal(o.afstandOntmoetingsruimteM()).vlag(o.fysiekVerbonden())
                .tekst(o.subsidieronde()).vlag(o.corporatie()).datum(o.oplevering()).datum(o.eindeOntmoetingsfunctie())
                .vlag(o.exploitatieplan()).vlag(o.winstOpExploitatie()).vlag(o.openVoorBuurt());
        z.tekst(Tijd.nu());
    }

    private static void zorg(Rij.Zetter z, Zorgvoorwaarden v) throws SQLException {
        z.vlag(v != null);
        Zorgvoorwaarden w = v == null ? Zorgvoorwaarden.ONBEKEND : v;
        z.vlag(w.woongebouw()).getal(w.smalsteGangbreedteCm()).getal(w.hoogsteDrempelCm()).vlag(w.liftOfHelling())
                .vlag(w.alarmWoning()).vlag(w.alarmComplex()).vlag(w.gemeenschappelijkeRuimteInHuurovereenkomst())
                .vlag(w.ruimteInAnderGebouw()).vlag(w.binnendoorBereikbaar());
    }

    void verwijderResultatenVanComplex(long complexId) throws SQLException {
        statement("del_resultaat_complex").setLong(1, complexId);
        voegToe("del_resultaat_complex");
    }

    // --- dwellings ---

    long voegEenheidToe(long complexId, int volgorde, Eenheid e, String bron, boolean scenario) throws SQLException {
        long id = volgendeEenheid++;
        Rij.Zetter z = new Rij.Zetter(statement("eenheid")).lang(id);
        eenheidVelden(z, complexId, volgorde, e, bron, scenario);
        voegToe("eenheid");
        kinderen(id, e);
        return id;
    }

    void vervangEenheid(long id, long complexId, int volgorde, Eenheid e, String bron, boolean scenario)
            throws SQLException {
        Rij.Zetter z = new Rij.Zetter(statement("eenheid_bij"));
        eenheidVelden(z, complexId, volgorde, e, bron, scenario);
        z.lang(id);
        voegToe("eenheid_bij");
        for (String del : List.of("del_ep", "del_epv", "del_woz", "del_geh", "del_ruimte")) {
            statement(del).setLong(1, id);
            voegToe(del);
        }
        kinderen(id, e);
    }

    void zetVolgorde(long id, int volgorde) throws SQLException {
        PreparedStatement ps = statement("volgorde");
        ps.setInt(1, volgorde);
        ps.setLong(2, id);
        voegToe("volgorde");
    }

    void verwijderEenheid(long id) throws SQLException {
        statement("del_eenheid").setLong(1, id);
        voegToe("del_eenheid");
    }

    private static void eenheidVelden(Rij.Zetter z, long complexId, int volgorde, Eenheid e, String bron,
                                      boolean scenario) throws SQLException {
        Adres a = e.adres() == null ? new Adres(null, null, null, null, null, null) : e.adres();
        z.lang(complexId).tekst(e.id()).geheel(volgorde).tekst(a.straatnaam()).tekst(a.huisnummer())
                .tekst(a.huisnummerToevoeging()).tekst(a.postcode()).tekst(a.woonplaats()).tekst(a.woonplaatscode())
                .geheel(e.bouwjaar()).datum(e.beginBouwdatum()).datum(e.eersteIngebruikname())
                .datum(e.datumHuurovereenkomst()).tekst(e.pandSoort() == null ? null : e.pandSoort().code())
                .tekst(monumenten(e)).tekst(e.doelgroep() == null ? null : e.doelgroep().code())
                .geheel(e.gebruiksoppervlakte()).getal(e.taxatiewaarde());
        zorg(z, e.zorgvoorwaarden());
        Huur h = e.huur();
        z.vlag(h != null);
        if (h == null) {
            h = new Huur(null, null, null, null, null, null);
        }
        z.getal(h.kaleHuur()).getal(h.geplandeHuur()).geheel(h.huishoudgrootte()).getal(h.huurverhogingPercentage())
                .datum(h.ingangsdatumHuurverhoging()).getal(h.servicekosten());
        z.tekst(bron).tekst(Tijd.nu()).vlag(scenario);
    }

    static String monumenten(Eenheid e) {
        if (e.monumenten().isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(",");
        for (Monument m : Monument.values()) {
            if (e.heeftMonument(m)) {
                j.add(m.code());
            }
        }
        return j.toString();
    }

    private void kinderen(long id, Eenheid e) throws SQLException {
        int i = 0;
        for (Energieprestatie p : e.energieprestaties()) {
            new Rij.Zetter(statement("ep")).lang(id).geheel(i++)
                    .tekst(p.soort() == null ? null : p.soort().code()).vlag(p.definitief()).datum(p.begindatum())
                    .datum(p.einddatum()).tekst(p.label() == null ? null : p.label().code()).getal(p.waarde())
                    .vlag(p.geldigVoorWws());
            voegToe("ep");
        }
        i = 0;
        for (Energieprestatievergoeding v : e.energieprestatievergoedingen()) {
            new Rij.Zetter(statement("epv")).lang(id).geheel(i++).datum(v.begindatum()).datum(v.einddatum());
            voegToe("epv");
        }
        i = 0;
        for (WozWaarde w : e.wozWaarden()) {
            new Rij.Zetter(statement("woz")).lang(id).geheel(i++).datum(w.waardepeildatum()).getal(w.vastgesteldeWaarde())
                    .datum(w.beschikkingsdatum());
            voegToe("woz");
        }
        i = 0;
        for (Gehandicaptenvoorziening g : e.gehandicaptenvoorzieningen()) {
            new Rij.Zetter(statement("geh")).lang(id).geheel(i++).tekst(g.omschrijving()).getal(g.kosten())
                    .getal(g.subsidie()).getal(g.eigenBijdrage());
            voegToe("geh");
        }
        i = 0;
        for (Ruimte r : e.ruimten()) {
            ruimte(id, null, i++, r);
        }
    }

    private void ruimte(Long eenheidId, Long gedeeldId, int volgorde, Ruimte r) throws SQLException {
        long id = volgendeRuimte++;
        new Rij.Zetter(statement("ruimte")).lang(id).lang(eenheidId).lang(gedeeldId).geheel(volgorde).tekst(r.id())
                .tekst(r.naam()).tekst(r.soort() == null ? null : r.soort().code())
                .tekst(r.detailsoort() == null ? null : r.detailsoort().code()).getal(r.oppervlakte()).getal(r.lengte())
                .getal(r.breedte()).getal(r.hoogte()).vlag(r.verwarmd()).vlag(r.verkoeld())
                .geheel(r.gedeeldMetAdressen()).geheel(r.aantal()).vlag(r.vasteTrap()).vlag(r.vlizotrap())
                .geheel(r.laadpalen());
        voegToe("ruimte");
        int i = 0;
        for (Voorziening v : r.voorzieningen()) {
            new Rij.Zetter(statement("voorziening")).lang(id).geheel(i++).tekst(v.code());
            voegToe("voorziening");
        }
        i = 0;
        for (BigDecimal a : r.aanrechten()) {
            new Rij.Zetter(statement("aanrecht")).lang(id).geheel(i++).getal(a);
            voegToe("aanrecht");
        }
        i = 0;
        for (BigDecimal k : r.kasten()) {
            new Rij.Zetter(statement("kast")).lang(id).geheel(i++).getal(k);
            voegToe("kast");
        }
    }

    // --- shared spaces ---

    /**
     * @param eenheidIds the row ids of the complex's dwellings by VERA id (links to unknown ids are an error the
     *                   complex check reports before anything is stored)
     */
    long voegGedeeldeRuimteToe(long complexId, int volgorde, GedeeldeRuimte g, Map<String, Long> eenheidIds)
            throws SQLException {
        long id = volgendeGedeeld++;
        new Rij.Zetter(statement("gedeeld")).lang(id).lang(complexId).geheel(volgorde).tekst(g.id()).tekst(g.naam())
                .tekst(g.soort() == null ? null : g.soort().code()).geheel(g.aantalAdressen());
        voegToe("gedeeld");
        int i = 0;
        for (Ruimte r : g.ruimten()) {
            ruimte(null, id, i++, r);
        }
        i = 0;
        for (String woning : g.woningen()) {
            Long eenheid = eenheidIds.get(woning);
            if (eenheid == null) {
                throw new IllegalStateException("gedeelde ruimte '" + g.id() + "': woning '" + woning + "' bestaat niet");
            }
            new Rij.Zetter(statement("koppeling")).lang(id).lang(eenheid).geheel(i++);
            voegToe("koppeling");
        }
        return id;
    }

    void verwijderGedeeldeRuimte(long id) throws SQLException {
        statement("del_gedeeld").setLong(1, id);
        voegToe("del_gedeeld");
    }

    // --- audit ---

    void wijziging(Long complexId, String complex, String entiteit, String veld, String oud, String nieuw,
                   String reden) throws SQLException {
        new Rij.Zetter(statement("wijziging")).tekst(Tijd.nu()).tekst(Tijd.gebruiker()).lang(complexId).tekst(complex)
                .tekst(entiteit).tekst(veld).tekst(oud).tekst(nieuw).tekst(reden);
        voegToe("wijziging");
    }

    @Override
    public void close() {
        for (Batch b : batches.values()) {
            try {
                b.ps.close();
            } catch (SQLException ignored) {
                // closing after commit or rollback
            }
        }
    }
}
