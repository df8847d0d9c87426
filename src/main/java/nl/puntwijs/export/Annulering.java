package nl.puntwijs.export;

/**
 * Asked between dwellings whether the user cancelled; the export then stops with a
 * {@link java.util.concurrent.CancellationException} and leaves the target file as it was.
 */
@FunctionalInterface
public interface Annulering {

    Annulering NOOIT = () -> false;

    boolean gevraagd();
}
