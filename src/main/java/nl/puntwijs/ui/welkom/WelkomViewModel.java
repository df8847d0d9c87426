package nl.puntwijs.ui.welkom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.puntwijs.ui.dienst.Instellingen;

/** The first-run welcome panel: shown until the user closes it once. */
public final class WelkomViewModel {

    private final Instellingen instellingen;
    private final BooleanProperty zichtbaar = new SimpleBooleanProperty(this, "zichtbaar");

    public WelkomViewModel(Instellingen instellingen) {
        this.instellingen = instellingen;
        zichtbaar.set(instellingen.welkomTonen());
    }

    public BooleanProperty zichtbaarProperty() {
        return zichtbaar;
    }

    public void sluit() {
        zichtbaar.set(false);
        instellingen.welkomGezien();
    }
}
