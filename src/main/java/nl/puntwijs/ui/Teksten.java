package nl.puntwijs.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's texts from the resource bundle {@code nl/puntwijs/ui/teksten} (Dutch, the default) and
 * {@code teksten_en} (English, chosen in the settings). The core's messages (results, signals) stay Dutch: they
 * quote the beleidsboek.
 */
public final class Teksten {

    private static volatile ResourceBundle bundel = laad(Locale.forLanguageTag("nl"));

    private Teksten() {
    }

    public static void gebruik(Locale taal) {
        bundel = laad(taal);
    }

    /** Dates and numbers in the controls (the date pickers) as the language writes them: 1-7-2026 in Dutch. */
    public static void formaten(Locale taal) {
        Locale.setDefault(Locale.Category.FORMAT, "en".equals(taal.getLanguage()) ? Locale.UK
                : Locale.forLanguageTag("nl-NL"));
    }

    public static Locale taal() {
        return bundel.getLocale() == null || bundel.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("nl")
                : bundel.getLocale();
    }

    private static ResourceBundle laad(Locale taal) {
        return ResourceBundle.getBundle("nl.puntwijs.ui.teksten", taal, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for a key; the key itself when missing (visible, never a crash). */
    public static String t(String sleutel, Object... argumenten) {
        try {
            String s = bundel.getString(sleutel);
            return argumenten.length == 0 ? s : new MessageFormat(s, taal()).format(argumenten);
        } catch (MissingResourceException e) {
            return sleutel;
        }
    }
}
