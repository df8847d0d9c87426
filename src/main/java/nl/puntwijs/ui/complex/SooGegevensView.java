package nl.puntwijs.ui.complex;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.fx.Velden;

/** The form of the complex's SOO data (see {@link SooGegevensViewModel}), with units and validation at the field. */
final class SooGegevensView extends GridPane {

    SooGegevensView(SooGegevensViewModel vm) {
        getStyleClass().add("formulier");
        setId("sooGegevens");
        setHgap(8);
        setVgap(6);
        TextField aandeel = Velden.veld("soo-aandeelBewoners55Plus", vm.aandeel55Plus(), "%", 90);
        TextField afstand = Velden.veld("soo-afstandOntmoetingsruimteM", vm.afstand(), "m", 90);
        ComboBox<String> ronde = new ComboBox<>();
        ronde.setId("soo-subsidieronde");
        ronde.setConverter(new StringConverter<>() {
            @Override
            public String toString(String r) {
                return vm.rondeTekst(r);
            }

            @Override
            public String fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        ronde.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String r, boolean leeg) {
                super.updateItem(r, leeg);
                // a null item is the "open on the peildatum" choice, not an empty cell
                setText(leeg ? vm.rondeTekst(null) : vm.rondeTekst(r));
            }
        });
        // the choices, refreshed when the list opens (the complex may name a round the tables lack)
        ronde.setOnShowing(e -> ronde.getItems().setAll(vm.rondes()));
        ronde.getItems().setAll(vm.rondes());
        ronde.valueProperty().bindBidirectional(vm.rondeProperty());
        int r = 0;
        addRow(r++, new Label(Teksten.t("soo.aandeel55Plus")), Velden.metEenheid(aandeel, "%"));
        addRow(r++, new Label(Teksten.t("soo.afstand")), Velden.metEenheid(afstand, "m"));
        addRow(r++, new Label(Teksten.t("soo.ronde")), ronde);
        addRow(r++, new Label(Teksten.t("soo.oplevering")), datum("soo-oplevering", vm.opleveringProperty()));
        addRow(r++, new Label(Teksten.t("soo.einde")), datum("soo-eindeOntmoetingsfunctie", vm.eindeOntmoetingProperty()));
        addRow(r++, new Label(Teksten.t("soo.fysiekVerbonden")), keuze("soo-fysiekVerbonden", vm.fysiekVerbondenProperty()));
        addRow(r++, new Label(Teksten.t("soo.corporatie")), keuze("soo-corporatie", vm.corporatieProperty()));
        addRow(r++, new Label(Teksten.t("soo.exploitatieplan")), keuze("soo-exploitatieplan", vm.exploitatieplanProperty()));
        addRow(r++, new Label(Teksten.t("soo.winst")), keuze("soo-winstOpExploitatie", vm.winstOpExploitatieProperty()));
        addRow(r, new Label(Teksten.t("soo.openVoorBuurt")), keuze("soo-openVoorBuurt", vm.openVoorBuurtProperty()));
    }

    private static DatePicker datum(String id, ObjectProperty<LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.valueProperty().bindBidirectional(p);
        d.setPrefWidth(160);
        return d;
    }

    private static ComboBox<SooGegevensViewModel.JaNee> keuze(String id, ObjectProperty<SooGegevensViewModel.JaNee> p) {
        ComboBox<SooGegevensViewModel.JaNee> c = new ComboBox<>(
                FXCollections.observableArrayList(SooGegevensViewModel.JaNee.values()));
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(SooGegevensViewModel.JaNee k) {
                return k == null ? "" : Teksten.t("soo.keuze." + k.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SooGegevensViewModel.JaNee fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        c.valueProperty().bindBidirectional(p);
        c.setPrefWidth(160);
        return c;
    }
}
