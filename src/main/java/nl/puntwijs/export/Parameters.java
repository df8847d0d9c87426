package nl.puntwijs.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Grenzen;
import nl.puntwijs.core.tabellen.Tabellen;

/**
 * The Parameters sheet: what the figures rest on. Peildatum, the table sets with their source and limits, every
 * interpretation option with the value chosen, every threshold (the ones valid on the peildatum marked, with how
 * many signals read each), the Puntwijs version and the time of the export.
 */
final class Parameters {

    private final Rapport rapport;

    Parameters(Rapport rapport) {
        this.rapport = rapport;
    }

    Tabel schrijf() {
        Stijlen s = rapport.stijlen;
        Tabel t = new Tabel(rapport.parametersBlad, rapport.parametersUit(), s, Tabel.kolommen(
                new Tabel.Kolom("Onderdeel", 16, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Parameter", 40, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Waarde", 22, Stijlen.Soort.TEKST),
                Tabel.Kolom.ingesprongen("Geldig", 26),
                new Tabel.Kolom("Bron", 60, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Toelichting", 60, Stijlen.Soort.TEKST)), 0);
        var datum = s.stijl(Stijlen.Soort.DATUM, Stijlen.Opmaak.NORMAAL);
        var tijd = s.stijl(Stijlen.Soort.DATUMTIJD, Stijlen.Opmaak.NORMAAL);
        var getal = s.stijl(Stijlen.Soort.GETAL, Stijlen.Opmaak.NORMAAL);
        var geheel = s.stijl(Stijlen.Soort.GEHEEL, Stijlen.Opmaak.NORMAAL);
        var procent = s.stijl(Stijlen.Soort.PROCENT, Stijlen.Opmaak.NORMAAL);
        Rapport.Telling telling = rapport.telling;

        t.rij().tekst("Export").tekst("Portefeuille").tekst(rapport.bron.portefeuille());
        t.rij().tekst("Export").tekst("Herkomst van de gegevens").tekst(rapport.bron.herkomst());
        t.rij().tekst("Export").tekst("Peildatum").datum(rapport.peildatum, datum);
        if (rapport.vergelijkdatum != null) {
            t.rij().tekst("Export").tekst("Vergelijkdatum").datum(rapport.vergelijkdatum, datum);
        } else {
            t.rij().tekst("Export").tekst("Vergelijkdatum").tekst("geen");
        }
        t.rij().tekst("Export").tekst("Tijdstip van export").datumtijd(rapport.tijdstip, tijd);
        t.rij().tekst("Export").tekst("Puntwijs-versie").tekst(rapport.opties.versie());
        t.rij().tekst("Export").tekst("Complexen").getal(telling.complexen, geheel);
        t.rij().tekst("Export").tekst("Woningen").getal(telling.woningen, geheel);

        Set<Tabellen> sets = new LinkedHashSet<>();
        sets.add(rapport.tabellenboek.voor(rapport.peildatum));
        if (rapport.vergelijkdatum != null) {
            sets.add(rapport.tabellenboek.voor(rapport.vergelijkdatum));
        }
        for (String naam : telling.tabellensets) {
            rapport.tabellenboek.sets().stream().filter(x -> x.naam().equals(naam)).findFirst().ifPresent(sets::add);
        }
        for (Tabellen set : sets) {
            String o = "Tabellen " + set.naam();
            t.rij().tekst(o).tekst("Tabellenset").tekst(set.naam()).tekst(set.periode()).tekst(set.bron());
            Grenzen g = set.grenzen();
            t.rij().tekst(o).tekst("Sociale sector tot en met (punten)").getal(g.maximumPuntenSociaal(), geheel)
                    .tekst(set.periode()).tekst("BB26 §1.3.1");
            t.rij().tekst(o).tekst("Middensector tot en met (punten)").getal(g.maximumPuntenMidden(), geheel)
                    .tekst(set.periode()).tekst("BB26 §1.3.1");
            t.rij().tekst(o).tekst("Sociale huurgrens (huur bij de grens, €)").getal(g.socialesectorgrens()
                    .doubleValue(), getal).tekst(set.periode()).tekst("BB26 Bijlage 2");
            t.rij().tekst(o).tekst("Vrijesectorgrens (huur bij de grens, €)").getal(g.vrijesectorgrens()
                    .doubleValue(), getal).tekst(set.periode()).tekst("BB26 Bijlage 2");
            t.rij().tekst(o).tekst("WOZ-cap vanaf (punten)").getal(g.wozCapDrempel(), geheel).tekst(set.periode())
                    .tekst("Bhw rubriek 11.3, BB26 §2.11.7");
            t.rij().tekst(o).tekst("WOZ-cap: maximaal aandeel").getal(g.wozCapAandeel().doubleValue(), procent)
                    .tekst(set.periode()).tekst("Bhw rubriek 11.3, BB26 §2.11.7");
            t.rij().tekst(o).tekst("Nieuwbouw 2015-2019: minimum WOZ-punten").getal(g.nieuwbouwMinimumPunten(), geheel)
                    .tekst(set.periode()).tekst("Bhw rubriek 11.2, BB26 §2.11.5");
            t.rij().tekst(o).tekst("Nieuwbouw 2015-2019: vanaf punten (rubrieken 1-10 en 12)")
                    .getal(g.nieuwbouwDrempel(), geheel).tekst(set.periode()).tekst("Bhw rubriek 11.2, BB26 §2.11.5");
        }

        Interpretatie i = rapport.bron.interpretatie();
        for (Interpretatie.Optie o : Interpretatie.Optie.values()) {
            boolean standaard = i.waarde(o).equals(o.standaard());
            t.rij().tekst("Interpretatie").tekst(o.id() + " " + o.sleutel()).tekst(i.waarde(o))
                    .tekst(standaard ? "standaard" : "afwijkend van de standaard (" + o.standaard() + ")")
                    .tekst("docs/interpretaties.md").tekst("mogelijk: " + String.join(", ", o.waarden())
                            + (o == Interpretatie.Optie.ZORG_GEMEENSCHAPPELIJKE_RUIMTEN
                            ? "; een complex kiest zijn eigen methode (blad Complexen)" : ""));
        }

        List<String> sleutels = new ArrayList<>(rapport.drempels.sleutels());
        sleutels.sort(Comparator.naturalOrder());
        for (String sleutel : sleutels) {
            for (Drempel d : rapport.drempels.periodes(sleutel)) {
                boolean geldig = d.geldigOp(rapport.peildatum);
                Integer gelezen = telling.drempelsGelezen.get(sleutel);
                String toelichting = (geldig ? "geldig op de peildatum" : "andere periode")
                        + (geldig && gelezen != null ? "; gelezen door " + gelezen
                        + (gelezen == 1 ? " signaal" : " signalen") : "")
                        + (d.onbevestigd() ? "; ONBEVESTIGD: de bron bevestigt dit getal niet" : "")
                        + (d.toelichting() == null ? "" : "; " + d.toelichting());
                t.rij(geldig ? Stijlen.Opmaak.NORMAAL : Stijlen.Opmaak.GRIJS).tekst("Drempel").tekst(sleutel)
                        .getal(d.waarde().doubleValue(), s.stijl(Stijlen.Soort.GETAL, geldig
                                ? Stijlen.Opmaak.NORMAAL : Stijlen.Opmaak.GRIJS))
                        .tekst(d.periode()).tekst(d.bron()).tekst(toelichting);
            }
        }
        return t;
    }
}
