package nl.puntwijs.ui.dienst;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import nl.puntwijs.store.Portfolio;

/**
 * The board report (issue 6, package {@code nl.puntwijs.export}) as the desktop application calls it. The export
 * is built on another branch; when it is merged, a small adapter implements this interface and is registered in
 * {@code META-INF/services/nl.puntwijs.ui.dienst.ExcelExport}. Until then {@link #zoek()} finds nothing and the
 * export button says that the Excel export is coming; there is no fake export.
 */
public interface ExcelExport {

    /**
     * What to export.
     *
     * @param vergelijk  a second peildatum for the comparison sheet; null for none
     * @param complexen  complex keys to export; empty for the whole portfolio
     */
    record Verzoek(Path doel, LocalDate peildatum, LocalDate vergelijk, List<String> complexen) {
        public Verzoek {
            complexen = List.copyOf(complexen);
        }
    }

    /**
     * Writes the workbook. Runs on the portfolio's thread inside a background task; reports progress and stops (with
     * the old target intact) when {@link Taakcontext#geannuleerd()} turns true.
     */
    void exporteer(Portfolio portfolio, Verzoek verzoek, Taakcontext taak) throws Exception;

    /** The installed export, if any. */
    static Optional<ExcelExport> zoek() {
        return ServiceLoader.load(ExcelExport.class).findFirst();
    }
}
