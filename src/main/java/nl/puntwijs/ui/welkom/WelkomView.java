package nl.puntwijs.ui.welkom;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.puntwijs.ui.Teksten;

/** A short welcome on first run: the three things a new user does first. */
public final class WelkomView extends VBox {

    public WelkomView(WelkomViewModel vm) {
        setId("welkom");
        getStyleClass().add("welkom");
        setSpacing(4);
        setPadding(new Insets(10, 14, 10, 14));
        Label kop = new Label(Teksten.t("welkom.kop"));
        kop.getStyleClass().add("welkom-kop");
        Button sluit = new Button(Teksten.t("welkom.sluiten"));
        sluit.setId("welkomSluiten");
        sluit.setOnAction(e -> vm.sluit());
        Region vul = new Region();
        HBox.setHgrow(vul, Priority.ALWAYS);
        HBox boven = new HBox(8, kop, vul, sluit);
        boven.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(boven, new Label(Teksten.t("welkom.stap1")), new Label(Teksten.t("welkom.stap2")),
                new Label(Teksten.t("welkom.stap3")));
        visibleProperty().bind(vm.zichtbaarProperty());
        managedProperty().bind(vm.zichtbaarProperty());
    }
}
