package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.IngedeeldeRuimte;
import nl.puntwijs.core.stelsel.Klasse;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;

/**
 * Area points of a category of rooms: each room to two decimals, the category's sum to whole m²,
 * times the points per m² (BB26 §2.2.1.1, §2.2.2.1), and the attic correction of BB26 §2.2.2.3.
 * Used for the dwelling's own rooms (rubrieken 1 and 2) and for shared rooms (rubriek 9).
 */
final class Oppervlakte {

    static final BigDecimal PER_M2_VERTREK = BigDecimal.ONE;
    static final BigDecimal PER_M2_OVERIG = new BigDecimal("0.75");
    /** Maximum deduction for an attic without a fixed stair (BB26 §2.2.2.3). */
    static final BigDecimal ZOLDER_AFTREK = BigDecimal.valueOf(5);

    private Oppervlakte() {
    }

    static List<IngedeeldeRuimte> van(List<IngedeeldeRuimte> ruimten, Klasse klasse) {
        List<IngedeeldeRuimte> lijst = new ArrayList<>();
        for (IngedeeldeRuimte r : ruimten) {
            if (r.klasse() == klasse) {
                lijst.add(r);
            }
        }
        return lijst;
    }

    static BigDecimal som(List<IngedeeldeRuimte> ruimten) {
        BigDecimal som = BigDecimal.ZERO;
        for (IngedeeldeRuimte r : ruimten) {
            som = som.add(r.oppervlakte());
        }
        return som;
    }

    /**
     * The category line: its quantity is the exact sum, its points the whole-m² sum times the rate;
     * the rooms are its informative sub-lines.
     */
    static Regel categorie(String sleutel, String omschrijving, List<IngedeeldeRuimte> ruimten, BigDecimal perM2,
                           String bron) {
        BigDecimal som = som(ruimten);
        BigDecimal punten = Afronding.heel(som).multiply(perM2);
        List<Regel> onderdelen = new ArrayList<>(ruimten.size());
        for (IngedeeldeRuimte r : ruimten) {
            onderdelen.add(Regel.meting(r.ruimte().id(), Regels.naamMetKasten(r), r.oppervlakte(),
                    Meeteenheid.VIERKANTE_METER, null, null));
        }
        return new Regel(sleutel, omschrijving, som, Meeteenheid.VIERKANTE_METER, punten, bron, onderdelen);
    }

    /**
     * The deduction for each attic reached without a fixed stair: 5 points, but never more than the attic
     * contributes to the category (recommended reading, spec §2.2): (r0(T) - r0(T - attic)) x 0.75, where T is the
     * category's area as it earns its points (cupboards included). With several such attics the largest goes first:
     * each is measured against the other rooms plus the attics larger than it, so together they never deduct more
     * than they contribute, and a larger room or an extra room never lowers the rubriek (property
     * {@code OppervlakteEigenschappenTest}; measuring the smallest first, or each against all, breaks that). For one
     * attic without cupboards this is the peer's rule (vera-interpretatie §2); docs/interpretaties.md records where it
     * differs.
     */
    static List<Regel> zolderCorrecties(List<IngedeeldeRuimte> overige) {
        List<Regel> regels = new ArrayList<>();
        BigDecimal zonderZolders = BigDecimal.ZERO;
        List<IngedeeldeRuimte> zolders = new ArrayList<>();
        for (IngedeeldeRuimte r : overige) {
            if (r.zolderZonderVasteTrap()) {
                zolders.add(r);
            } else {
                zonderZolders = zonderZolders.add(r.oppervlakte());
            }
        }
        if (zolders.isEmpty()) {
            return regels;
        }
        // the largest first onto the other rooms, then each smaller one onto those (a stable sort: equal attics in
        // input order)
        List<IngedeeldeRuimte> aflopend = new ArrayList<>(zolders);
        aflopend.sort(Comparator.comparing(IngedeeldeRuimte::oppervlakte).reversed());
        Map<IngedeeldeRuimte, BigDecimal> bijdragen = new IdentityHashMap<>();
        BigDecimal onder = zonderZolders;
        for (IngedeeldeRuimte r : aflopend) {
            BigDecimal met = onder.add(r.oppervlakte());
            bijdragen.put(r, Afronding.heel(met).subtract(Afronding.heel(onder)).multiply(PER_M2_OVERIG));
            onder = met;
        }
        for (IngedeeldeRuimte r : zolders) {
            BigDecimal aftrek = bijdragen.get(r).min(ZOLDER_AFTREK).negate();
            regels.add(Regel.punten("correctie_zolder_" + r.ruimte().id(),
                    "Correctie: " + r.ruimte().weergavenaam() + " zonder vaste trap", aftrek, "BB26 §2.2.2.3"));
        }
        return regels;
    }
}
