package nl.puntwijs.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Drempelsleutel;

/**
 * The rent classes corporations report by, from the kale huur and the limits on the peildatum: goedkoop up to the
 * kwaliteitskortingsgrens, betaalbaar up to the aftoppingsgrenzen, duur up to the sociale huurgrens, midden up to the
 * vrijesectorgrens, vrij above it; and one class for dwellings without a recorded rent. A limit that has no value
 * on the peildatum is left out (its class merges with the next) and named in {@link #ontbrekend()}.
 */
final class Huurklassen {

    /** A class: its name and its upper limit (inclusive); the last class has none. */
    record Klasse(String naam, Drempel grens) {
    }

    private static final String[][] GRENZEN = {
            {"Goedkoop (t/m kwaliteitskortingsgrens)", Drempelsleutel.KWALITEITSKORTINGSGRENS},
            {"Betaalbaar (t/m aftoppingsgrens laag)", Drempelsleutel.AFTOPPINGSGRENS_LAAG},
            {"Betaalbaar (t/m aftoppingsgrens hoog)", Drempelsleutel.AFTOPPINGSGRENS_HOOG},
            {"Duur (t/m sociale huurgrens)", Drempelsleutel.SOCIALE_HUURGRENS},
            {"Middenhuur (t/m vrijesectorgrens)", Drempelsleutel.VRIJESECTORGRENS}};

    static final String BOVEN = "Vrije sector (boven vrijesectorgrens)";
    static final String ONBEKEND = "Kale huur niet vastgelegd";

    private final List<Klasse> klassen = new ArrayList<>();
    private final List<String> ontbrekend = new ArrayList<>();

    Huurklassen(Drempels drempels, LocalDate peildatum) {
        for (String[] g : GRENZEN) {
            try {
                klassen.add(new Klasse(g[0], drempels.drempel(g[1], peildatum)));
            } catch (Drempels.GeenDrempelException e) {
                ontbrekend.add(e.getMessage());
            }
        }
        klassen.add(new Klasse(BOVEN, null));
    }

    /** The classes with a limit, then the open top class; the unknown class comes after them. */
    List<Klasse> klassen() {
        return klassen;
    }

    /** Classes plus the unknown one. */
    int aantal() {
        return klassen.size() + 1;
    }

    /** The index of the rent's class; {@code klassen().size()} for a missing rent. */
    int klasse(BigDecimal kaleHuur) {
        if (kaleHuur == null) {
            return klassen.size();
        }
        for (int i = 0; i < klassen.size() - 1; i++) {
            if (kaleHuur.compareTo(klassen.get(i).grens().waarde()) <= 0) {
                return i;
            }
        }
        return klassen.size() - 1;
    }

    List<String> ontbrekend() {
        return ontbrekend;
    }
}
