package nl.puntwijs.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.puntwijs.core.stelsel.Interpretatie;

/**
 * What the two sources of the report share: the peildata and interpretation they value at, the {@code --complex}
 * names that limit them (which complex each chooses, and which chose none), and the portfolio name given for the
 * Samenvatting.
 */
abstract class Bronbasis implements Exportbron {

    protected final LocalDate peildatum;
    protected final LocalDate vergelijkdatum;
    protected final Interpretatie interpretatie;
    protected final Complexberekening berekening;
    private final Set<String> filter;
    private final Set<String> gevonden = new LinkedHashSet<>();
    private String naam;

    /**
     * @param vergelijkdatum null for none
     * @param complexen      the names or keys that choose complexes; empty for all
     */
    Bronbasis(LocalDate peildatum, LocalDate vergelijkdatum, Interpretatie interpretatie, Collection<String> complexen,
              Complexberekening berekening) {
        this.peildatum = peildatum;
        this.vergelijkdatum = vergelijkdatum;
        this.interpretatie = interpretatie;
        this.filter = Set.copyOf(complexen);
        this.berekening = berekening;
    }

    @Override
    public LocalDate peildatum() {
        return peildatum;
    }

    @Override
    public Optional<LocalDate> vergelijkdatum() {
        return Optional.ofNullable(vergelijkdatum);
    }

    @Override
    public Interpretatie interpretatie() {
        return interpretatie;
    }

    void zetNaam(String portefeuillenaam) {
        this.naam = portefeuillenaam;
    }

    /** The portfolio name given for the Samenvatting, if any. */
    Optional<String> gegevenNaam() {
        return naam == null || naam.isBlank() ? Optional.empty() : Optional.of(naam.strip());
    }

    /** True when no names limit the export: every complex is in it. */
    boolean alles() {
        return filter.isEmpty();
    }

    /** The given name that chooses a complex by its name or else its key, remembered as found; null when none does. */
    String kies(String naam, String sleutel) {
        String treffer = naam != null && filter.contains(naam) ? naam
                : sleutel != null && filter.contains(sleutel) ? sleutel : null;
        if (treffer != null) {
            gevonden.add(treffer);
        }
        return treffer;
    }

    /** Remembers a choice found another way (an id, a scenario's name). */
    void gevonden(String keuze) {
        gevonden.add(keuze);
    }

    /** The given names, and {@code ook}, that chose nothing. */
    Set<String> nietGevonden(Collection<String> ook) {
        Set<String> niet = new LinkedHashSet<>(filter);
        niet.addAll(ook);
        niet.removeAll(gevonden);
        return niet;
    }
}
