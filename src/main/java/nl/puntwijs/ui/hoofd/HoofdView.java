package nl.puntwijs.ui.hoofd;

import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.boom.PortefeuilleView;
import nl.puntwijs.ui.complex.ComplexView;
import nl.puntwijs.ui.dienst.Werkruimte;
import nl.puntwijs.ui.resultaat.ResultaatView;
import nl.puntwijs.ui.signalen.SignalenView;
import nl.puntwijs.ui.taak.TaakView;
import nl.puntwijs.ui.woning.WoningView;

/**
 * The main window's layout: menus and toolbar on top; the portfolio tree left, the editor (dwelling or complex) in
 * the middle, the live result right, the signals below; the status bar with the running task at the bottom.
 */
public final class HoofdView extends BorderPane {

    private final TabPane midden;
    private final Tab woningTab;
    private final Tab complexTab;

    public HoofdView(HoofdViewModel vm, Werkruimte werkruimte, PortefeuilleView boom, WoningView woning,
                     java.util.function.Supplier<ComplexView> complex, ResultaatView resultaat, SignalenView signalen,
                     TaakView taak, Runnable over, Runnable afsluiten, VBox welkom) {
        setId("hoofd");
        woningTab = new Tab(Teksten.t("hoofd.tab.woning"), woning);
        woningTab.setId("tabWoning");
        complexTab = new Tab(Teksten.t("hoofd.tab.complex"));
        complexTab.setId("tabComplex");
        // the complex view (tables, matrix, charts) is built when first shown: a faster first window
        complexTab.selectedProperty().addListener((o, a, gekozen) -> {
            if (gekozen && complexTab.getContent() == null) {
                complexTab.setContent(complex.get());
            }
        });
        midden = new TabPane(woningTab, complexTab);
        midden.setId("midden");
        midden.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane werk = new SplitPane(boom, midden, resultaat);
        werk.setId("werkvlak");
        werk.setDividerPositions(0.19, 0.67);
        SplitPane.setResizableWithParent(boom, false);
        SplitPane verticaal = new SplitPane(werk, signalen);
        verticaal.setOrientation(Orientation.VERTICAL);
        verticaal.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(signalen, false);

        VBox boven = new VBox(menus(vm, over, afsluiten), toolbar(vm));
        setTop(boven);
        VBox centrum = new VBox(welkom, verticaal);
        VBox.setVgrow(verticaal, Priority.ALWAYS);
        setCenter(centrum);
        setBottom(statusbalk(werkruimte, taak));

        // a signal or a double-click shows the dwelling; a complex-level field shows the complex
        werkruimte.veldverzoekProperty().addListener((o, a, v) -> {
            if (v == null) {
                return;
            }
            boolean complexVeld = v.veld() != null && (v.veld().startsWith("ouderenhuisvesting")
                    || v.veld().startsWith("gedeeldeRuimten") || v.veld().startsWith("methode"));
            midden.getSelectionModel().select(v.eenheidId() == null || complexVeld ? complexTab : woningTab);
        });
    }

    /** Shows the dwelling editor (a dwelling was chosen) or the complex view. */
    public void toonWoning(boolean woning) {
        midden.getSelectionModel().select(woning ? woningTab : complexTab);
    }

    private MenuBar menus(HoofdViewModel vm, Runnable over, Runnable afsluiten) {
        MenuItem nieuw = item("menu.nieuw", "menuNieuw", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), vm::nieuw);
        MenuItem open = item("menu.openen", "menuOpenen", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), vm::openen);
        Menu recent = new Menu(Teksten.t("menu.recent"));
        recent.setId("menuRecent");
        Runnable vulRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recent()) {
                MenuItem m = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
                m.setOnAction(e -> vm.open(p));
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recent().addListener((ListChangeListener<Path>) c -> vulRecent.run());
        vulRecent.run();
        MenuItem importeren = item("menu.importeren", "menuImporteren",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), vm::importeren);
        MenuItem exporteren = item("menu.exporteren", "menuExporteren",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), vm::exporteren);
        MenuItem herwaarderen = item("menu.herwaarderen", "menuHerwaarderen", new KeyCodeCombination(KeyCode.F5), vm::herwaarderen);
        MenuItem sluiten = item("menu.afsluiten", "menuAfsluiten", new KeyCodeCombination(KeyCode.Q,
                KeyCombination.SHORTCUT_DOWN), afsluiten);
        Menu bestand = new Menu(Teksten.t("menu.bestand"), null, nieuw, open, recent, new SeparatorMenuItem(), importeren,
                exporteren, herwaarderen, new SeparatorMenuItem(), sluiten);

        MenuItem ongedaan = item("menu.ongedaan", "menuOngedaan", new KeyCodeCombination(KeyCode.Z,
                KeyCombination.SHORTCUT_DOWN), vm::ongedaan);
        ongedaan.disableProperty().bind(vm.kanOngedaanProperty().not());
        MenuItem opnieuw = item("menu.opnieuw", "menuOpnieuw", new KeyCodeCombination(KeyCode.Y,
                KeyCombination.SHORTCUT_DOWN), vm::opnieuw);
        opnieuw.disableProperty().bind(vm.kanOpnieuwProperty().not());
        Menu bewerken = new Menu(Teksten.t("menu.bewerken"), null, ongedaan, opnieuw);

        MenuItem nl = new MenuItem("Nederlands");
        nl.setOnAction(e -> vm.taal(Locale.forLanguageTag("nl")));
        MenuItem en = new MenuItem("English");
        en.setOnAction(e -> vm.taal(Locale.ENGLISH));
        Menu beeld = new Menu(Teksten.t("menu.beeld"), null, new Menu(Teksten.t("menu.taal"), null, nl, en));

        MenuItem overItem = item("menu.over", "menuOver", new KeyCodeCombination(KeyCode.F1), over);
        Menu help = new Menu(Teksten.t("menu.help"), null, overItem);

        MenuBar balk = new MenuBar(bestand, bewerken, beeld, help);
        balk.setId("menubalk");
        balk.setUseSystemMenuBar(true); // the macOS menu bar on a Mac; in the window elsewhere
        return balk;
    }

    private static MenuItem item(String sleutel, String id, KeyCombination toets, Runnable actie) {
        MenuItem m = new MenuItem(Teksten.t(sleutel));
        m.setId(id);
        m.setAccelerator(toets);
        m.setOnAction(e -> actie.run());
        return m;
    }

    private ToolBar toolbar(HoofdViewModel vm) {
        DatePicker peildatum = new DatePicker();
        peildatum.setId("peildatum");
        peildatum.valueProperty().bindBidirectional(vm.peildatumProperty());
        peildatum.setPrefWidth(140);
        peildatum.setTooltip(new Tooltip(Teksten.t("hoofd.peildatumUitleg")));
        CheckBox vergelijk = new CheckBox(Teksten.t("hoofd.vergelijk"));
        vergelijk.setId("vergelijken");
        vergelijk.selectedProperty().bindBidirectional(vm.vergelijkenProperty());
        DatePicker tweede = new DatePicker();
        tweede.setId("vergelijkPeildatum");
        tweede.valueProperty().bindBidirectional(vm.tweedePeildatumProperty());
        tweede.setPrefWidth(140);
        tweede.disableProperty().bind(vm.vergelijkenProperty().not());

        Button open = knop("hoofd.openen", "openen", "\u25A4", vm::openen);
        Button nieuw = knop("hoofd.nieuw", "nieuw", "\uFF0B", vm::nieuw);
        Button importeren = knop("hoofd.importeren", "importeren", "\u21E9", vm::importeren);
        Button exporteren = knop("hoofd.exporteren", "exporteren", "\u21E7", vm::exporteren);
        importeren.disableProperty().bind(vm.bezigProperty());
        exporteren.disableProperty().bind(vm.bezigProperty());
        Button ongedaan = knop("hoofd.ongedaan", "ongedaan", "\u21B6", vm::ongedaan);
        ongedaan.disableProperty().bind(vm.kanOngedaanProperty().not());
        Button opnieuw = knop("hoofd.opnieuw", "opnieuw", "\u21B7", vm::opnieuw);
        opnieuw.disableProperty().bind(vm.kanOpnieuwProperty().not());

        Label pl = new Label(Teksten.t("hoofd.peildatum"));
        Region vul = new Region();
        HBox.setHgrow(vul, Priority.ALWAYS);
        ToolBar t = new ToolBar(open, nieuw, importeren, exporteren, new javafx.scene.control.Separator(), ongedaan,
                opnieuw, vul, pl, peildatum, vergelijk, tweede);
        t.setId("werkbalk");
        return t;
    }

    private static Button knop(String sleutel, String id, String symbool, Runnable actie) {
        Label icoon = new Label(symbool);
        icoon.getStyleClass().add("knop-icoon");
        Button b = new Button(Teksten.t(sleutel), icoon);
        b.setId(id);
        b.setOnAction(e -> actie.run());
        b.getStyleClass().add("flat");
        return b;
    }

    private static HBox statusbalk(Werkruimte werkruimte, TaakView taak) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(werkruimte.statusProperty());
        Region vul = new Region();
        HBox.setHgrow(vul, Priority.ALWAYS);
        HBox h = new HBox(8, status, vul, taak);
        h.setId("statusbalk");
        h.getStyleClass().add("statusbalk");
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(3, 8, 3, 8));
        return h;
    }
}
