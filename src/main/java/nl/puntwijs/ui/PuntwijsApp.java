package nl.puntwijs.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.puntwijs.ui.dienst.Bestandsopener;
import nl.puntwijs.ui.dienst.Gegevensmap;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Voorbeeldportefeuille;
import nl.puntwijs.ui.fx.Iconen;

/**
 * The desktop application: opens the last portfolio, or on first run the sample portfolio it builds in the user's
 * data folder; remembers the window's size and position; closes without asking anything (every edit is already
 * stored). With {@code -Dpuntwijs.meet=true} it prints how long the start took.
 */
public final class PuntwijsApp extends Application {

    private Venster venster;
    private Instellingen instellingen;

    @Override
    public void start(Stage stage) {
        Path map = Gegevensmap.standaard();
        instellingen = new Instellingen(map);
        Teksten.gebruik(instellingen.taal());
        Teksten.formaten(instellingen.taal());
        meet("toolkit gestart");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LocalDate peildatum = LocalDate.now();
        Rekenkern kern = Bureaublad.kern();
        meet("tabellen geladen");
        if (!kern.heeftTabellen(peildatum)) {
            peildatum = kern.tabellenboek().sets().get(kern.tabellenboek().sets().size() - 1).geldigTot();
        }
        venster = Venster.bouw(stage, kern, instellingen, map, peildatum, opener());
        meet("venster gebouwd");
        stage.setScene(venster.scene());
        stage.getIcons().addAll(Iconen.toepassing());
        instellingen.venster().ifPresent(v -> {
            stage.setX(v.x());
            stage.setY(v.y());
            stage.setWidth(v.breedte());
            stage.setHeight(v.hoogte());
            stage.setMaximized(v.gemaximaliseerd());
        });
        stage.setOnCloseRequest(e -> bewaarVenster(stage));
        if (Boolean.getBoolean("puntwijs.meet")) {
            venster.scene().getRoot().applyCss();
            meet("css toegepast");
            venster.scene().getRoot().layout();
            meet("opgemaakt");
        }
        stage.show();
        meet("venster zichtbaar");

        LocalDate datum = peildatum;
        Path gevraagd = Bureaublad.teOpenen();
        boolean eersteKeer = gevraagd == null && instellingen.laatstePortefeuille().isEmpty();
        CompletableFuture.supplyAsync(() -> gevraagd != null ? gevraagd : instellingen.laatstePortefeuille()
                .orElseGet(() -> Voorbeeldportefeuille.zorgVoor(map, kern, datum)))
                .whenComplete((p, t) -> Platform.runLater(() -> {
                    if (t != null) {
                        venster.werkruimte().toonFout("Portefeuille niet geopend", t);
                        return;
                    }
                    venster.werkruimte().open(p).thenRun(() -> Platform.runLater(() -> {
                        meet("portefeuille geopend");
                        if (eersteKeer) {
                            // the first run shows the zorg sample, as the welcome panel explains
                            venster.werkruimte().complexen().stream().filter(c -> c.sleutel().equals(
                                    Voorbeeldportefeuille.ZORGCOMPLEX)).findFirst()
                                    .ifPresent(c -> venster.werkruimte().openComplex(c.id(), null));
                        }
                    }));
                }));
        venster.werkruimte().woningProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                venster.werkruimte().woningProperty().removeListener(this);
                meet("eerste woning berekend (interactief)");
            }
        });
    }

    /**
     * Opens a written workbook with the system's program for it. Not under the headless toolkit (tests, a server):
     * there is nothing to open it with, and the offer would only be a dialog in the way.
     */
    private Optional<Bestandsopener> opener() {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return Optional.empty();
        }
        HostServices diensten = getHostServices();
        return Optional.of(bestand -> diensten.showDocument(bestand.toUri().toString()));
    }

    private static void meet(String wat) {
        if (Boolean.getBoolean("puntwijs.meet")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("puntwijs-meting: " + wat + " na " + ms + " ms");
        }
    }

    private void bewaarVenster(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            instellingen.venster(new Instellingen.Venster(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else if (stage.isMaximized()) {
            instellingen.venster().ifPresentOrElse(v -> instellingen.venster(new Instellingen.Venster(v.x(), v.y(),
                    v.breedte(), v.hoogte(), true)), () -> { });
        }
    }

    @Override
    public void stop() {
        if (venster != null) {
            venster.sluit();
        }
    }
}
