package nl.puntwijs.core.stelsel.rubriek;

import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.stelsel.Klasse;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 2: 0.75 point per m² of the overige ruimten, summed to whole m², minus the correction for
 * attics without a fixed stair (BB26 §2.2.2).
 */
public final class OppervlakteVanOverigeRuimten implements Rubriek {

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.OOZ;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        var overige = Oppervlakte.van(w.indeling().prive(), Klasse.OVERIGE_RUIMTE);
        if (!overige.isEmpty()) {
            regels.add(Oppervlakte.categorie("overige_ruimten", "Overige ruimten", overige,
                    Oppervlakte.PER_M2_OVERIG, "BB26 §2.2.2.1"));
            regels.addAll(Oppervlakte.zolderCorrecties(overige));
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }
}
