package nl.puntwijs.core.tabellen;

import java.math.BigDecimal;
import java.util.List;

/**
 * Maximale huurprijs per whole point from {@code minimumPunten} up to {@code maximumPunten}
 * (BB26 Bijlage 3). Below the minimum the amount at the minimum applies; above the maximum every
 * extra point adds the last step (BB26 §2.1.6).
 */
public record Huurprijstabel(int minimumPunten, int maximumPunten, List<BigDecimal> bedragen) {

    public Huurprijstabel {
        bedragen = List.copyOf(bedragen);
        if (bedragen.size() != maximumPunten - minimumPunten + 1) {
            throw new IllegalArgumentException("huurprijstabel: " + bedragen.size() + " bedragen voor "
                    + minimumPunten + ".." + maximumPunten + " punten");
        }
        for (int i = 1; i < bedragen.size(); i++) {
            if (bedragen.get(i).compareTo(bedragen.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("huurprijstabel: bedrag bij " + (minimumPunten + i)
                        + " punten is niet hoger dan bij " + (minimumPunten + i - 1));
            }
        }
    }

    public BigDecimal bedrag(int punten) {
        if (punten <= minimumPunten) {
            return bedragen.get(0);
        }
        if (punten <= maximumPunten) {
            return bedragen.get(punten - minimumPunten);
        }
        BigDecimal laatste = bedragen.get(bedragen.size() - 1);
        BigDecimal stap = laatste.subtract(bedragen.get(bedragen.size() - 2));
        return laatste.add(stap.multiply(BigDecimal.valueOf((long) punten - maximumPunten)));
    }
}
