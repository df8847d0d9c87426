package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;
import nl.puntwijs.core.zorg.Uitkomst;
import nl.puntwijs.core.zorg.Voorwaardetoets;
import nl.puntwijs.core.zorg.Zorgbeoordeling;

/**
 * Rubriek 12: the zorgwoning surcharge of 35% over rubrieken 1 to 11.1 (BB26 §2.12.1; spec §3) when the
 * zorg check allows it ({@link nl.puntwijs.core.zorg.Zorgtoets}), the
 * aanbelfunctie with video and audio (0.25, §2.12.2) and each exclusive EV charger (2, §2.12.3).
 * The surcharge is rounded to quarter points with the rest of the rubriek (spec D5).
 */
public final class BijzondereVoorzieningen {

    public static final BigDecimal ZORGTOESLAG = new BigDecimal("0.35");
    static final BigDecimal AANBELFUNCTIE = new BigDecimal("0.25");
    static final BigDecimal LAADPAAL = BigDecimal.valueOf(2);

    private BijzondereVoorzieningen() {
    }

    /** The aanbelfunctie and private chargers: the part of rubriek 12 that does not depend on other rubrieken. */
    public static List<Regel> voorzieningen(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        boolean aanbel = false;
        int laadpalen = 0;
        for (Ruimte r : w.eenheid().ruimten()) {
            aanbel |= r.heeft(Voorziening.AANBELFUNCTIE);
            // a charger at a parking place of rubriek 10 is valued there (BB26 §2.10.5)
            if (!r.isGedeeld() && !GemeenschappelijkeParkeerruimten.isParkeerplek(r)) {
                laadpalen += r.laadpalen();
            }
        }
        if (aanbel) {
            regels.add(Regel.punten("aanbelfunctie", Voorziening.AANBELFUNCTIE.naam(), AANBELFUNCTIE, "BB26 §2.12.2"));
        }
        if (laadpalen > 0) {
            regels.add(Regel.meting("laadpalen", "Laadpaal voor exclusief gebruik", BigDecimal.valueOf(laadpalen),
                    Meeteenheid.STUKS, LAADPAAL.multiply(BigDecimal.valueOf(laadpalen)), "BB26 §2.12.3"));
        }
        return regels;
    }

    /**
     * The whole rubriek.
     *
     * @param voorzieningen the lines of {@link #voorzieningen(Waardering)}
     * @param basis         rubrieken 1-10 plus 11.1 (WOZ points before the 11.2 minimum); ignored for
     *                      a dwelling that is not a zorgwoning
     */
    public static RubriekResultaat waardeer(Waardering w, List<Regel> voorzieningen, BigDecimal basis) {
        List<Regel> regels = new ArrayList<>();
        Zorgbeoordeling zorg = w.zorg();
        if (zorg.isZorgwoning()) {
            boolean alsGeclaimd = zorg.besluit() == Zorgbeoordeling.Besluit.TOEGEPAST_ALS_GECLAIMD;
            if (alsGeclaimd) {
                w.waarschuw("zorg", "zorgtoeslag toegepast zoals opgegeven; niet vastgelegd: " + voorwaarden(zorg,
                        Uitkomst.NIET_VASTGELEGD) + " (BB26 §2.12.1)");
            }
            regels.add(Regel.meting("zorgwoning_puntenverhoging", "Zorgwoning: 35% van "
                    + basis.stripTrailingZeros().toPlainString() + " punten (rubrieken 1 t/m 11.1)"
                    + (alsGeclaimd ? "; zoals opgegeven, voorwaarden niet alle vastgelegd" : ""), basis,
                    null, basis.multiply(ZORGTOESLAG), "BB26 §2.12.1"));
        } else if (zorg.besluit() == Zorgbeoordeling.Besluit.NIET_TOEGEPAST) {
            regels.add(Regel.punten("zorgwoning_niet_toegepast", "Zorgwoning opgegeven, geen toeslag: "
                    + voorwaarden(zorg, Uitkomst.NIET_VOLDAAN), BigDecimal.ZERO, "BB26 §2.12.1"));
        }
        regels.addAll(voorzieningen);
        BigDecimal som = Regels.som(regels);
        if (w.optie(Interpretatie.Optie.ZORGTOESLAG_AFRONDING)) {
            // the surcharge stays unrounded until the total; the other provisions are quarter points already
            return new RubriekResultaat(Stelselgroep.BIJ, som, regels);
        }
        return Regels.kwartpunten(Stelselgroep.BIJ, som, regels);
    }

    private static String voorwaarden(Zorgbeoordeling zorg, Uitkomst uitkomst) {
        StringBuilder sb = new StringBuilder();
        for (Voorwaardetoets t : zorg.met(uitkomst)) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(t.voorwaarde().omschrijving().toLowerCase(java.util.Locale.ROOT)).append(" (")
                    .append(t.toelichting()).append(')');
        }
        return sb.toString();
    }

    /** Rubriek 12 as known before the surcharge: used for the 11.2 test and the cap (reading I). */
    public static BigDecimal zonderToeslag(List<Regel> voorzieningen) {
        return Afronding.kwartpunt(Regels.som(voorzieningen));
    }
}
