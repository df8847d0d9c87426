package nl.puntwijs.ui.woning;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.ui.Opmaak;
import nl.puntwijs.ui.Veld;

/**
 * One room of the dwelling in the editor's tables: its own editable properties, bound to table cells. The view model
 * turns a change into a new {@link Ruimte} (the room's other data, provisions and counters, are kept).
 */
public final class RuimteRij {

    private final int index;
    private Ruimte ruimte;
    private final StringProperty naam = new SimpleStringProperty(this, "naam");
    private final ObjectProperty<RuimteSoort> soort = new SimpleObjectProperty<>(this, "soort");
    private final ObjectProperty<Detailsoort> detailsoort = new SimpleObjectProperty<>(this, "detailsoort");
    private final Veld<java.math.BigDecimal> oppervlakte = Veld.getal(Veld.tussen("oppervlakte", 10_000, "m²"));
    private final Veld<java.math.BigDecimal> lengte = Veld.getal(Veld.tussen("lengte", 1_000, "m"));
    private final Veld<java.math.BigDecimal> breedte = Veld.getal(Veld.tussen("breedte", 1_000, "m"));
    private final BooleanProperty verwarmd = new SimpleBooleanProperty(this, "verwarmd");
    private final BooleanProperty verkoeld = new SimpleBooleanProperty(this, "verkoeld");
    private final Veld<Integer> gedeeld = Veld.geheel(Veld.tussen("aantal adressen", 0, 100_000, "adressen"));
    private final StringProperty melding = new SimpleStringProperty(this, "melding");
    boolean laden;

    RuimteRij(int index, Ruimte ruimte) {
        this.index = index;
        laad(ruimte);
    }

    void laad(Ruimte r) {
        laden = true;
        try {
            this.ruimte = r;
            naam.set(r.naam() == null ? "" : r.naam());
            soort.set(r.soort());
            detailsoort.set(r.detailsoort());
            oppervlakte.laad(Opmaak.invoer(r.oppervlakte()));
            lengte.laad(Opmaak.invoer(r.lengte()));
            breedte.laad(Opmaak.invoer(r.breedte()));
            verwarmd.set(r.verwarmd());
            verkoeld.set(r.verkoeld());
            gedeeld.laad(r.gedeeldMetAdressen() == null ? "" : String.valueOf(r.gedeeldMetAdressen()));
        } finally {
            laden = false;
        }
    }

    /** The position in the dwelling's list of rooms (the core's {@code ruimten[i]}). */
    public int index() {
        return index;
    }

    public Ruimte ruimte() {
        return ruimte;
    }

    public boolean isBuitenruimte() {
        return ruimte.soort() == RuimteSoort.BUITENRUIMTE;
    }

    public StringProperty naamProperty() {
        return naam;
    }

    public ObjectProperty<RuimteSoort> soortProperty() {
        return soort;
    }

    public ObjectProperty<Detailsoort> detailsoortProperty() {
        return detailsoort;
    }

    public Veld<java.math.BigDecimal> oppervlakte() {
        return oppervlakte;
    }

    public Veld<java.math.BigDecimal> lengte() {
        return lengte;
    }

    public Veld<java.math.BigDecimal> breedte() {
        return breedte;
    }

    public BooleanProperty verwarmdProperty() {
        return verwarmd;
    }

    public BooleanProperty verkoeldProperty() {
        return verkoeld;
    }

    public Veld<Integer> gedeeld() {
        return gedeeld;
    }

    /** The core's warning about this room (e.g. "geen oppervlakte"), or null. */
    public StringProperty meldingProperty() {
        return melding;
    }
}
