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
        // every row the same height: the virtual flow then never measures rows to estimate where it is, which keeps
        // scrolling and expanding a complex cheap with 100 000 dwellings in the tree (the height is the stylesheet's)
        boom.getStyleClass().add("portefeuilleboom");
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
                ComplexItem ci = new ComplexItem(c);
                if (complexen.size() <= 20) {
                    ci.klapUit();
                }
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

    /**
     * A complex whose dwelling items are made when first needed: cheap for 100 000 dwellings. They must be made while
     * the complex is still collapsed: children added to an expanded item make the tree's focus model look up the row
     * of each one (a walk over every open row per child: seconds for a complex of 1 000 in a large open tree). So the
     * cell that shows the complex makes them, and code expands a complex only through {@link #klapUit()}.
     */
    private static final class ComplexItem extends TreeItem<Object> {
        private boolean gevuld;

        ComplexItem(PortefeuilleViewModel.ComplexKnoop c) {
            super(c);
        }

        @Override
        public boolean isLeaf() {
            return ((PortefeuilleViewModel.ComplexKnoop) getValue()).woningen().isEmpty();
        }

        /** Makes the dwelling items, if not made yet. */
        void vul() {
            if (!gevuld) {
                gevuld = true;
                List<TreeItem<Object>> kinderen = new java.util.ArrayList<>();
                for (PortefeuilleViewModel.WoningKnoop w : ((PortefeuilleViewModel.ComplexKnoop) getValue()).woningen()) {
                    kinderen.add(new TreeItem<>(w));
                }
                super.getChildren().setAll(kinderen);
            }
        }

        void klapUit() {
            vul();
            setExpanded(true);
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<Object>> getChildren() {
            vul();
            return super.getChildren();
        }
    }

    /**
     * A complex (name, count) or a dwelling (id, address, points, sector badge, blocking marker). A cell is reused for
     * row after row while the tree scrolls, so it builds its nodes and its tooltip once and only sets their texts.
     */
    private static final class Cel extends TreeCell<Object> {
        private final Label naam = new Label();
        private final Label punten = new Label();
        private final Label blok = new Label("\u2716");
        private final Label badge = Iconen.sector(null);
        private final HBox rij;
        private final Label complexnaam = new Label();
        private final Label telling = new Label();
        private final HBox complexrij;
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
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
            complexnaam.getStyleClass().add("boom-complexnaam");
            telling.getStyleClass().add("boom-telling");
            Region vulComplex = new Region();
            HBox.setHgrow(vulComplex, Priority.ALWAYS);
            complexrij = new HBox(6, complexnaam, vulComplex, telling);
            complexrij.setAlignment(Pos.CENTER_LEFT);
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
            setText(null);
            if (leeg || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (item instanceof PortefeuilleViewModel.ComplexKnoop c) {
                if (getTreeItem() instanceof ComplexItem ci) {
                    ci.vul(); // before the user can expand it (see ComplexItem)
                }
                getStyleClass().add("boom-complex");
                complexnaam.setText(c.info().weergavenaam());
                telling.setText(c.woningen().size() == c.totaal() ? String.valueOf(c.totaal())
                        : c.woningen().size() + "/" + c.totaal());
                setTooltip(null);
                setGraphic(complexrij);
                return;
            }
            if (item instanceof PortefeuilleViewModel.WoningKnoop w) {
                gebonden = w;
                w.puntenProperty().addListener(werkBij);
                w.sectorProperty().addListener(werkBij);
                w.blokkerendProperty().addListener(werkBij);
                naam.setText(w.eenheidId());
                tip.setText(w.eenheidId() + "\n" + w.adres());
                setTooltip(tip);
                vul();
                setGraphic(rij);
            }
        }

        private void vul() {
            PortefeuilleViewModel.WoningKnoop w = gebonden;
            if (w == null) {
                return;
            }
            punten.setText(w.puntenProperty().get() == null ? "\u2013" : w.puntenProperty().get() + " p");
            Iconen.zetSector(badge, w.sectorProperty().get());
            blok.setVisible(w.blokkerend() > 0);
            blok.setManaged(w.blokkerend() > 0);
        }
    }
}
