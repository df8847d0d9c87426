package nl.puntwijs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.ui.dienst.Dialogen;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.dienst.Voorbeeldportefeuille;
import nl.puntwijs.ui.fx.FxDialogen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paths a user walks, on the real window with the sample portfolio, headless (Monocle) in {@code mvn verify}:
 * change a room's area, link a dwelling to the ontmoetingsruimte, fix a zorg condition from its signal, fork a
 * scenario, export the board report and cancel an export. Controls are found by id.
 */
@ExtendWith(ApplicationExtension.class)
class BureaubladTest {

    /**
     * The platform's dialogs, but the file to write is the test's: the headless toolkit cannot show a file chooser.
     */
    private static final class Testdialogen implements Dialogen {
        private final FxDialogen fx;
        volatile Path doel;

        Testdialogen(Stage stage) {
            fx = new FxDialogen(stage);
        }

        @Override
        public void fouten(String titel, String inleiding, List<String> regels) {
            fx.fouten(titel, inleiding, regels);
        }

        @Override
        public void melding(String titel, String tekst) {
            fx.melding(titel, tekst);
        }

        @Override
        public Optional<Path> kiesBestand(String titel, String omschrijving, List<String> extensies) {
            return fx.kiesBestand(titel, omschrijving, extensies);
        }

        @Override
        public List<Path> kiesBestanden(String titel, String omschrijving, List<String> extensies) {
            return fx.kiesBestanden(titel, omschrijving, extensies);
        }

        @Override
        public Optional<Path> kiesDoel(String titel, String voorstel, String omschrijving, List<String> extensies) {
            return Optional.ofNullable(doel);
        }

        @Override
        public Optional<String> vraagTekst(String titel, String vraag, String voorstel) {
            return fx.vraagTekst(titel, vraag, voorstel);
        }

        @Override
        public boolean bevestig(String titel, String vraag) {
            return fx.bevestig(titel, vraag);
        }
    }

    private Venster venster;
    private Testdialogen dialogen;
    private Path map;

    @Start
    void start(Stage stage) throws Exception {
        map = Files.createTempDirectory("puntwijs-fx");
        Path bestand = Voorbeeldportefeuille.zorgVoor(map, Proefwerkruimte.kern(), Proefwerkruimte.PEILDATUM);
        Teksten.gebruik(Locale.forLanguageTag("nl"));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Instellingen instellingen = new Instellingen(map);
        instellingen.welkomGezien();
        dialogen = new Testdialogen(stage);
        // no opener, as under the headless toolkit the application has none: no question after the export
        venster = Venster.bouw(stage, Proefwerkruimte.kern(), instellingen, map, Proefwerkruimte.PEILDATUM, dialogen,
                Optional.empty());
        stage.setScene(venster.scene());
        stage.show();
        venster.werkruimte().open(bestand);
    }

    @Stop
    void stop() {
        venster.sluit();
    }

    private static void wacht(Callable<Boolean> voorwaarde) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(voorwaarde).get());
    }

    private void wachtOpWoning(String id) throws Exception {
        wacht(() -> venster.werkruimte().woningProperty().get() != null
                && id.equals(venster.werkruimte().woningProperty().get().woning().id())
                && venster.werkruimte().complexBerekeningProperty().get() != null);
    }

    private static String tekst(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static int punten(FxRobot robot) {
        return Integer.parseInt(tekst(robot, "#totaal").replace(" punten", ""));
    }

    private static void vervang(FxRobot robot, String tekst) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(tekst);
    }

    @Test
    void eenGroterVertrekVerhoogtPuntenEnMaximaleHuur(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        int voor = punten(robot);
        String huurVoor = tekst(robot, "#maximaleHuur");
        robot.clickOn("#ruimteOppervlakte");
        vervang(robot, "40");
        wacht(() -> punten(robot) > voor);
        assertThat(tekst(robot, "#maximaleHuur")).isNotEqualTo(huurVoor);
        assertThat(venster.werkruimte().huidigeWoning().ruimten().get(0).oppervlakte()).isEqualByComparingTo("40");
    }

    @Test
    void eenWoningKoppelenAanDeOntmoetingsruimteVerandertHaarPunten(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        int gekoppeld = punten(robot);
        robot.clickOn("#tabComplex");
        robot.clickOn("#tab-gedeeld");
        robot.clickOn("#koppel-LIN-001");
        wacht(() -> punten(robot) < gekoppeld);
        int los = punten(robot);
        robot.clickOn("#koppel-LIN-001");
        wacht(() -> punten(robot) > los);
        assertThat(punten(robot)).isEqualTo(gekoppeld);
        assertThat(tekst(robot, "#gedeeld")).isEqualTo("+4,25 punten");
    }

    @Test
    void eenZorgvoorwaardeHerstellenGeeftToeslagEnEenSignaal(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        robot.clickOn("#zoek").write("hov-07");
        wacht(() -> robot.lookup("HOV-07").tryQuery().isPresent());
        robot.clickOn("HOV-07");
        wachtOpWoning("HOV-07");
        assertThat(tekst(robot, "#zorgtoeslag")).isEqualTo("geen");
        TableView<Signaal> signalen = robot.lookup("#signalen").queryTableView();
        assertThat(signalen.getItems()).extracting(Signaal::code).contains("ZW-02").doesNotContain("BT-01");
        // the signal leads to the field it names
        robot.clickOn("ZW-02");
        wacht(() -> robot.lookup("#zorg-smalsteGangbreedteCm").query().isFocused());
        vervang(robot, "130");
        wacht(() -> tekst(robot, "#zorgtoeslag").startsWith("+"));
        wacht(() -> signalen.getItems().stream().anyMatch(s -> s.code().equals("BT-01")));
        assertThat(signalen.getItems()).extracting(Signaal::code).doesNotContain("ZW-02");
    }

    @Test
    void deSooGegevensBewerkenToetstDeSubsidieOpnieuw(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        robot.clickOn("#tabComplex");
        robot.clickOn("#tab-soo");
        ListView<Signaal> soo = robot.lookup("#sooSignalen").queryListView();
        assertThat(soo.getItems()).extracting(Signaal::code).doesNotContain("SOO-02");
        robot.clickOn("#soo-aandeelBewoners55Plus");
        vervang(robot, "40");
        wacht(() -> soo.getItems().stream().anyMatch(s -> s.code().equals("SOO-02")));
        assertThat(venster.werkruimte().geopend().complex().ouderenhuisvesting().aandeelBewoners55Plus())
                .isEqualByComparingTo("0.40");
        // a value out of range stays at the field, decorated, and changes nothing (every keystroke is applied when
        // valid, so a value whose every prefix is invalid: "-" and "-5")
        vervang(robot, "-5");
        wacht(() -> robot.lookup("#soo-aandeelBewoners55Plus").query().getStyleClass().contains("veld-fout"));
        assertThat(venster.werkruimte().geopend().complex().ouderenhuisvesting().aandeelBewoners55Plus())
                .isEqualByComparingTo("0.40");
    }

    @Test
    void eenScenarioMakenEnVerwerpen(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        robot.clickOn("#tabComplex");
        robot.clickOn("#scenarioMaken");
        robot.clickOn("#vraagTekst");
        vervang(robot, "Kleinere ruimte");
        robot.type(KeyCode.ENTER);
        wacht(() -> robot.lookup("#scenarioBalk").query().isVisible());
        assertThat(venster.werkruimte().geopend().info().scenarioNaam()).isEqualTo("Kleinere ruimte");
        robot.clickOn("#tab-gedeeld");
        robot.clickOn("#koppel-LIN-001");
        wacht(() -> venster.werkruimte().complexBerekeningProperty().get().complex().gedeeldeRuimten().get(0)
                .woningen().size() == 23);
        robot.clickOn("#tab-woningen");
        TableView<nl.puntwijs.ui.complex.ComplexViewModel.Woningregel> woningen = robot.lookup("#complexWoningen").queryTableView();
        wacht(() -> !woningen.getItems().isEmpty() && woningen.getItems().get(0).verschil().startsWith("-4 p"));
        robot.clickOn("#scenarioVerwerpen");
        wacht(() -> venster.werkruimte().geopend() != null && !venster.werkruimte().geopend().info().isScenario());
        assertThat(robot.lookup("#scenarioBalk").query().isVisible()).isFalse();
        assertThat(venster.werkruimte().geopend().info().isScenario()).isFalse();
        assertThat(venster.werkruimte().geopend().complex().gedeeldeRuimten().get(0).woningen()).hasSize(24);
    }

    @Test
    void hetBestuursrapportExporteren(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        Path doel = Files.createDirectories(map.resolve("rapporten")).resolve("bestuur.xlsx");
        dialogen.doel = doel;
        robot.clickOn("#exporteren");
        wacht(() -> tekst(robot, "#status").startsWith("Bestuursrapport geschreven"));
        assertThat(tekst(robot, "#status")).isEqualTo("Bestuursrapport geschreven: bestuur.xlsx (3 complexen, 76 woningen)");
        assertThat(tekst(robot, "#taakTekst")).isEqualTo("Exporteren klaar");
        assertThat(Werkmaplezer.bladen(doel)).containsExactly("Samenvatting", "Complexen", "Woningen",
                "Puntenopbouw", "Gedeelde ruimten", "Knelpunten", "Vergelijking", "Parameters", "Wijzigingen");
        assertThat(Werkmaplezer.woningen(doel)).hasSize(76);
        assertThat(Werkmaplezer.inhoud(doel.getParent())).containsExactly(doel);

        // the complex view exports the open complex alone
        Path complex = doel.resolveSibling("linde.xlsx");
        dialogen.doel = complex;
        robot.clickOn("#tabComplex");
        robot.clickOn("#exporteerComplex");
        wacht(() -> tekst(robot, "#status").contains("linde.xlsx"));
        assertThat(Werkmaplezer.woningen(complex)).hasSize(24).allMatch(id -> id.startsWith("LIN-"));
    }

    @Test
    void eenExportAnnulerenLaatHetOudeRapportStaan(FxRobot robot) throws Exception {
        wachtOpWoning("LIN-001");
        Path doel = Files.createDirectories(map.resolve("rapporten")).resolve("bestuur.xlsx");
        Files.writeString(doel, "het rapport van vorige maand");
        dialogen.doel = doel;
        // hold the portfolio's thread, so the export is queued and the cancel comes before it gets going
        CountDownLatch vrij = new CountDownLatch(1);
        venster.werkruimte().opslag().doe(p -> {
            try {
                return vrij.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        robot.clickOn("#exporteren");
        wacht(() -> robot.lookup("#taakAnnuleren").query().isVisible());
        assertThat(robot.lookup("#exporteren").query().isDisabled()).isTrue();
        robot.clickOn("#taakAnnuleren");
        vrij.countDown();
        wacht(() -> tekst(robot, "#taakTekst").equals("Exporteren geannuleerd; een eerder bestand met die naam is ongewijzigd"));
        assertThat(robot.lookup("#taakAnnuleren").query().isVisible()).isFalse();
        assertThat(Files.readString(doel)).isEqualTo("het rapport van vorige maand");
        assertThat(Werkmaplezer.inhoud(doel.getParent())).containsExactly(doel);
        assertThat(tekst(robot, "#status")).doesNotContain("geschreven");
    }
}
