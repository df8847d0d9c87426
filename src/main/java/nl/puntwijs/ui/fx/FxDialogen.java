package nl.puntwijs.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.dienst.Dialogen;

/** The dialogs of the application: errors as a full list in a selectable text area (copyable), never a stack trace. */
public final class FxDialogen implements Dialogen {

    private final Window eigenaar;
    private Path laatsteMap;

    public FxDialogen(Window eigenaar) {
        this.eigenaar = eigenaar;
    }

    @Override
    public void fouten(String titel, String inleiding, List<String> regels) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(eigenaar);
        a.setTitle(titel);
        a.setHeaderText(titel);
        TextArea lijst = new TextArea(String.join(System.lineSeparator(), regels));
        lijst.setId("foutenlijst");
        lijst.setEditable(false);
        lijst.setWrapText(true);
        lijst.setPrefRowCount(Math.min(14, Math.max(3, regels.size() + 1)));
        VBox.setVgrow(lijst, Priority.ALWAYS);
        VBox inhoud = new VBox(8, new javafx.scene.control.Label(inleiding + " " + Teksten.t("dialoog.kopieerbaar")), lijst);
        a.getDialogPane().setContent(inhoud);
        a.getDialogPane().setPrefWidth(640);
        a.setResizable(true);
        a.show();
    }

    @Override
    public void melding(String titel, String tekst) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, tekst, ButtonType.OK);
        a.initOwner(eigenaar);
        a.setTitle(titel);
        a.setHeaderText(titel);
        a.show();
    }

    private FileChooser kiezer(String titel, String omschrijving, List<String> extensies) {
        FileChooser k = new FileChooser();
        k.setTitle(titel);
        k.getExtensionFilters().add(new FileChooser.ExtensionFilter(omschrijving, extensies));
        if (laatsteMap != null && laatsteMap.toFile().isDirectory()) {
            k.setInitialDirectory(laatsteMap.toFile());
        }
        return k;
    }

    @Override
    public Optional<Path> kiesBestand(String titel, String omschrijving, List<String> extensies) {
        File f = kiezer(titel, omschrijving, extensies).showOpenDialog(eigenaar);
        return onthoud(f);
    }

    @Override
    public List<Path> kiesBestanden(String titel, String omschrijving, List<String> extensies) {
        List<File> f = kiezer(titel, omschrijving, extensies).showOpenMultipleDialog(eigenaar);
        if (f == null || f.isEmpty()) {
            return List.of();
        }
        onthoud(f.get(0));
        return f.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> kiesDoel(String titel, String voorstel, String omschrijving, List<String> extensies) {
        FileChooser k = kiezer(titel, omschrijving, extensies);
        k.setInitialFileName(voorstel);
        return onthoud(k.showSaveDialog(eigenaar));
    }

    private Optional<Path> onthoud(File f) {
        if (f == null) {
            return Optional.empty();
        }
        laatsteMap = f.toPath().toAbsolutePath().getParent();
        return Optional.of(f.toPath());
    }

    @Override
    public Optional<String> vraagTekst(String titel, String vraag, String voorstel) {
        TextInputDialog d = new TextInputDialog(voorstel);
        d.initOwner(eigenaar);
        d.setTitle(titel);
        d.setHeaderText(vraag);
        d.getEditor().setId("vraagTekst");
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean bevestig(String titel, String vraag) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, vraag, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(eigenaar);
        a.setTitle(titel);
        a.setHeaderText(titel);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
