package nl.puntwijs.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.dienst.Voorbeeldportefeuille;

/**
 * Takes the screenshots of the main views for docs/ and the README, on a real window (run under Xvfb):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1600x1200x24" java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     nl.puntwijs.ui.Schermafdrukken docs/schermafdrukken
 * </pre>
 * Not a test: it only drives the window and writes PNG files.
 */
public final class Schermafdrukken {

    private static Venster venster;
    private static Stage stage;

    private Schermafdrukken() {
    }

    public static void main(String[] args) throws Exception {
        Path uit = Path.of(args.length > 0 ? args[0] : "docs/schermafdrukken");
        Files.createDirectories(uit);
        Path map = Files.createTempDirectory("puntwijs-foto");
        LocalDate peildatum = LocalDate.of(2026, 7, 1);
        Path bestand = Voorbeeldportefeuille.zorgVoor(map, Proefwerkruimte.kern(), peildatum);
        CountDownLatch klaar = new CountDownLatch(1);
        Platform.startup(klaar::countDown);
        klaar.await();
        opFx(() -> {
            Teksten.gebruik(Locale.forLanguageTag("nl"));
            Teksten.formaten(Locale.forLanguageTag("nl"));
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage = new Stage();
            Instellingen instellingen = new Instellingen(map);
            venster = Venster.bouw(stage, Proefwerkruimte.kern(), instellingen, map, peildatum, Optional.empty());
            stage.setScene(venster.scene());
            stage.setWidth(1500);
            stage.setHeight(940);
            stage.show();
            venster.werkruimte().open(bestand);
        });
        wacht(() -> venster.werkruimte().woningProperty().get() != null
                && venster.werkruimte().complexBerekeningProperty().get() != null);
        rust();
        foto(uit, "welkom.png");
        opFx(() -> ((javafx.scene.control.Button) venster.scene().lookup("#welkomSluiten")).fire());
        opFx(() -> venster.werkruimte().selecteerWoning("LIN-007"));
        rust();
        foto(uit, "hoofdvenster.png");

        opFx(() -> venster.werkruimte().selecteerWoning("HOV-07"));
        wacht(() -> venster.werkruimte().geopend() != null && "HOVEN".equals(venster.werkruimte().geopend().complex().id())
                && venster.werkruimte().woningProperty().get() != null);
        rust();
        opFx(() -> venster.werkruimte().toonVeld("HOV-07", "zorg.smalsteGangbreedteCm"));
        rust();
        foto(uit, "zorgwoning.png");

        opFx(() -> {
            venster.hoofd().toonWoning(false);
            ((TabPane) venster.scene().lookup("#complexTabs")).getSelectionModel().select(1);
        });
        rust();
        foto(uit, "complex-gedeelde-ruimten.png");
        opFx(() -> ((TabPane) venster.scene().lookup("#complexTabs")).getSelectionModel().select(3));
        rust();
        foto(uit, "complex-grafieken.png");

        opFx(() -> venster.werkruimte().selecteerWoning("LIN-001"));
        wacht(() -> "LINDE".equals(venster.werkruimte().geopend().complex().id()));
        opFx(() -> venster.werkruimte().maakScenario("Zonder rij 1"));
        wacht(() -> venster.werkruimte().geopend() != null && venster.werkruimte().geopend().info().isScenario());
        rust();
        opFx(() -> {
            var vm = (javafx.scene.layout.GridPane) venster.scene().lookup("#matrix");
            ((javafx.scene.control.CheckBox) vm.getChildren().get(0)).fire();
            ((TabPane) venster.scene().lookup("#complexTabs")).getSelectionModel().select(0);
        });
        rust();
        foto(uit, "scenario.png");
        opFx(() -> venster.werkruimte().verwerpScenario());
        wacht(() -> venster.werkruimte().geopend() != null && !venster.werkruimte().geopend().info().isScenario());
        opFx(() -> ((TabPane) venster.scene().lookup("#complexTabs")).getSelectionModel().select(2));
        rust();
        foto(uit, "complex-soo.png");

        opFx(() -> {
            venster.hoofd().toonWoning(true);
            ((javafx.scene.control.ScrollPane) venster.scene().lookup("#woningEditor")).setVvalue(0);
            venster.hoofdViewModel().tweedePeildatumProperty().set(LocalDate.of(2025, 7, 1));
            venster.hoofdViewModel().vergelijkenProperty().set(true);
            // more room for the result's two columns and the difference
            ((javafx.scene.control.SplitPane) venster.scene().lookup("#werkvlak")).setDividerPositions(0.17, 0.52);
        });
        rust();
        foto(uit, "vergelijking.png");

        opFx(() -> {
            venster.sluit();
            stage.close();
        });
        Platform.exit();
        System.exit(0);
    }

    private static void foto(Path map, String naam) throws Exception {
        opFx(() -> {
            Node wortel = venster.scene().getRoot();
            WritableImage beeld = wortel.snapshot(null, null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(beeld, null), "png", new File(map.toFile(), naam));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.println("geschreven: " + map.resolve(naam));
    }

    private static void rust() throws Exception {
        Thread.sleep(700);
        opFx(() -> { });
    }

    private static void wacht(BooleanSupplier voorwaarde) throws Exception {
        long tot = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < tot) {
            FutureTask<Boolean> t = new FutureTask<>(voorwaarde::getAsBoolean);
            Platform.runLater(t);
            if (t.get(5, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("wachten duurde te lang");
    }

    private static void opFx(Runnable werk) throws Exception {
        FutureTask<Void> t = new FutureTask<>(werk, null);
        Platform.runLater(t);
        t.get(30, TimeUnit.SECONDS);
    }
}
