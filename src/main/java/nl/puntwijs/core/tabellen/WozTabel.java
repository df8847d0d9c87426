package nl.puntwijs.core.tabellen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * WOZ tables (BB26 §2.11, Bhw rubriek 11).
 *
 * @param factoren                 divisors per waardepeildatum
 * @param waardepeildata           the waardepeildata a WOZ value may have to count at this set's peildata
 * @param minimumWaarde            the minimum WOZ value (BB26 §2.11.1)
 * @param minimumWaardepeildatum   the waardepeildatum whose factors apply to the minimum and taxatie values
 * @param taxatieFactor            share of a taxatiewaarde used when no WOZ value exists (0.85)
 * @param corop                    the small new-build rule of Bhw 11.1a (BB26 §2.11.6)
 */
public record WozTabel(List<Factor> factoren, List<LocalDate> waardepeildata, BigDecimal minimumWaarde,
                       LocalDate minimumWaardepeildatum, BigDecimal taxatieFactor, Corop corop) {

    public WozTabel {
        factoren = factoren.stream().sorted(Comparator.comparing(Factor::waardepeildatum)).toList();
        waardepeildata = List.copyOf(waardepeildata);
    }

    /**
     * Divisors for one waardepeildatum.
     *
     * @param onderdeel1      divisor for onderdeel I (value)
     * @param onderdeel2      divisor for onderdeel II (value per m²)
     * @param onderdeel2Corop divisor for onderdeel II under the COROP small-dwelling rule
     */
    public record Factor(LocalDate waardepeildatum, BigDecimal onderdeel1, BigDecimal onderdeel2,
                         BigDecimal onderdeel2Corop) {
    }

    /**
     * Bhw 11.1a: dwellings under {@code maximumOppervlakte} m² completed in [{@code bouwjaarVan},
     * {@code bouwjaarTot}] in the COROP areas Amsterdam and Utrecht (BB26 Bijlage 1).
     *
     * @param gemeenten       municipalities of the COROP areas (matched on the woonplaats name)
     * @param woonplaatscodes BAG woonplaatscodes known to lie in them
     */
    public record Corop(int bouwjaarVan, int bouwjaarTot, int maximumOppervlakte, Set<String> gemeenten,
                        Set<String> woonplaatscodes) {

        public Corop {
            gemeenten = gemeenten.stream().map(g -> g.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            woonplaatscodes = Set.copyOf(woonplaatscodes);
        }

        public boolean omvat(String woonplaats, String woonplaatscode) {
            return (woonplaatscode != null && woonplaatscodes.contains(woonplaatscode.strip()))
                    || (woonplaats != null && gemeenten.contains(woonplaats.strip().toLowerCase(Locale.ROOT)));
        }
    }

    /** The factor row of the latest waardepeildatum on or before the given one. */
    public Optional<Factor> factor(LocalDate waardepeildatum) {
        Factor gevonden = null;
        for (Factor f : factoren) {
            if (!f.waardepeildatum().isAfter(waardepeildatum)) {
                gevonden = f;
            }
        }
        return Optional.ofNullable(gevonden);
    }
}
