package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Voorziening.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Meldingen;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 5: the kitchen. A counter of 1 m up to 2 m earns 4 points, from 2 m 7 (BB26 §2.5.2; Bhw 5.1
 * "2 m en meer", spec D3); extra provisions earn at most as much as the counter (BB26 §2.5.3).
 * Every room with a valid counter is a kitchen of its own (vector keuken/woon_slaap_met_aanrecht).
 */
public final class Keuken implements Rubriek {

    static final BigDecimal MINIMUM_AANRECHT_MM = BigDecimal.valueOf(1000);
    static final BigDecimal LANG_AANRECHT_MM = BigDecimal.valueOf(2000);
    static final BigDecimal PUNTEN_KORT = BigDecimal.valueOf(4);
    static final BigDecimal PUNTEN_LANG = BigDecimal.valueOf(7);

    /** Extra provisions and their points (BB26 §2.5.3; a two-function appliance counts twice, §2.5.4). */
    static final Map<Voorziening, BigDecimal> EXTRA = new EnumMap<>(Voorziening.class);

    static {
        EXTRA.put(AFZUIGINSTALLATIE, new BigDecimal("0.75"));
        EXTRA.put(KOOKPLAAT_INDUCTIE, new BigDecimal("1.75"));
        EXTRA.put(KOOKPLAAT_KERAMISCH, new BigDecimal("1.00"));
        EXTRA.put(KOOKPLAAT_GAS, new BigDecimal("0.50"));
        EXTRA.put(KOELKAST, new BigDecimal("1.00"));
        EXTRA.put(VRIESKAST, new BigDecimal("0.75"));
        EXTRA.put(KOELVRIESCOMBINATIE, new BigDecimal("1.75"));
        EXTRA.put(OVEN_ELEKTRISCH, new BigDecimal("1.00"));
        EXTRA.put(OVEN_GAS, new BigDecimal("0.50"));
        EXTRA.put(MAGNETRON, new BigDecimal("1.00"));
        EXTRA.put(COMBI_MAGNETRON_OVEN, new BigDecimal("2.00"));
        EXTRA.put(VAATWASMACHINE, new BigDecimal("1.50"));
        EXTRA.put(EXTRA_KEUKENKASTRUIMTE, new BigDecimal("0.75"));
        EXTRA.put(EENHANDSMENGKRAAN, new BigDecimal("0.25"));
        EXTRA.put(THERMOSTATISCHE_MENGKRAAN, new BigDecimal("0.50"));
        EXTRA.put(KOKEND_WATERFUNCTIE, new BigDecimal("0.50"));
    }

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.KEU;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        List<Ruimte> ruimten = w.eenheid().ruimten();
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            if (r.isGedeeld() || !kanKeukenZijn(r)) {
                continue;
            }
            Regel keuken = keuken(r);
            if (keuken != null) {
                regels.add(keuken);
            } else if (r.is(Detailsoort.KEUKEN, Detailsoort.WOONKAMER_KEUKEN, Detailsoort.WOON_SLAAPKAMER_KEUKEN)) {
                w.waarschuw(Meldingen.ruimte(i), r.weergavenaam()
                        + ": geen aanrecht van minstens 1 m; de keuken krijgt geen punten (BB26 §2.5.2)");
            }
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }

    /** Rooms where a kitchen may be: a kitchen, or a living or sleeping room with a counter in it. */
    static boolean kanKeukenZijn(Ruimte r) {
        return r.is(Detailsoort.KEUKEN, Detailsoort.WOONKAMER_KEUKEN, Detailsoort.WOON_SLAAPKAMER_KEUKEN,
                Detailsoort.WOONKAMER, Detailsoort.WOON_SLAAPKAMER, Detailsoort.SLAAPKAMER);
    }

    /** At least one counter piece of 1 m or more (BB26 §2.5.2). */
    static boolean heeftGeldigAanrecht(Ruimte r) {
        for (BigDecimal lengte : r.aanrechten()) {
            if (lengte.compareTo(MINIMUM_AANRECHT_MM) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kitchen in a room, or null when it has no valid counter. The counter length is the sum of all
     * pieces once one piece reaches 1 m (BB26 §2.5.2: separate worktops count; vector
     * keuken/keuken_maximering_kort_aanrecht).
     */
    static Regel keuken(Ruimte r) {
        if (!heeftGeldigAanrecht(r)) {
            return null;
        }
        BigDecimal lengte = BigDecimal.ZERO;
        for (BigDecimal stuk : r.aanrechten()) {
            lengte = lengte.add(stuk);
        }
        BigDecimal aanrechtPunten = lengte.compareTo(LANG_AANRECHT_MM) >= 0 ? PUNTEN_LANG : PUNTEN_KORT;
        List<Regel> onderdelen = new ArrayList<>();
        onderdelen.add(Regel.meting("lengte_aanrecht", "Lengte aanrecht", lengte, Meeteenheid.MILLIMETER,
                aanrechtPunten, "BB26 §2.5.2"));
        BigDecimal extra = BigDecimal.ZERO;
        int[] aantallen = r.telVoorzieningen();
        for (Map.Entry<Voorziening, BigDecimal> e : EXTRA.entrySet()) {
            long aantal = aantallen[e.getKey().ordinal()];
            if (aantal > 0) {
                BigDecimal punten = e.getValue().multiply(BigDecimal.valueOf(aantal));
                extra = extra.add(punten);
                onderdelen.add(Regel.meting(e.getKey().code(), e.getKey().naam(), BigDecimal.valueOf(aantal),
                        Meeteenheid.STUKS, punten, "BB26 §2.5.3"));
            }
        }
        if (extra.compareTo(aanrechtPunten) > 0) {
            onderdelen.add(Regel.punten("maximering_extra_voorzieningen",
                    "Maximering extra voorzieningen tot de punten van het aanrecht", aanrechtPunten.subtract(extra),
                    "BB26 §2.5.3"));
        }
        return new Regel(r.id(), r.weergavenaam(), null, null, Regels.som(onderdelen), null, onderdelen);
    }
}
