package nl.puntwijs.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.io.resultaat.ResultaatJson;

/**
 * Stored results: one per dwelling and peildatum, with the points per rubriek, total, sector and rents in columns
 * (for lists, comparisons and exports without recomputing), the engine version, table set and interpretation used,
 * and the full explained tree as JSON (deflate-compressed: about a sixth of the size; see the ADR).
 */
public final class ResultaatRepository {

    static final String INSERT = "INSERT OR REPLACE INTO resultaat (eenheid_id, peildatum, berekend_op, puntwijs_versie, "
            + "tabellen, interpretatie, methode, som, punten, p_ovz, p_ooz, p_vkv, p_ene, p_keu, p_san, p_geh, p_bui, "
            + "p_gvr, p_gpa, p_woz, p_bij, p_pmn, sector, maximale_huur, opslagpercentage, huurprijsopslag, "
            + "maximale_huur_inclusief_opslag, zorgtoeslag, meldingen, uitleg) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String KOLOMMEN = "r.eenheid_id, e.vera_id, r.peildatum, r.berekend_op, r.puntwijs_versie, "
            + "r.tabellen, r.interpretatie, r.methode, r.som, r.punten, r.p_ovz, r.p_ooz, r.p_vkv, r.p_ene, r.p_keu, "
            + "r.p_san, r.p_geh, r.p_bui, r.p_gvr, r.p_gpa, r.p_woz, r.p_bij, r.p_pmn, r.sector, r.maximale_huur, "
            + "r.opslagpercentage, r.huurprijsopslag, r.maximale_huur_inclusief_opslag, r.zorgtoeslag, r.meldingen, r.uitleg";

    private static final JsonFactory JSON = new JsonFactory();

    private final Portfolio portfolio;

    ResultaatRepository(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /**
     * A stored valuation.
     *
     * @param perRubriek points per rubriek (the opslagen as PMN), in the beleidsboek's order
     * @param uitleg     the explained tree ({@link ResultaatJson}), compressed; read it with {@link #uitlegJson()}
     */
    public record OpgeslagenResultaat(long eenheidRij, String eenheid, LocalDate peildatum, String berekendOp,
                                      String puntwijsVersie, String tabellen, String interpretatie, String methode,
                                      BigDecimal som, int punten, Map<Stelselgroep, BigDecimal> perRubriek, Sector sector,
                                      BigDecimal maximaleHuur, BigDecimal opslagpercentage, BigDecimal huurprijsopslag,
                                      BigDecimal maximaleHuurInclusiefOpslag, boolean zorgtoeslag, int meldingen,
                                      byte[] uitleg) {

        /** The full explained result as {@link ResultaatJson} wrote it. */
        public String uitlegJson() {
            return new String(inflate(uitleg), StandardCharsets.UTF_8);
        }
    }

    /**
     * One dwelling of the portfolio with its latest stored result (the one stored last), for lists.
     *
     * @param punten    null when no result is stored
     * @param peildatum null when no result is stored
     */
    public record Overzichtsregel(String eenheid, String complex, String complexNaam, Adres adres, Integer punten,
                                  LocalDate peildatum, Sector sector, BigDecimal maximaleHuur) {
    }

    /** A result ready to store (valued and explained), prepared off the writing thread. */
    public record Voorbereid(long eenheidRij, Resultaat resultaat, MethodeGedeeldeRuimten methode, byte[] uitleg) {
    }

    public static Voorbereid bereidVoor(long eenheidRij, Resultaat r, MethodeGedeeldeRuimten methode) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = JSON.createGenerator(uit)) {
            ResultaatJson.schrijf(r, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Voorbereid(eenheidRij, r, methode, deflate(uit.toByteArray()));
    }

    /** Stores a result (replacing the dwelling's result at the same peildatum), in the running or a new transaction. */
    public void bewaar(Voorbereid v) {
        portfolio.inTransactie(c -> {
            ComplexSchrijver s = portfolio.schrijver();
            Resultaat r = v.resultaat();
            Rij.Zetter z = new Rij.Zetter(s.statement("resultaat")).lang(v.eenheidRij()).datum(r.peildatum())
                    .tekst(Tijd.nu()).tekst(Portfolio.versie()).tekst(r.tabellen())
                    .tekst(String.join(",", r.interpretatie().afwijkingen())).tekst(v.methode().code()).getal(r.som())
                    .geheel(r.punten());
            for (Stelselgroep g : Stelselgroep.values()) {
                z.getal(r.punten(g));
            }
            z.tekst(r.sector().code()).getal(r.maximaleHuur()).getal(r.opslagpercentage()).getal(r.huurprijsopslag())
                    .getal(r.maximaleHuurInclusiefOpslag()).vlag(r.zorg().isZorgwoning()).geheel(r.meldingen().size())
                    .bytes(v.uitleg());
            s.voegToe("resultaat");
            return null;
        });
    }

    /** A dwelling's stored result at a peildatum (dwellings of the portfolio, not of scenarios). */
    public Optional<OpgeslagenResultaat> resultaat(String veraId, LocalDate peildatum) {
        List<OpgeslagenResultaat> r = zoek("e.vera_id = ? AND e.scenario = 0 AND r.peildatum = ?", veraId, peildatum.toString());
        return r.stream().findFirst();
    }

    /** Every stored result of a dwelling, by peildatum. */
    public List<OpgeslagenResultaat> resultaten(String veraId) {
        return zoek("e.vera_id = ? AND e.scenario = 0", veraId, null);
    }

    /** The stored results of a complex (or scenario) at a peildatum, in the complex's order. */
    public List<OpgeslagenResultaat> resultatenVanComplex(long complexId, LocalDate peildatum) {
        return zoek("e.complex_id = ? AND r.peildatum = ?", complexId, peildatum.toString());
    }

    /** The peildata for which results are stored. */
    public List<LocalDate> peildata() {
        return portfolio.lees(c -> {
            List<LocalDate> uit = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT peildatum FROM resultaat ORDER BY peildatum");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return uit;
        });
    }

    private List<OpgeslagenResultaat> zoek(String waar, Object a, String b) {
        return portfolio.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM resultaat r JOIN eenheid e ON "
                    + "e.id = r.eenheid_id WHERE " + waar + " ORDER BY e.volgorde, e.id, r.peildatum")) {
                ps.setObject(1, a);
                if (b != null) {
                    ps.setString(2, b);
                }
                List<OpgeslagenResultaat> uit = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        uit.add(lees(rs));
                    }
                }
                return uit;
            }
        });
    }

    private static OpgeslagenResultaat lees(ResultSet rs) throws SQLException {
        Rij.Lezer l = new Rij.Lezer(rs);
        long rij = l.lang();
        String eenheid = l.tekst();
        LocalDate peildatum = l.datum();
        String berekend = l.tekst();
        String versie = l.tekst();
        String tabellen = l.tekst();
        String interpretatie = l.tekst();
        String methode = l.tekst();
        BigDecimal som = l.getal();
        int punten = l.geheelVerplicht();
        Map<Stelselgroep, BigDecimal> per = new EnumMap<>(Stelselgroep.class);
        for (Stelselgroep g : Stelselgroep.values()) {
            per.put(g, l.getal());
        }
        return new OpgeslagenResultaat(rij, eenheid, peildatum, berekend, versie, tabellen, interpretatie, methode, som,
                punten, per, sector(l.tekst()), l.getal(), l.getal(), l.getal(), l.getal(), l.vlagVerplicht(),
                l.geheelVerplicht(), l.bytes());
    }

    /** Every dwelling of the portfolio (scenarios excluded) with its latest stored result, by complex and order. */
    public List<Overzichtsregel> overzicht() {
        return portfolio.lees(c -> {
            List<Overzichtsregel> uit = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.vera_id, c.sleutel, c.naam, e.straatnaam, "
                    + "e.huisnummer, e.huisnummer_toevoeging, e.postcode, e.woonplaats, e.woonplaatscode, r.punten, "
                    + "r.peildatum, r.sector, r.maximale_huur FROM eenheid e JOIN complex c ON c.id = e.complex_id "
                    + "LEFT JOIN resultaat r ON r.id = (SELECT max(r2.id) FROM resultaat r2 WHERE r2.eenheid_id = e.id) "
                    + "WHERE c.basis_complex_id IS NULL ORDER BY coalesce(c.naam, c.sleutel), c.id, e.volgorde");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Rij.Lezer l = new Rij.Lezer(rs);
                    String eenheid = l.tekst();
                    String sleutel = l.tekst();
                    String naam = l.tekst();
                    Adres adres = new Adres(l.tekst(), l.tekst(), l.tekst(), l.tekst(), l.tekst(), l.tekst());
                    uit.add(new Overzichtsregel(eenheid, sleutel, naam, adres, l.geheel(), l.datum(), sector(l.tekst()),
                            l.getal()));
                }
            }
            return uit;
        });
    }

    private static Sector sector(String code) {
        if (code == null) {
            return null;
        }
        for (Sector s : Sector.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("onbekende sector '" + code + "' in het portefeuillebestand");
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream uit = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                uit.write(buf, 0, d.deflate(buf));
            }
            return uit.toByteArray();
        } finally {
            d.end();
        }
    }

    static byte[] inflate(byte[] data) {
        Inflater i = new Inflater();
        try {
            i.setInput(data);
            ByteArrayOutputStream uit = new ByteArrayOutputStream(data.length * 6);
            byte[] buf = new byte[8192];
            while (!i.finished()) {
                int n = i.inflate(buf);
                if (n == 0 && (i.needsInput() || i.needsDictionary())) {
                    throw new IllegalStateException("uitleg in het portefeuillebestand is beschadigd");
                }
                uit.write(buf, 0, n);
            }
            return uit.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("uitleg in het portefeuillebestand is beschadigd", e);
        } finally {
            i.end();
        }
    }
}
