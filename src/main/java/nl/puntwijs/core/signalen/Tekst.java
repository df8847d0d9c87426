package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.rubriek.BijzondereVoorzieningen;
import nl.puntwijs.core.tabellen.Drempel;

/** Numbers written the Dutch way in messages: "€ 1.228,07", "4,25 punten", "4,1%", "1-7-2026". */
final class Tekst {

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private Tekst() {
    }

    /** An amount with cents: "€ 932,93", "€ 950,00". */
    static String euro(BigDecimal bedrag) {
        return "€ " + nederlands(bedrag.setScale(2, RoundingMode.HALF_UP));
    }

    /** A large amount in whole euros: "€ 150.000". */
    static String euroRond(BigDecimal bedrag) {
        return "€ " + nederlands(bedrag.setScale(0, RoundingMode.HALF_UP));
    }

    /** A number without superfluous zeros: "4,25", "120", "1.228,07". */
    static String getal(BigDecimal waarde) {
        BigDecimal w = waarde.stripTrailingZeros();
        return nederlands(w.scale() < 0 ? w.setScale(0, RoundingMode.UNNECESSARY) : w);
    }

    static String getal(int waarde) {
        return getal(BigDecimal.valueOf(waarde));
    }

    /** A percentage given as a number: 4.1 -> "4,1%". */
    static String procent(BigDecimal percentage) {
        return getal(percentage) + "%";
    }

    /** A share given as a fraction, to one decimal: 0.75 -> "75%", 17/24 -> "70,8%". */
    static String aandeel(BigDecimal fractie) {
        return procent(fractie.multiply(HONDERD).setScale(1, RoundingMode.HALF_UP));
    }

    static String datum(LocalDate d) {
        return d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
    }

    /** The zorg surcharge as the stelsel applies it: "35%". */
    static String zorgtoeslag() {
        return procent(BijzondereVoorzieningen.ZORGTOESLAG.multiply(HONDERD));
    }

    /** " (dit getal is niet bevestigd)" after a threshold marked unconfirmed in the data; else nothing. */
    static String onbevestigd(Drempel d) {
        return d.onbevestigd() ? " (dit getal is niet bevestigd)" : "";
    }

    /** "sociale huur", "middenhuur", "vrije sector". */
    static String sector(Sector sector) {
        return switch (sector) {
            case SOCIAAL -> "sociale huur";
            case MIDDEN -> "middenhuur";
            case VRIJ -> "vrije sector";
        };
    }

    /** "151 punten (middenhuur, maximale huur € 987,78)". */
    static String punten(Resultaat r) {
        return r.punten() + " punten (" + sector(r.sector()) + ", maximale huur " + euro(r.maximaleHuurInclusiefOpslag())
                + ")";
    }

    /** Centimetres also in metres, as the sources write them: "120 cm (1,20 m)". */
    static String cm(BigDecimal cm) {
        return getal(cm) + " cm (" + nederlands(cm.movePointLeft(2).setScale(2, RoundingMode.HALF_UP)) + " m)";
    }

    /** Dutch separators: thousands with a dot, decimals with a comma. */
    private static String nederlands(BigDecimal w) {
        String plat = w.abs().toPlainString();
        int punt = plat.indexOf('.');
        String geheel = punt < 0 ? plat : plat.substring(0, punt);
        String decimalen = punt < 0 ? "" : "," + plat.substring(punt + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < geheel.length(); i++) {
            if (i > 0 && (geheel.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(geheel.charAt(i));
        }
        return (w.signum() < 0 ? "-" : "") + sb + decimalen;
    }
}
