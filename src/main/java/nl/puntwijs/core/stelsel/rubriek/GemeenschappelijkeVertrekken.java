package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.IngedeeldeRuimte;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Klasse;
import nl.puntwijs.core.stelsel.Meldingen;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 9: shared indoor rooms and their provisions (BB26 §2.9, method §2.9.7). Per group of rooms shared
 * by the same number of addresses: area points (whole m² per category), heating, kitchen and sanitary
 * points as in rubrieken 1-6, the sum divided by the addresses; the groups added and rounded once.
 * A zorgwoning gets a flat 3 points instead (BB26 §2.9.4; spec §3.3), unless measuring is chosen.
 */
public final class GemeenschappelijkeVertrekken implements Rubriek {

    public static final BigDecimal ZORGWONING_FORFAIT = BigDecimal.valueOf(3);

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.GVR;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        if (w.isZorgwoning() && !w.optie(Interpretatie.Optie.ZORG_GEMEENSCHAPPELIJKE_RUIMTEN)) {
            regels.add(Regel.punten("zorgwoning", "Zorgwoning: gemeenschappelijke ruimten forfaitair",
                    ZORGWONING_FORFAIT, "BB26 §2.9.4"));
            return Regels.kwartpunten(groep(), ZORGWONING_FORFAIT, regels);
        }
        Map<Ruimte, IngedeeldeRuimte> ingedeeld = new HashMap<>();
        for (IngedeeldeRuimte r : w.indeling().gedeeld()) {
            ingedeeld.put(r.ruimte(), r);
        }
        Map<Ruimte, VerkoelingEnVerwarming.Verwarming> verwarming = new HashMap<>();
        for (var v : VerkoelingEnVerwarming.perRuimte(w.indeling().gedeeld(), true)) {
            verwarming.put(v.ruimte().ruimte(), v);
        }
        Map<Integer, List<Integer>> groepen = new LinkedHashMap<>();
        List<Ruimte> ruimten = w.eenheid().ruimten();
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            IngedeeldeRuimte ir = ingedeeld.get(r);
            if (r.isGedeeld() && (ir == null || ir.klasse() != Klasse.BUITENRUIMTE)) {
                groepen.computeIfAbsent(r.adressen(), n -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Integer, List<Integer>> g : groepen.entrySet()) {
            Regel regel = groep(w, g.getKey(), g.getValue(), ingedeeld, verwarming);
            if (regel != null) {
                regels.add(regel);
            }
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }

    private static Regel groep(Waardering w, int adressen, List<Integer> indices, Map<Ruimte, IngedeeldeRuimte> ingedeeld,
                               Map<Ruimte, VerkoelingEnVerwarming.Verwarming> verwarming) {
        List<IngedeeldeRuimte> geklasseerd = new ArrayList<>();
        for (int i : indices) {
            IngedeeldeRuimte ir = ingedeeld.get(w.eenheid().ruimten().get(i));
            if (ir != null) {
                geklasseerd.add(ir);
            }
        }
        List<Regel> onderdelen = new ArrayList<>();
        List<IngedeeldeRuimte> vertrekken = Oppervlakte.van(geklasseerd, Klasse.VERTREK);
        if (!vertrekken.isEmpty()) {
            onderdelen.add(Oppervlakte.categorie("oppervlakte_vertrekken", "Oppervlakte van vertrekken", vertrekken,
                    Oppervlakte.PER_M2_VERTREK, "BB26 §2.9.7"));
        }
        List<IngedeeldeRuimte> overige = Oppervlakte.van(geklasseerd, Klasse.OVERIGE_RUIMTE);
        if (!overige.isEmpty()) {
            onderdelen.add(Oppervlakte.categorie("oppervlakte_overige_ruimten", "Oppervlakte van overige ruimten", overige,
                    Oppervlakte.PER_M2_OVERIG, "BB26 §2.9.7"));
            onderdelen.addAll(Oppervlakte.zolderCorrecties(overige));
        }
        for (IngedeeldeRuimte ir : geklasseerd) {
            var v = verwarming.get(ir.ruimte());
            if (v != null && v.punten().signum() > 0) {
                onderdelen.add(Regel.punten("verwarming_" + ir.ruimte().id(), "Verwarming: "
                        + ir.ruimte().weergavenaam() + (v.openKeuken() ? " (met open keuken)" : "")
                        + (v.koeling().signum() > 0 ? " (ook verkoeld)" : ""), v.punten(), "BB26 §2.3, §2.9.2"));
            }
        }
        for (int i : indices) {
            Ruimte r = w.eenheid().ruimten().get(i);
            // a shared (spoel)keuken may sit in any shared room: every room with a counter counts (BB26 §2.9.3)
            if (r.detailsoort() != null) {
                Regel keuken = Keuken.keuken(r);
                if (keuken != null) {
                    onderdelen.add(new Regel("keuken_" + r.id(), "Keuken: " + r.weergavenaam(), null, null,
                            keuken.punten(), "BB26 §2.5, §2.9.3", keuken.onderdelen()));
                }
            }
            if (r.detailsoort() != null) {
                var s = Sanitair.ruimte(r, true, w.meldingen(), Meldingen.ruimte(i));
                if (!s.onderdelen().isEmpty()) {
                    onderdelen.add(new Regel("sanitair_" + r.id(), "Sanitair: " + r.weergavenaam(), null, null,
                            Regels.som(s.onderdelen()), "BB26 §2.6, §2.9.2", s.onderdelen()));
                }
            }
        }
        if (onderdelen.isEmpty()) {
            return null;
        }
        BigDecimal som = Regels.som(onderdelen);
        return new Regel("gedeeld_met_" + adressen + "_adressen", "Gedeeld met " + adressen + " adressen: "
                + som.stripTrailingZeros().toPlainString() + " punten / " + adressen, null, null,
                Afronding.deel(som, adressen), "BB26 §2.9.7", onderdelen);
    }
}
