package nl.puntwijs.ui.complex;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.fx.Iconen;

/** The complex view: dwellings, shared spaces with the allocation matrix and the method, SOO, charts, scenario. */
public final class ComplexView extends VBox {

    private final ComplexViewModel vm;
    private final GridPane matrix = new GridPane();
    private final PieChart sectoren = new PieChart();
    private final BarChart<String, Number> verdeling = new BarChart<>(new CategoryAxis(), new NumberAxis());

    /**
     * @param exporteren writes the board report of the open complex or scenario (the window's export task)
     * @param bezig      true while a task runs; the export waits for it
     */
    public ComplexView(ComplexViewModel vm, Runnable exporteren, ObservableBooleanValue bezig) {
        this.vm = vm;
        setId("complexView");
        getStyleClass().add("complex");
        setSpacing(8);
        setPadding(new Insets(10));

        Label titel = new Label();
        titel.setId("complexTitel");
        titel.getStyleClass().add("paneel-kop");
        titel.textProperty().bind(vm.titelProperty());
        Button scenario = new Button(Teksten.t("complex.scenarioMaken"));
        scenario.setId("scenarioMaken");
        scenario.getStyleClass().add("accent");
        scenario.setOnAction(e -> vm.maakScenario());
        scenario.disableProperty().bind(vm.scenarioProperty());
        scenario.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button export = new Button(Teksten.t("complex.exporteren"));
        export.setId("exporteerComplex");
        export.setTooltip(new Tooltip(Teksten.t("complex.exporterenUitleg")));
        export.setOnAction(e -> exporteren.run());
        export.disableProperty().bind(bezig);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        titel.setMinWidth(0);
        Region vul = new Region();
        HBox.setHgrow(vul, Priority.ALWAYS);
        HBox kop = new HBox(10, titel, vul, export, scenario);
        kop.setAlignment(Pos.CENTER_LEFT);

        Label samenvatting = new Label();
        samenvatting.setId("complexSamenvatting");
        samenvatting.setWrapText(true);
        samenvatting.getStyleClass().add("toelichting");
        samenvatting.textProperty().bind(vm.samenvattingProperty());

        TabPane tabs = new TabPane(tab("complex.tab.woningen", woningenTabel()),
                tab("complex.tab.gedeeld", gedeeldPaneel()), tab("complex.tab.soo", sooPaneel()),
                tab("complex.tab.grafieken", grafieken()));
        tabs.setId("complexTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(kop, scenarioBalk(), samenvatting, tabs);
    }

    private static Tab tab(String sleutel, Node inhoud) {
        Tab t = new Tab(Teksten.t(sleutel), inhoud);
        t.setId("tab-" + sleutel.substring(sleutel.lastIndexOf('.') + 1));
        return t;
    }

    // --- scenario ---

    private Node scenarioBalk() {
        Label tekst = new Label();
        tekst.setWrapText(true);
        tekst.textProperty().bind(vm.scenarioTekstProperty());
        Button over = new Button(Teksten.t("complex.scenarioOvernemen"));
        over.setId("scenarioOvernemen");
        over.getStyleClass().add("success");
        over.setOnAction(e -> vm.neemScenarioOver());
        Button weg = new Button(Teksten.t("complex.scenarioVerwerpen"));
        weg.setId("scenarioVerwerpen");
        weg.getStyleClass().add("danger");
        weg.setOnAction(e -> vm.verwerpScenario());
        over.setMinWidth(Region.USE_PREF_SIZE);
        weg.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(tekst, Priority.ALWAYS);
        tekst.setMaxWidth(Double.MAX_VALUE);
        HBox knoppen = new HBox(8, tekst, over, weg);
        knoppen.setAlignment(Pos.CENTER_LEFT);
        ListView<ComplexViewModel.Signaalverschil> verschillen = new ListView<>(vm.signaalverschillen());
        verschillen.setId("scenarioSignalen");
        verschillen.setPrefHeight(110);
        verschillen.setMinHeight(90);
        verschillen.setPlaceholder(new Label(Teksten.t("complex.geenSignaalverschil")));
        verschillen.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ComplexViewModel.Signaalverschil v, boolean leeg) {
                super.updateItem(v, leeg);
                if (leeg || v == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label teken = new Label(v.verschenen() ? "+" : "\u2212");
                teken.getStyleClass().add(v.verschenen() ? "verschenen" : "verdwenen");
                setGraphic(new HBox(4, teken, Iconen.ernst(v.signaal().ernst())));
                Signaal s = v.signaal();
                setText((v.verschenen() ? Teksten.t("complex.verschenen") : Teksten.t("complex.verdwenen")) + " " + s.code()
                        + (s.eenheid() == null ? "" : " " + s.eenheid()) + ": " + s.melding());
            }
        });
        VBox balk = new VBox(6, knoppen, new Label(Teksten.t("complex.signaalverschil")), verschillen);
        balk.setId("scenarioBalk");
        balk.getStyleClass().add("scenario-balk");
        balk.setPadding(new Insets(8));
        balk.visibleProperty().bind(vm.scenarioProperty());
        balk.managedProperty().bind(vm.scenarioProperty());
        return balk;
    }

    // --- dwellings ---

    private Node woningenTabel() {
        TableView<ComplexViewModel.Woningregel> t = new TableView<>(vm.woningen());
        t.setId("complexWoningen");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.setPlaceholder(new Label(Teksten.t("complex.nogNietBerekend")));
        TableColumn<ComplexViewModel.Woningregel, String> id = tekst(Teksten.t("complex.kolom.woning"),
                ComplexViewModel.Woningregel::eenheidId, 80);
        TableColumn<ComplexViewModel.Woningregel, String> adres = tekst(Teksten.t("complex.kolom.adres"),
                ComplexViewModel.Woningregel::adres, 190);
        TableColumn<ComplexViewModel.Woningregel, Number> punten = new TableColumn<>(Teksten.t("complex.kolom.punten"));
        punten.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().punten()));
        punten.setPrefWidth(60);
        punten.getStyleClass().add("rechts");
        TableColumn<ComplexViewModel.Woningregel, String> huur = tekst(Teksten.t("complex.kolom.maximaleHuur"),
                ComplexViewModel.Woningregel::maximaleHuur, 100);
        huur.getStyleClass().add("rechts");
        TableColumn<ComplexViewModel.Woningregel, String> kaal = tekst(Teksten.t("complex.kolom.huur"),
                ComplexViewModel.Woningregel::huur, 90);
        kaal.getStyleClass().add("rechts");
        TableColumn<ComplexViewModel.Woningregel, Sector> sector = new TableColumn<>(Teksten.t("complex.kolom.sector"));
        sector.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().sector()));
        sector.setCellFactory(k -> new TableCell<>() {
            @Override
            protected void updateItem(Sector s, boolean leeg) {
                super.updateItem(s, leeg);
                setGraphic(leeg ? null : Iconen.sector(s));
            }
        });
        sector.setPrefWidth(80);
        TableColumn<ComplexViewModel.Woningregel, String> signalen = tekst(Teksten.t("complex.kolom.signalen"),
                r -> (r.blokkerend() > 0 ? r.blokkerend() + " \u2716  " : "") + (r.waarschuwingen() > 0
                        ? r.waarschuwingen() + " !" : ""), 80);
        TableColumn<ComplexViewModel.Woningregel, String> basis = tekst(Teksten.t("complex.kolom.basis"),
                r -> r.basisPunten() == null ? "" : r.basisPunten() + " p, " + r.basisHuur(), 140);
        TableColumn<ComplexViewModel.Woningregel, String> verschil = tekst(Teksten.t("complex.kolom.verschil"),
                ComplexViewModel.Woningregel::verschil, 130);
        basis.visibleProperty().bind(vm.scenarioProperty());
        verschil.visibleProperty().bind(vm.scenarioProperty());
        t.getColumns().setAll(List.of(id, adres, punten, basis, verschil, huur, kaal, sector, signalen));
        t.setRowFactory(tv -> {
            TableRow<ComplexViewModel.Woningregel> r = new TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !r.isEmpty()) {
                    vm.kiesWoning(r.getItem().eenheidId());
                }
            });
            return r;
        });
        return t;
    }

    private static <R> TableColumn<R, String> tekst(String titel, java.util.function.Function<R, String> waarde, double b) {
        TableColumn<R, String> k = new TableColumn<>(titel);
        k.setCellValueFactory(c -> new SimpleStringProperty(waarde.apply(c.getValue())));
        k.setPrefWidth(b);
        return k;
    }

    // --- shared spaces ---

    private Node gedeeldPaneel() {
        TableView<ComplexViewModel.Ruimteregel> t = new TableView<>(vm.ruimten());
        t.setId("gedeeldeRuimten");
        t.setPrefHeight(130);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Teksten.t("complex.geenGedeeld")));
        t.getColumns().setAll(List.of(
                tekst(Teksten.t("complex.kolom.ruimte"), ComplexViewModel.Ruimteregel::naam, 160),
                tekst(Teksten.t("complex.kolom.soort"), ComplexViewModel.Ruimteregel::soort, 130),
                tekst(Teksten.t("complex.kolom.inhoud"), ComplexViewModel.Ruimteregel::ruimten, 120),
                tekst(Teksten.t("complex.kolom.adressen"), r -> String.valueOf(r.adressen()), 70),
                tekst(Teksten.t("complex.kolom.puntenRuimte"), ComplexViewModel.Ruimteregel::punten, 70),
                tekst(Teksten.t("complex.kolom.perWoning"), ComplexViewModel.Ruimteregel::perWoning, 80),
                tekst(Teksten.t("complex.kolom.huurPerMaand"), ComplexViewModel.Ruimteregel::huurPerMaand, 110)));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.gekozenRuimteProperty().set(b.id());
            }
        });

        matrix.setId("matrix");
        matrix.getStyleClass().add("matrix");
        matrix.setHgap(4);
        matrix.setVgap(4);
        vm.matrix().addListener((ListChangeListener<ComplexViewModel.Matrixrij>) c -> bouwMatrix());
        bouwMatrix();
        Label uitleg = new Label();
        uitleg.setId("matrixUitleg");
        uitleg.getStyleClass().add("toelichting");
        uitleg.textProperty().bind(vm.matrixUitlegProperty());
        Button alle = new Button(Teksten.t("complex.alleKoppelen"));
        alle.setId("alleKoppelen");
        alle.setOnAction(e -> vm.koppelAlles(true));
        Button geen = new Button(Teksten.t("complex.geenKoppelen"));
        geen.setId("geenKoppelen");
        geen.setOnAction(e -> vm.koppelAlles(false));

        ToggleGroup groep = new ToggleGroup();
        RadioButton forf = new RadioButton(MethodeGedeeldeRuimten.FORFAITAIR.omschrijving());
        forf.setId("methodeForfaitair");
        forf.setToggleGroup(groep);
        forf.setUserData(MethodeGedeeldeRuimten.FORFAITAIR);
        RadioButton gem = new RadioButton(MethodeGedeeldeRuimten.GEMETEN.omschrijving());
        gem.setId("methodeGemeten");
        gem.setToggleGroup(groep);
        gem.setUserData(MethodeGedeeldeRuimten.GEMETEN);
        Runnable kies = () -> groep.selectToggle(vm.methodeProperty().get() == MethodeGedeeldeRuimten.GEMETEN ? gem : forf);
        vm.methodeProperty().addListener((o, a, b) -> kies.run());
        kies.run();
        groep.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.methodeProperty().set((MethodeGedeeldeRuimten) b.getUserData());
            }
        });
        Label uitkomstForf = new Label();
        uitkomstForf.setId("uitkomstForfaitair");
        uitkomstForf.textProperty().bind(vm.forfaitairProperty());
        Label uitkomstGem = new Label();
        uitkomstGem.setId("uitkomstGemeten");
        uitkomstGem.textProperty().bind(vm.gemetenProperty());
        GridPane methode = new GridPane();
        methode.setHgap(12);
        methode.setVgap(4);
        methode.addRow(0, forf, uitkomstForf);
        methode.addRow(1, gem, uitkomstGem);
        Label methodeUitleg = new Label(Teksten.t("complex.methodeUitleg"));
        methodeUitleg.getStyleClass().add("toelichting");
        methodeUitleg.setWrapText(true);
        VBox methodeBlok = new VBox(6, kopje("complex.methode"), methodeUitleg, methode);
        methodeBlok.getStyleClass().add("blok");

        ScrollPane matrixRol = new ScrollPane(matrix);
        matrixRol.setFitToWidth(true);
        matrixRol.setPrefHeight(220);
        VBox inhoud = new VBox(8, t, kopje("complex.matrix"), new HBox(8, alle, geen), matrixRol, uitleg, methodeBlok);
        inhoud.setPadding(new Insets(8));
        ScrollPane rol = new ScrollPane(inhoud);
        rol.setFitToWidth(true);
        return rol;
    }

    private static Label kopje(String sleutel) {
        Label l = new Label(Teksten.t(sleutel));
        l.getStyleClass().add("kopje");
        return l;
    }

    private void bouwMatrix() {
        matrix.getChildren().clear();
        int r = 0;
        for (ComplexViewModel.Matrixrij rij : vm.matrix()) {
            CheckBox alle = new CheckBox(rij.label());
            alle.getStyleClass().add("matrix-rij");
            alle.setSelected(vm.rijGekoppeld(rij));
            alle.setOnAction(e -> vm.koppelRij(rij, alle.isSelected()));
            alle.setMinWidth(150);
            alle.setTooltip(new Tooltip(Teksten.t("complex.rijKoppelen")));
            matrix.add(alle, 0, r);
            int k = 1;
            for (ComplexViewModel.Cel cel : rij.cellen()) {
                CheckBox c = new CheckBox(cel.label());
                c.setId("koppel-" + cel.eenheidId());
                c.getStyleClass().add("matrix-cel");
                c.selectedProperty().bindBidirectional(cel.gekoppeldProperty());
                c.setTooltip(new Tooltip(cel.eenheidId()));
                cel.gekoppeldProperty().addListener((o, a, b) -> alle.setSelected(vm.rijGekoppeld(rij)));
                matrix.add(c, k++, r);
            }
            r++;
        }
    }

    // --- SOO ---

    private Node sooPaneel() {
        ListView<Signaal> lijst = new ListView<>(vm.soo());
        lijst.setId("sooSignalen");
        lijst.setPlaceholder(new Label(Teksten.t("complex.geenSoo")));
        lijst.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Signaal s, boolean leeg) {
                super.updateItem(s, leeg);
                if (leeg || s == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setGraphic(Iconen.ernst(s.ernst()));
                setText(s.code() + " " + s.soort().naam() + ": " + s.melding());
                setWrapText(true);
                setPrefWidth(0);
                setTooltip(new Tooltip(s.bron()));
            }
        });
        Label subsidie = new Label();
        subsidie.setId("sooSubsidie");
        subsidie.getStyleClass().add("kerncijfer");
        subsidie.setWrapText(true);
        subsidie.textProperty().bind(vm.subsidieProperty());
        Label uitleg = new Label(Teksten.t("complex.sooUitleg"));
        uitleg.getStyleClass().add("toelichting");
        uitleg.setWrapText(true);
        javafx.scene.control.TitledPane gegevens = new javafx.scene.control.TitledPane(Teksten.t("soo.gegevens"),
                new SooGegevensView(vm.sooGegevens()));
        gegevens.setId("sooGegevensPaneel");
        VBox v = new VBox(8, uitleg, subsidie, gegevens, lijst);
        VBox.setVgrow(lijst, Priority.ALWAYS);
        v.setPadding(new Insets(8));
        // the signals stay readable below the form on a small window: the panel scrolls instead of squeezing them
        lijst.setMinHeight(160);
        ScrollPane rol = new ScrollPane(v);
        rol.setFitToWidth(true);
        rol.setFitToHeight(true);
        return rol;
    }

    // --- charts ---

    private Node grafieken() {
        sectoren.setId("grafiekSectoren");
        sectoren.setTitle(Teksten.t("complex.grafiekSectoren"));
        sectoren.setLegendVisible(true);
        sectoren.setAnimated(false);
        sectoren.setLabelsVisible(false);
        verdeling.setId("grafiekPunten");
        verdeling.setTitle(Teksten.t("complex.grafiekPunten"));
        verdeling.setLegendVisible(false);
        verdeling.setAnimated(false);
        verdeling.getXAxis().setLabel(Teksten.t("complex.as.punten"));
        verdeling.getYAxis().setLabel(Teksten.t("complex.as.woningen"));
        ((NumberAxis) verdeling.getYAxis()).setTickUnit(1);
        ((NumberAxis) verdeling.getYAxis()).setMinorTickVisible(false);
        vm.perSectorProperty().addListener((o, a, b) -> vulSectoren(b));
        vm.verdelingProperty().addListener((o, a, b) -> vulVerdeling(b));
        vulSectoren(vm.perSectorProperty().get());
        vulVerdeling(vm.verdelingProperty().get());
        FlowPane f = new FlowPane(12, 12, sectoren, verdeling);
        sectoren.setPrefSize(320, 300);
        verdeling.setPrefSize(420, 300);
        f.setPadding(new Insets(8));
        ScrollPane rol = new ScrollPane(f);
        rol.setFitToWidth(true);
        return rol;
    }

    private void vulSectoren(Map<Sector, Integer> per) {
        // always the three sectors in order, so that the stylesheet's colours (default-color0..2) follow the badges
        sectoren.getData().clear();
        for (Sector s : Sector.values()) {
            int n = per.getOrDefault(s, 0);
            sectoren.getData().add(new PieChart.Data(s.code() + " (" + n + ")", n));
        }
    }

    private void vulVerdeling(Map<String, Integer> per) {
        XYChart.Series<String, Number> reeks = new XYChart.Series<>();
        per.forEach((k, v) -> reeks.getData().add(new XYChart.Data<>(k, v)));
        verdeling.getData().setAll(List.of(reeks));
    }
}
