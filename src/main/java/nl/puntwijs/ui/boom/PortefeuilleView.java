package nl.puntwijs.ui.boom;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.dienst.Werkruimte;
import nl.puntwijs.ui.fx.Iconen;

/** The portfolio tree with search and filters; a virtualised TreeView. Binds only. */
public final class PortefeuilleView extends VBox {

    private final TreeView<Object> boom = new TreeView<>();
    private boolean bouwen;

    public PortefeuilleView(PortefeuilleViewModel vm, Werkruimte werkruimte) {
        setId("portefeuillePaneel");
        getStyleClass().add("portefeuille");
        setSpacing(6);
        setPadding(new Insets(8));

        TextField zoek = new TextField();
        zoek.setId("zoek");
        zoek.setPromptText(Teksten.t("boom.zoek"));
        // search a moment after the last keystroke: typing never waits for a filter over a large portfolio
        javafx.animation.PauseTransition pauze = new javafx.animation.PauseTransition(javafx.util.Duration.millis(180));
        pauze.setOnFinished(e -> vm.zoektermProperty().set(zoek.getText()));
        zoek.textProperty().addListener((o, a, b) -> pauze.playFromStart());
        zoek.setOnAction(e -> {
            pauze.stop();
            vm.zoektermProperty().set(zoek.getText());
        });

        ComboBox<Sector> sector = new ComboBox<>(FXCollections.observableArrayList(Sector.values()));
        sector.getItems().add(0, null);
        sector.setId("filterSector");
        sector.setPromptText(Teksten.t("boom.alleSectoren"));
        sector.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sector s) {
                return s == null ? Teksten.t("boom.alleSectoren") : s.code();
            }

            @Override
            public Sector fromString(String s) {
                return null;
            }
        });
        sector.valueProperty().bindBidirectional(vm.sectorProperty());
        CheckBox zorg = new CheckBox(Teksten.t("boom.zorg"));
        zorg.setId("filterZorg");
        zorg.selectedProperty().bindBidirectional(vm.alleenZorgProperty());
        CheckBox blokkerend = new CheckBox(Teksten.t("boom.blokkerend"));
        blokkerend.setId("filterBlokkerend");
        blokkerend.selectedProperty().bindBidirectional(vm.alleenBlokkerendProperty());
        sector.setMaxWidth(Double.MAX_VALUE);
        HBox filters = new HBox(12, zorg, blokkerend);
        filters.setAlignment(Pos.CENTER_LEFT);

        boom.setId("portefeuille");
        boom.setShowRoot(false);
        boom.setCellFactory(t -> new Cel());
        VBox.setVgrow(boom, Priority.ALWAYS);
        boom.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (bouwen || b == null) {
                return;
            }
            if (b.getValue() instanceof PortefeuilleViewModel.WoningKnoop w) {
                vm.kies(w);
            } else if (b.getValue() instanceof PortefeuilleViewModel.ComplexKnoop c) {
                vm.kies(c.info());
            }
        });
        vm.zichtbaarProperty().addListener((o, a, b) -> toon(b, werkruimte.woningIdProperty().get()));
        werkruimte.woningIdProperty().addListener((o, a, b) -> selecteer(b));
        toon(vm.zichtbaarProperty().get(), werkruimte.woningIdProperty().get());

        Label telling = new Label();
        telling.getStyleClass().add("toelichting");
        telling.textProperty().bind(Bindings.createStringBinding(() -> Teksten.t("boom.telling",
                vm.zichtbaarProperty().get().stream().mapToInt(c -> c.woningen().size()).sum(),
                vm.zichtbaarProperty().get().size()), vm.zichtbaarProperty()));
        getChildren().addAll(zoek, sector, filters, boom, telling);
    }

    private void toon(List<PortefeuilleViewModel.ComplexKnoop> complexen, String geselecteerd) {
        bouwen = true;
        try {
            TreeItem<Object> wortel = new TreeItem<>("portefeuille");
            List<TreeItem<Object>> items = new java.util.ArrayList<>(complexen.size());
            for (PortefeuilleViewModel.ComplexKnoop c : complexen) {
                TreeItem<Object> ci = new ComplexItem(c);
                ci.setExpanded(complexen.size() <= 20);
                items.add(ci);
            }
            wortel.getChildren().setAll(items);
            boom.setRoot(wortel);
        } finally {
            bouwen = false;
        }
        selecteer(geselecteerd);
    }

    private void selecteer(String eenheidId) {
        if (eenheidId == null || boom.getRoot() == null) {
            return;
        }
        for (TreeItem<Object> c : boom.getRoot().getChildren()) {
            PortefeuilleViewModel.ComplexKnoop ck = (PortefeuilleViewModel.ComplexKnoop) c.getValue();
            if (ck.woningen().stream().noneMatch(w -> w.eenheidId().equals(eenheidId))) {
                continue;
            }
            for (TreeItem<Object> w : c.getChildren()) {
                if (w.getValue() instanceof PortefeuilleViewModel.WoningKnoop k && k.eenheidId().equals(eenheidId)) {
                    if (boom.getSelectionModel().getSelectedItem() != w) {
                        bouwen = true;
                        c.setExpanded(true);
                        boom.getSelectionModel().select(w);
                        int rij = boom.getRow(w);
                        if (rij >= 0) {
                            boom.scrollTo(Math.max(0, rij - 3));
                        }
                        bouwen = false;
                    }
                    return;
                }
            }
        }
    }

    /** A complex whose dwelling items are made when first needed (expanded, searched): cheap for 100 000 dwellings. */
    private static final class ComplexItem extends TreeItem<Object> {
        private boolean gevuld;

        ComplexItem(PortefeuilleViewModel.ComplexKnoop c) {
            super(c);
        }

        @Override
        public boolean isLeaf() {
            return ((PortefeuilleViewModel.ComplexKnoop) getValue()).woningen().isEmpty();
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<Object>> getChildren() {
            if (!gevuld) {
                gevuld = true;
                List<TreeItem<Object>> kinderen = new java.util.ArrayList<>();
                for (PortefeuilleViewModel.WoningKnoop w : ((PortefeuilleViewModel.ComplexKnoop) getValue()).woningen()) {
                    kinderen.add(new TreeItem<>(w));
                }
                super.getChildren().setAll(kinderen);
            }
            return super.getChildren();
        }
    }

    /** A complex (name, count) or a dwelling (id, address, points, sector badge, blocking marker). */
    private static final class Cel extends TreeCell<Object> {
        private final Label naam = new Label();
        private final Label punten = new Label();
        private final Label blok = new Label("\u2716");
        private final HBox rij;
        private Label badge = Iconen.sector(null);
        private PortefeuilleViewModel.WoningKnoop gebonden;
        private final javafx.beans.InvalidationListener werkBij = o -> vul();

        Cel() {
            punten.getStyleClass().add("boom-punten");
            blok.getStyleClass().addAll("ernst-icoon", "ernst-blokkerend", "boom-blok");
            Region vul = new Region();
            HBox.setHgrow(vul, Priority.ALWAYS);
            rij = new HBox(6, naam, vul, blok, punten, badge);
            rij.setAlignment(Pos.CENTER_LEFT);
            // as wide as the tree allows (minus indentation and scroll bar), so the badges line up on the right
            rij.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> getTreeView() == null
                    ? 180 : Math.max(150, getTreeView().getWidth() - 62), treeViewProperty(),
                    javafx.beans.binding.Bindings.selectDouble(treeViewProperty(), "width")));
        }

        @Override
        protected void updateItem(Object item, boolean leeg) {
            super.updateItem(item, leeg);
            if (gebonden != null) {
                gebonden.puntenProperty().removeListener(werkBij);
                gebonden.sectorProperty().removeListener(werkBij);
                gebonden.blokkerendProperty().removeListener(werkBij);
                gebonden = null;
            }
            getStyleClass().remove("boom-complex");
            setTooltip(null);
            if (leeg || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (item instanceof PortefeuilleViewModel.ComplexKnoop c) {
                getStyleClass().add("boom-complex");
                setText(null);
                Label n = new Label(c.info().weergavenaam());
                n.getStyleClass().add("boom-complexnaam");
                Label t = new Label(c.woningen().size() == c.totaal() ? String.valueOf(c.totaal())
                        : c.woningen().size() + "/" + c.totaal());
                t.getStyleClass().add("boom-telling");
                Region vul = new Region();
                HBox.setHgrow(vul, Priority.ALWAYS);
                HBox h = new HBox(6, n, vul, t);
                h.setAlignment(Pos.CENTER_LEFT);
                setGraphic(h);
                return;
            }
            if (item instanceof PortefeuilleViewModel.WoningKnoop w) {
                gebonden = w;
                w.puntenProperty().addListener(werkBij);
                w.sectorProperty().addListener(werkBij);
                w.blokkerendProperty().addListener(werkBij);
                naam.setText(w.eenheidId());
                setTooltip(new javafx.scene.control.Tooltip(w.eenheidId() + "\n" + w.adres()));
                vul();
                setText(null);
                setGraphic(rij);
            }
        }

        private void vul() {
            PortefeuilleViewModel.WoningKnoop w = gebonden;
            if (w == null) {
                return;
            }
            punten.setText(w.puntenProperty().get() == null ? "\u2013" : w.puntenProperty().get() + " p");
            Label nieuw = Iconen.sector(w.sectorProperty().get());
            rij.getChildren().set(rij.getChildren().indexOf(badge), nieuw);
            badge = nieuw;
            blok.setVisible(w.blokkerend() > 0);
            blok.setManaged(w.blokkerend() > 0);
        }
    }
}
