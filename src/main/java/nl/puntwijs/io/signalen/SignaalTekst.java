package nl.puntwijs.io.signalen;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;

/** Signals as readable text, grouped under the complex or dwelling they concern: the {@code text} format of check. */
public final class SignaalTekst {

    private SignaalTekst() {
    }

    /**
     * The signals of one subject (a dwelling, or a complex with its dwellings).
     *
     * @param kop the heading, e.g. "woning 12006000004 (a.json)"
     */
    public static String tekst(String kop, List<Signaal> signalen) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("== ").append(kop).append('\n');
        if (signalen.isEmpty()) {
            sb.append("   geen signalen\n");
        }
        String onderwerp = null;
        for (Signaal s : signalen) {
            String dit = s.eenheid() == null ? "complex " + s.complex() : "woning " + s.eenheid();
            if (s.complex() != null && !dit.equals(onderwerp)) {
                sb.append("-- ").append(dit).append('\n');
            }
            onderwerp = dit;
            sb.append("   [").append(s.ernst().code()).append("] ").append(s.code()).append(' ')
                    .append(s.soort().naam()).append('\n');
            sb.append("      ").append(s.melding()).append('\n');
            sb.append("      bron: ").append(s.bron()).append("; veld: ").append(s.veld())
                    .append(s.onbevestigd() ? "; met een onbevestigd getal" : "").append('\n');
        }
        return sb.toString();
    }

    /** "12 signalen: 2 blokkerend, 4 waarschuwing, 6 info". */
    public static String samenvatting(List<Signaal> signalen) {
        Map<Ernst, Integer> telling = new EnumMap<>(Ernst.class);
        for (Signaal s : signalen) {
            telling.merge(s.ernst(), 1, Integer::sum);
        }
        return signalen.size() + (signalen.size() == 1 ? " signaal: " : " signalen: ")
                + telling.getOrDefault(Ernst.BLOKKEREND, 0) + " blokkerend, "
                + telling.getOrDefault(Ernst.WAARSCHUWING, 0) + " waarschuwing, "
                + telling.getOrDefault(Ernst.INFO, 0) + " info";
    }
}
