package nl.puntwijs.ui.fx;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import nl.puntwijs.ui.Veld;

/** Text fields bound to a {@link Veld}: validation shown at the field with ControlsFX decorations, units beside it. */
public final class Velden {

    private static final String GEDECOREERD = "puntwijs.gedecoreerd";

    private Velden() {
    }

    /** A text field bound both ways to the field's text, decorated while the text is not valid. */
    public static TextField veld(String id, Veld<?> veld, String eenheid, double breedte) {
        TextField tf = new TextField();
        tf.setId(id);
        tf.setPrefColumnCount((int) Math.max(4, breedte / 12));
        tf.setPrefWidth(breedte);
        koppel(tf, veld);
        return tf;
    }

    /** Binds an existing text field to a field (views that swap the field, such as the chosen room). */
    public static void koppel(TextField tf, Veld<?> veld) {
        tf.textProperty().bindBidirectional(veld.tekstProperty());
        Runnable toon = () -> decoreer(tf, veld.fout(), veld.meldingProperty().get());
        veld.foutProperty().addListener((o, a, b) -> toon.run());
        veld.meldingProperty().addListener((o, a, b) -> toon.run());
        tf.sceneProperty().addListener((o, a, b) -> toon.run());
        toon.run();
    }

    public static void ontkoppel(TextField tf, Veld<?> veld) {
        tf.textProperty().unbindBidirectional(veld.tekstProperty());
        decoreer(tf, null, null);
    }

    /** An error (red, blocking) or a warning of the core (amber) at the control, with the message as tooltip. */
    public static void decoreer(javafx.scene.control.Control c, String fout, String melding) {
        if (c.getScene() == null) {
            return;
        }
        // touch the Decorator only when there is something to show or remove: its first use puts a decoration pane
        // around the scene's root
        boolean gedecoreerd = Boolean.TRUE.equals(c.getProperties().get(GEDECOREERD));
        if (!gedecoreerd && fout == null && melding == null) {
            return;
        }
        if (gedecoreerd) {
            Decorator.removeAllDecorations(c);
        }
        c.getProperties().put(GEDECOREERD, fout != null || melding != null);
        c.getStyleClass().removeAll("veld-fout", "veld-melding");
        if (fout != null) {
            Decorator.addDecoration(c, new GraphicDecoration(teken("\u2716", "decoratie-fout"), Pos.TOP_LEFT));
            Decorator.addDecoration(c, new StyleClassDecoration("veld-fout"));
            c.setTooltip(new Tooltip(fout));
        } else if (melding != null) {
            Decorator.addDecoration(c, new GraphicDecoration(teken("!", "decoratie-melding"), Pos.TOP_LEFT));
            c.setTooltip(new Tooltip(melding));
        } else {
            c.setTooltip(null);
        }
    }

    private static Node teken(String symbool, String stijl) {
        Label l = new Label(symbool);
        l.getStyleClass().addAll("decoratie", stijl);
        return l;
    }

    /** A field with its unit behind it ("m²", "cm", "€"). */
    public static HBox metEenheid(Node veld, String eenheid) {
        Label l = new Label(eenheid);
        l.getStyleClass().add("eenheid");
        HBox h = new HBox(4, veld, l);
        h.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(veld, Priority.SOMETIMES);
        return h;
    }
}
