package nl.puntwijs.core.tabellen;

import java.time.LocalDate;

/**
 * Every table the stelsel needs for peildata in [{@code geldigVanaf}, {@code geldigTot}].
 *
 * @param naam         identifies the set in results and exports (its start date, e.g. "2026-01-01")
 * @param bron         where the figures come from (beleidsboek edition and bijlage)
 * @param huurprijzen  maximale huurprijs per point total
 * @param energie      points per label, index and construction year
 * @param woz          WOZ factors, minimum value and the COROP small-dwelling list
 * @param grenzen      sector boundaries and the related rent limits
 */
public record Tabellen(String naam, LocalDate geldigVanaf, LocalDate geldigTot, String bron,
                       Huurprijstabel huurprijzen, Energietabel energie, WozTabel woz, Grenzen grenzen) {

    public boolean geldigOp(LocalDate peildatum) {
        return !peildatum.isBefore(geldigVanaf) && !peildatum.isAfter(geldigTot);
    }

    /** "2026-01-01 t/m 2026-12-31". */
    public String periode() {
        return geldigVanaf + " t/m " + geldigTot;
    }
}
