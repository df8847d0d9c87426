package nl.puntwijs.ui.signalen;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.fx.Iconen;

/** The signals panel: severity icon, code, dwelling, Dutch message, source; a click shows the field. Binds only. */
public final class SignalenView extends VBox {

    public SignalenView(SignalenViewModel vm) {
        setId("signalenPaneel");
        getStyleClass().add("signalen");
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));

        Label kop = new Label(Teksten.t("signalen.kop"));
        kop.getStyleClass().add("paneel-kop");
        Label samenvatting = new Label();
        samenvatting.setId("signalenSamenvatting");
        samenvatting.getStyleClass().add("toelichting");
        samenvatting.textProperty().bind(vm.samenvattingProperty());
        CheckBox alle = new CheckBox(Teksten.t("signalen.heleComplex"));
        alle.setId("signalenHeleComplex");
        alle.selectedProperty().bindBidirectional(vm.heleComplexProperty());
        Region vul = new Region();
        HBox.setHgrow(vul, Priority.ALWAYS);
        HBox balk = new HBox(10, kop, samenvatting, vul, alle);
        balk.setAlignment(Pos.CENTER_LEFT);

        TableView<Signaal> tabel = new TableView<>(vm.signalen());
        tabel.setId("signalen");
        tabel.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabel.setPlaceholder(new Label(Teksten.t("signalen.geen")));
        TableColumn<Signaal, Ernst> ernst = new TableColumn<>("");
        ernst.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().ernst()));
        ernst.setCellFactory(k -> new TableCell<>() {
            @Override
            protected void updateItem(Ernst e, boolean leeg) {
                super.updateItem(e, leeg);
                setGraphic(leeg || e == null ? null : Iconen.ernst(e));
                setTooltip(leeg || e == null ? null : new Tooltip(e.code()));
            }
        });
        ernst.setPrefWidth(32);
        ernst.setMaxWidth(32);
        TableColumn<Signaal, String> code = new TableColumn<>(Teksten.t("signalen.code"));
        code.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().code()));
        code.setPrefWidth(70);
        code.setMaxWidth(90);
        TableColumn<Signaal, String> woning = new TableColumn<>(Teksten.t("signalen.woning"));
        woning.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().eenheid() == null
                ? Teksten.t("signalen.complex") : c.getValue().eenheid()));
        woning.setPrefWidth(90);
        woning.setMaxWidth(120);
        TableColumn<Signaal, String> melding = new TableColumn<>(Teksten.t("signalen.melding"));
        melding.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().melding()));
        melding.setPrefWidth(600);
        TableColumn<Signaal, String> bron = new TableColumn<>(Teksten.t("signalen.bron"));
        bron.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().bron()));
        bron.setPrefWidth(180);
        tabel.getColumns().setAll(java.util.List.of(ernst, code, woning, melding, bron));
        tabel.setRowFactory(t -> {
            TableRow<Signaal> rij = new TableRow<>() {
                @Override
                protected void updateItem(Signaal s, boolean leeg) {
                    super.updateItem(s, leeg);
                    setTooltip(leeg || s == null ? null : new Tooltip(s.soort().naam() + "\n" + s.melding() + "\n"
                            + Teksten.t("signalen.bron") + ": " + s.bron() + (s.veld() == null ? "" : "\n"
                            + Teksten.t("signalen.veld") + ": " + s.veld())));
                }
            };
            rij.setOnMouseClicked(e -> {
                if (!rij.isEmpty()) {
                    vm.kies(rij.getItem());
                }
            });
            return rij;
        });
        VBox.setVgrow(tabel, Priority.ALWAYS);
        getChildren().addAll(balk, tabel);
    }
}
