package nl.puntwijs.core.stelsel;

import java.util.ArrayList;
import java.util.List;

/** Collects the warnings of one valuation. Not thread-safe: one instance per valuation. */
public final class Meldingen {

    private final List<Melding> lijst = new ArrayList<>();

    public void waarschuw(String veld, String tekst) {
        lijst.add(new Melding(veld, tekst));
    }

    public List<Melding> lijst() {
        return List.copyOf(lijst);
    }

    public static String ruimte(IngedeeldeRuimte r) {
        return "ruimten[" + r.index() + "]";
    }

    public static String ruimte(int index) {
        return "ruimten[" + index + "]";
    }
}
