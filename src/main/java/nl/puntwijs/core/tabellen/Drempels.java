package nl.puntwijs.core.tabellen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All threshold values, each with its own validity, looked up by key and date. A date no value covers is an
 * error that names the key and the date ({@link GeenDrempelException}); there is never a silent default.
 */
public final class Drempels {

    private final Map<String, List<Drempel>> perSleutel;

    /**
     * @throws IllegalArgumentException when two periods of one key overlap
     */
    public Drempels(List<Drempel> drempels) {
        Map<String, List<Drempel>> map = new LinkedHashMap<>();
        for (Drempel d : drempels) {
            map.computeIfAbsent(d.sleutel(), k -> new ArrayList<>()).add(d);
        }
        for (Map.Entry<String, List<Drempel>> e : map.entrySet()) {
            List<Drempel> lijst = e.getValue();
            lijst.sort(Comparator.comparing(Drempel::geldigVanaf));
            for (int i = 1; i < lijst.size(); i++) {
                if (!lijst.get(i).geldigVanaf().isAfter(lijst.get(i - 1).geldigTot())) {
                    throw new IllegalArgumentException("drempel '" + e.getKey() + "': periodes "
                            + lijst.get(i - 1).periode() + " en " + lijst.get(i).periode() + " overlappen");
                }
            }
            e.setValue(List.copyOf(lijst));
        }
        this.perSleutel = Map.copyOf(map);
    }

    /**
     * The value of a key on a date, with its source and status.
     *
     * @throws GeenDrempelException naming the key, the date and the periods that exist
     */
    public Drempel drempel(String sleutel, LocalDate datum) {
        List<Drempel> lijst = perSleutel.get(sleutel);
        if (lijst == null) {
            throw new GeenDrempelException(sleutel, datum, "geen drempel '" + sleutel + "' bekend");
        }
        for (Drempel d : lijst) {
            if (d.geldigOp(datum)) {
                return d;
            }
        }
        throw new GeenDrempelException(sleutel, datum, "geen waarde voor drempel '" + sleutel + "' op " + datum
                + "; bekend: " + lijst.stream().map(Drempel::periode).collect(Collectors.joining(", ")));
    }

    /** The value of a key on a date; see {@link #drempel}. */
    public BigDecimal waarde(String sleutel, LocalDate datum) {
        return drempel(sleutel, datum).waarde();
    }

    /** Whether a value of the key covers the date (for rules that differ by period, e.g. per subsidy round). */
    public boolean heeft(String sleutel, LocalDate datum) {
        List<Drempel> lijst = perSleutel.get(sleutel);
        return lijst != null && lijst.stream().anyMatch(d -> d.geldigOp(datum));
    }

    /** Every period of a key, oldest first (empty for an unknown key). */
    public List<Drempel> periodes(String sleutel) {
        return perSleutel.getOrDefault(sleutel, List.of());
    }

    public Set<String> sleutels() {
        return perSleutel.keySet();
    }

    /** Thrown when no value of a key covers a date. */
    public static final class GeenDrempelException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String sleutel;
        private final LocalDate datum;

        public GeenDrempelException(String sleutel, LocalDate datum, String message) {
            super(message);
            this.sleutel = sleutel;
            this.datum = datum;
        }

        public String sleutel() {
            return sleutel;
        }

        public LocalDate datum() {
            return datum;
        }
    }
}
