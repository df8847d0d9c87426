package nl.puntwijs.ui.resultaat;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.puntwijs.ui.Opmaak;
import nl.puntwijs.ui.Teksten;

/** The live result: the key figures on top, the explained tree per rubriek below. Binds only. */
public final class ResultaatView extends VBox {

    private final TreeTableView<Resultaatregel> boom = new TreeTableView<>();

    public ResultaatView(ResultaatViewModel vm) {
        setId("resultaat");
        getStyleClass().add("resultaat");
        setSpacing(8);
        setPadding(new Insets(8));

        Label kop = new Label();
        kop.getStyleClass().add("paneel-kop");
        kop.textProperty().bind(vm.kopProperty());

        GridPane cijfers = new GridPane();
        cijfers.getStyleClass().add("kerncijfers");
        cijfers.setHgap(12);
        cijfers.setVgap(4);
        int rij = 0;
        rij = cijfer(cijfers, rij, "resultaat.punten", "totaal", vm.totaalProperty(), "kerncijfer-groot");
        rij = cijfer(cijfers, rij, "resultaat.maximaleHuur", "maximaleHuur", vm.maximaleHuurProperty(), "kerncijfer-groot");
        rij = cijfer(cijfers, rij, "resultaat.sector", "sector", vm.sectorProperty(), null);
        rij = cijfer(cijfers, rij, "resultaat.opslag", "opslag", vm.opslagProperty(), null);
        rij = cijfer(cijfers, rij, "resultaat.zorgtoeslag", "zorgtoeslag", vm.zorgtoeslagProperty(), "accent-zorg");
        rij = cijfer(cijfers, rij, "resultaat.gedeeld", "gedeeld", vm.gedeeldProperty(), "accent-gedeeld");
        Label besluit = new Label();
        besluit.setId("zorgbesluit");
        besluit.getStyleClass().add("toelichting");
        besluit.textProperty().bind(vm.zorgbesluitProperty());
        besluit.setWrapText(true);
        cijfers.add(besluit, 0, rij++, 2, 1);
        Label vergelijking = new Label();
        vergelijking.setId("vergelijking");
        vergelijking.getStyleClass().add("vergelijking");
        vergelijking.setWrapText(true);
        vergelijking.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vergelijking.textProperty().bind(vm.vergelijkingProperty());
        vergelijking.visibleProperty().bind(vm.vergelijkenProperty());
        vergelijking.managedProperty().bind(vm.vergelijkenProperty());

        boom.setId("resultaatBoom");
        boom.setShowRoot(false);
        boom.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Resultaatregel, String> omschrijving = kolom(Teksten.t("resultaat.kolom.omschrijving"), 230);
        omschrijving.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().omschrijving()));
        TreeTableColumn<Resultaatregel, String> hoeveelheid = kolom(Teksten.t("resultaat.kolom.hoeveelheid"), 62);
        hoeveelheid.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().hoeveelheid()));
        hoeveelheid.getStyleClass().add("rechts");
        TreeTableColumn<Resultaatregel, String> punten = kolom(Teksten.t("resultaat.kolom.punten"), 56);
        punten.setCellValueFactory(c -> new SimpleStringProperty(Opmaak.getal(c.getValue().getValue().punten())));
        punten.getStyleClass().add("rechts");
        TreeTableColumn<Resultaatregel, String> tweede = kolom(Teksten.t("resultaat.kolom.tweede"), 60);
        tweede.setCellValueFactory(c -> new SimpleStringProperty(Opmaak.getal(c.getValue().getValue().puntenVergelijk())));
        tweede.getStyleClass().add("rechts");
        TreeTableColumn<Resultaatregel, String> verschil = kolom(Teksten.t("resultaat.kolom.verschil"), 56);
        verschil.setCellValueFactory(c -> {
            BigDecimal v = c.getValue().getValue().verschil();
            return new SimpleStringProperty(v == null || v.signum() == 0 ? "" : Opmaak.verschil(v));
        });
        verschil.getStyleClass().add("rechts");
        tweede.visibleProperty().bind(vm.vergelijkenProperty());
        verschil.visibleProperty().bind(vm.vergelijkenProperty());
        TreeTableColumn<Resultaatregel, String> paragraaf = kolom(Teksten.t("resultaat.kolom.paragraaf"), 96);
        paragraaf.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().paragraaf()));
        boom.getColumns().setAll(java.util.List.of(omschrijving, hoeveelheid, punten, tweede, verschil, paragraaf));
        boom.setRowFactory(t -> new Rij());
        boom.setPlaceholder(new Label(Teksten.t("resultaat.leeg")));
        VBox.setVgrow(boom, Priority.ALWAYS);

        vm.wortelProperty().addListener((o, oud, nieuw) -> toon(nieuw));
        toon(vm.wortelProperty().get());
        getChildren().addAll(kop, cijfers, vergelijking, boom);
    }

    private static int cijfer(GridPane g, int rij, String label, String id, ReadOnlyStringProperty waarde, String stijl) {
        Label l = new Label(Teksten.t(label));
        l.getStyleClass().add("kerncijfer-label");
        Label w = new Label();
        w.setId(id);
        w.getStyleClass().add("kerncijfer");
        if (stijl != null) {
            w.getStyleClass().add(stijl);
        }
        w.textProperty().bind(waarde);
        g.add(l, 0, rij);
        g.add(w, 1, rij);
        return rij + 1;
    }

    private static TreeTableColumn<Resultaatregel, String> kolom(String titel, double breedte) {
        TreeTableColumn<Resultaatregel, String> k = new TreeTableColumn<>(titel);
        k.setPrefWidth(breedte);
        k.setSortable(false);
        return k;
    }

    private void toon(Resultaatregel wortel) {
        if (wortel == null) {
            boom.setRoot(null);
            return;
        }
        java.util.Set<String> open = new java.util.HashSet<>();
        if (boom.getRoot() != null) {
            for (TreeItem<Resultaatregel> k : boom.getRoot().getChildren()) {
                if (k.isExpanded()) {
                    open.add(k.getValue().sleutel());
                }
            }
        }
        TreeItem<Resultaatregel> item = item(wortel, open);
        item.setExpanded(true);
        boom.setRoot(item);
    }

    private static TreeItem<Resultaatregel> item(Resultaatregel r, java.util.Set<String> open) {
        TreeItem<Resultaatregel> t = new TreeItem<>(r);
        for (Resultaatregel k : r.kinderen()) {
            t.getChildren().add(item(k, open));
        }
        if (r.soort() == Resultaatregel.Soort.RUBRIEK || r.soort() == Resultaatregel.Soort.GEDEELD
                || r.soort() == Resultaatregel.Soort.OPSLAG) {
            t.setExpanded(open.contains(r.sleutel()) || (r.punten() != null && r.punten().signum() != 0 && open.isEmpty()
                    && r.soort() != Resultaatregel.Soort.RUBRIEK));
        }
        return t;
    }

    /** Highlights rubrieken, the zorg surcharge and shared-space lines; the tooltip explains the rule. */
    private static final class Rij extends TreeTableRow<Resultaatregel> {
        @Override
        protected void updateItem(Resultaatregel r, boolean leeg) {
            super.updateItem(r, leeg);
            getStyleClass().removeAll("regel-rubriek", "regel-zorg", "regel-gedeeld", "regel-opslag");
            if (leeg || r == null) {
                setTooltip(null);
                return;
            }
            switch (r.soort()) {
                case RUBRIEK -> getStyleClass().add("regel-rubriek");
                case ZORGTOESLAG -> getStyleClass().add("regel-zorg");
                case GEDEELD -> getStyleClass().add("regel-gedeeld");
                case OPSLAG -> getStyleClass().add("regel-opslag");
                default -> { }
            }
            if (r.soort() == Resultaatregel.Soort.GEDEELD && r.kinderen().isEmpty()) {
                getStyleClass().add("regel-gedeeld");
            }
            Tooltip t = new Tooltip(r.uitleg());
            t.setWrapText(true);
            t.setMaxWidth(420);
            setTooltip(r.uitleg().isBlank() ? null : t);
        }
    }
}
