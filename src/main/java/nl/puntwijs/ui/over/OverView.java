package nl.puntwijs.ui.over;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.fx.Iconen;

/** The About dialog. */
public final class OverView {

    private OverView() {
    }

    public static void toon(Window eigenaar, OverViewModel vm) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(eigenaar);
        a.setTitle(Teksten.t("over.titel"));
        a.setHeaderText(vm.versie());
        var iconen = Iconen.toepassing();
        if (iconen.length > 0) {
            ImageView v = new ImageView(iconen[iconen.length - 1]);
            v.setFitWidth(64);
            v.setFitHeight(64);
            a.setGraphic(v);
        }
        TextArea tabellen = new TextArea(String.join("\n", vm.tabellen()));
        tabellen.setId("overTabellen");
        tabellen.setEditable(false);
        tabellen.setPrefRowCount(3);
        VBox inhoud = new VBox(8, new Label(vm.beleidsboek()), new Label(Teksten.t("over.tabellen")), tabellen,
                new Label(vm.omgeving()), new Label(Teksten.t("over.gegevens") + " " + vm.gegevensmap()));
        inhoud.setPadding(new Insets(4));
        inhoud.setId("over");
        a.getDialogPane().setContent(inhoud);
        a.getDialogPane().setPrefWidth(560);
        a.show();
    }
}
