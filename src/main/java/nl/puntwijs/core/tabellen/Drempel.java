package nl.puntwijs.core.tabellen;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One threshold value with its own validity (a rent limit, a maximum rent increase, a subsidy parameter).
 * Values do not all change on 1 January: rent increase maxima change on 1 July, subsidy rounds open and close on
 * their own dates; so each value carries its own period instead of belonging to a yearly table set.
 *
 * @param sleutel     the key the rules ask for (e.g. "aftoppingsgrens.laag")
 * @param waarde      the value: euro, points, a percentage (4.1 = 4,1%), a share (0.75), or 1/0 for yes/no
 * @param geldigVanaf first day the value holds (inclusive)
 * @param geldigTot   last day the value holds (inclusive)
 * @param bron        where the value comes from (regulation, beleidsboek paragraph, publication)
 * @param onbevestigd true when the source could not confirm the figure; signals using it say so
 * @param toelichting a short note for people (may be null)
 */
public record Drempel(String sleutel, BigDecimal waarde, LocalDate geldigVanaf, LocalDate geldigTot, String bron,
                      boolean onbevestigd, String toelichting) {

    public Drempel {
        if (sleutel == null || sleutel.isBlank()) {
            throw new IllegalArgumentException("drempel zonder sleutel");
        }
        if (waarde == null || geldigVanaf == null || geldigTot == null || bron == null || bron.isBlank()) {
            throw new IllegalArgumentException("drempel '" + sleutel + "': waarde, geldigVanaf, geldigTot en bron "
                    + "zijn verplicht");
        }
        if (geldigTot.isBefore(geldigVanaf)) {
            throw new IllegalArgumentException("drempel '" + sleutel + "': geldigTot " + geldigTot
                    + " ligt voor geldigVanaf " + geldigVanaf);
        }
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && !datum.isAfter(geldigTot);
    }

    /** "2026-07-01 t/m 2027-06-30". */
    public String periode() {
        return geldigVanaf + " t/m " + geldigTot;
    }
}
