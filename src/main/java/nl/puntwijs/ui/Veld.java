package nl.puntwijs.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text input of a view model: the text as typed (bound bidirectionally to a text field), the message when it is
 * not valid (shown at the field), and what happens with a valid value. A value the parser rejects is never applied:
 * the model only ever sees valid input.
 *
 * @param <T> the parsed value
 */
public final class Veld<T> {

    /** Checks a parsed value; returns a Dutch message when it is not acceptable, else null. */
    @FunctionalInterface
    public interface Controle<T> {
        String fout(T waarde);
    }

    private final StringProperty tekst = new SimpleStringProperty(this, "tekst", "");
    private final StringProperty fout = new SimpleStringProperty(this, "fout");
    private final StringProperty melding = new SimpleStringProperty(this, "melding");
    private final Function<String, T> lezer;
    private final Controle<T> controle;
    private Consumer<T> bijWijziging = v -> { };
    private boolean laden;

    public Veld(Function<String, T> lezer, Controle<T> controle) {
        this.lezer = lezer;
        this.controle = controle;
        tekst.addListener((o, oud, nieuw) -> {
            if (!laden) {
                verwerk(nieuw);
            }
        });
    }

    /** A number field (comma or point) with an optional check. */
    public static Veld<java.math.BigDecimal> getal(Controle<java.math.BigDecimal> controle) {
        return new Veld<>(Opmaak::leesGetal, controle);
    }

    /** An amount in euros: thousands grouped with points are read as a Dutch user means them ({@link Opmaak#leesBedrag}). */
    public static Veld<java.math.BigDecimal> bedrag(Controle<java.math.BigDecimal> controle) {
        return new Veld<>(Opmaak::leesBedrag, controle);
    }

    public static Veld<Integer> geheel(Controle<Integer> controle) {
        return new Veld<>(Opmaak::leesGeheel, controle);
    }

    /**
     * From 0 to {@code maximum} (areas, amounts, widths); blank allowed. The maxima are the readers' (VERA, complex
     * JSON, template), so what cannot be imported cannot be typed either, and the core never sees an absurd number.
     */
    public static Controle<java.math.BigDecimal> tussen(String wat, long maximum, String eenheid) {
        java.math.BigDecimal max = java.math.BigDecimal.valueOf(maximum);
        return v -> v == null ? null : v.signum() < 0 ? wat + " kan niet negatief zijn"
                : v.compareTo(max) > 0 ? wat + " is onwaarschijnlijk groot (meer dan " + Opmaak.invoer(max) + " " + eenheid + ")"
                : null;
    }

    /** A whole number from {@code minimum} to {@code maximum}; blank allowed. */
    public static Controle<Integer> tussen(String wat, int minimum, int maximum, String eenheid) {
        return v -> v == null ? null : v < minimum ? wat + " is minstens " + minimum
                : v > maximum ? wat + " is onwaarschijnlijk groot (meer dan " + maximum + " " + eenheid + ")" : null;
    }

    public void bijWijziging(Consumer<T> actie) {
        this.bijWijziging = actie;
    }

    public StringProperty tekstProperty() {
        return tekst;
    }

    public String tekst() {
        return tekst.get();
    }

    /** The validation message for the typed text; null when valid. */
    public ReadOnlyStringProperty foutProperty() {
        return fout;
    }

    public String fout() {
        return fout.get();
    }

    /** A warning of the core about this field (e.g. a value it ignored); null when none. */
    public StringProperty meldingProperty() {
        return melding;
    }

    /** Shows a value from the model without applying it back. */
    public void laad(String waarde) {
        laden = true;
        try {
            tekst.set(waarde == null ? "" : waarde);
            fout.set(null);
        } finally {
            laden = false;
        }
    }

    /** Types text as a user would (tests and views). */
    public void typ(String waarde) {
        tekst.set(waarde);
    }

    private void verwerk(String t) {
        T waarde;
        try {
            waarde = lezer.apply(t);
        } catch (NumberFormatException e) {
            fout.set(e.getMessage());
            return;
        }
        String f = controle == null ? null : controle.fout(waarde);
        fout.set(f);
        if (f == null) {
            bijWijziging.accept(waarde);
        }
    }
}
