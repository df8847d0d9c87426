package nl.puntwijs.core.stelsel;

import static nl.puntwijs.core.model.Detailsoort.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;

/**
 * Classifies every room of a dwelling once, for all area-based rubrieken (1, 2, 3, 8, 9 and the m² of 11).
 * The kind entered leads; only the area thresholds are checked (BB26 §2.2.1.2, §2.2.2.2; spec §6.B).
 * How VERA room codes map onto the classes follows {@code vera-interpretatie.md} §1.
 */
public final class Indeling {

    private static final BigDecimal VIER = BigDecimal.valueOf(4);
    private static final BigDecimal TWEE = BigDecimal.valueOf(2);

    /** Outdoor space codes (BB26 §2.8). */
    private static final Set<Detailsoort> BUITEN = EnumSet.of(ATRIUM, ACHTERTUIN, BALKON, ZIJTUIN, VOORTUIN,
            DAKTERRAS, TERRAS, TUIN, TUIN_RONDOM, LOGGIA, OVERIGE_BUITENRUIMTE, GEMEENSCHAPPELIJKE_TUIN,
            GEMEENSCHAPPELIJK_DAKTERRAS, GEMEENSCHAPPELIJK_DAKTERRAS_OUD);

    /** Rooms that are always a vertrek, whatever their size (Bhw rubriek 1; BB26 §2.2.1.2). */
    private static final Set<Detailsoort> ALTIJD_VERTREK = EnumSet.of(KEUKEN, BADKAMER, BADKAMER_MET_TOILET,
            DOUCHERUIMTE, GEMEENSCHAPPELIJKE_BADKAMER);

    /** Living and storage rooms: a vertrek from 4 m², else an overige ruimte from 2 m². */
    private static final Set<Detailsoort> WOON_EN_BERGRUIMTEN = EnumSet.of(WOONKAMER, WOON_SLAAPKAMER,
            WOONKAMER_KEUKEN, WOON_SLAAPKAMER_KEUKEN, SLAAPKAMER, OVERIG_VERTREK, BIJKEUKEN, BERGING, BERGRUIMTE,
            WASRUIMTE, KELDER, SERRE, SCHUUR, TUSSENKAMER, CONTAINERRUIMTE, RECREATIERUIMTE, OVERIGE_RUIMTE,
            OVERIGE_RUIMTE_OUD, OVERIGE_GEMEENSCHAPPELIJKE_RUIMTE, RECREATIE_ONTMOETINGSRUIMTE);

    private final List<IngedeeldeRuimte> prive;
    private final List<IngedeeldeRuimte> gedeeld;

    private Indeling(List<IngedeeldeRuimte> prive, List<IngedeeldeRuimte> gedeeld) {
        this.prive = prive;
        this.gedeeld = gedeeld;
    }

    /** Classified private rooms, in input order. */
    public List<IngedeeldeRuimte> prive() {
        return prive;
    }

    /** Classified rooms shared with two or more addresses, in input order. */
    public List<IngedeeldeRuimte> gedeeld() {
        return gedeeld;
    }

    public static Indeling van(Eenheid eenheid, Meldingen meldingen) {
        List<IngedeeldeRuimte> prive = new ArrayList<>();
        List<IngedeeldeRuimte> gedeeld = new ArrayList<>();
        List<Ruimte> ruimten = eenheid.ruimten();
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            if (r.soort() == null || r.detailsoort() == null || r.oppervlakte() == null) {
                meldingen.waarschuw(Meldingen.ruimte(i), r.weergavenaam() + ": "
                        + (r.detailsoort() == null ? "geen detailsoort" : r.soort() == null ? "geen soort"
                        : "geen oppervlakte") + "; niet gewaardeerd in de oppervlakte-rubrieken");
                continue;
            }
            IngedeeldeRuimte ingedeeld = deelIn(i, r);
            if (ingedeeld == null) {
                if (isGedeeldeBerging(r)) {
                    meldingen.waarschuw(Meldingen.ruimte(i), r.weergavenaam() + ": gedeelde berging van "
                            + r.oppervlakte().toPlainString() + " m² voor " + r.adressen()
                            + " adressen, minder dan 2 m² per adres; niet gewaardeerd (BB25 §2.9)");
                }
                continue;
            }
            if (r.oppervlakte().signum() == 0 && ingedeeld.klasse() != Klasse.VERKEERSRUIMTE) {
                meldingen.waarschuw(Meldingen.ruimte(i), r.weergavenaam() + ": oppervlakte is 0 m²");
            }
            (r.isGedeeld() ? gedeeld : prive).add(ingedeeld);
        }
        return new Indeling(List.copyOf(prive), List.copyOf(gedeeld));
    }

    private static IngedeeldeRuimte deelIn(int index, Ruimte r) {
        Detailsoort d = r.detailsoort();
        RuimteSoort soort = r.soort();
        BigDecimal opp = r.oppervlakte();
        boolean gedeeld = r.isGedeeld();
        if (soort == RuimteSoort.VERKEERSRUIMTE) {
            return maak(index, r, Klasse.VERKEERSRUIMTE, false);
        }
        if (BUITEN.contains(d) || (d == CARPORT && !gedeeld)
                || (d == PARKEERPLAATS && soort == RuimteSoort.BUITENRUIMTE && !gedeeld)) {
            return maak(index, r, Klasse.BUITENRUIMTE, false);
        }
        if (ALTIJD_VERTREK.contains(d)) {
            return maak(index, r, Klasse.VERTREK, false);
        }
        if ((d == BERGING || d == BERGRUIMTE || d == FIETSENSTALLING) && soort == RuimteSoort.OVERIGE_RUIMTE) {
            // a shared berging needs 2 m² per address (BB25 §2.9; vector gvr/berging)
            BigDecimal perAdres = Afronding.deel(opp, r.adressen());
            return perAdres.compareTo(TWEE) >= 0 ? maak(index, r, Klasse.OVERIGE_RUIMTE, false) : null;
        }
        if (WOON_EN_BERGRUIMTEN.contains(d)) {
            if (soort == RuimteSoort.VERTREK) {
                return vertrekOfOverig(index, r);
            }
            if (soort == RuimteSoort.OVERIGE_RUIMTE) {
                return opp.compareTo(TWEE) >= 0 ? maak(index, r, Klasse.OVERIGE_RUIMTE, false) : null;
            }
            return null;
        }
        if (d == TOILETRUIMTE || (d == GARAGE && !gedeeld)
                || (d == PARKEERPLAATS && soort == RuimteSoort.OVERIGE_RUIMTE && !gedeeld)) {
            // a toilet room is never a vertrek; a private garage is an overige ruimte (BB26 §2.2.2.5)
            return opp.compareTo(TWEE) >= 0 ? maak(index, r, Klasse.OVERIGE_RUIMTE, false) : null;
        }
        if (d == ZOLDER || d == ZOLDERVERTREK) {
            return zolder(index, r);
        }
        return null;
    }

    private static boolean isGedeeldeBerging(Ruimte r) {
        return r.isGedeeld() && r.soort() == RuimteSoort.OVERIGE_RUIMTE
                && r.is(BERGING, BERGRUIMTE, FIETSENSTALLING);
    }

    private static IngedeeldeRuimte vertrekOfOverig(int index, Ruimte r) {
        if (r.oppervlakte().compareTo(VIER) >= 0) {
            return maak(index, r, Klasse.VERTREK, false);
        }
        return r.oppervlakte().compareTo(TWEE) >= 0 ? maak(index, r, Klasse.OVERIGE_RUIMTE, false) : null;
    }

    /**
     * An attic is a vertrek only with a fixed stair (BB26 §2.2.1.3); reached by a loft ladder it is an
     * overige ruimte with the -5 correction (BB26 §2.2.2.3). Without any recorded stair it is not valued
     * (vector oppervlakte_van_overige_ruimten/zolder_overige_ruimten).
     */
    private static IngedeeldeRuimte zolder(int index, Ruimte r) {
        boolean vertrekSoort = r.soort() == RuimteSoort.VERTREK;
        if (!vertrekSoort && r.soort() != RuimteSoort.OVERIGE_RUIMTE) {
            return null;
        }
        if (r.vasteTrap()) {
            return vertrekSoort ? vertrekOfOverig(index, r)
                    : r.oppervlakte().compareTo(TWEE) >= 0 ? maak(index, r, Klasse.OVERIGE_RUIMTE, false) : null;
        }
        if (r.vlizotrap() && r.oppervlakte().compareTo(TWEE) >= 0) {
            return maak(index, r, Klasse.OVERIGE_RUIMTE, true);
        }
        return null;
    }

    private static IngedeeldeRuimte maak(int index, Ruimte r, Klasse klasse, boolean zonderVasteTrap) {
        BigDecimal eigen = Afronding.tweeDecimalen(r.oppervlakte());
        BigDecimal totaal = eigen;
        // cupboards go with the room their door opens into (BB26 §2.2.4); not for shared rooms or traffic space
        if (!r.isGedeeld() && (klasse == Klasse.VERTREK || klasse == Klasse.OVERIGE_RUIMTE) && !r.kasten().isEmpty()) {
            BigDecimal som = r.oppervlakte();
            for (BigDecimal kast : r.kasten()) {
                som = som.add(kast);
            }
            totaal = Afronding.tweeDecimalen(som);
        }
        return new IngedeeldeRuimte(index, r, klasse, totaal, eigen, zonderVasteTrap);
    }
}
