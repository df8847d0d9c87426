package nl.puntwijs.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The Puntenopbouw sheets: every dwelling's explained tree, one row per line with quantity, unit, points and
 * paragraph, grouped with outline levels (dwelling, rubriek, line, sub-line) so that a reader can fold it. A
 * dwelling's rows stay on one sheet; when the next dwelling would pass the sheet's row limit the tree continues on
 * "Puntenopbouw (2)", and so on.
 */
final class Puntenopbouw {

    private final Rapport rapport;
    private final List<Tabel> bladen = new ArrayList<>();
    private Tabel huidig;
    private long regels;

    Puntenopbouw(Rapport rapport) {
        this.rapport = rapport;
        huidig = nieuwBlad(Rapport.PUNTENOPBOUW);
    }

    private Tabel nieuwBlad(String naam) {
        Tabel t = rapport.tabel(naam, Tabel.kolommen(
                new Tabel.Kolom("Eenheid", 12, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Rubriek", 8, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Omschrijving", 62, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Aantal", 11, Stijlen.Soort.GETAL),
                new Tabel.Kolom("Eenheid van aantal", 9, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Punten", 10, Stijlen.Soort.PUNTEN4),
                Tabel.Kolom.ingesprongen("Bron", 28)), 0);
        t.blad.setRowSumsBelow(false);
        bladen.add(t);
        return t;
    }

    /** Writes one dwelling's tree. */
    void woning(String complexnaam, Eenheid eenheid, Resultaat r) {
        int nodig = 1;
        for (RubriekResultaat rr : r.rubrieken()) {
            if (Rapport.heeftInhoud(rr)) {
                nodig += 1 + Rapport.regels(rr.regels());
            }
        }
        nodig++;
        if (huidig.volgendeRij() + nodig > rapport.opties.maximumRijen() && huidig.aantal() > 0) {
            huidig = nieuwBlad(Rapport.PUNTENOPBOUW + " (" + (bladen.size() + 1) + ")");
        }
        String adres = eenheid.adres() == null ? "" : eenheid.adres().regel();
        String kop = r.eenheidId() + (adres.isEmpty() ? "" : " · " + adres) + " · " + complexnaam;
        huidig.rij(Stijlen.Opmaak.GROEP).tekst(r.eenheidId()).leeg().tekst(kop).leeg().leeg()
                .getal(r.punten()).tekst(r.sector().naam());
        for (RubriekResultaat rr : r.rubrieken()) {
            if (!Rapport.heeftInhoud(rr)) {
                continue;
            }
            Stelselgroep g = rr.groep();
            String naam = g.rubriek() <= 12 ? g.rubriek() + ". " + g.naam() : g.naam();
            huidig.rij(Stijlen.Opmaak.VET).niveau(1).tekst(r.eenheidId()).tekst(g.code()).tekst(naam).over().over()
                    .getal(rr.punten()).tekst(g.paragraaf());
            regels(r.eenheidId(), g, rr.regels(), 2);
        }
        BigDecimal afronding = BigDecimal.valueOf(r.punten()).subtract(r.som());
        huidig.rij().niveau(1).tekst(r.eenheidId()).over()
                .tekst("Som " + r.som().stripTrailingZeros().toPlainString() + " afgerond op hele punten")
                .over().over().getal(afronding).tekst("BB26 §2.1.5");
        regels += nodig;
    }

    private void regels(String eenheid, Stelselgroep g, List<Regel> lijst, int niveau) {
        for (Regel regel : lijst) {
            String omschrijving = regel.omschrijving();
            boolean prefix = omschrijving != null && Tabel.isFormuleachtig(omschrijving);
            CellStyle stijl = ingesprongen(niveau - 1, prefix);
            Tabel.Rij rij = huidig.rij().niveau(niveau).tekst(eenheid).tekst(g.code()).tekst(omschrijving, stijl);
            if (regel.aantal() == null) {
                rij.over().over();
            } else {
                rij.getal(regel.aantal()).tekst(Rapport.meeteenheid(regel.eenheid()));
            }
            if (regel.punten() == null) {
                rij.over();
            } else {
                rij.getal(regel.punten());
            }
            rij.tekst(regel.bron() != null ? regel.bron() : g.paragraaf());
            regels(eenheid, g, regel.onderdelen(), niveau + 1);
        }
    }

    /** The indented text styles, looked up once. */
    private final CellStyle[][] ingesprongen = new CellStyle[16][2];

    private CellStyle ingesprongen(int niveau, boolean prefix) {
        int n = Math.min(niveau, 15);
        int p = prefix ? 1 : 0;
        if (ingesprongen[n][p] == null) {
            ingesprongen[n][p] = rapport.stijlen.ingesprongen(Stijlen.Opmaak.NORMAAL, n, prefix);
        }
        return ingesprongen[n][p];
    }

    void meldLeegAlsNodig() {
        if (huidig.isLeeg()) {
            huidig.meldLeeg("Geen woningen in deze export, dus geen puntenopbouw.");
        }
    }

    List<String> bladnamen() {
        return bladen.stream().map(t -> t.blad.getSheetName()).toList();
    }

    int aantalBladen() {
        return bladen.size();
    }

    long regels() {
        return regels;
    }

    void sluitAf() {
        for (Tabel t : bladen) {
            t.sluitAf(true);
        }
    }
}
