package nl.puntwijs.ui.taak;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import nl.puntwijs.ui.Teksten;

/** The progress bar and cancel button of the running task, in the status bar. Binds only. */
public final class TaakView extends HBox {

    public TaakView(TaakViewModel vm) {
        setId("taak");
        setSpacing(8);
        setAlignment(Pos.CENTER_RIGHT);
        setPadding(new Insets(0, 4, 0, 4));
        Label tekst = new Label();
        tekst.setId("taakTekst");
        tekst.textProperty().bind(vm.tekstProperty());
        ProgressBar balk = new ProgressBar();
        balk.setId("taakVoortgang");
        balk.setPrefWidth(180);
        balk.progressProperty().bind(vm.voortgangProperty());
        Button annuleer = new Button(Teksten.t("taak.annuleren"));
        annuleer.setId("taakAnnuleren");
        annuleer.setOnAction(e -> vm.annuleer());
        balk.visibleProperty().bind(vm.bezigProperty());
        balk.managedProperty().bind(vm.bezigProperty());
        annuleer.visibleProperty().bind(vm.bezigProperty());
        annuleer.managedProperty().bind(vm.bezigProperty());
        getChildren().addAll(tekst, balk, annuleer);
    }
}
