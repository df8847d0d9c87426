package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Tekst.euro;
import static nl.puntwijs.core.signalen.Tekst.punten;
import static nl.puntwijs.core.signalen.Tekst.sector;

import java.util.List;
import java.util.function.Supplier;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempelsleutel;
import nl.puntwijs.core.tabellen.Grenzen;

/**
 * BT-01/02: the zorg surcharge lifts a dwelling from sociaal to midden (143/144 points) or from midden to vrij
 * (186/187), BB26 §1.3.1 and §2.12.1; the surcharge raises the point total and so the sector. BT-08/09: the same for
 * the points the complex's shared spaces add (rubrieken 8, 9 and 10, BB26 §2.9). The boundaries are those of the
 * peildatum's tables.
 */
final class Sectorsignalen implements Woningregel {

    @Override
    public void signaleer(Woningcontext c, List<Signaal> uit) {
        Grenzen g = c.tabellen.grenzen();
        if (c.resultaat.zorg().isZorgwoning()) {
            Resultaat met = c.resultaat;
            Resultaat zonder = c.zonderToeslag();
            Supplier<Gelezen> gelezen = () -> new Gelezen().met("doelgroep", Doelgroep.ZORG.code())
                    .met("punten met toeslag", met.punten()).met("punten zonder toeslag", zonder.punten());
            String oorzaak = "Door de zorgtoeslag van " + Tekst.zorgtoeslag();
            if (over(zonder, met, g.maximumPuntenSociaal())) {
                c.toets(Signaalsoort.BT_01, "doelgroep", uit, u -> {
                    Drempel grens = c.drempel(Drempelsleutel.SOCIALE_HUURGRENS);
                    u.add(c.signaal(Signaalsoort.BT_01, Ernst.WAARSCHUWING, "doelgroep", oorzaak + " komt deze woning "
                            + "op " + met.punten() + " punten en valt daarmee in de " + sector(met.sector())
                            + " (maximale huur " + euro(met.maximaleHuurInclusiefOpslag()) + "); zonder toeslag "
                            + punten(zonder) + ". Een huur boven de sociale huurgrens van " + euro(grens.waarde())
                            + " past niet meer bij de huurtoeslagdoelgroep.", "BB26 §1.3.1, §2.12.1",
                            gelezen.get().drempel(grens)));
                });
            }
            if (over(zonder, met, g.maximumPuntenMidden())) {
                c.toets(Signaalsoort.BT_02, "doelgroep", uit, u -> {
                    Drempel grens = c.drempel(Drempelsleutel.VRIJESECTORGRENS);
                    u.add(c.signaal(Signaalsoort.BT_02, Ernst.WAARSCHUWING, "doelgroep", oorzaak + " scoort de woning "
                            + met.punten() + " punten en valt in de vrije sector; zonder toeslag " + punten(zonder)
                            + ". Bij een nieuw contract vervalt dan de huurprijsbescherming: de huur mag boven de "
                            + "vrijesectorgrens van " + euro(grens.waarde()) + ".", "BB26 §1.3.1, §2.12.1, §2.13.2",
                            gelezen.get().drempel(grens)));
                });
            }
        }
        if (c.complex != null && !c.complex.gedeeldeRuimtenVan(c.eenheid.id()).isEmpty()) {
            Resultaat met = c.resultaat;
            Resultaat zonder = c.zonderGedeeldeRuimten();
            Supplier<Gelezen> gelezen = () -> new Gelezen().met("gedeeldeRuimten",
                    c.complex.gedeeldeRuimtenVan(c.eenheid.id()).size()).met("punten met gedeelde ruimten", met.punten())
                    .met("punten zonder gedeelde ruimten", zonder.punten());
            String oorzaak = "Door de punten voor gedeelde ruimten (" + Tekst.getal(met.som().subtract(zonder.som()))
                    + " punten)";
            if (over(zonder, met, g.maximumPuntenSociaal())) {
                uit.add(c.signaal(Signaalsoort.BT_08, Ernst.WAARSCHUWING, "gedeeldeRuimten", oorzaak + " komt deze woning "
                        + "op " + met.punten() + " punten en valt daarmee in de " + sector(met.sector()) + "; zonder "
                        + "gedeelde ruimten " + punten(zonder) + ".", "BB26 §1.3.1, §2.9", gelezen.get()));
            }
            if (over(zonder, met, g.maximumPuntenMidden())) {
                uit.add(c.signaal(Signaalsoort.BT_09, Ernst.WAARSCHUWING, "gedeeldeRuimten", oorzaak + " scoort de "
                        + "woning " + met.punten() + " punten en valt in de vrije sector; zonder gedeelde ruimten "
                        + punten(zonder) + ". Bij een nieuw contract vervalt dan de huurprijsbescherming.",
                        "BB26 §1.3.1, §2.9, §2.13.2", gelezen.get()));
            }
        }
    }

    /** At most {@code grens} points without, more with. */
    private static boolean over(Resultaat zonder, Resultaat met, int grens) {
        return zonder.punten() <= grens && met.punten() > grens;
    }
}
