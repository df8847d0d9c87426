package nl.puntwijs.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

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
            return t == null ? null : new BigDecimal(t);
        }

        LocalDate datum() throws SQLException {
            String t = rs.getString(i++);
            return t == null ? null : LocalDate.parse(t);
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
