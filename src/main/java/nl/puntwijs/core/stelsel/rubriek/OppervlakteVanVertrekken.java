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

/** Rubriek 1: one point per m² of the vertrekken, summed to whole m² (BB26 §2.2.1). */
public final class OppervlakteVanVertrekken implements Rubriek {

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.OVZ;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        var vertrekken = Oppervlakte.van(w.indeling().prive(), Klasse.VERTREK);
        if (!vertrekken.isEmpty()) {
            regels.add(Oppervlakte.categorie("vertrekken", "Vertrekken", vertrekken, Oppervlakte.PER_M2_VERTREK,
                    "BB26 §2.2.1.1"));
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }
}
