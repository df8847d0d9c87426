package nl.puntwijs.ui.woning;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.Veld;
import nl.puntwijs.ui.dienst.Werkruimte;
import nl.puntwijs.ui.fx.Velden;

/**
 * The dwelling editor: rooms and outdoor spaces as editable tables, the chosen room's details and provisions, energy
 * and WOZ, the zorgwoning checklist and the rents. Binds to {@link WoningViewModel}; shows a field when a signal
 * names it.
 */
public final class WoningView extends ScrollPane {

    private static final Pattern RUIMTE_VELD = Pattern.compile("ruimten\\[(\\d+)].*");

    private final WoningViewModel vm;
    private final VBox inhoud = new VBox(10);
    private final TableView<RuimteRij> ruimten = new TableView<>();
    private final TableView<RuimteRij> buiten = new TableView<>();
    private final TextField gekozenNaam = new TextField();
    private final TextField gekozenOppervlakte = new TextField();
    private final TextField gekozenLengte = new TextField();
    private final TextField gekozenBreedte = new TextField();
    private final TitledPane energie;
    private final TitledPane zorg;
    private final TitledPane huur;

    public WoningView(WoningViewModel vm, Werkruimte werkruimte) {
        this.vm = vm;
        setId("woningEditor");
        setFitToWidth(true);
        getStyleClass().add("editor");
        inhoud.setPadding(new Insets(10));
        setContent(inhoud);

        Label titel = new Label();
        titel.setId("woningTitel");
        titel.getStyleClass().add("paneel-kop");
        titel.textProperty().bind(vm.titelProperty());

        energie = luieSectie("woning.energie", "sectieEnergie", this::energiePaneel);
        zorg = luieSectie("woning.zorg", "sectieZorg", this::zorgPaneel);
        huur = luieSectie("woning.huur", "sectieHuur", this::huurPaneel);
        inhoud.getChildren().addAll(titel, sectie("woning.ruimten", ruimtenPaneel()),
                sectie("woning.buitenruimten", buitenPaneel()), energie, zorg, huur);
        inhoud.disableProperty().bind(vm.actiefProperty().not());

        werkruimte.veldverzoekProperty().addListener((o, oud, verzoek) -> {
            if (verzoek != null && verzoek.veld() != null) {
                toonVeld(verzoek.veld());
            }
        });
    }

    /**
     * A section whose content is built when it is first expanded (or a signal asks for one of its fields): a smaller
     * scene at start, so the window shows sooner.
     */
    private static TitledPane luieSectie(String sleutel, String id, java.util.function.Supplier<Node> maak) {
        TitledPane t = new TitledPane(Teksten.t(sleutel), null);
        t.setId(id);
        t.setAnimated(false);
        t.setExpanded(false);
        t.expandedProperty().addListener((o, a, open) -> {
            if (open && t.getContent() == null) {
                t.setContent(maak.get());
            }
        });
        return t;
    }

    private static void open(TitledPane t) {
        t.setExpanded(true);
        t.applyCss();
        t.layout();
    }

    private static TitledPane sectie(String sleutel, Node inhoud) {
        TitledPane t = new TitledPane(Teksten.t(sleutel), inhoud);
        t.setCollapsible(true);
        t.setAnimated(false);
        return t;
    }

    // --- rooms ---

    private Node ruimtenPaneel() {
        configureer(ruimten, "ruimtenTabel", true);
        ruimten.setItems(vm.binnenruimten());
        buiten.setItems(vm.buitenruimten());

        Button toevoegen = new Button(Teksten.t("woning.ruimteToevoegen"));
        toevoegen.setId("ruimteToevoegen");
        toevoegen.setOnAction(e -> vm.voegRuimteToe(false));
        Button verwijderen = new Button(Teksten.t("woning.ruimteVerwijderen"));
        verwijderen.setId("ruimteVerwijderen");
        verwijderen.setOnAction(e -> vm.verwijderGekozenRuimte());
        verwijderen.disableProperty().bind(vm.gekozenProperty().isNull());

        // the chosen room in a form: typing here recalculates on every keystroke
        gekozenNaam.setId("ruimteNaam");
        gekozenOppervlakte.setId("ruimteOppervlakte");
        gekozenLengte.setId("ruimteLengte");
        gekozenBreedte.setId("ruimteBreedte");
        for (TextField tf : List.of(gekozenOppervlakte, gekozenLengte, gekozenBreedte)) {
            tf.setPrefColumnCount(6);
            tf.setMinWidth(80);
        }
        gekozenNaam.setMinWidth(140);
        GridPane form = new GridPane();
        form.getStyleClass().add("formulier");
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(Teksten.t("woning.kolom.naam")), gekozenNaam,
                new Label(Teksten.t("woning.kolom.oppervlakte")), Velden.metEenheid(gekozenOppervlakte, "m²"));
        form.addRow(1, new Label(Teksten.t("woning.kolom.lengte")), Velden.metEenheid(gekozenLengte, "m"),
                new Label(Teksten.t("woning.kolom.breedte")), Velden.metEenheid(gekozenBreedte, "m"));
        Label hint = new Label(Teksten.t("woning.lengteBreedte"));
        hint.getStyleClass().add("toelichting");
        form.add(hint, 0, 2, 4, 1);
        vm.gekozenProperty().addListener((o, oud, nieuw) -> bindGekozen(oud, nieuw));
        bindGekozen(null, vm.gekozenProperty().get());
        ruimten.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.gekozenProperty().set(b);
            }
        });
        buiten.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.gekozenProperty().set(b);
            }
        });

        // provisions of the chosen room
        ListView<Voorziening> voorzieningen = new ListView<>(vm.voorzieningen());
        voorzieningen.setId("voorzieningen");
        voorzieningen.setPrefHeight(96);
        voorzieningen.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Voorziening v, boolean leeg) {
                super.updateItem(v, leeg);
                setText(leeg || v == null ? null : v.naam());
            }
        });
        ComboBox<Voorziening> nieuw = new ComboBox<>(FXCollections.observableArrayList(Voorziening.values()));
        nieuw.setId("nieuweVoorziening");
        nieuw.setConverter(naamConverter(Voorziening::naam));
        nieuw.setPromptText(Teksten.t("woning.voorzieningKiezen"));
        nieuw.setMaxWidth(Double.MAX_VALUE);
        Button erbij = new Button(Teksten.t("woning.toevoegen"));
        erbij.setId("voorzieningToevoegen");
        erbij.setOnAction(e -> vm.voegVoorzieningToe(nieuw.getValue()));
        Button eraf = new Button(Teksten.t("woning.verwijderen"));
        eraf.setId("voorzieningVerwijderen");
        eraf.setOnAction(e -> vm.verwijderVoorziening(voorzieningen.getSelectionModel().getSelectedItem()));
        TextField aanrechten = Velden.veld("aanrechten", vm.aanrechten(), "mm", 160);
        HBox knoppen = new HBox(6, nieuw, erbij, eraf);
        HBox.setHgrow(nieuw, Priority.ALWAYS);
        HBox aanrecht = new HBox(6, new Label(Teksten.t("woning.aanrechten")), Velden.metEenheid(aanrechten, "mm"));
        aanrecht.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox voorz = new VBox(6, new Label(Teksten.t("woning.voorzieningen")), voorzieningen, knoppen, aanrecht);

        Label gekozenKop = new Label(Teksten.t("woning.gekozenRuimte"));
        gekozenKop.getStyleClass().add("kopje");
        return new VBox(8, ruimten, new HBox(6, toevoegen, verwijderen), gekozenKop, form, voorz);
    }

    private Node buitenPaneel() {
        configureer(buiten, "buitenTabel", false);
        Button toevoegen = new Button(Teksten.t("woning.buitenToevoegen"));
        toevoegen.setId("buitenToevoegen");
        toevoegen.setOnAction(e -> vm.voegRuimteToe(true));
        return new VBox(6, buiten, toevoegen);
    }

    private void bindGekozen(RuimteRij oud, RuimteRij nieuw) {
        if (oud != null) {
            gekozenNaam.textProperty().unbindBidirectional(oud.naamProperty());
            Velden.ontkoppel(gekozenOppervlakte, oud.oppervlakte());
            Velden.ontkoppel(gekozenLengte, oud.lengte());
            Velden.ontkoppel(gekozenBreedte, oud.breedte());
        }
        if (nieuw != null) {
            gekozenNaam.textProperty().bindBidirectional(nieuw.naamProperty());
            Velden.koppel(gekozenOppervlakte, nieuw.oppervlakte());
            Velden.koppel(gekozenLengte, nieuw.lengte());
            Velden.koppel(gekozenBreedte, nieuw.breedte());
            TableView<RuimteRij> tabel = nieuw.isBuitenruimte() ? buiten : ruimten;
            if (tabel.getSelectionModel().getSelectedItem() != nieuw) {
                tabel.getSelectionModel().select(nieuw);
            }
        }
    }

    private void configureer(TableView<RuimteRij> t, String id, boolean binnen) {
        t.setId(id);
        t.setEditable(true);
        t.setPrefHeight(binnen ? 260 : 130);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Teksten.t("woning.geenRuimten")));

        TableColumn<RuimteRij, String> melding = new TableColumn<>("");
        melding.setPrefWidth(26);
        melding.setMaxWidth(26);
        melding.setCellValueFactory(c -> c.getValue().meldingProperty());
        melding.setCellFactory(k -> new TableCell<>() {
            @Override
            protected void updateItem(String m, boolean leeg) {
                super.updateItem(m, leeg);
                if (leeg || m == null) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    Label l = new Label("!");
                    l.getStyleClass().addAll("ernst-icoon", "ernst-waarschuwing");
                    setGraphic(l);
                    setTooltip(new Tooltip(m));
                }
            }
        });
        TableColumn<RuimteRij, String> naam = new TableColumn<>(Teksten.t("woning.kolom.naam"));
        naam.setCellValueFactory(c -> c.getValue().naamProperty());
        naam.setCellFactory(TextFieldTableCell.forTableColumn());
        naam.setPrefWidth(100);
        TableColumn<RuimteRij, RuimteSoort> soort = new TableColumn<>(Teksten.t("woning.kolom.soort"));
        soort.setCellValueFactory(c -> c.getValue().soortProperty());
        soort.setCellFactory(ComboBoxTableCell.forTableColumn(naamConverter(RuimteSoort::naam), RuimteSoort.values()));
        soort.setPrefWidth(80);
        TableColumn<RuimteRij, Detailsoort> detail = new TableColumn<>(Teksten.t("woning.kolom.detailsoort"));
        detail.setCellValueFactory(c -> c.getValue().detailsoortProperty());
        detail.setCellFactory(ComboBoxTableCell.forTableColumn(naamConverter(Detailsoort::naam), Detailsoort.values()));
        detail.setPrefWidth(100);
        TableColumn<RuimteRij, String> opp = getalKolom(Teksten.t("woning.kop.oppervlakte"), RuimteRij::oppervlakte);
        TableColumn<RuimteRij, String> lengte = getalKolom(Teksten.t("woning.kop.lengte"), RuimteRij::lengte);
        TableColumn<RuimteRij, String> breedte = getalKolom(Teksten.t("woning.kop.breedte"), RuimteRij::breedte);
        TableColumn<RuimteRij, Boolean> verwarmd = new TableColumn<>(Teksten.t("woning.kop.verwarmd"));
        verwarmd.setCellValueFactory(c -> c.getValue().verwarmdProperty());
        verwarmd.setCellFactory(CheckBoxTableCell.forTableColumn(verwarmd));
        verwarmd.setPrefWidth(50);
        TableColumn<RuimteRij, Boolean> verkoeld = new TableColumn<>(Teksten.t("woning.kop.verkoeld"));
        verkoeld.setCellValueFactory(c -> c.getValue().verkoeldProperty());
        verkoeld.setCellFactory(CheckBoxTableCell.forTableColumn(verkoeld));
        verkoeld.setPrefWidth(50);
        TableColumn<RuimteRij, String> gedeeld = getalKolom(Teksten.t("woning.kop.gedeeld"), RuimteRij::gedeeld);
        gedeeld.setPrefWidth(50);
        uitleg(verwarmd, "woning.kolom.verwarmd");
        uitleg(verkoeld, "woning.kolom.verkoeld");
        uitleg(gedeeld, "woning.kolom.gedeeld");
        uitleg(opp, "woning.kolom.oppervlakte");
        t.getColumns().setAll(List.of(melding, naam, soort, detail, opp, lengte, breedte, verwarmd, verkoeld, gedeeld));
    }

    /** A short header; the full name is in the column menu's tooltip-free text, so keep the short text only. */
    private static void uitleg(TableColumn<RuimteRij, ?> k, String sleutel) {
        k.setUserData(Teksten.t(sleutel));
        k.setMinWidth(52);
    }

    private static TableColumn<RuimteRij, String> getalKolom(String titel, java.util.function.Function<RuimteRij, Veld<?>> veld) {
        TableColumn<RuimteRij, String> k = new TableColumn<>(titel);
        k.setCellValueFactory(c -> veld.apply(c.getValue()).tekstProperty());
        k.setCellFactory(c -> new GetalCel(veld));
        k.setPrefWidth(56);
        k.setMinWidth(56);
        k.getStyleClass().add("rechts");
        return k;
    }

    /** An editable number cell that shows the field's validation message. */
    private static final class GetalCel extends TextFieldTableCell<RuimteRij, String> {
        private final java.util.function.Function<RuimteRij, Veld<?>> veld;

        GetalCel(java.util.function.Function<RuimteRij, Veld<?>> veld) {
            super(new javafx.util.converter.DefaultStringConverter());
            this.veld = veld;
        }

        @Override
        public void updateItem(String tekst, boolean leeg) {
            super.updateItem(tekst, leeg);
            getStyleClass().remove("cel-fout");
            setTooltip(null);
            RuimteRij rij = leeg || getTableRow() == null ? null : getTableRow().getItem();
            if (rij != null && veld.apply(rij).fout() != null) {
                getStyleClass().add("cel-fout");
                setTooltip(new Tooltip(veld.apply(rij).fout()));
            }
        }
    }

    private static <T> StringConverter<T> naamConverter(java.util.function.Function<T, String> naam) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : naam.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    // --- energy and WOZ ---

    private Node energiePaneel() {
        ComboBox<Energielabel> label = new ComboBox<>(FXCollections.observableArrayList(Energielabel.values()));
        label.setId("energielabel");
        label.setConverter(naamConverter(Energielabel::naam));
        label.valueProperty().bindBidirectional(vm.labelProperty());
        TextField woz = Velden.veld("woz", vm.woz(), "€", 140);
        Label peildatum = new Label();
        peildatum.getStyleClass().add("toelichting");
        peildatum.textProperty().bind(vm.wozPeildatumProperty());
        GridPane g = new GridPane();
        g.getStyleClass().add("formulier");
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Teksten.t("woning.energielabel")), label);
        g.addRow(1, new Label(Teksten.t("woning.woz")), Velden.metEenheid(new HBox(4, new Label("€"), woz), ""), peildatum);
        return g;
    }

    // --- zorg ---

    private Node zorgPaneel() {
        CheckBox zorgwoning = new CheckBox(Teksten.t("woning.zorgwoning"));
        zorgwoning.setId("zorgwoning");
        zorgwoning.selectedProperty().bindBidirectional(vm.zorgwoningProperty());
        Label complex = new Label();
        complex.getStyleClass().add("toelichting");
        complex.setWrapText(true);
        complex.textProperty().bind(vm.complexZorgProperty());

        GridPane g = new GridPane();
        g.getStyleClass().add("formulier");
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label(Teksten.t("zorg.woongebouw")), keuze("woongebouw", vm.woongebouwProperty()));
        TextField gang = Velden.veld("zorg-smalsteGangbreedteCm", vm.gangbreedte(), "cm", 90);
        gang.promptTextProperty().bind(vm.gangPromptProperty());
        TextField drempel = Velden.veld("zorg-hoogsteDrempelCm", vm.drempel(), "cm", 90);
        drempel.promptTextProperty().bind(vm.drempelPromptProperty());
        g.addRow(r++, new Label(Teksten.t("zorg.gang")), Velden.metEenheid(gang, "cm"));
        g.addRow(r++, new Label(Teksten.t("zorg.drempel")), Velden.metEenheid(drempel, "cm"));
        g.addRow(r++, new Label(Teksten.t("zorg.lift")), keuze("liftOfHelling", vm.liftOfHellingProperty()));
        g.addRow(r++, new Label(Teksten.t("zorg.alarmWoning")), keuze("alarmWoning", vm.alarmWoningProperty()));
        g.addRow(r++, new Label(Teksten.t("zorg.alarmComplex")), keuze("alarmComplex", vm.alarmComplexProperty()));
        g.addRow(r++, new Label(Teksten.t("zorg.gemRuimte")), keuze("gemeenschappelijkeRuimteInHuurovereenkomst",
                vm.gemeenschappelijkeRuimteProperty()));
        g.addRow(r++, new Label(Teksten.t("zorg.anderGebouw")), keuze("ruimteInAnderGebouw", vm.anderGebouwProperty()));
        g.addRow(r++, new Label(Teksten.t("zorg.binnendoor")), keuze("binnendoorBereikbaar", vm.binnendoorProperty()));

        ListView<WoningViewModel.Toets> toetsen = new ListView<>(vm.toetsen());
        toetsen.setId("zorgToetsen");
        toetsen.setPrefHeight(150);
        toetsen.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WoningViewModel.Toets t, boolean leeg) {
                super.updateItem(t, leeg);
                getStyleClass().removeAll("toets-voldaan", "toets-niet-voldaan", "toets-onbekend");
                if (leeg || t == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label icoon = new Label(t.voldaan() ? "\u2714" : t.nietVoldaan() ? "\u2716" : "?");
                icoon.getStyleClass().addAll("toets-icoon", t.voldaan() ? "toets-voldaan" : t.nietVoldaan()
                        ? "toets-niet-voldaan" : "toets-onbekend");
                setGraphic(icoon);
                setText(t.uitkomst() + ": " + t.toelichting());
                setTooltip(new Tooltip(t.voorwaarde() + "\n" + t.toelichting() + "\nBB26 §2.12.1"));
            }
        });
        Label leeg = new Label(Teksten.t("woning.geenZorgtoets"));
        toetsen.setPlaceholder(leeg);
        return new VBox(8, zorgwoning, complex, g, new Label(Teksten.t("woning.zorgtoets")), toetsen);
    }

    private ComboBox<WoningViewModel.Keuze> keuze(String veld, ObjectProperty<WoningViewModel.Keuze> p) {
        ComboBox<WoningViewModel.Keuze> c = new ComboBox<>(FXCollections.observableArrayList(WoningViewModel.Keuze.values()));
        c.setId("zorg-" + veld);
        // "inherited" reads what the complex records: refresh the texts when another complex is shown
        Runnable ververs = () -> {
            c.setConverter(keuzeConverter(veld));
            c.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(WoningViewModel.Keuze k, boolean leeg) {
                    super.updateItem(k, leeg);
                    setText(leeg || k == null ? "" : c.getConverter().toString(k));
                }
            });
        };
        ververs.run();
        vm.complexZorgProperty().addListener((o, a, b) -> ververs.run());
        c.valueProperty().bindBidirectional(p);
        c.setPrefWidth(220);
        return c;
    }

    private StringConverter<WoningViewModel.Keuze> keuzeConverter(String veld) {
        return new StringConverter<>() {
            @Override
            public String toString(WoningViewModel.Keuze k) {
                return k == null ? "" : switch (k) {
                    case ERFT -> vm.erftTekst(veld);
                    case JA -> Teksten.t("keuze.ja");
                    case NEE -> Teksten.t("keuze.nee");
                };
            }

            @Override
            public WoningViewModel.Keuze fromString(String s) {
                return null;
            }
        };
    }

    // --- rents ---

    private Node huurPaneel() {
        GridPane g = new GridPane();
        g.getStyleClass().add("formulier");
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Teksten.t("huur.kaleHuur")), euro("huur-kaleHuur", vm.kaleHuur()));
        g.addRow(1, new Label(Teksten.t("huur.geplandeHuur")), euro("huur-geplandeHuur", vm.geplandeHuur()));
        g.addRow(2, new Label(Teksten.t("huur.servicekosten")), euro("huur-servicekosten", vm.servicekosten()));
        g.addRow(3, new Label(Teksten.t("huur.huishouden")), Velden.metEenheid(Velden.veld("huur-huishoudgrootte",
                vm.huishouden(), "", 60), Teksten.t("huur.personen")));
        return g;
    }

    private static Node euro(String id, Veld<?> veld) {
        HBox h = new HBox(4, new Label("€"), Velden.veld(id, veld, "€", 110), new Label(Teksten.t("huur.perMaand")));
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }

    // --- showing a field named by a signal ---

    /** Focuses the control for a field path ("zorg.smalsteGangbreedteCm", "ruimten[3].oppervlakte", "huur.kaleHuur"). */
    void toonVeld(String veld) {
        Matcher m = RUIMTE_VELD.matcher(veld);
        Node doel = null;
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            for (TableView<RuimteRij> t : Arrays.asList(ruimten, buiten)) {
                for (RuimteRij r : t.getItems()) {
                    if (r.index() == i) {
                        t.getSelectionModel().select(r);
                        t.scrollTo(r);
                        doel = t;
                    }
                }
            }
        } else if (veld.startsWith("zorg.") || veld.startsWith("huur.")) {
            open(veld.startsWith("zorg.") ? zorg : huur);
            doel = lookup("#" + veld.replace('.', '-'));
        } else if (veld.startsWith("energie")) {
            open(energie);
            doel = lookup("#energielabel");
        } else if (veld.startsWith("woz")) {
            open(energie);
            doel = lookup("#woz");
        }
        if (doel != null) {
            inhoud.applyCss();
            inhoud.layout();
            Node n = doel;
            n.requestFocus();
            n.getStyleClass().add("gemarkeerd");
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            p.setOnFinished(e -> n.getStyleClass().remove("gemarkeerd"));
            p.play();
            scrollNaar(n);
        }
    }

    private void scrollNaar(Node n) {
        Bounds b = inhoud.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double hoogte = inhoud.getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (hoogte > 0) {
            setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / hoogte)));
        }
    }

    /** For tests: the shown items of the room table. */
    ObservableList<RuimteRij> ruimteRijen() {
        return ruimten.getItems();
    }
}
