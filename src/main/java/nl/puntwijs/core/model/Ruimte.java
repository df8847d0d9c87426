package nl.puntwijs.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A room, outdoor space, parking place or shared space of a dwelling.
 *
 * @param id                 the room's id (unique within the eenheid; used in explanations)
 * @param naam               display name (may be null: the detailsoort's name is used)
 * @param soort              the kind entered; null when unknown (the room is then not classified)
 * @param detailsoort        the detailed type; null when unknown (the room is then not valued at all)
 * @param oppervlakte        net floor area in m²; null when not measured
 * @param lengte             length in m (shared outdoor spaces need at least 1.50)
 * @param breedte            width in m
 * @param hoogte             clear height in m (shared outdoor spaces need at least 2.00)
 * @param verwarmd           heated by a fixed installation belonging to the dwelling
 * @param verkoeld           cooled by a device that also heats
 * @param gedeeldMetAdressen number of addresses with a use right, the own one included; 0 or 1 is private;
 *                           null when not recorded (parking then earns nothing)
 * @param aantal             multiplicity (parking places in one record); 1 for ordinary rooms
 * @param voorzieningen      fixed equipment, each occurrence once
 * @param aanrechten         lengths in mm of the counter pieces in the room
 * @param vasteTrap          reached by a fixed stair (zolders)
 * @param vlizotrap          reached by a loft ladder (zolders)
 * @param laadpalen          EV chargers belonging to this place
 * @param kasten             areas (m²) of fixed cupboards whose door opens into this room
 */
public record Ruimte(
        String id,
        String naam,
        RuimteSoort soort,
        Detailsoort detailsoort,
        BigDecimal oppervlakte,
        BigDecimal lengte,
        BigDecimal breedte,
        BigDecimal hoogte,
        boolean verwarmd,
        boolean verkoeld,
        Integer gedeeldMetAdressen,
        int aantal,
        List<Voorziening> voorzieningen,
        List<BigDecimal> aanrechten,
        boolean vasteTrap,
        boolean vlizotrap,
        int laadpalen,
        List<BigDecimal> kasten) {

    public Ruimte {
        voorzieningen = Eenheid.lijst(voorzieningen);
        aanrechten = Eenheid.lijst(aanrechten);
        kasten = Eenheid.lijst(kasten);
    }

    /** Shared with at least one other address (BB26 §2.9.1: two or more addresses, the own one included). */
    public boolean isGedeeld() {
        return gedeeldMetAdressen != null && gedeeldMetAdressen >= 2;
    }

    /** The divisor for shared points: the number of addresses, at least 1. */
    public int adressen() {
        return gedeeldMetAdressen == null ? 1 : Math.max(1, gedeeldMetAdressen);
    }

    public String weergavenaam() {
        if (naam != null && !naam.isBlank()) {
            return naam;
        }
        return detailsoort != null ? detailsoort.naam() : (id != null ? id : "Ruimte");
    }

    /** How often each provision occurs, indexed by {@link Voorziening#ordinal()}; one pass over the list. */
    public int[] telVoorzieningen() {
        int[] aantallen = new int[Voorziening.AANTAL];
        for (Voorziening v : voorzieningen) {
            aantallen[v.ordinal()]++;
        }
        return aantallen;
    }

    public boolean heeft(Voorziening voorziening) {
        return voorzieningen.contains(voorziening);
    }

    public boolean is(Detailsoort... soorten) {
        for (Detailsoort d : soorten) {
            if (detailsoort == d) {
                return true;
            }
        }
        return false;
    }

    /** A builder for tests, readers and editors: start from a kind and an area, set what matters. */
    public static Bouwer van(RuimteSoort soort, Detailsoort detailsoort, String oppervlakte) {
        return new Bouwer(soort, detailsoort, oppervlakte == null ? null : new BigDecimal(oppervlakte));
    }

    /** Mutable helper to assemble a {@link Ruimte}; the record itself stays immutable. */
    public static final class Bouwer {
        private String id;
        private String naam;
        private final RuimteSoort soort;
        private final Detailsoort detailsoort;
        private final BigDecimal oppervlakte;
        private BigDecimal lengte;
        private BigDecimal breedte;
        private BigDecimal hoogte;
        private boolean verwarmd;
        private boolean verkoeld;
        private Integer gedeeld;
        private int aantal = 1;
        private final java.util.ArrayList<Voorziening> voorzieningen = new java.util.ArrayList<>();
        private final java.util.ArrayList<BigDecimal> aanrechten = new java.util.ArrayList<>();
        private boolean vasteTrap;
        private boolean vlizotrap;
        private int laadpalen;
        private final java.util.ArrayList<BigDecimal> kasten = new java.util.ArrayList<>();

        private Bouwer(RuimteSoort soort, Detailsoort detailsoort, BigDecimal oppervlakte) {
            this.soort = soort;
            this.detailsoort = detailsoort;
            this.oppervlakte = oppervlakte;
        }

        public Bouwer id(String value) {
            this.id = value;
            return this;
        }

        public Bouwer naam(String value) {
            this.naam = value;
            return this;
        }

        public Bouwer afmetingen(String l, String b, String h) {
            this.lengte = l == null ? null : new BigDecimal(l);
            this.breedte = b == null ? null : new BigDecimal(b);
            this.hoogte = h == null ? null : new BigDecimal(h);
            return this;
        }

        public Bouwer verwarmd() {
            this.verwarmd = true;
            return this;
        }

        public Bouwer verkoeld() {
            this.verkoeld = true;
            return this;
        }

        public Bouwer gedeeldMet(Integer adressen) {
            this.gedeeld = adressen;
            return this;
        }

        public Bouwer aantal(int value) {
            this.aantal = value;
            return this;
        }

        public Bouwer met(Voorziening... v) {
            voorzieningen.addAll(java.util.List.of(v));
            return this;
        }

        public Bouwer aanrecht(String lengteMm) {
            aanrechten.add(new BigDecimal(lengteMm));
            return this;
        }

        public Bouwer vasteTrap() {
            this.vasteTrap = true;
            return this;
        }

        public Bouwer vlizotrap() {
            this.vlizotrap = true;
            return this;
        }

        public Bouwer laadpalen(int value) {
            this.laadpalen = value;
            return this;
        }

        public Bouwer kast(String m2) {
            kasten.add(new BigDecimal(m2));
            return this;
        }

        public Ruimte bouw() {
            return new Ruimte(id, naam, soort, detailsoort, oppervlakte, lengte, breedte, hoogte, verwarmd, verkoeld,
                    gedeeld, aantal, voorzieningen, aanrechten, vasteTrap, vlizotrap, laadpalen, kasten);
        }
    }
}
