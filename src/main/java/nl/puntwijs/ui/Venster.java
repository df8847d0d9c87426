package nl.puntwijs.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.puntwijs.ui.boom.PortefeuilleView;
import nl.puntwijs.ui.boom.PortefeuilleViewModel;
import nl.puntwijs.ui.complex.ComplexView;
import nl.puntwijs.ui.complex.ComplexViewModel;
import nl.puntwijs.ui.dienst.Bestandsopener;
import nl.puntwijs.ui.dienst.Dialogen;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.dienst.Opslag;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Werkruimte;
import nl.puntwijs.ui.fx.FxDialogen;
import nl.puntwijs.ui.fx.FxUitvoerder;
import nl.puntwijs.ui.hoofd.HoofdView;
import nl.puntwijs.ui.hoofd.HoofdViewModel;
import nl.puntwijs.ui.over.OverView;
import nl.puntwijs.ui.over.OverViewModel;
import nl.puntwijs.ui.resultaat.ResultaatView;
import nl.puntwijs.ui.resultaat.ResultaatViewModel;
import nl.puntwijs.ui.signalen.SignalenView;
import nl.puntwijs.ui.signalen.SignalenViewModel;
import nl.puntwijs.ui.taak.TaakView;
import nl.puntwijs.ui.taak.TaakViewModel;
import nl.puntwijs.ui.welkom.WelkomView;
import nl.puntwijs.ui.welkom.WelkomViewModel;
import nl.puntwijs.ui.woning.WoningView;
import nl.puntwijs.ui.woning.WoningViewModel;

/**
 * Builds the main window: the services, one view model per view, the views, the scene with the one stylesheet. The
 * application and the TestFX tests build it the same way.
 */
public final class Venster {

    public static final String STIJL = "/assets/puntwijs.css";

    private final Werkruimte werkruimte;
    private final HoofdView hoofd;
    private final Scene scene;
    private final FxUitvoerder uitvoerder;
    private final HoofdViewModel hoofdVm;

    private Venster(Werkruimte werkruimte, HoofdView hoofd, Scene scene, FxUitvoerder uitvoerder, HoofdViewModel hoofdVm) {
        this.werkruimte = werkruimte;
        this.hoofd = hoofd;
        this.scene = scene;
        this.uitvoerder = uitvoerder;
        this.hoofdVm = hoofdVm;
    }

    /**
     * The window with the platform's dialogs.
     *
     * @param opener opens a written workbook; empty where nothing can open it (headless)
     */
    public static Venster bouw(Stage stage, Rekenkern kern, Instellingen instellingen, Path gegevensmap, LocalDate peildatum,
                               Optional<Bestandsopener> opener) {
        return bouw(stage, kern, instellingen, gegevensmap, peildatum, new FxDialogen(stage), opener);
    }

    /** The window with other dialogs: a test answers the file choosers, which the headless toolkit cannot show. */
    public static Venster bouw(Stage stage, Rekenkern kern, Instellingen instellingen, Path gegevensmap, LocalDate peildatum,
                               Dialogen dialogen, Optional<Bestandsopener> opener) {
        FxUitvoerder uitvoerder = new FxUitvoerder();
        Werkruimte w = new Werkruimte(kern, uitvoerder, dialogen, new Opslag(), peildatum);
        TaakViewModel taak = new TaakViewModel(w);
        HoofdViewModel hoofdVm = new HoofdViewModel(w, instellingen, taak, opener);
        PortefeuilleView boom = new PortefeuilleView(new PortefeuilleViewModel(w), w);
        WoningView woning = new WoningView(new WoningViewModel(w), w);
        ComplexViewModel complexVm = new ComplexViewModel(w);
        ResultaatView resultaat = new ResultaatView(new ResultaatViewModel(w));
        SignalenView signalen = new SignalenView(new SignalenViewModel(w));
        OverViewModel over = new OverViewModel(kern, gegevensmap);
        HoofdView hoofd = new HoofdView(hoofdVm, w, boom, woning, () -> new ComplexView(complexVm, hoofdVm::exporteerGeopend, taak.bezigProperty()), resultaat, signalen, new TaakView(taak),
                () -> OverView.toon(stage, over), stage::close, new WelkomView(new WelkomViewModel(instellingen)));
        Scene scene = new Scene(hoofd, 1440, 900);
        scene.getStylesheets().add(Venster.class.getResource(STIJL).toExternalForm());
        stage.titleProperty().bind(hoofdVm.titelProperty());
        return new Venster(w, hoofd, scene, uitvoerder, hoofdVm);
    }

    public Werkruimte werkruimte() {
        return werkruimte;
    }

    public HoofdView hoofd() {
        return hoofd;
    }

    public HoofdViewModel hoofdViewModel() {
        return hoofdVm;
    }

    public Scene scene() {
        return scene;
    }

    /** Stores pending edits and stops the threads; never asks anything. */
    public void sluit() {
        werkruimte.sluit();
        uitvoerder.stop();
    }
}
