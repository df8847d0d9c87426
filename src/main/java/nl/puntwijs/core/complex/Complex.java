package nl.puntwijs.core.complex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Zorgvoorwaarden;

/**
 * A wooncomplex: its dwellings and the shared spaces they use.
 *
 * @param id              the complex's id
 * @param naam            display name
 * @param zorg            zorgwoning conditions recorded for the whole complex (a dwelling's own values win)
 * @param methode         how shared rooms count for its zorgwoningen
 * @param woningen        the dwellings (each with a unique eenheid id), without the shared spaces
 * @param gedeeldeRuimten the shared spaces
 * @param ouderenhuisvesting senior-housing and SOO subsidy data (null: none recorded)
 */
public record Complex(String id, String naam, Zorgvoorwaarden zorg, MethodeGedeeldeRuimten methode,
                      List<Eenheid> woningen, List<GedeeldeRuimte> gedeeldeRuimten,
                      Ouderenhuisvesting ouderenhuisvesting) {

    public Complex {
        methode = methode == null ? MethodeGedeeldeRuimten.FORFAITAIR : methode;
        woningen = woningen == null ? List.of() : List.copyOf(woningen);
        gedeeldeRuimten = gedeeldeRuimten == null ? List.of() : List.copyOf(gedeeldeRuimten);
    }

    public Complex metWoningen(List<Eenheid> nieuweWoningen) {
        return new Complex(id, naam, zorg, methode, nieuweWoningen, gedeeldeRuimten, ouderenhuisvesting);
    }

    public Complex metGedeeldeRuimten(List<GedeeldeRuimte> nieuweRuimten) {
        return new Complex(id, naam, zorg, methode, woningen, nieuweRuimten, ouderenhuisvesting);
    }

    public Complex metMethode(MethodeGedeeldeRuimten nieuweMethode) {
        return new Complex(id, naam, zorg, nieuweMethode, woningen, gedeeldeRuimten, ouderenhuisvesting);
    }

    public Complex metOuderenhuisvesting(Ouderenhuisvesting nieuweGegevens) {
        return new Complex(id, naam, zorg, methode, woningen, gedeeldeRuimten, nieuweGegevens);
    }

    public String weergavenaam() {
        return naam != null && !naam.isBlank() ? naam : id;
    }

    public Optional<Eenheid> woning(String eenheidId) {
        return woningen.stream().filter(w -> eenheidId.equals(w.id())).findFirst();
    }

    /** The shared spaces a dwelling has a use right to (none for a dwelling without an id). */
    public List<GedeeldeRuimte> gedeeldeRuimtenVan(String eenheidId) {
        if (eenheidId == null) {
            return List.of();
        }
        return gedeeldeRuimten.stream().filter(g -> g.woningen().contains(eenheidId)).toList();
    }

    /** A dwelling as the stelsel values it: complex conditions filled in, all its shared spaces as rooms. */
    public Eenheid inComplex(Eenheid woning) {
        return inComplex(woning, gedeeldeRuimtenVan(woning.id()));
    }

    /**
     * A dwelling with the given shared spaces as rooms shared with the space's number of addresses. A space
     * with fewer than two addresses is not a shared space (BB26 §2.9.1) and adds nothing.
     */
    public Eenheid inComplex(Eenheid woning, List<GedeeldeRuimte> ruimten) {
        List<Ruimte> alle = new ArrayList<>(woning.ruimten());
        for (GedeeldeRuimte g : ruimten) {
            if (!g.isGedeeld()) {
                continue;
            }
            for (Ruimte r : g.ruimten()) {
                alle.add(alsGedeeld(g, r));
            }
        }
        Zorgvoorwaarden voorwaarden = woning.zorgvoorwaarden() == null ? zorg
                : woning.zorgvoorwaarden().aangevuldMet(zorg);
        return woning.metRuimten(alle).metZorgvoorwaarden(voorwaarden);
    }

    private static Ruimte alsGedeeld(GedeeldeRuimte g, Ruimte r) {
        String naam = r.naam() == null || r.naam().isBlank() ? r.weergavenaam() : r.naam();
        String volledig = naam.equals(g.weergavenaam()) ? naam : g.weergavenaam() + ": " + naam;
        return new Ruimte(r.id(), volledig, r.soort(), r.detailsoort(), r.oppervlakte(), r.lengte(), r.breedte(),
                r.hoogte(), r.verwarmd(), r.verkoeld(), g.adressen(), r.aantal(), r.voorzieningen(), r.aanrechten(),
                r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten());
    }
}
