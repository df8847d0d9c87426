package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Tekst.cm;
import static nl.puntwijs.core.signalen.Tekst.punten;

import java.util.List;
import java.util.stream.Collectors;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.zorg.Uitkomst;
import nl.puntwijs.core.zorg.Voorwaarde;
import nl.puntwijs.core.zorg.Voorwaardetoets;
import nl.puntwijs.core.zorg.Zorgbeoordeling;
import nl.puntwijs.core.zorg.Zorgtoets;

/**
 * ZW: the four zorgwoning conditions of BB26 §2.12.1, as checked by {@link Zorgtoets}. ZW-01: the surcharge is
 * claimed but a condition is not recorded. ZW-02: a corridor below 120 cm or a threshold of 2 cm or more without
 * lift or ramp. ZW-03: the shared meal or recreation room is in another building and not reachable indoors. ZW-05:
 * not in a woongebouw, no alarm provisions, or the lease gives no shared room.
 */
final class Zorgwoningsignalen implements Woningregel {

    static final String BRON = Voorwaarde.BRON;

    @Override
    public void signaleer(Woningcontext c, List<Signaal> uit) {
        Zorgbeoordeling zorg = c.resultaat.zorg();
        if (!zorg.isGeclaimd()) {
            return;
        }
        Zorgvoorwaarden v = c.eenheid.zorgvoorwaarden() == null ? Zorgvoorwaarden.ONBEKEND : c.eenheid.zorgvoorwaarden();
        if (zorg.besluit() == Zorgbeoordeling.Besluit.TOEGEPAST_ALS_GECLAIMD) {
            List<Voorwaardetoets> open = zorg.met(Uitkomst.NIET_VASTGELEGD);
            uit.add(c.signaal(Signaalsoort.ZW_01, Ernst.BLOKKEREND, open.get(0).veld(), "De zorgtoeslag van "
                    + Tekst.zorgtoeslag() + " is berekend: " + punten(c.resultaat) + ". Maar niet alle vier "
                    + "zorgwoningvoorwaarden zijn vastgelegd: " + open.stream().map(Voorwaardetoets::toelichting).collect(Collectors.joining("; "))
                    + ". Zonder onderbouwing vervalt de toeslag bij toetsing; dan " + punten(c.zonderToeslag()) + ".",
                    BRON, gelezen(v)));
        }
        for (Voorwaardetoets t : zorg.met(Uitkomst.NIET_VOLDAAN)) {
            String gevolg = " Daarom geen zorgtoeslag: " + punten(c.resultaat) + " in plaats van "
                    + punten(c.metToeslag()) + ".";
            if (t.voorwaarde() == Voorwaarde.DREMPELLOOS) {
                uit.add(c.signaal(Signaalsoort.ZW_02, Ernst.BLOKKEREND, t.veld(), toegankelijkheid(v, t) + gevolg, BRON,
                        gelezen(v)));
            } else if (t.voorwaarde() == Voorwaarde.GEMEENSCHAPPELIJKE_RUIMTE && t.veld().equals("zorg.binnendoorBereikbaar")) {
                uit.add(c.signaal(Signaalsoort.ZW_03, Ernst.BLOKKEREND, t.veld(), "De ruimte voor maaltijden of recreatie "
                        + "ligt in een ander gebouw zonder overdekte binnenverbinding; dan is het geen zorgwoning."
                        + gevolg, BRON, gelezen(v)));
            } else {
                uit.add(c.signaal(Signaalsoort.ZW_05, Ernst.BLOKKEREND, t.veld(), "Zorgwoningvoorwaarde '"
                        + t.voorwaarde().omschrijving() + "' niet voldaan: " + t.toelichting() + "." + gevolg, BRON, gelezen(v)));
            }
        }
    }

    private static String toegankelijkheid(Zorgvoorwaarden v, Voorwaardetoets t) {
        if (t.veld().equals("zorg.liftOfHelling")) {
            return "Er is een drempel van " + Tekst.getal(v.hoogsteDrempelCm()) + " cm zonder lift of hellingbaan; "
                    + "een drempel van " + Tekst.getal(Zorgtoets.DREMPEL_CM) + " cm of meer moet door een lift of "
                    + "hellingbaan worden overbrugd.";
        }
        return "De smalste gang op de route naar de woning en de gemeenschappelijke ruimten is "
                + cm(v.smalsteGangbreedteCm()) + " breed; voor een zorgwoning moet elke gang minstens "
                + cm(Zorgtoets.MINIMUM_GANGBREEDTE_CM) + " breed zijn.";
    }

    private static Gelezen gelezen(Zorgvoorwaarden v) {
        return new Gelezen().met("doelgroep", Doelgroep.ZORG.code()).met("zorg.woongebouw", v.woongebouw())
                .met("zorg.smalsteGangbreedteCm", v.smalsteGangbreedteCm()).met("zorg.hoogsteDrempelCm", v.hoogsteDrempelCm())
                .met("zorg.liftOfHelling", v.liftOfHelling()).met("zorg.alarmWoning", v.alarmWoning())
                .met("zorg.alarmComplex", v.alarmComplex())
                .met("zorg.gemeenschappelijkeRuimteInHuurovereenkomst", v.gemeenschappelijkeRuimteInHuurovereenkomst())
                .met("zorg.ruimteInAnderGebouw", v.ruimteInAnderGebouw())
                .met("zorg.binnendoorBereikbaar", v.binnendoorBereikbaar());
    }
}
