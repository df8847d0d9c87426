package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.IngedeeldeRuimte;
import nl.puntwijs.core.stelsel.Klasse;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 3: 2 points per heated vertrek, an open kitchen counting as a vertrek of its own (BB26 §2.3.2);
 * 1 point per heated overige ruimte or verkeersruimte, at most 4 together; 1 more per heated and cooled
 * vertrek, at most 2 (BB26 §2.3.1, §2.3.3).
 */
public final class VerkoelingEnVerwarming implements Rubriek {

    static final BigDecimal VERTREK = BigDecimal.valueOf(2);
    static final BigDecimal OPEN_KEUKEN = BigDecimal.valueOf(2);
    static final BigDecimal OVERIG = BigDecimal.ONE;
    static final BigDecimal MAXIMUM_OVERIG = BigDecimal.valueOf(4);
    static final BigDecimal KOELING = BigDecimal.ONE;
    static final BigDecimal MAXIMUM_KOELING = BigDecimal.valueOf(2);

    /** The heating and cooling points of one room, after the caps of the set it was valued in. */
    record Verwarming(IngedeeldeRuimte ruimte, BigDecimal verwarming, boolean openKeuken, BigDecimal koeling) {
        BigDecimal punten() {
            return verwarming.add(koeling);
        }
    }

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.VKV;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Verwarming> lijst = perRuimte(w.indeling().prive(), false);
        List<Regel> regels = new ArrayList<>();
        List<Regel> vertrekken = new ArrayList<>();
        List<Regel> overige = new ArrayList<>();
        List<Regel> koeling = new ArrayList<>();
        for (Verwarming v : lijst) {
            String id = v.ruimte().ruimte().id();
            String naam = v.ruimte().ruimte().weergavenaam();
            if (v.ruimte().klasse() == Klasse.VERTREK) {
                vertrekken.add(Regel.punten(id, naam + (v.openKeuken() ? " (met open keuken)" : ""), v.verwarming(),
                        v.openKeuken() ? "BB26 §2.3.2" : "BB26 §2.3.1"));
            } else {
                overige.add(Regel.punten(id, naam, v.verwarming(), "BB26 §2.3.1"));
            }
            if (v.koeling().signum() > 0) {
                koeling.add(Regel.punten(id, naam, v.koeling(), "BB26 §2.3.3"));
            }
        }
        groep(regels, "verwarmde_vertrekken", "Verwarmde vertrekken", vertrekken);
        groep(regels, "verwarmde_overige_en_verkeersruimten", "Verwarmde overige ruimten en verkeersruimten (max. 4)",
                overige);
        groep(regels, "verkoelde_en_verwarmde_vertrekken", "Verkoelde en verwarmde vertrekken (max. 2)", koeling);
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }

    private static void groep(List<Regel> regels, String sleutel, String naam, List<Regel> onderdelen) {
        if (!onderdelen.isEmpty()) {
            regels.add(new Regel(sleutel, naam, null, null, Regels.som(onderdelen), null, onderdelen));
        }
    }

    /**
     * The points per heated room of a set, applying the caps across the set in room order.
     *
     * @param gedeeld false for the dwelling's own rooms; true for shared rooms, where heated verkeersruimten
     *                earn nothing (spec §4.1) and any room with a counter has an open kitchen
     */
    static List<Verwarming> perRuimte(List<IngedeeldeRuimte> ruimten, boolean gedeeld) {
        List<Verwarming> lijst = new ArrayList<>();
        BigDecimal overigOver = MAXIMUM_OVERIG;
        BigDecimal koelingOver = MAXIMUM_KOELING;
        for (IngedeeldeRuimte ir : ruimten) {
            Ruimte r = ir.ruimte();
            if (!r.verwarmd() || ir.klasse() == Klasse.BUITENRUIMTE) {
                continue;
            }
            if (ir.klasse() == Klasse.VERTREK) {
                boolean open = gedeeld ? isGedeeldeOpenKeuken(r) : isOpenKeuken(r);
                BigDecimal koeling = BigDecimal.ZERO;
                if (r.verkoeld() && koelingOver.signum() > 0) {
                    koeling = KOELING;
                    koelingOver = koelingOver.subtract(KOELING);
                }
                lijst.add(new Verwarming(ir, open ? VERTREK.add(OPEN_KEUKEN) : VERTREK, open, koeling));
            } else if (ir.klasse() == Klasse.OVERIGE_RUIMTE || !gedeeld) {
                BigDecimal punten = OVERIG.min(overigOver);
                overigOver = overigOver.subtract(punten);
                lijst.add(new Verwarming(ir, punten, false, BigDecimal.ZERO));
            }
        }
        return lijst;
    }

    /**
     * A shared room with a counter of 1 m or more (a pantry kitchen in an ontmoetingsruimte) has an open
     * kitchen whatever its room type (spec §4.3); a shared kitchen itself does not.
     */
    static boolean isGedeeldeOpenKeuken(Ruimte r) {
        return !r.is(Detailsoort.KEUKEN) && Keuken.heeftGeldigAanrecht(r);
    }

    /**
     * A kitchen open to a living or sleeping room counts as a heated vertrek of its own (BB26 §2.3.2):
     * a combined woonkamer/keuken always, a living or sleeping room when it has a counter of 1 m or more
     * (vectors verkoeling_en_verwarming/woonkamer_aanrecht_*). A kitchen itself never.
     */
    static boolean isOpenKeuken(Ruimte r) {
        if (r.is(Detailsoort.WOONKAMER_KEUKEN, Detailsoort.WOON_SLAAPKAMER_KEUKEN)) {
            return true;
        }
        return r.is(Detailsoort.WOONKAMER, Detailsoort.WOON_SLAAPKAMER, Detailsoort.SLAAPKAMER)
                && Keuken.heeftGeldigAanrecht(r);
    }
}
