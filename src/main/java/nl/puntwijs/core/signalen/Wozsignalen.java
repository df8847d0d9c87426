package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Tekst.getal;
import static nl.puntwijs.core.signalen.Tekst.punten;

import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.tabellen.Grenzen;

/**
 * WOZ-01: the WOZ points are more than 33% of a total of 187 or more, so the cap of BB26 §2.11.7 applies; when the
 * cap pushes the total below 187 the total is 186 and the WOZ value decides the sector. Read from the lines the
 * stelsel wrote for the cap; for a zorgwoning also compared with the valuation without the surcharge.
 */
final class Wozsignalen implements Woningregel {

    /**
     * The cap as applied to one valuation.
     *
     * @param wozZonderCap    the WOZ points before the cap (11.1, with the 11.2 minimum)
     * @param wozGecapt       the WOZ points after the cap (and the 11.2 minimum after it), before a lift to 186
     * @param totaalZonderCap the total the cap was tested on
     * @param aandeel         the WOZ share of that total (as written in the message: of the whole total)
     * @param naar186         the cap pushed the total below 187, so it became 186
     */
    private record Cap(BigDecimal wozZonderCap, BigDecimal wozGecapt, int totaalZonderCap, BigDecimal aandeel,
                       boolean naar186) {
    }

    @Override
    public void signaleer(Woningcontext c, List<Signaal> uit) {
        Cap cap = cap(c.resultaat);
        if (cap == null) {
            return;
        }
        Grenzen g = c.tabellen.grenzen();
        StringBuilder m = new StringBuilder("Meer dan ").append(Tekst.aandeel(g.wozCapAandeel()))
                .append(" van de punten komt uit de WOZ-waarde: ").append(getal(cap.wozZonderCap())).append(" van ")
                .append(cap.totaalZonderCap()).append(" punten (").append(Tekst.aandeel(cap.aandeel()))
                .append("). De cap beperkt de WOZ-punten tot ").append(getal(cap.wozGecapt()));
        if (cap.naar186()) {
            m.append("; daardoor zakt het totaal onder ").append(g.wozCapDrempel()).append(" punten, en dan geldt ")
                    .append(punten(c.resultaat)).append(". De WOZ-waarde bepaalt hier de sector.");
        } else {
            m.append("; totaal ").append(punten(c.resultaat)).append('.');
        }
        if (c.resultaat.zorg().isZorgwoning()) {
            Resultaat zonder = c.zonderToeslag();
            m.append(cap(zonder) == null ? " Zonder zorgtoeslag geldt de cap niet: " : " Ook zonder zorgtoeslag geldt "
                    + "de cap: ").append(punten(zonder)).append('.');
        }
        uit.add(c.signaal(Signaalsoort.WOZ_01, Ernst.WAARSCHUWING, "wozEenheden", m.toString(), "BB26 §2.11.2, §2.11.7",
                new Gelezen().met("WOZ-punten zonder cap", cap.wozZonderCap()).met("totaal zonder cap",
                        cap.totaalZonderCap()).met("WOZ-punten met cap", cap.wozGecapt())
                        .met("grens.wozCapAandeel", g.wozCapAandeel()).met("grens.wozCapDrempel", g.wozCapDrempel())));
    }

    /** The cap's lines in rubriek 11 (BB26 §2.11.7), or null when the cap did not change the WOZ points. */
    private static Cap cap(Resultaat r) {
        RubriekResultaat woz = r.rubriek(Stelselgroep.WOZ).orElseThrow();
        BigDecimal cap = BigDecimal.ZERO;
        BigDecimal verhoging = BigDecimal.ZERO;
        boolean gecapt = false;
        for (Regel regel : woz.regels()) {
            String s = regel.sleutel();
            if (s.equals("maximering_woz_punten") || s.equals("minimum_nieuwbouw_na_maximering")) {
                gecapt |= s.equals("maximering_woz_punten");
                cap = cap.add(regel.punten());
            } else if (s.startsWith("verhoging_tot_")) {
                verhoging = verhoging.add(regel.punten());
            }
        }
        if (!gecapt) {
            return null;
        }
        BigDecimal correctie = cap.add(verhoging);
        BigDecimal wozZonderCap = woz.punten().subtract(correctie);
        BigDecimal somZonderCap = r.som().subtract(correctie);
        return new Cap(wozZonderCap, wozZonderCap.add(cap), Afronding.heel(somZonderCap).intValueExact(),
                Afronding.deel(wozZonderCap, Afronding.heel(somZonderCap)), verhoging.signum() != 0);
    }
}
