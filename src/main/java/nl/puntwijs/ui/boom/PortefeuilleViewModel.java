package nl.puntwijs.ui.boom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.store.PortfolioRepository.ComplexInfo;
import nl.puntwijs.store.ResultaatRepository.Overzichtsregel;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * The portfolio tree: complexes with their dwellings, each dwelling with its points and sector (from the stored
 * results, replaced by live figures as they are computed), searchable (id, address, complex) and filterable by
 * sector, zorg and blocking signals. Built from one list query, so a portfolio of 100 000 dwellings opens without
 * loading any breakdown.
 */
public final class PortefeuilleViewModel {

    /** A dwelling in the tree; its figures change as calculations come in. */
    public static final class WoningKnoop {
        private final String eenheidId;
        private final String adres;
        private final String zoektekst;
        private final long complexId;
        private final ObjectProperty<Integer> punten = new SimpleObjectProperty<>(this, "punten");
        private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(this, "sector");
        private final BooleanProperty zorg = new SimpleBooleanProperty(this, "zorg");
        private final IntegerProperty blokkerend = new SimpleIntegerProperty(this, "blokkerend", -1);

        WoningKnoop(String eenheidId, String adres, long complexId, Integer punten, Sector sector) {
            this.eenheidId = eenheidId;
            this.adres = adres;
            this.zoektekst = (eenheidId + " " + adres).toLowerCase(Locale.ROOT);
            this.complexId = complexId;
            this.punten.set(punten);
            this.sector.set(sector);
        }

        public String eenheidId() {
            return eenheidId;
        }

        public String adres() {
            return adres;
        }

        public long complexId() {
            return complexId;
        }

        public ReadOnlyObjectProperty<Integer> puntenProperty() {
            return punten;
        }

        public ReadOnlyObjectProperty<Sector> sectorProperty() {
            return sector;
        }

        public boolean isZorg() {
            return zorg.get();
        }

        public int blokkerend() {
            return blokkerend.get();
        }

        public IntegerProperty blokkerendProperty() {
            return blokkerend;
        }
    }

    /** A complex in the tree with the dwellings that pass the filters. */
    public record ComplexKnoop(ComplexInfo info, List<WoningKnoop> woningen, int totaal) {
    }

    private final Werkruimte werkruimte;
    private final Map<String, WoningKnoop> perId = new HashMap<>();
    private final Map<Long, List<WoningKnoop>> perComplex = new LinkedHashMap<>();
    private final StringProperty zoekterm = new SimpleStringProperty(this, "zoekterm", "");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>(this, "sector");
    private final BooleanProperty alleenZorg = new SimpleBooleanProperty(this, "alleenZorg");
    private final BooleanProperty alleenBlokkerend = new SimpleBooleanProperty(this, "alleenBlokkerend");
    private final ObjectProperty<List<ComplexKnoop>> zichtbaar = new SimpleObjectProperty<>(this, "zichtbaar", List.of());

    public PortefeuilleViewModel(Werkruimte werkruimte) {
        this.werkruimte = werkruimte;
        werkruimte.overzicht().addListener((javafx.collections.ListChangeListener<Overzichtsregel>) c -> bouw());
        werkruimte.complexen().addListener((javafx.collections.ListChangeListener<ComplexInfo>) c -> bouw());
        werkruimte.standen().addListener((MapChangeListener<String, Werkruimte.Woningstand>) c -> {
            if (c.wasAdded()) {
                werkBij(c.getValueAdded());
            }
        });
        zoekterm.addListener((o, a, b) -> filter());
        sector.addListener((o, a, b) -> filter());
        alleenZorg.addListener((o, a, b) -> filter());
        alleenBlokkerend.addListener((o, a, b) -> filter());
        bouw();
    }

    public StringProperty zoektermProperty() {
        return zoekterm;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public BooleanProperty alleenZorgProperty() {
        return alleenZorg;
    }

    public BooleanProperty alleenBlokkerendProperty() {
        return alleenBlokkerend;
    }

    /** The filtered tree; replaced as a whole when the filters or the portfolio change. */
    public ReadOnlyObjectProperty<List<ComplexKnoop>> zichtbaarProperty() {
        return zichtbaar;
    }

    public WoningKnoop knoop(String eenheidId) {
        return perId.get(eenheidId);
    }

    /** Opens the dwelling in the editor. */
    public void kies(WoningKnoop w) {
        werkruimte.openComplex(w.complexId(), w.eenheidId());
    }

    /** Opens the complex (its first dwelling in the editor). */
    public void kies(ComplexInfo c) {
        werkruimte.openComplex(c.id(), null);
    }

    private void bouw() {
        perId.clear();
        perComplex.clear();
        Map<String, Long> idPerSleutel = new HashMap<>();
        for (ComplexInfo c : werkruimte.complexen()) {
            idPerSleutel.put(c.sleutel(), c.id());
            perComplex.put(c.id(), new ArrayList<>());
        }
        for (Overzichtsregel r : werkruimte.overzicht()) {
            Long id = idPerSleutel.get(r.complex());
            if (id == null) {
                continue;
            }
            String adres = r.adres() == null ? "" : r.adres().regel();
            WoningKnoop k = new WoningKnoop(r.eenheid(), adres, id, r.punten(), r.sector());
            perId.put(r.eenheid(), k);
            perComplex.get(id).add(k);
        }
        for (Werkruimte.Woningstand s : werkruimte.standen().values()) {
            werkBij(s);
        }
        filter();
    }

    private void werkBij(Werkruimte.Woningstand s) {
        WoningKnoop k = perId.get(s.eenheidId());
        if (k == null) {
            return;
        }
        k.punten.set(s.punten());
        k.sector.set(s.sector());
        boolean filterGeraakt = (alleenZorg.get() && k.zorg.get() != s.zorg())
                || (alleenBlokkerend.get() && (k.blokkerend.get() > 0) != (s.blokkerend() > 0))
                || (sector.get() != null && k.sector.get() != s.sector());
        k.zorg.set(s.zorg());
        k.blokkerend.set(s.blokkerend());
        if (filterGeraakt) {
            filter();
        }
    }

    private void filter() {
        String term = zoekterm.get() == null ? "" : zoekterm.get().strip().toLowerCase(Locale.ROOT);
        List<ComplexKnoop> uit = new ArrayList<>();
        for (ComplexInfo c : werkruimte.complexen()) {
            List<WoningKnoop> alle = perComplex.getOrDefault(c.id(), List.of());
            boolean complexPast = !term.isEmpty() && c.weergavenaam().toLowerCase(Locale.ROOT).contains(term);
            List<WoningKnoop> gefilterd = new ArrayList<>();
            for (WoningKnoop w : alle) {
                if (!term.isEmpty() && !complexPast && !w.zoektekst.contains(term)) {
                    continue;
                }
                if (sector.get() != null && w.sector.get() != sector.get()) {
                    continue;
                }
                if (alleenZorg.get() && !w.zorg.get()) {
                    continue;
                }
                if (alleenBlokkerend.get() && w.blokkerend.get() <= 0) {
                    continue;
                }
                gefilterd.add(w);
            }
            boolean gefilterdIets = !term.isEmpty() || sector.get() != null || alleenZorg.get() || alleenBlokkerend.get();
            if (!gefilterdIets || !gefilterd.isEmpty()) {
                uit.add(new ComplexKnoop(c, gefilterd, alle.size()));
            }
        }
        zichtbaar.set(uit);
    }
}
