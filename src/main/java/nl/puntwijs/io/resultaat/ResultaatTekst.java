package nl.puntwijs.io.resultaat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.zorg.Voorwaarde;
import nl.puntwijs.core.zorg.Voorwaardetoets;

/** A readable breakdown per rubriek, like a rent assessment: the {@code text} format of the command line. */
public final class ResultaatTekst {

    private static final int BREEDTE = 96;

    private ResultaatTekst() {
    }

    public static String tekst(Resultaat r) {
        StringBuilder sb = new StringBuilder(4096);
        String kop = "PUNTENTELLING" + (r.eenheidId() == null ? "" : " " + r.eenheidId());
        sb.append(kop).append('\n');
        sb.append("  Peildatum ").append(r.peildatum()).append(", tabellen ").append(r.tabellen())
                .append(", interpretatie ").append(r.interpretatie()).append("\n\n");
        sb.append("SAMENVATTING\n");
        for (RubriekResultaat rr : r.rubrieken()) {
            if (rr.groep() == Stelselgroep.GEH && rr.regels().isEmpty()) {
                continue;
            }
            regel(sb, 1, rubriekNaam(rr.groep()), null, null, rr.punten(), null);
        }
        sb.append(' ').append("-".repeat(BREEDTE - 1)).append('\n');
        regel(sb, 1, "Som van de rubrieken", null, null, r.som(), null);
        regel(sb, 1, "Totaal afgerond op hele punten", null, null, BigDecimal.valueOf(r.punten()), "BB26 §2.1.5");
        bedrag(sb, "Sector", r.sector().naam());
        bedrag(sb, "Maximale huurprijs", euro(r.maximaleHuur()));
        if (r.opslagpercentage().signum() > 0) {
            bedrag(sb, "Opslag " + procent(r.opslagpercentage()), euro(r.huurprijsopslag()));
            bedrag(sb, "Maximale huurprijs inclusief opslag", euro(r.maximaleHuurInclusiefOpslag()));
        }
        for (RubriekResultaat rr : r.rubrieken()) {
            if (rr.regels().isEmpty()) {
                continue;
            }
            sb.append('\n').append(rubriekNaam(rr.groep()).toUpperCase(Locale.ROOT)).append("  (")
                    .append(rr.groep().paragraaf()).append(")\n");
            regels(sb, rr.regels(), 1);
            sb.append(' ').append("-".repeat(BREEDTE - 1)).append('\n');
            regel(sb, 1, "Totaal", null, null, rr.punten(), null);
            if (rr.opslagpercentage() != null && rr.opslagpercentage().signum() > 0) {
                bedrag(sb, "Opslagpercentage", procent(rr.opslagpercentage()));
            }
        }
        if (r.zorg().isGeclaimd()) {
            sb.append("\nZORGWONING  (").append(Voorwaarde.BRON).append(")\n  ").append(r.zorg().besluit().tekst())
                    .append('\n');
            for (Voorwaardetoets t : r.zorg().toetsen()) {
                sb.append("  - ").append(t.voorwaarde().omschrijving()).append(": ").append(t.uitkomst().tekst())
                        .append(" (").append(t.toelichting()).append(")\n");
            }
        }
        if (!r.meldingen().isEmpty()) {
            sb.append("\nMELDINGEN\n");
            for (Melding m : r.meldingen()) {
                sb.append("  - ").append(m).append('\n');
            }
        }
        return sb.toString();
    }

    private static String rubriekNaam(Stelselgroep g) {
        return g.rubriek() <= 12 ? g.rubriek() + ". " + g.naam() : g.naam();
    }

    private static void regels(StringBuilder sb, List<Regel> regels, int diepte) {
        for (Regel r : regels) {
            String aantal = r.aantal() == null ? null : getal(r.aantal()) + (r.eenheid() == null ? "" : " "
                    + r.eenheid().symbool());
            regel(sb, diepte, r.omschrijving(), aantal, r.bron(), r.punten(), null);
            regels(sb, r.onderdelen(), diepte + 1);
        }
    }

    private static void regel(StringBuilder sb, int diepte, String tekst, String aantal, String bron, BigDecimal punten,
                              String extra) {
        StringBuilder links = new StringBuilder();
        links.append("  ".repeat(diepte)).append(diepte > 1 ? "- " : "").append(tekst);
        if (bron != null) {
            links.append("  [").append(bron).append(']');
        }
        if (extra != null) {
            links.append("  [").append(extra).append(']');
        }
        String rechts = String.format(Locale.ROOT, "%16s %12s", aantal == null ? "" : aantal,
                punten == null ? "" : getal(punten) + " pt");
        int ruimte = BREEDTE - rechts.length();
        if (links.length() >= ruimte) {
            sb.append(links).append('\n').append(" ".repeat(ruimte));
        } else {
            sb.append(links).append(" ".repeat(ruimte - links.length()));
        }
        sb.append(rechts).append('\n');
    }

    private static void bedrag(StringBuilder sb, String tekst, String waarde) {
        String links = "  " + tekst;
        sb.append(links).append(" ".repeat(Math.max(1, BREEDTE - links.length() - waarde.length()))).append(waarde)
                .append('\n');
    }

    static String getal(BigDecimal b) {
        return b.setScale(Math.max(2, Math.min(4, b.stripTrailingZeros().scale())), RoundingMode.HALF_UP).toPlainString();
    }

    static String euro(BigDecimal b) {
        return "EUR " + b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String procent(BigDecimal fractie) {
        return fractie.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
