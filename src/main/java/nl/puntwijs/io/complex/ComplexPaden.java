package nl.puntwijs.io.complex;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;

/**
 * Translates the field of a valuation warning ({@link nl.puntwijs.core.stelsel.Melding#veld()}, which names VERA
 * fields and indexes the dwelling's rooms with its shared spaces appended) into the path in the complex file: a
 * dwelling's own field or room, or the room of the shared space it came from.
 */
public final class ComplexPaden {

    private static final Pattern RUIMTE = Pattern.compile("^ruimten\\[(\\d+)](.*)$");

    private ComplexPaden() {
    }

    /**
     * @param complex      the complex valued
     * @param woningIndex  the dwelling's index in {@link Complex#woningen()}
     * @param veld         the warning's field (null: the dwelling as a whole)
     */
    public static String veld(Complex complex, int woningIndex, String veld) {
        String woning = "woningen[" + woningIndex + "]";
        if (veld == null || veld.isEmpty()) {
            return woning;
        }
        Matcher m = RUIMTE.matcher(veld);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String rest = m.group(2);
            Eenheid w = complex.woningen().get(woningIndex);
            if (index < w.ruimten().size()) {
                return woning + ".ruimten[" + index + "]" + rest.replace(".gedeeldMetAantalAdressen", ".gedeeldMetAdressen");
            }
            int k = index - w.ruimten().size();
            List<GedeeldeRuimte> alle = complex.gedeeldeRuimten();
            for (int s = 0; s < alle.size(); s++) {
                GedeeldeRuimte g = alle.get(s);
                if (!g.isGedeeld() || !g.woningen().contains(w.id())) {
                    continue;
                }
                if (k < g.ruimten().size()) {
                    String pad = "gedeeldeRuimten[" + s + "]";
                    return rest.startsWith(".gedeeldMetAantalAdressen") ? pad + ".woningen"
                            : pad + ".ruimten[" + k + "]" + rest;
                }
                k -= g.ruimten().size();
            }
            return woning + "." + veld;
        }
        String eerste = veld.split("[.\\[]", 2)[0];
        String rest = veld.substring(eerste.length());
        String vertaald = switch (eerste) {
            case "panden" -> "pandsoort";
            case "wozEenheden" -> "wozWaarden";
            case "datumAfsluitenHuurovereenkomst" -> "datumHuurovereenkomst";
            default -> eerste;
        };
        return woning + "." + vertaald + rest;
    }

    /** Whether a translated path names a shared space (the same for every dwelling that uses it). */
    public static boolean isGedeeld(String pad) {
        return pad.startsWith("gedeeldeRuimten[");
    }
}
