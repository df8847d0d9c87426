package nl.puntwijs.ui.dienst;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs a view model may open, behind an interface (as JabRef's DialogService) so that view models are tested
 * without the toolkit. Errors are shown as a full, copyable list; never a stack trace.
 */
public interface Dialogen {

    /** An error or a list of them; {@code regels} are shown in full and can be copied. */
    void fouten(String titel, String inleiding, List<String> regels);

    void melding(String titel, String tekst);

    /** A file to open; {@code extensies} such as "*.puntwijs". */
    Optional<Path> kiesBestand(String titel, String omschrijving, List<String> extensies);

    /** Files to import (JSON, folders are not offered by the platform dialog). */
    List<Path> kiesBestanden(String titel, String omschrijving, List<String> extensies);

    /** A file to write. */
    Optional<Path> kiesDoel(String titel, String voorstel, String omschrijving, List<String> extensies);

    Optional<String> vraagTekst(String titel, String vraag, String voorstel);

    boolean bevestig(String titel, String vraag);
}
