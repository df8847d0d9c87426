package nl.puntwijs.ui.dienst;

import java.nio.file.Path;

/**
 * Opens a file in the program the system associates with it (a written workbook in Excel). Behind an interface because
 * a headless test run or a machine without a desktop has none: the application then does not offer it.
 */
@FunctionalInterface
public interface Bestandsopener {

    void open(Path bestand);
}
