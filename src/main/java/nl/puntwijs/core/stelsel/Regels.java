package nl.puntwijs.core.stelsel;

import java.math.BigDecimal;
import java.util.List;

/** Small helpers shared by the rubrieken to build their explanation. */
public final class Regels {

    public static final String AFRONDING = "afronding_op_kwartpunten";

    private Regels() {
    }

    /**
     * Rounds a rubriek's raw points to quarter points (BB26 §2.1.4) and, when that changes them, adds the
     * difference as an explicit line so the lines still add up to the rubriek's points.
     */
    public static RubriekResultaat kwartpunten(Stelselgroep groep, BigDecimal onafgerond, List<Regel> regels) {
        BigDecimal punten = Afronding.kwartpunt(onafgerond);
        BigDecimal verschil = punten.subtract(onafgerond);
        if (verschil.signum() != 0) {
            regels.add(Regel.punten(AFRONDING, "Afronding op kwartpunten", verschil, "BB26 §2.1.4"));
        }
        return new RubriekResultaat(groep, punten, regels);
    }

    /** The sum of the points of the given lines (informative lines count as 0). */
    public static BigDecimal som(List<Regel> regels) {
        BigDecimal som = BigDecimal.ZERO;
        for (Regel r : regels) {
            if (r.punten() != null) {
                som = som.add(r.punten());
            }
        }
        return som;
    }

    /** "Woonkamer (+1 kast)": a room's name with the cupboards counted in its area. */
    public static String naamMetKasten(IngedeeldeRuimte r) {
        int kasten = r.ruimte().kasten().size();
        String naam = r.ruimte().weergavenaam();
        if (kasten == 0 || r.oppervlakte().equals(r.eigenOppervlakte()) && kasten > 0 && r.ruimte().isGedeeld()) {
            return naam;
        }
        return naam + " (+" + kasten + (kasten == 1 ? " kast)" : " kasten)");
    }

    public static BigDecimal bd(long waarde) {
        return BigDecimal.valueOf(waarde);
    }
}
