package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Meldingen;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 10: parking places of a shared parking space, per place 9 (type I, closed garage), 6 (type II,
 * outdoor with roof) or 4 (type III, outdoor), plus 2 for an exclusive EV charger, divided by the addresses
 * with a use right (BB26 §2.10.3-§2.10.5). A place is at least 12 m² (BB26 §2.10.2).
 */
public final class GemeenschappelijkeParkeerruimten implements Rubriek {

    static final BigDecimal MINIMUM_OPPERVLAKTE = BigDecimal.valueOf(12);
    static final BigDecimal LAADPAAL = BigDecimal.valueOf(2);
    static final Map<Detailsoort, BigDecimal> PER_PLEK = new EnumMap<>(Detailsoort.class);

    static {
        PER_PLEK.put(Detailsoort.PARKEERPLEK_INPANDIG, BigDecimal.valueOf(9));
        PER_PLEK.put(Detailsoort.PARKEERPLEK_UITPANDIG_OVERDEKT, BigDecimal.valueOf(6));
        PER_PLEK.put(Detailsoort.CARPORT, BigDecimal.valueOf(6));
        PER_PLEK.put(Detailsoort.PARKEERPLEK_BUITEN_ONOVERDEKT, BigDecimal.valueOf(4));
        // VERA collective-object codes; every closed garage of the complex is type I (spec §6 B13)
        PER_PLEK.put(Detailsoort.PARKEERPLEK_TYPE_1, BigDecimal.valueOf(9));
        PER_PLEK.put(Detailsoort.INPANDIGE_AFGESLOTEN_PARKEERGARAGE, BigDecimal.valueOf(9));
        PER_PLEK.put(Detailsoort.UITPANDIGE_AFGESLOTEN_PARKEERGARAGE, BigDecimal.valueOf(9));
        PER_PLEK.put(Detailsoort.PARKEERPLEK_TYPE_2, BigDecimal.valueOf(6));
        PER_PLEK.put(Detailsoort.PARKEERPLEK_TYPE_3, BigDecimal.valueOf(4));
        PER_PLEK.put(Detailsoort.PARKEERTERREIN_COMPLEX, BigDecimal.valueOf(4));
    }

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.GPA;
    }

    /** Whether a room is a parking place valued here (so its charger is not valued again in rubriek 12). */
    static boolean isParkeerplek(Ruimte r) {
        return r.detailsoort() != null && PER_PLEK.containsKey(r.detailsoort()) && r.gedeeldMetAdressen() != null;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        List<Regel> regels = new ArrayList<>();
        List<Ruimte> ruimten = w.eenheid().ruimten();
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            BigDecimal perPlek = r.detailsoort() == null ? null : PER_PLEK.get(r.detailsoort());
            if (perPlek == null) {
                continue;
            }
            String veld = Meldingen.ruimte(i);
            if (r.gedeeldMetAdressen() == null) {
                w.waarschuw(veld + ".gedeeldMetAantalAdressen", r.weergavenaam()
                        + ": aantal adressen met gebruiksrecht ontbreekt; parkeerplek niet gewaardeerd");
                continue;
            }
            if (r.oppervlakte() == null || r.oppervlakte().compareTo(MINIMUM_OPPERVLAKTE) < 0) {
                w.waarschuw(veld + ".oppervlakte", r.weergavenaam() + ": " + (r.oppervlakte() == null
                        ? "oppervlakte ontbreekt" : "kleiner dan 12 m²") + "; geen parkeerplek (BB26 §2.10.2)");
                continue;
            }
            int adressen = r.adressen();
            BigDecimal aantal = BigDecimal.valueOf(r.aantal());
            List<Regel> onderdelen = new ArrayList<>();
            onderdelen.add(Regel.meting("plekken", r.detailsoort().naam(), aantal, Meeteenheid.STUKS,
                    Afronding.deel(perPlek.multiply(aantal), adressen), "BB26 §2.10.3"));
            if (r.laadpalen() > 0) {
                onderdelen.add(Regel.meting("laadpaal", "Laadpaal", aantal, Meeteenheid.STUKS,
                        Afronding.deel(LAADPAAL.multiply(aantal), adressen), "BB26 §2.10.5"));
            }
            regels.add(new Regel(r.id(), r.weergavenaam() + (adressen > 1 ? ", gedeeld met " + adressen + " adressen" : ""),
                    null, null, Regels.som(onderdelen), "BB26 §2.10.4", onderdelen));
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }
}
