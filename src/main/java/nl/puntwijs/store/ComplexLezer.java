package nl.puntwijs.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // CROSS JOIN fixes the join order: from the dwellings in range to their children, never a full child scan
        String waar = " e.complex_id = ? AND e.id BETWEEN ? AND ? ";
        Map<Long, List<Energieprestatie>> ep = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.soort, x.definitief, x.begindatum, x.einddatum, x.label, "
                + "x.waarde, x.geldig_voor_wws FROM eenheid e CROSS JOIN energieprestatie x ON x.eenheid_id = e.id WHERE" + waar
                + "ORDER BY x.eenheid_id, x.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                long id = l.lang();
                String soort = l.tekst();
                ep.computeIfAbsent(id, k -> new ArrayList<>()).add(new Energieprestatie(
                        soort == null ? null : EnergieprestatieSoort.vanCode(soort).orElseThrow(() -> onbekend("energieprestatiesoort", soort)),
                        l.vlagVerplicht(), l.datum(), l.datum(), label(l.tekst()), l.getal(), l.vlag()));
            }
        }
        Map<Long, List<Energieprestatievergoeding>> epv = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.begindatum, x.einddatum FROM eenheid e CROSS JOIN "
                + "energieprestatievergoeding x ON x.eenheid_id = e.id WHERE" + waar + "ORDER BY x.eenheid_id, x.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                epv.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(new Energieprestatievergoeding(l.datum(), l.datum()));
            }
        }
        Map<Long, List<WozWaarde>> woz = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.waardepeildatum, x.waarde, x.beschikkingsdatum FROM eenheid e CROSS JOIN woz_waarde x "
                + "ON x.eenheid_id = e.id WHERE" + waar + "ORDER BY x.eenheid_id, x.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                woz.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(new WozWaarde(l.datum(), l.getal(), l.datum()));
            }
        }
        Map<Long, List<Gehandicaptenvoorziening>> geh = new HashMap<>();
        try (ResultSet rs = query("SELECT x.eenheid_id, x.omschrijving, x.kosten, x.subsidie, x.eigen_bijdrage FROM eenheid e CROSS JOIN "
                + "gehandicaptenvoorziening x ON x.eenheid_id = e.id WHERE" + waar
                + "ORDER BY x.eenheid_id, x.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                geh.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(new Gehandicaptenvoorziening(l.tekst(), l.getal(),
                        l.getal(), l.getal()));
            }
        }
        Map<Long, List<Ruimte>> ruimten = ruimten("eenheid e CROSS JOIN ruimte r ON r.eenheid_id = e.id", "WHERE" + waar,
                "r.eenheid_id", complexId, van, tot);

        List<GeladenEenheid> uit = new ArrayList<>();
        try (ResultSet rs = query("SELECT e.id, e.vera_id, e.straatnaam, e.huisnummer, e.huisnummer_toevoeging, "
                + "e.postcode, e.woonplaats, e.woonplaatscode, e.bouwjaar, e.begin_bouwdatum, e.eerste_ingebruikname, "
                + "e.datum_huurovereenkomst, e.pandsoort, e.monumenten, e.doelgroep, e.gebruiksoppervlakte, "
                + "e.taxatiewaarde, e.zorg, e.zorg_woongebouw, e.zorg_gangbreedte_cm, e.zorg_drempel_cm, "
                + "e.zorg_lift_of_helling, e.zorg_alarm_woning, e.zorg_alarm_complex, e.zorg_ruimte_in_huurovereenkomst, "
                + "e.zorg_ruimte_in_ander_gebouw, e.zorg_binnendoor_bereikbaar, e.huur, e.huur_kaal, e.huur_gepland, "
                + "e.huur_huishoudgrootte, e.huur_verhoging_pct, e.huur_verhoging_per, e.huur_servicekosten "
                + "FROM eenheid e WHERE" + waar + "ORDER BY e.volgorde, e.id", complexId, van, tot)) {
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
                "WHERE g.complex_id = ? AND ? <= ? ", "r.gedeelde_ruimte_id", complexId, 0L, 0L);
        Map<Long, List<String>> woningen = new HashMap<>();
        try (ResultSet rs = query("SELECT k.gedeelde_ruimte_id, e.vera_id FROM gedeelde_ruimte_woning k JOIN "
                + "gedeelde_ruimte g ON g.id = k.gedeelde_ruimte_id JOIN eenheid e ON e.id = k.eenheid_id WHERE "
                + "g.complex_id = ? AND ? <= ? ORDER BY k.gedeelde_ruimte_id, k.volgorde", complexId, 0L, 0L)) {
            while (rs.next()) {
                woningen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<GedeeldeRuimte> uit = new ArrayList<>();
        try (ResultSet rs = query("SELECT id, sleutel, naam, soort, aantal_adressen FROM gedeelde_ruimte WHERE "
                + "complex_id = ? AND ? <= ? ORDER BY volgorde, id", complexId, 0L, 0L)) {
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
    private Map<Long, List<Ruimte>> ruimten(String bron, String waar, String eigenaar, long complexId, long van, long tot)
            throws SQLException {
        Map<Long, List<Voorziening>> voorzieningen = new HashMap<>();
        try (ResultSet rs = query("SELECT x.ruimte_id, x.code FROM " + bron + " CROSS JOIN ruimte_voorziening x "
                + "ON x.ruimte_id = r.id " + waar + "ORDER BY x.ruimte_id, x.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                String code = rs.getString(2);
                voorzieningen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(Voorziening.vanCode(code).orElseThrow(() -> onbekend("voorziening", code)));
            }
        }
        Map<Long, List<BigDecimal>> aanrechten = getallen("ruimte_aanrecht", "lengte_mm", bron, waar, complexId, van, tot);
        Map<Long, List<BigDecimal>> kasten = getallen("ruimte_kast", "oppervlakte", bron, waar, complexId, van, tot);
        Map<Long, List<Ruimte>> uit = new LinkedHashMap<>();
        try (ResultSet rs = query("SELECT " + eigenaar + ", r.id, r.ruimte_id, r.naam, r.soort, r.detailsoort, "
                + "r.oppervlakte, r.lengte, r.breedte, r.hoogte, r.verwarmd, r.verkoeld, r.gedeeld_met_adressen, r.aantal, "
                + "r.vaste_trap, r.vlizotrap, r.laadpalen FROM " + bron + " " + waar + "ORDER BY " + eigenaar
                + ", r.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                Rij.Lezer l = new Rij.Lezer(rs);
                long van2 = l.lang();
                long id = l.lang();
                String rid = l.tekst();
                String naam = l.tekst();
                String soort = l.tekst();
                String detail = l.tekst();
                Ruimte r = new Ruimte(rid, naam,
                        soort == null ? null : RuimteSoort.vanCode(soort).orElseThrow(() -> onbekend("ruimtesoort", soort)),
                        detail == null ? null : Detailsoort.vanCode(detail).orElseThrow(() -> onbekend("detailsoort", detail)),
                        l.getal(), l.getal(), l.getal(), l.getal(), l.vlagVerplicht(), l.vlagVerplicht(), l.geheel(),
                        l.geheelVerplicht(), voorzieningen.get(id), aanrechten.get(id), l.vlagVerplicht(),
                        l.vlagVerplicht(), l.geheelVerplicht(), kasten.get(id));
                uit.computeIfAbsent(van2, k -> new ArrayList<>()).add(r);
            }
        }
        return uit;
    }

    private Map<Long, List<BigDecimal>> getallen(String tabel, String kolom, String bron, String waar, long complexId,
                                                 long van, long tot) throws SQLException {
        Map<Long, List<BigDecimal>> uit = new HashMap<>();
        try (ResultSet rs = query("SELECT x.ruimte_id, x." + kolom + " FROM " + bron + " CROSS JOIN " + tabel
                + " x ON x.ruimte_id = r.id " + waar + "ORDER BY x.ruimte_id, x.volgorde", complexId, van, tot)) {
            while (rs.next()) {
                uit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Rij.getal(rs, 2, rs.getString(2)));
            }
        }
        return uit;
    }

    private ResultSet query(String sql, long complexId, long van, long tot) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setLong(1, complexId);
        ps.setLong(2, van);
        ps.setLong(3, tot);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static Energielabel label(String code) {
        return code == null ? null : Energielabel.lees(code).orElseThrow(() -> onbekend("energielabel", code));
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
