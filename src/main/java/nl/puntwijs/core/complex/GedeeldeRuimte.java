package nl.puntwijs.core.complex;

import java.util.List;
import nl.puntwijs.core.model.Ruimte;

/**
 * A shared space, defined once per complex: its rooms (with their area, heating, kitchen and sanitary
 * provisions, or outdoor space or parking places) and the dwellings with access and a use right.
 *
 * @param id              unique within the complex
 * @param naam            display name ("Ontmoetingsruimte")
 * @param soort           what it is for
 * @param ruimten         its rooms; their own {@code gedeeldMetAdressen} is ignored (the space decides)
 * @param woningen        eenheid ids of the dwellings in this complex with a use right
 * @param aantalAdressen  the number of addresses with a use right when it exceeds the linked dwellings
 *                        (addresses outside this complex or portfolio); null: the linked dwellings
 */
public record GedeeldeRuimte(String id, String naam, SoortGedeeldeRuimte soort, List<Ruimte> ruimten,
                             List<String> woningen, Integer aantalAdressen) {

    public GedeeldeRuimte {
        ruimten = ruimten == null ? List.of() : List.copyOf(ruimten);
        woningen = woningen == null ? List.of() : List.copyOf(woningen);
    }

    /** The divisor: addresses with access and a use right, the own one included (BB26 §2.9.7). */
    public int adressen() {
        return aantalAdressen != null ? aantalAdressen : woningen.size();
    }

    /** Shared means at least two addresses (BB26 §2.9.1). */
    public boolean isGedeeld() {
        return adressen() >= 2;
    }

    public String weergavenaam() {
        return naam != null && !naam.isBlank() ? naam : soort != null ? soort.naam() : id;
    }

    public GedeeldeRuimte metWoningen(List<String> nieuweWoningen) {
        return new GedeeldeRuimte(id, naam, soort, ruimten, nieuweWoningen, aantalAdressen);
    }

    public GedeeldeRuimte metRuimten(List<Ruimte> nieuweRuimten) {
        return new GedeeldeRuimte(id, naam, soort, nieuweRuimten, woningen, aantalAdressen);
    }
}
