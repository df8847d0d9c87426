package nl.puntwijs.core.zorg;

import java.util.List;

/**
 * Whether the zorgwoning surcharge applies to a dwelling, and why.
 *
 * @param besluit the decision
 * @param toetsen the four conditions checked (empty when the dwelling is not claimed as a zorgwoning)
 */
public record Zorgbeoordeling(Besluit besluit, List<Voorwaardetoets> toetsen) {

    /** The decision. */
    public enum Besluit {
        /** Not claimed as a zorgwoning: no surcharge. */
        GEEN_ZORGWONING("geen zorgwoning"),
        /** Claimed and every condition met: the surcharge applies. */
        TOEGEPAST("zorgwoning: alle voorwaarden voldaan"),
        /** Claimed, no condition failing but not all recorded: the surcharge applies as claimed. */
        TOEGEPAST_ALS_GECLAIMD("zorgwoning zoals opgegeven: niet alle voorwaarden vastgelegd"),
        /** Claimed but a recorded condition fails: no surcharge. */
        NIET_TOEGEPAST("geen zorgtoeslag: een voorwaarde is niet voldaan");

        private final String tekst;

        Besluit(String tekst) {
            this.tekst = tekst;
        }

        public String tekst() {
            return tekst;
        }
    }

    public static final Zorgbeoordeling GEEN = new Zorgbeoordeling(Besluit.GEEN_ZORGWONING, List.of());

    public Zorgbeoordeling {
        toetsen = List.copyOf(toetsen);
    }

    /** The surcharge (and the flat 3 points for shared rooms) apply. */
    public boolean isZorgwoning() {
        return besluit == Besluit.TOEGEPAST || besluit == Besluit.TOEGEPAST_ALS_GECLAIMD;
    }

    public boolean isGeclaimd() {
        return besluit != Besluit.GEEN_ZORGWONING;
    }

    public List<Voorwaardetoets> met(Uitkomst uitkomst) {
        return toetsen.stream().filter(t -> t.uitkomst() == uitkomst).toList();
    }
}
