package nl.puntwijs.ui.signalen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * The signals of the selection: the selected dwelling's signals (live, after every edit) and the complex's own
 * (shared rooms, SOO), or every signal of the complex when "hele complex" is on. Blocking first. Choosing one selects
 * its dwelling and the field it names.
 */
public final class SignalenViewModel {

    private final Werkruimte werkruimte;
    private final ObservableList<Signaal> signalen = FXCollections.observableArrayList();
    private final BooleanProperty heleComplex = new SimpleBooleanProperty(this, "heleComplex");
    private final StringProperty samenvatting = new SimpleStringProperty(this, "samenvatting", "");

    public SignalenViewModel(Werkruimte werkruimte) {
        this.werkruimte = werkruimte;
        werkruimte.woningProperty().addListener((o, a, b) -> ververs());
        werkruimte.complexBerekeningProperty().addListener((o, a, b) -> ververs());
        heleComplex.addListener((o, a, b) -> ververs());
        ververs();
    }

    public ObservableList<Signaal> signalen() {
        return signalen;
    }

    public BooleanProperty heleComplexProperty() {
        return heleComplex;
    }

    public ReadOnlyStringProperty samenvattingProperty() {
        return samenvatting;
    }

    /** Selects the signal's dwelling and asks the editor for its field. */
    public void kies(Signaal s) {
        if (s != null) {
            werkruimte.toonVeld(s.eenheid(), s.veld());
        }
    }

    private void ververs() {
        List<Signaal> lijst = new ArrayList<>();
        Rekenkern.Complexberekening c = werkruimte.complexBerekeningProperty().get();
        Rekenkern.Woningberekening w = werkruimte.woningProperty().get();
        if (heleComplex.get() && c != null) {
            lijst.addAll(c.signalen());
        } else {
            if (c != null && werkruimte.geopend() != null && c.complex().id().equals(werkruimte.geopend().complex().id())) {
                c.signalen().stream().filter(s -> s.eenheid() == null).forEach(lijst::add);
            }
            if (w != null) {
                lijst.addAll(w.signalen());
            }
        }
        lijst.sort(Comparator.comparing((Signaal s) -> -s.ernst().ordinal()));
        signalen.setAll(lijst);
        long b = lijst.stream().filter(s -> s.ernst() == Ernst.BLOKKEREND).count();
        long wa = lijst.stream().filter(s -> s.ernst() == Ernst.WAARSCHUWING).count();
        long i = lijst.stream().filter(s -> s.ernst() == Ernst.INFO).count();
        samenvatting.set(b + " blokkerend, " + wa + " waarschuwing" + (wa == 1 ? "" : "en") + ", " + i + " info");
    }
}
