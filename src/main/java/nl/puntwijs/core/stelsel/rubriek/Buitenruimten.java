package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.IngedeeldeRuimte;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Klasse;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Meldingen;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 8: 2 points once for having private outdoor space plus 0.35 per m²; shared outdoor space 0.75 per
 * m² divided by the addresses sharing it; at most 15; -5 when the dwelling has no outdoor space at all
 * (Bhw rubriek 8; BB26 §2.8). Areas per category to whole m² (Bhw; spec D4).
 */
public final class Buitenruimten implements Rubriek {

    static final BigDecimal AANWEZIG = BigDecimal.valueOf(2);
    static final BigDecimal PER_M2_PRIVE = new BigDecimal("0.35");
    static final BigDecimal PER_M2_GEDEELD = new BigDecimal("0.75");
    static final BigDecimal MAXIMUM = BigDecimal.valueOf(15);
    static final BigDecimal GEEN = BigDecimal.valueOf(-5);
    /** Minimum size of a shared outdoor space (BB26 §2.8.2). */
    static final BigDecimal MINIMUM_HOOGTE = new BigDecimal("2.00");
    static final BigDecimal MINIMUM_BREEDTE = new BigDecimal("1.50");

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.BUI;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        boolean tweeDecimalen = w.optie(Interpretatie.Optie.BUITENRUIMTE_OPPERVLAKTE);
        List<Regel> regels = new ArrayList<>();
        List<IngedeeldeRuimte> prive = Oppervlakte.van(w.indeling().prive(), Klasse.BUITENRUIMTE);
        List<IngedeeldeRuimte> gedeeld = Oppervlakte.van(w.indeling().gedeeld(), Klasse.BUITENRUIMTE);
        if (prive.isEmpty() && gedeeld.isEmpty()) {
            regels.add(Regel.punten("geen_buitenruimten", "Geen buitenruimte", GEEN, "BB26 §2.8.6"));
            return Regels.kwartpunten(groep(), GEEN, regels);
        }
        BigDecimal priveOppervlakte = Oppervlakte.som(prive);
        if (!prive.isEmpty()) {
            BigDecimal m2 = tweeDecimalen ? priveOppervlakte : Afronding.heel(priveOppervlakte);
            List<Regel> onderdelen = new ArrayList<>();
            for (IngedeeldeRuimte r : prive) {
                onderdelen.add(Regel.meting(r.ruimte().id(), r.ruimte().weergavenaam(), r.oppervlakte(),
                        Meeteenheid.VIERKANTE_METER, null, null));
            }
            regels.add(new Regel("prive", "Privé-buitenruimten", m2, Meeteenheid.VIERKANTE_METER,
                    m2.multiply(PER_M2_PRIVE), "BB26 §2.8.1", onderdelen));
            if (priveOppervlakte.signum() > 0) {
                regels.add(Regel.punten("prive_aanwezig", "Privé-buitenruimte aanwezig", AANWEZIG, "BB26 §2.8.1"));
            }
        }
        Map<Integer, List<IngedeeldeRuimte>> groepen = new LinkedHashMap<>();
        for (IngedeeldeRuimte r : gedeeld) {
            if (voldoetAanMinimum(r, w)) {
                groepen.computeIfAbsent(r.ruimte().adressen(), n -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<Integer, List<IngedeeldeRuimte>> g : groepen.entrySet()) {
            BigDecimal som = Oppervlakte.som(g.getValue());
            BigDecimal m2 = tweeDecimalen ? som : Afronding.heel(som);
            List<Regel> onderdelen = new ArrayList<>();
            for (IngedeeldeRuimte r : g.getValue()) {
                onderdelen.add(Regel.meting(r.ruimte().id(), r.ruimte().weergavenaam(), r.oppervlakte(),
                        Meeteenheid.VIERKANTE_METER, null, null));
            }
            regels.add(new Regel("gedeeld_met_" + g.getKey() + "_adressen", "Gemeenschappelijke buitenruimten, gedeeld met "
                    + g.getKey() + " adressen", m2, Meeteenheid.VIERKANTE_METER,
                    Afronding.deel(m2.multiply(PER_M2_GEDEELD), g.getKey()), "BB26 §2.8.2", onderdelen));
        }
        BigDecimal som = Regels.som(regels);
        if (som.compareTo(MAXIMUM) > 0) {
            regels.add(Regel.punten("maximering", "Maximering op 15 punten", MAXIMUM.subtract(som), "BB26 §2.8.8"));
            som = MAXIMUM;
        }
        return Regels.kwartpunten(groep(), som, regels);
    }

    /**
     * A shared outdoor space counts from 1.50 x 1.50 m and 2.00 m clear height (BB26 §2.8.2); a missing
     * dimension is taken as met, with a warning. A space that fails still counts as outdoor space for the
     * -5 rule (vector buitenruimten/te_kleine_buitenruimtes).
     */
    private static boolean voldoetAanMinimum(IngedeeldeRuimte ir, Waardering w) {
        Ruimte r = ir.ruimte();
        String veld = Meldingen.ruimte(ir);
        if ((r.hoogte() != null && r.hoogte().compareTo(MINIMUM_HOOGTE) < 0)
                || (r.lengte() != null && r.lengte().compareTo(MINIMUM_BREEDTE) < 0)
                || (r.breedte() != null && r.breedte().compareTo(MINIMUM_BREEDTE) < 0)) {
            w.waarschuw(veld, r.weergavenaam() + ": gemeenschappelijke buitenruimte kleiner dan 1,50 x 1,50 m of lager "
                    + "dan 2,00 m; niet gewaardeerd (BB26 §2.8.2)");
            return false;
        }
        if (r.lengte() == null || r.breedte() == null) {
            w.waarschuw(veld, r.weergavenaam() + ": lengte of breedte ontbreekt; minimummaat 1,50 x 1,50 m niet "
                    + "gecontroleerd");
        }
        return true;
    }
}
