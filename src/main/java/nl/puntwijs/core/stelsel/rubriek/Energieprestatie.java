package nl.puntwijs.core.stelsel.rubriek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;
import nl.puntwijs.core.tabellen.Energietabel;

/**
 * Rubriek 4: points for the energy label or index valid on the peildatum (BB26 §2.4.2-§2.4.4), else
 * for the construction year (§2.4.5); a fixed value under an energieprestatievergoeding (§2.4.6.3);
 * never negative for a monument (§2.4.6.1).
 */
public final class Energieprestatie implements Rubriek {

    /** Simplified labels of 2015-2020 never count; indices of that period only when valid for the WWS. */
    private static final LocalDate OVERGANG_VAN = LocalDate.of(2015, 1, 1);
    private static final LocalDate OVERGANG_TOT = LocalDate.of(2020, 12, 31);
    private static final int GELDIGHEID_JAREN = 10;

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.ENE;
    }

    /** The record that counts, with the label it counts as. */
    record Keuze(nl.puntwijs.core.model.Energieprestatie prestatie, Energielabel label, boolean uitIndex) {
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        Eenheid e = w.eenheid();
        List<Regel> regels = new ArrayList<>();
        PandSoort pandSoort = e.pandSoort();
        if (pandSoort == null) {
            w.waarschuw("panden", "onbekend of dit een eengezins- of meergezinswoning is; geen punten voor "
                    + "energieprestatie (BB26 §2.4.4)");
            return new RubriekResultaat(groep(), BigDecimal.ZERO.setScale(2), regels);
        }
        Energietabel tabel = w.tabellen().energie();
        Keuze keuze = kies(w);
        boolean epv = e.energieprestatievergoedingen().stream().anyMatch(v -> v.geldigOp(w.peildatum()));
        int punten;
        if (epv && (keuze != null || e.bouwjaar() != null)) {
            punten = pandSoort == PandSoort.EENGEZINS ? tabel.epvEengezins() : tabel.epvMeergezins();
            regels.add(Regel.punten("energieprestatievergoeding", "Energieprestatievergoeding ("
                    + pandSoort.naam().toLowerCase() + ")", Regels.bd(punten), "BB26 §2.4.6.3"));
        } else if (keuze != null) {
            punten = punten(tabel, pandSoort, keuze.label(), w);
            String bron = keuze.prestatie().soort().naam() + " " + keuze.prestatie().begindatum();
            regels.add(Regel.punten("label", "Label " + keuze.label().naam()
                    + (keuze.uitIndex() ? " (uit energie-index " + keuze.prestatie().waarde().toPlainString() + ")" : "")
                    + ", " + bron + ", " + pandSoort.naam().toLowerCase(), Regels.bd(punten), "BB26 §2.4.4"));
        } else if (e.bouwjaar() != null) {
            Energielabel label = tabel.labelVoorBouwjaar(e.bouwjaar());
            punten = punten(tabel, pandSoort, label, w);
            w.waarschuw("energieprestaties", "geen geldig energielabel op " + w.peildatum()
                    + "; punten naar bouwjaar " + e.bouwjaar() + " (BB26 §2.4.5)");
            regels.add(Regel.punten("bouwjaar", "Bouwjaar " + e.bouwjaar() + " (geen geldig label): als label "
                    + label.naam() + ", " + pandSoort.naam().toLowerCase(), Regels.bd(punten), "BB26 §2.4.5"));
        } else {
            w.waarschuw("energieprestaties", "geen geldig energielabel en geen bouwjaar; geen punten voor "
                    + "energieprestatie");
            return new RubriekResultaat(groep(), BigDecimal.ZERO.setScale(2), regels);
        }
        if (punten < 0 && e.monumenten().stream().anyMatch(Monument::isMonument)) {
            regels.add(Regel.punten("monument", "Monument: geen negatieve punten", Regels.bd(-punten),
                    "BB26 §2.4.6.1"));
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }

    private static int punten(Energietabel tabel, PandSoort pandSoort, Energielabel label, Waardering w) {
        if (label == Energielabel.E && w.optie(Interpretatie.Optie.LABEL_E)) {
            return tabel.labelEVolgensBhw();
        }
        return (pandSoort == PandSoort.EENGEZINS ? tabel.eengezins() : tabel.meergezins()).get(label);
    }

    /**
     * The first record, in the order given, that is definitive and valid on the peildatum (begindatum up to
     * the peildatum, before the einddatum; spec D10). An index recorded 2015-2020 counts by its value.
     */
    static Keuze kies(Waardering w) {
        LocalDate peildatum = w.peildatum();
        List<nl.puntwijs.core.model.Energieprestatie> lijst = w.eenheid().energieprestaties();
        for (int i = 0; i < lijst.size(); i++) {
            var p = lijst.get(i);
            if (p.soort() == null || !p.definitief() || p.begindatum() == null) {
                continue;
            }
            boolean overgang = !p.begindatum().isBefore(OVERGANG_VAN) && !p.begindatum().isAfter(OVERGANG_TOT);
            Energielabel label = p.label();
            boolean uitIndex = false;
            if (p.soort() == EnergieprestatieSoort.ENERGIE_INDEX && overgang && p.waarde() != null) {
                label = w.tabellen().energie().labelVoorIndex(p.waarde());
                uitIndex = true;
            }
            if (label == null) {
                continue;
            }
            LocalDate eind = p.einddatum();
            if (eind == null) {
                eind = p.begindatum().plusYears(GELDIGHEID_JAREN);
                w.waarschuw("energieprestaties[" + i + "].einddatum", "ontbreekt; geldig tot " + eind
                        + " aangenomen (10 jaar, BB26 §2.4.2)");
            }
            if (p.begindatum().isAfter(peildatum) || !eind.isAfter(peildatum)) {
                continue;
            }
            if (overgang && p.soort() == EnergieprestatieSoort.VOORLOPIG_LABEL) {
                w.waarschuw("energieprestaties[" + i + "]", "vereenvoudigd label uit " + p.begindatum().getYear()
                        + " telt niet (BB26 §2.4.3)");
                continue;
            }
            if (overgang && p.soort() == EnergieprestatieSoort.ENERGIE_INDEX
                    && Boolean.FALSE.equals(p.geldigVoorWws())) {
                w.waarschuw("energieprestaties[" + i + "]", "energie-index is niet geldig voor het WWS (BB26 §2.4.3)");
                continue;
            }
            return new Keuze(p, label, uitIndex);
        }
        return null;
    }
}
