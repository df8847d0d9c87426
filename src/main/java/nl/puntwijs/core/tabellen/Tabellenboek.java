package nl.puntwijs.core.tabellen;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** All table sets, chosen by peildatum. */
public final class Tabellenboek {

    private final List<Tabellen> sets;

    public Tabellenboek(List<Tabellen> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("geen tabellen");
        }
        this.sets = sets.stream().sorted(Comparator.comparing(Tabellen::geldigVanaf)).toList();
        for (int i = 1; i < this.sets.size(); i++) {
            Tabellen vorige = this.sets.get(i - 1);
            Tabellen set = this.sets.get(i);
            if (!vorige.geldigTot().plusDays(1).equals(set.geldigVanaf())) {
                throw new IllegalArgumentException("tabellen " + vorige.naam() + " en " + set.naam()
                        + " sluiten niet op elkaar aan");
            }
        }
    }

    public List<Tabellen> sets() {
        return sets;
    }

    /**
     * The set valid on the peildatum.
     *
     * @throws GeenTabellenException naming the periods that exist when none covers the date
     */
    public Tabellen voor(LocalDate peildatum) {
        for (Tabellen set : sets) {
            if (set.geldigOp(peildatum)) {
                return set;
            }
        }
        throw new GeenTabellenException("geen tabellen voor peildatum " + peildatum + "; beschikbaar: "
                + sets.stream().map(Tabellen::periode).collect(Collectors.joining(", ")));
    }

    /** Thrown when a peildatum lies outside every table set. */
    public static final class GeenTabellenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public GeenTabellenException(String message) {
            super(message);
        }
    }
}
