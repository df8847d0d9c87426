package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempelsleutel;

/**
 * SK-01: from 2026 service costs (also for shared and recreation rooms) no longer count for huurtoeslag; whether
 * they count is a dated value in the data. Only asked where they no longer count.
 */
final class Servicekostensignalen implements Woningregel {

    @Override
    public void signaleer(Woningcontext c, List<Signaal> uit) {
        c.toets(Signaalsoort.SK_01, "huur.servicekosten", uit, u -> {
            Drempel tellenMee = c.drempel(Drempelsleutel.HUURTOESLAG_SERVICEKOSTEN_TELLEN_MEE);
            if (tellenMee.waarde().signum() != 0) {
                return;
            }
            Huur huur = c.eenheid.huur();
            BigDecimal kosten = huur == null ? null : huur.servicekosten();
            String bron = "huurtoeslag: " + tellenMee.bron();
            Gelezen gelezen = new Gelezen().met("huur.servicekosten", kosten).drempel(tellenMee);
            if (kosten == null) {
                u.add(c.ontbreekt(Signaalsoort.SK_01, "huur.servicekosten", "het bedrag aan servicekosten", bron, gelezen));
            } else if (kosten.signum() > 0) {
                u.add(c.signaal(Signaalsoort.SK_01, Ernst.INFO, "huur.servicekosten", "Vanaf "
                        + Tekst.datum(tellenMee.geldigVanaf()) + " tellen servicekosten (hier " + Tekst.euro(kosten)
                        + " per maand, ook voor gemeenschappelijke en recreatieruimten) niet meer mee voor de "
                        + "huurtoeslag. Reken de woonlasten van de huurder opnieuw door.", bron, gelezen));
            }
        });
    }
}
