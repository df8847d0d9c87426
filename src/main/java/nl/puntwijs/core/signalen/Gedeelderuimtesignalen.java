package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.rubriek.GemeenschappelijkeVertrekken;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempelsleutel;

/**
 * GR-01: in a zorgcomplex the measured points for shared rooms differ strongly from the flat 3 points the
 * Huurcommissie awards (BB26 §2.9.4); how strongly is a threshold in the data. GR-02: a shared space with fewer than
 * two addresses with a use right is no shared space (BB26 §2.9.1) and earns nothing.
 */
final class Gedeelderuimtesignalen implements Complexregel {

    @Override
    public void signaleer(Complexcontext c, List<Signaal> uit) {
        c.toets(Signaalsoort.GR_01, "methode", uit, u -> driePuntenpraktijk(c, u));
        for (int i = 0; i < c.complex.gedeeldeRuimten().size(); i++) {
            GedeeldeRuimte g = c.complex.gedeeldeRuimten().get(i);
            if (g.adressen() == 1) {
                uit.add(c.signaal(Signaalsoort.GR_02, Ernst.WAARSCHUWING, "gedeeldeRuimten[" + i + "].woningen",
                        "De ruimte '" + g.weergavenaam() + "' heeft maar 1 adres met gebruiksrecht en telt daarom niet als "
                                + "gemeenschappelijke ruimte (daarvoor zijn minstens 2 adressen nodig); zij levert geen "
                                + "punten op.", "BB26 §2.9.1, §2.9.7", new Gelezen().met("gedeeldeRuimten[" + i
                                + "].woningen", String.join(", ", g.woningen())).met("gedeeldeRuimten[" + i
                                + "].aantalAdressen", g.aantalAdressen())));
            }
        }
    }

    private static void driePuntenpraktijk(Complexcontext c, List<Signaal> uit) {
        MethodeGedeeldeRuimten methode = c.resultaat.methode();
        BigDecimal forfait = GemeenschappelijkeVertrekken.ZORGWONING_FORFAIT;
        int zorgwoningen = 0;
        List<ComplexResultaat.Woning> afwijkend = new ArrayList<>();
        BigDecimal min = null;
        BigDecimal max = null;
        Drempel grens = null;
        for (ComplexResultaat.Woning w : c.resultaat.woningen()) {
            if (!w.resultaat().zorg().isZorgwoning()) {
                continue;
            }
            zorgwoningen++;
            if (grens == null) {
                grens = c.drempel(Drempelsleutel.GR01_MAXIMALE_AFWIJKING);
            }
            Resultaat gemeten = methode == MethodeGedeeldeRuimten.GEMETEN ? w.resultaat() : w.andereMethode();
            BigDecimal punten = gemeten.punten(Stelselgroep.GVR);
            if (punten.subtract(forfait).abs().compareTo(grens.waarde()) > 0) {
                afwijkend.add(w);
                min = min == null || punten.compareTo(min) < 0 ? punten : min;
                max = max == null || punten.compareTo(max) > 0 ? punten : max;
            }
        }
        if (afwijkend.isEmpty()) {
            return;
        }
        BigDecimal verschil = BigDecimal.ZERO;
        for (ComplexResultaat.Woning w : afwijkend) {
            verschil = verschil.add(w.verschilHuur());
        }
        String gemetenTekst = min.compareTo(max) == 0 ? Tekst.getal(min) : Tekst.getal(min) + " tot " + Tekst.getal(max);
        uit.add(c.signaal(Signaalsoort.GR_01, Ernst.WAARSCHUWING, "methode", "Bij " + afwijkend.size() + " van de "
                + zorgwoningen + " zorgwoningen komen de gemeten punten voor gemeenschappelijke ruimten op "
                + gemetenTekst + " per woning; dat wijkt meer dan " + Tekst.getal(grens.waarde()) + " punt af van de "
                + "vaste " + Tekst.getal(forfait) + " punten die de Huurcommissie in zorgcomplexen toekent. Het complex "
                + "rekent met " + methode.omschrijving() + "; met de andere methode "
                + (verschil.signum() == 0 ? "verandert de maximale huur van deze woningen niet"
                : (verschil.signum() > 0 ? "stijgt" : "daalt") + " de maximale huur van deze woningen samen met "
                + Tekst.euro(verschil.abs()) + " per maand") + ".", "BB26 §2.9.4, §2.9.7; signaalgrens: " + grens.bron(),
                new Gelezen().met("methode", methode.code()).met("gemeten punten per woning", gemetenTekst)
                        .met("zorgwoningen", zorgwoningen).drempel(grens)));
    }
}
