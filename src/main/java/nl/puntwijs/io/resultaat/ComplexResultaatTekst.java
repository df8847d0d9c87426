package nl.puntwijs.io.resultaat;

import static nl.puntwijs.io.resultaat.ResultaatTekst.euro;
import static nl.puntwijs.io.resultaat.ResultaatTekst.getal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.zorg.Uitkomst;
import nl.puntwijs.core.zorg.Voorwaarde;
import nl.puntwijs.core.zorg.Voorwaardetoets;

/**
 * A readable summary of a complex's valuation (the {@code text} format of the command line for a complex file):
 * totals, the shared spaces, one line per dwelling with both shared-room methods, the zorg checks, then every
 * dwelling's breakdown per rubriek ({@link ResultaatTekst}).
 */
public final class ComplexResultaatTekst {

    private static final int BREEDTE = 96;

    private ComplexResultaatTekst() {
    }

    /**
     * @param complex the complex valued, for the dwellings' addresses (may be null)
     */
    public static String tekst(ComplexResultaat c, Complex complex) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("COMPLEX ").append(c.naam());
        if (c.complexId() != null && !c.complexId().equals(c.naam())) {
            sb.append(" (").append(c.complexId()).append(')');
        }
        sb.append('\n');
        sb.append("  Peildatum ").append(c.peildatum());
        if (!c.woningen().isEmpty()) {
            sb.append(", tabellen ").append(c.woningen().get(0).resultaat().tabellen());
        }
        sb.append('\n');
        sb.append("  Gemeenschappelijke ruimten van zorgwoningen: ").append(c.methode().omschrijving()).append("\n\n");

        ComplexResultaat.Totalen t = c.totalen();
        sb.append("TOTALEN\n");
        regel(sb, "Woningen", Integer.toString(t.woningen()));
        Map<Sector, Integer> perSector = t.perSector();
        regel(sb, "Sociaal / midden / vrij", perSector.getOrDefault(Sector.SOCIAAL, 0) + " / "
                + perSector.getOrDefault(Sector.MIDDEN, 0) + " / " + perSector.getOrDefault(Sector.VRIJ, 0));
        regel(sb, "Punten gemiddeld / laagste / hoogste", getal(t.gemiddeldePunten()) + " / " + t.minimumPunten() + " / "
                + t.maximumPunten());
        regel(sb, "Maximale huur per maand, totaal", euro(t.totaleMaximaleHuur()));
        regel(sb, "Maximale huur per maand, gemiddeld per woning", euro(t.gemiddeldeMaximaleHuur()));
        regel(sb, "Zorgwoningen met toeslag (waarvan alle voorwaarden voldaan)", t.zorgwoningen() + " ("
                + t.zorgwoningenAlleVoorwaarden() + ")");
        regel(sb, "Punten uit gedeelde ruimten, som over de woningen", getal(t.puntenUitGedeeldeRuimten()) + " pt");
        regel(sb, "Punten uit de zorgtoeslag, som over de woningen", getal(t.puntenUitZorgtoeslag()) + " pt");

        if (!c.gedeeldeRuimten().isEmpty()) {
            sb.append("\nGEDEELDE RUIMTEN  (BB26 §2.9.7)\n");
            for (ComplexResultaat.Toedeling d : c.gedeeldeRuimten()) {
                sb.append("  ").append(d.ruimte().weergavenaam()).append("  [").append(d.ruimte().id());
                if (d.ruimte().soort() != null) {
                    sb.append(", ").append(d.ruimte().soort().code());
                }
                sb.append("]\n");
                regel(sb, "  Adressen met gebruiksrecht", Integer.toString(d.adressen()));
                BigDecimal totaal = BigDecimal.ZERO;
                for (Stelselgroep groep : Stelselgroep.values()) {
                    BigDecimal p = d.punten().get(groep.code());
                    if (p != null) {
                        regel(sb, "  Punten rubriek " + groep.rubriek() + " (" + groep.code() + ")", getal(p) + " pt");
                        totaal = totaal.add(p);
                    }
                }
                if (d.punten().isEmpty()) {
                    regel(sb, "  Punten", "geen (minder dan 2 adressen of niets te waarderen)");
                } else {
                    regel(sb, "  Per woning (" + getal(totaal) + " / " + d.adressen() + ", onafgerond)",
                            getal(d.puntenPerWoning()) + " pt");
                }
                regel(sb, "  Maximale huur die de ruimte oplevert, over het complex", euro(d.huurPerMaand())
                        + " per maand");
            }
        }

        sb.append("\nWONINGEN  (andere methode: ").append(c.methode().andere().omschrijving()).append(")\n");
        sb.append(String.format(Locale.ROOT, "  %-14s %-30s %6s %-8s %12s %8s %8s  %s%n", "Eenheid", "Adres", "Punten",
                "Sector", "Max. huur", "Gedeeld", "Zorg", "Andere methode"));
        for (ComplexResultaat.Woning w : c.woningen()) {
            Resultaat r = w.resultaat();
            String adres = complex == null ? "" : complex.woning(w.eenheidId()).map(Eenheid::adres)
                    .map(a -> a.regel()).orElse("");
            String ander = w.andereMethode().punten() + " pt (" + teken(w.verschilPunten()) + ", "
                    + euroVerschil(w.verschilHuur()) + ")";
            sb.append(String.format(Locale.ROOT, "  %-14s %-30s %6d %-8s %12s %8s %8s  %s%n", kort(w.eenheidId(), 14),
                    kort(adres, 30), r.punten(), r.sector().code(), euro(r.maximaleHuur()).substring(4),
                    getal(w.puntenUitGedeeldeRuimten()), getal(w.puntenUitZorgtoeslag()), ander));
        }

        boolean zorgkop = false;
        for (ComplexResultaat.Woning w : c.woningen()) {
            if (!w.resultaat().zorg().isGeclaimd()) {
                continue;
            }
            if (!zorgkop) {
                sb.append("\nZORGWONINGEN  (").append(Voorwaarde.BRON).append(")\n");
                zorgkop = true;
            }
            sb.append("  ").append(w.eenheidId()).append(": ").append(w.resultaat().zorg().besluit().tekst()).append('\n');
            for (Voorwaardetoets v : w.resultaat().zorg().toetsen()) {
                if (v.uitkomst() != Uitkomst.VOLDAAN) {
                    sb.append("    - ").append(v.voorwaarde().omschrijving()).append(": ").append(v.uitkomst().tekst())
                            .append(" (").append(v.toelichting()).append(")\n");
                }
            }
        }

        if (!c.meldingen().isEmpty()) {
            sb.append("\nMELDINGEN\n");
            for (Complexmelding m : c.meldingen()) {
                sb.append("  - ").append(m.fout() ? "fout: " : "").append(m).append('\n');
            }
        }
        for (ComplexResultaat.Woning w : c.woningen()) {
            sb.append('\n').append("=".repeat(BREEDTE)).append('\n');
            sb.append(ResultaatTekst.tekst(w.resultaat()));
        }
        return sb.toString();
    }

    private static void regel(StringBuilder sb, String tekst, String waarde) {
        String links = "  " + tekst;
        sb.append(links).append(" ".repeat(Math.max(1, BREEDTE - links.length() - waarde.length()))).append(waarde)
                .append('\n');
    }

    private static String kort(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String teken(int verschil) {
        return (verschil >= 0 ? "+" : "") + verschil;
    }

    private static String euroVerschil(BigDecimal verschil) {
        String bedrag = euro(verschil.abs());
        return (verschil.signum() < 0 ? "-" : "+") + bedrag;
    }
}
