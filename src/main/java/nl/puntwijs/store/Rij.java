package nl.puntwijs.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.DateTimeException;
import nl.puntwijs.io.vera.Getallen;

/** Typed, null-aware reading and writing of columns: decimals as exact text, dates as ISO text, booleans 0/1. */
final class Rij {

    private Rij() {
    }

    /** Sets parameters from index 1 on. */
    static final class Zetter {
        private final PreparedStatement ps;
        private int i = 1;

        Zetter(PreparedStatement ps) {
            this.ps = ps;
        }

        Zetter lang(long waarde) throws SQLException {
            ps.setLong(i++, waarde);
            return this;
        }

        Zetter lang(Long waarde) throws SQLException {
            if (waarde == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setLong(i++, waarde);
            }
            return this;
        }

        Zetter geheel(Integer waarde) throws SQLException {
            if (waarde == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, waarde);
            }
            return this;
        }

        Zetter tekst(String waarde) throws SQLException {
            ps.setString(i++, waarde);
            return this;
        }

        Zetter getal(BigDecimal waarde) throws SQLException {
            ps.setString(i++, waarde == null ? null : waarde.toPlainString());
            return this;
        }

        Zetter datum(LocalDate waarde) throws SQLException {
            ps.setString(i++, waarde == null ? null : waarde.toString());
            return this;
        }

        Zetter vlag(Boolean waarde) throws SQLException {
            if (waarde == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, waarde ? 1 : 0);
            }
            return this;
        }

        Zetter vlag(boolean waarde) throws SQLException {
            ps.setInt(i++, waarde ? 1 : 0);
            return this;
        }

        Zetter bytes(byte[] waarde) throws SQLException {
            ps.setBytes(i++, waarde);
            return this;
        }
    }

    /** A date as stored ({@link LocalDate#toString()}); "yyyy-mm-dd" without the general parser. */
    static LocalDate datum(String t) {
        if (t == null) {
            return null;
        }
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int j = cijfers(t, 0, 4);
            int m = cijfers(t, 5, 7);
            int d = cijfers(t, 8, 10);
            if (j >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(j, m, d);
            }
        }
        return LocalDate.parse(t);
    }

    private static int cijfers(String t, int van, int tot) {
        int v = 0;
        for (int k = van; k < tot; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * A stored value Puntwijs never writes: the file was edited by another program. The core trusts its model, so
     * such a value is refused where it is read, with the column named, as the readers refuse it in a file.
     */
    static final class OngeldigeWaarde extends SQLException {
        private static final long serialVersionUID = 1L;

        OngeldigeWaarde(String kolom, String waarde, String reden) {
            super("kolom " + kolom + ", waarde '" + (waarde.length() > 200 ? waarde.substring(0, 200) + "…" : waarde)
                    + "': " + reden);
        }
    }

    /** A column's "tabel.kolom", asked for only when a value is refused or negative (the lookup is not free). */
    @FunctionalInterface
    interface Kolom {
        String naam() throws SQLException;
    }

    static Kolom kolom(ResultSet rs, int index) {
        return () -> rs.getMetaData().getTableName(index) + "." + rs.getMetaData().getColumnName(index);
    }

    /** The largest number any stored field holds (WOZ values and amounts are at most 10^9 in the readers). */
    private static final BigDecimal MAXIMUM = BigDecimal.valueOf(1_000_000_000L);
    /** The one stored input that may be negative: a rent decrease is a valid planned change. */
    private static final String NEGATIEF_TOEGESTAAN = ".huur_verhoging_pct";
    /** Stored results may be negative too (energy points, a difference); they are recomputed, never input. */
    private static final String RESULTATEN = "resultaat.";

    static BigDecimal getal(ResultSet rs, int index, String t) throws SQLException {
        return getal(kolom(rs, index), t);
    }

    /**
     * A stored number, bounded as the readers bound input ({@link Getallen#begrensd}): a number, at most 10^9 either
     * way, not negative (but for a rent change and results), and no smaller than 10^-{@value Getallen#DECIMALEN}
     * unless zero.
     */
    static BigDecimal getal(Kolom kolom, String t) throws SQLException {
        BigDecimal b;
        try {
            b = t.length() > 1000 ? null : new BigDecimal(t);
        } catch (NumberFormatException e) {
            b = null;
        }
        if (b == null) {
            throw new OngeldigeWaarde(kolom.naam(), t, "is geen getal");
        }
        if (b.abs().compareTo(MAXIMUM) > 0) {
            throw new OngeldigeWaarde(kolom.naam(), Getallen.tekst(b), "is onwaarschijnlijk groot (meer dan "
                    + MAXIMUM.toPlainString() + ")");
        }
        if (b.signum() < 0) {
            String naam = kolom.naam();
            if (!naam.endsWith(NEGATIEF_TOEGESTAAN) && !naam.startsWith(RESULTATEN)) {
                throw new OngeldigeWaarde(naam, t, "is negatief");
            }
        }
        BigDecimal begrensd = Getallen.begrensd(b);
        if (begrensd == null) {
            throw new OngeldigeWaarde(kolom.naam(), Getallen.tekst(b), "is onwaarschijnlijk klein (meer dan "
                    + Getallen.DECIMALEN + " decimalen)");
        }
        return begrensd;
    }

    /** Reads columns by index from 1 on. */
    static final class Lezer {
        private final ResultSet rs;
        private int i = 1;

        Lezer(ResultSet rs) {
            this.rs = rs;
        }

        Lezer naar(int kolom) {
            this.i = kolom;
            return this;
        }

        long lang() throws SQLException {
            return rs.getLong(i++);
        }

        Long langOfNull() throws SQLException {
            long v = rs.getLong(i++);
            return rs.wasNull() ? null : v;
        }

        Integer geheel() throws SQLException {
            int v = rs.getInt(i++);
            return rs.wasNull() ? null : v;
        }

        int geheelVerplicht() throws SQLException {
            return rs.getInt(i++);
        }

        String tekst() throws SQLException {
            return rs.getString(i++);
        }

        BigDecimal getal() throws SQLException {
            String t = rs.getString(i++);
            return t == null ? null : Rij.getal(rs, i - 1, t);
        }

        LocalDate datum() throws SQLException {
            String t = rs.getString(i++);
            try {
                return Rij.datum(t);
            } catch (DateTimeException e) {
                throw new OngeldigeWaarde(kolom(rs, i - 1).naam(), t, "is geen datum (JJJJ-MM-DD)");
            }
        }

        Boolean vlag() throws SQLException {
            int v = rs.getInt(i++);
            return rs.wasNull() ? null : v != 0;
        }

        boolean vlagVerplicht() throws SQLException {
            return rs.getInt(i++) != 0;
        }

        byte[] bytes() throws SQLException {
            return rs.getBytes(i++);
        }
    }
}
