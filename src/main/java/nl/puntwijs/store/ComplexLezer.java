package nl.puntwijs.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;

/**
 * Reads complexes, dwellings and shared spaces back into the core model, exactly as they were written (a stored
 * {@link Eenheid} equals the one given to {@link ComplexSchrijver}). Each child table is read in one ordered
 * query per batch of dwellings, not one query per dwelling.
 */
final class ComplexLezer {

    private final Connection c;

    ComplexLezer(Connection c) {
        this.c = c;
    }

    /** A stored dwelling with its row id. */
    record GeladenEenheid(long rij, Eenheid eenheid) {
    }

    /** The complex's own fields (no dwellings, no spaces); null when the id is unknown. */
    Complex kop(long complexId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sleutel, naam, methode, zorg, zorg_woongebouw, "
                + "zorg_gangbreedte_cm, zorg_drempel_cm, zorg_lift_of_helling, zorg_alarm_woning, zorg_alarm_complex, "
                + "zorg_ruimte_in_huurovereenkomst, zorg_ruimte_in_ander_gebouw, zorg_binnendoor_bereikbaar, ohv, "
                + "ohv_aandeel_55plus, ohv_afstand_m, ohv_fysiek_verbonden, ohv_subsidieronde, ohv_corporatie, "
                + "ohv_oplevering, ohv_einde_ontmoetingsfunctie, ohv_exploitatieplan, ohv_winst_op_exploitatie, "
                + "ohv_open_voor_buurt FROM complex WHERE id = ?")) {
            ps.setLong(1, complexId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Rij.Lezer l = new Rij.Lezer(rs);
                String sleutel = l.tekst();
                String naam = l.tekst();
                MethodeGedeeldeRuimten methode = MethodeGedeeldeRuimten.vanCode(l.tekst()).orElse(null);
                Zorgvoorwaarden zorg = zorg(l);
                boolean ohv = l.vlagVerplicht();
                Ouderenhuisvesting o = new Ouderenhuisvesting(l.getal(), l.getal(), l.vlag(), l.tekst(), l.vlag(),
                        l.datum(), l.datum(), l.vlag(), l.vlag(), l.vlag());
                return new Complex(sleutel, naam, zorg, methode, List.of(), List.of(), ohv ? o : null);
            }
        }
    }

    private static Zorgvoorwaarden zorg(Rij.Lezer l) throws SQLException {
        boolean vastgelegd = l.vlagVerplicht();
        Zorgvoorwaarden z = new Zorgvoorwaarden(l.vlag(), l.getal(), l.getal(), l.vlag(), l.vlag(), l.vlag(), l.vlag(),
                l.vlag(), l.vlag());
        return vastgelegd ? z : null;
    }

    /** The whole complex: its fields, dwellings in order and shared spaces with their rooms and links. */
    Complex laad(long complexId) throws SQLException {
        Complex kop = kop(complexId);
        if (kop == null) {
            return null;
        }
        List<GeladenEenheid> eenheden = eenheden(complexId, Long.MIN_VALUE, Long.MAX_VALUE);
        List<Eenheid> woningen = new ArrayList<>(eenheden.size());
        for (GeladenEenheid g : eenheden) {
            woningen.add(g.eenheid());
        }
        return new Complex(kop.id(), kop.naam(), kop.zorg(), kop.methode(), woningen, gedeeldeRuimten(complexId),
                kop.ouderenhuisvesting());
    }

    /** The complex's dwellings with row ids in [van, tot], in the complex's order. */
    List<GeladenEenheid> eenheden(long complexId, long van, long tot) throws SQLException {
        // CROSS JOIN fixes the join order: from the dwellings to their children, never a full child scan. A range
        // of row ids (a portion of a large complex) is searched by row id, with the complex as a filter ("+"
        // keeps SQLite from scanning the complex's whole index instead), and the children come out in key order
        // without a sort; a whole complex is found through its index.
        boolean portie = van != Long.MIN_VALUE || tot != Long.MAX_VALUE;
        String waar = portie ? " e.id BETWEEN ?2 AND ?3 AND +e.complex_id = ?1 " : " e.complex_id = ?1 AND e.id BETWEEN ?2 AND ?3 ";
        return eenheden(waar, complexId, van, tot);
    }

    /** The dwellings with the given row ids (of any complex), by row id. */
    Map<Long, Eenheid> eenheden(Collection<Long> rijen) throws SQLException {
        Map<Long, Eenheid> uit = new HashMap<>();
        if (rijen.isEmpty()) {
            return uit;
        }
        StringJoiner lijst = new StringJoiner(",", "[", "]");
        for (long r : rijen) {
            lijst.add(Long.toString(r));
        }
        for (GeladenEenheid g : eenheden(" e.id IN (SELECT value FROM json_each(?1)) ", lijst.toString())) {
            uit.put(g.rij(), g.eenheid());
        }
        return uit;
    }

    /**
     * A complex's dwellings reduced to their row, order, id and zorg conditions (what grouping, the complex check
     * and a comparison by id need), in the complex's order.
     */
    List<Kern> kernen(long complexId) throws SQLException {
        List<Kern> uit = new ArrayList<>();
        try (ResultSet rs = query("SELECT e.id, e.volgorde, e.vera_id, e.zorg, e.zorg_woongebouw, e.zorg_gangbreedte_cm, "
                + "e.zorg_drempel_cm, e.zorg_lift_of_helling, e.zorg_alarm_woning, e.zorg_alarm_complex, "
                + "e.zorg_ruimte_in_huurovereenkomst, e.zorg_ruimte_in_ander_gebouw, e.zorg_binnendoor_bereikbaar "
                + "FROM eenheid e WHERE e.complex_id = ?1 ORDER BY e.volgorde, e.id", complexId)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                long rij = l.lang();
                int volgorde = l.geheelVerplicht();
                String id = l.tekst();
                Zorgvoorwaarden zorg = zorg(l);
                uit.add(new Kern(rij, volgorde, new Eenheid(id, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, zorg, null)));
            }
        }
        return uit;
    }

    /** A stored dwelling reduced to its id and zorg conditions, with its row and position. */
    record Kern(long rij, int volgorde, Eenheid eenheid) {
    }

    private List<GeladenEenheid> eenheden(String waar, Object... params) throws SQLException {
        Map<Long, List<Energieprestatie>> ep = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.soort, x.definitief, x.begindatum, x.einddatum, x.label, "
                + "x.waarde, x.geldig_voor_wws FROM eenheid e CROSS JOIN energieprestatie x ON x.eenheid_id = e.id WHERE" + waar
                + "ORDER BY e.id, x.volgorde", params)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                long id = l.lang();
                String soort = l.tekst();
                ep.computeIfAbsent(id, k -> new ArrayList<>()).add(new Energieprestatie(
                        soort == null ? null : code(EP_SOORTEN, soort, EnergieprestatieSoort::vanCode, "energieprestatiesoort"),
                        l.vlagVerplicht(), l.datum(), l.datum(), label(l.tekst()), l.getal(), l.vlag()));
            }
        }
        Map<Long, List<Energieprestatievergoeding>> epv = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.begindatum, x.einddatum FROM eenheid e CROSS JOIN "
                + "energieprestatievergoeding x ON x.eenheid_id = e.id WHERE" + waar + "ORDER BY e.id, x.volgorde", params)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                epv.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(new Energieprestatievergoeding(l.datum(), l.datum()));
            }
        }
        Map<Long, List<WozWaarde>> woz = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.waardepeildatum, x.waarde, x.beschikkingsdatum FROM eenheid e CROSS JOIN woz_waarde x "
                + "ON x.eenheid_id = e.id WHERE" + waar + "ORDER BY e.id, x.volgorde", params)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                woz.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(new WozWaarde(l.datum(), l.getal(), l.datum()));
            }
        }
        Map<Long, List<Gehandicaptenvoorziening>> geh = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.omschrijving, x.kosten, x.subsidie, x.eigen_bijdrage FROM eenheid e CROSS JOIN "
                + "gehandicaptenvoorziening x ON x.eenheid_id = e.id WHERE" + waar
                + "ORDER BY e.id, x.volgorde", params)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                geh.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(new Gehandicaptenvoorziening(l.tekst(), l.getal(),
                        l.getal(), l.getal()));
            }
        }
        Map<Long, List<Ruimte>> ruimten = ruimten("eenheid e CROSS JOIN ruimte r ON r.eenheid_id = e.id", "WHERE" + waar,
                "e.id", params);

        List<GeladenEenheid> uit = new ArrayList<>();
        try (ResultSet rs = query("SELECT e.id, e.vera_id, e.straatnaam, e.huisnummer, e.huisnummer_toevoeging, "
                + "e.postcode, e.woonplaats, e.woonplaatscode, e.bouwjaar, e.begin_bouwdatum, e.eerste_ingebruikname, "
                + "e.datum_huurovereenkomst, e.pandsoort, e.monumenten, e.doelgroep, e.gebruiksoppervlakte, "
                + "e.taxatiewaarde, e.zorg, e.zorg_woongebouw, e.zorg_gangbreedte_cm, e.zorg_drempel_cm, "
                + "e.zorg_lift_of_helling, e.zorg_alarm_woning, e.zorg_alarm_complex, e.zorg_ruimte_in_huurovereenkomst, "
                + "e.zorg_ruimte_in_ander_gebouw, e.zorg_binnendoor_bereikbaar, e.huur, e.huur_kaal, e.huur_gepland, "
                + "e.huur_huishoudgrootte, e.huur_verhoging_pct, e.huur_verhoging_per, e.huur_servicekosten "
                + "FROM eenheid e WHERE" + waar + "ORDER BY e.volgorde, e.id", params)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                long id = l.lang();
                String veraId = l.tekst();
                Adres adres = new Adres(l.tekst(), l.tekst(), l.tekst(), l.tekst(), l.tekst(), l.tekst());
                if (adres.straatnaam() == null && adres.huisnummer() == null && adres.huisnummerToevoeging() == null
                        && adres.postcode() == null && adres.woonplaats() == null && adres.woonplaatscode() == null) {
                    adres = null;
                }
                Integer bouwjaar = l.geheel();
                var begin = l.datum();
                var ingebruik = l.datum();
                var huurovereenkomst = l.datum();
                String pand = l.tekst();
                Set<Monument> monumenten = monumenten(l.tekst());
                String doelgroep = l.tekst();
                Integer gbo = l.geheel();
                BigDecimal taxatie = l.getal();
                Zorgvoorwaarden zorg = zorg(l);
                boolean heeftHuur = l.vlagVerplicht();
                Huur huur = new Huur(l.getal(), l.getal(), l.geheel(), l.getal(), l.datum(), l.getal());
                Eenheid e = new Eenheid(veraId, adres, bouwjaar, begin, ingebruik, huurovereenkomst, pandsoort(pand),
                        monumenten, doelgroep == null ? null : Doelgroep.vanCode(doelgroep).orElseThrow(() -> onbekend("doelgroep", doelgroep)),
                        gbo, ep.get(id), epv.get(id), woz.get(id), taxatie, ruimten.get(id), geh.get(id), zorg,
                        heeftHuur ? huur : null);
                uit.add(new GeladenEenheid(id, e));
            }
        }
        return uit;
    }

    List<GedeeldeRuimte> gedeeldeRuimten(long complexId) throws SQLException {
        Map<Long, List<Ruimte>> ruimten = ruimten("gedeelde_ruimte g CROSS JOIN ruimte r ON r.gedeelde_ruimte_id = g.id",
                "WHERE g.complex_id = ?1 ", "g.id", complexId);
        Map<Long, List<String>> woningen = new HashMap<>();
        try (ResultSet rs = query("SELECT k.gedeelde_ruimte_id, e.vera_id FROM gedeelde_ruimte_woning k JOIN "
                + "gedeelde_ruimte g ON g.id = k.gedeelde_ruimte_id JOIN eenheid e ON e.id = k.eenheid_id WHERE "
                + "g.complex_id = ? ORDER BY k.gedeelde_ruimte_id, k.volgorde", complexId)) {
            while (rs.next()) {
                woningen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<GedeeldeRuimte> uit = new ArrayList<>();
        try (ResultSet rs = query("SELECT id, sleutel, naam, soort, aantal_adressen FROM gedeelde_ruimte WHERE "
                + "complex_id = ? ORDER BY volgorde, id", complexId)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                long id = l.lang();
                String sleutel = l.tekst();
                String naam = l.tekst();
                String soort = l.tekst();
                Integer adressen = l.geheel();
                uit.add(new GedeeldeRuimte(sleutel, naam, soort == null ? null
                        : SoortGedeeldeRuimte.vanCode(soort).orElseThrow(() -> onbekend("soort gedeelde ruimte", soort)),
                        ruimten.get(id), woningen.get(id), adressen));
            }
        }
        return uit;
    }

    /** Rooms by owner (dwelling or shared space): {@code bron} joins the owners to {@code ruimte r}. */
    private Map<Long, List<Ruimte>> ruimten(String bron, String waar, String eigenaar, Object... params)
            throws SQLException {
        Map<Long, List<Voorziening>> voorzieningen = new HashMap<>();
        try (ResultSet rs = query("SELECT x.ruimte_id, x.code FROM " + bron + " CROSS JOIN ruimte_voorziening x "
                + "ON x.ruimte_id = r.id " + waar + "ORDER BY " + eigenaar + ", r.volgorde, x.volgorde", params)) {
            while (rs.next()) {
                String code = rs.getString(2);
                voorzieningen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(code(VOORZIENINGEN, code, Voorziening::vanCode, "voorziening"));
            }
        }
        Map<Long, List<BigDecimal>> aanrechten = getallen("ruimte_aanrecht", "lengte_mm", bron, waar, eigenaar, params);
        Map<Long, List<BigDecimal>> kasten = getallen("ruimte_kast", "oppervlakte", bron, waar, eigenaar, params);
        // one row per owner with its rooms as a JSON array (SQLite builds it): a fraction of the per-column calls
        // through the driver that a row per room takes
        Map<Long, List<Ruimte>> uit = new LinkedHashMap<>();
        try (ResultSet rs = query("SELECT " + eigenaar + ", json_group_array(json_array(r.id, r.ruimte_id, r.naam, r.soort, "
                + "r.detailsoort, r.oppervlakte, r.lengte, r.breedte, r.hoogte, r.verwarmd, r.verkoeld, "
                + "r.gedeeld_met_adressen, r.aantal, r.vaste_trap, r.vlizotrap, r.laadpalen) ORDER BY r.volgorde) FROM "
                + bron + " " + waar + "GROUP BY " + eigenaar, params)) {
            while (rs.next()) {
                long eigen = rs.getLong(1);
                List<Ruimte> lijst = new ArrayList<>();
                try (JsonParser p = JSON.createParser(rs.getString(2))) {
                    verwacht(p, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        long id = geheelVerplicht(p);
                        String rid = tekst(p);
                        String naam = tekst(p);
                        String soort = tekst(p);
                        String detail = tekst(p);
                        BigDecimal oppervlakte = getal(p, "oppervlakte");
                        BigDecimal lengte = getal(p, "lengte");
                        BigDecimal breedte = getal(p, "breedte");
                        BigDecimal hoogte = getal(p, "hoogte");
                        boolean verwarmd = geheelVerplicht(p) != 0;
                        boolean verkoeld = geheelVerplicht(p) != 0;
                        Integer gedeeld = geheel(p);
                        int aantal = (int) geheelVerplicht(p);
                        boolean vasteTrap = geheelVerplicht(p) != 0;
                        boolean vlizotrap = geheelVerplicht(p) != 0;
                        int laadpalen = (int) geheelVerplicht(p);
                        verwacht(p, JsonToken.END_ARRAY);
                        lijst.add(new Ruimte(rid, naam,
                                soort == null ? null : code(RUIMTESOORTEN, soort, RuimteSoort::vanCode, "ruimtesoort"),
                                detail == null ? null : code(DETAILSOORTEN, detail, Detailsoort::vanCode, "detailsoort"),
                                oppervlakte, lengte, breedte, hoogte, verwarmd, verkoeld, gedeeld, aantal,
                                voorzieningen.get(id), aanrechten.get(id), vasteTrap, vlizotrap, laadpalen, kasten.get(id)));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("ruimten in het portefeuillebestand niet te lezen", e);
                }
                uit.put(eigen, lijst);
            }
        }
        return uit;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static void verwacht(JsonParser p, JsonToken t) throws IOException {
        if (p.nextToken() != t) {
            throw new IllegalStateException("ruimten in het portefeuillebestand: " + t + " verwacht, " + p.currentToken());
        }
    }

    private static String tekst(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    /** A room's number from the JSON SQLite built, checked as {@link Rij#getal} checks a column. */
    private static BigDecimal getal(JsonParser p, String kolom) throws IOException, SQLException {
        String t = tekst(p);
        return t == null ? null : Rij.getal(() -> "ruimte." + kolom, t);
    }

    private static Integer geheel(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == JsonToken.VALUE_NULL ? null : p.getIntValue();
    }

    private static long geheelVerplicht(JsonParser p) throws IOException {
        p.nextToken();
        return p.getLongValue();
    }

    private Map<Long, List<BigDecimal>> getallen(String tabel, String kolom, String bron, String waar, String eigenaar,
                                                 Object... params) throws SQLException {
        Map<Long, List<BigDecimal>> uit = new HashMap<>();
        try (ResultSet rs = query("SELECT x.ruimte_id, x." + kolom + " FROM " + bron + " CROSS JOIN " + tabel
                + " x ON x.ruimte_id = r.id " + waar + "ORDER BY " + eigenaar + ", r.volgorde, x.volgorde", params)) {
            while (rs.next()) {
                uit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Rij.getal(rs, 2, rs.getString(2)));
            }
        }
        return uit;
    }

    private ResultSet query(String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static Energielabel label(String code) {
        return code == null ? null : code(LABELS, code, Energielabel::lees, "energielabel");
    }

    // codes met once are looked up once (the enums' own lookups search their values one by one)
    private static final Map<String, EnergieprestatieSoort> EP_SOORTEN = new ConcurrentHashMap<>();
    private static final Map<String, Energielabel> LABELS = new ConcurrentHashMap<>();
    private static final Map<String, Voorziening> VOORZIENINGEN = new ConcurrentHashMap<>();
    private static final Map<String, RuimteSoort> RUIMTESOORTEN = new ConcurrentHashMap<>();
    private static final Map<String, Detailsoort> DETAILSOORTEN = new ConcurrentHashMap<>();

    private static <E> E code(Map<String, E> bekend, String code, Function<String, Optional<E>> zoek, String wat) {
        E e = bekend.get(code);
        if (e == null) {
            e = zoek.apply(code).orElseThrow(() -> onbekend(wat, code));
            bekend.put(code, e);
        }
        return e;
    }

    private static PandSoort pandsoort(String code) {
        if (code == null) {
            return null;
        }
        for (PandSoort p : PandSoort.values()) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        throw onbekend("pandsoort", code);
    }

    private static Set<Monument> monumenten(String codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<Monument> set = EnumSet.noneOf(Monument.class);
        for (String code : codes.split(",")) {
            set.add(Monument.vanCode(code).orElseThrow(() -> onbekend("monument", code)));
        }
        return set;
    }

    private static IllegalStateException onbekend(String wat, String code) {
        return new IllegalStateException("onbekende " + wat + " '" + code + "' in het portefeuillebestand");
    }
}
