package nl.puntwijs.ui.dienst;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.export.Complexberekening;
import nl.puntwijs.export.ExportFout;
import nl.puntwijs.export.Exportdienst;
import nl.puntwijs.export.Exportverslag;
import nl.puntwijs.export.Opslagbron;
import nl.puntwijs.store.Portfolio;

/**
 * The board report (package {@code nl.puntwijs.export}) as the desktop application writes it: the same
 * {@link Exportdienst} and {@link Opslagbron} as {@code export --db}, with the tables, thresholds and interpretation of
 * the {@link Rekenkern}. Results the portfolio lacks at the peildatum (and the vergelijkdatum) are computed and stored
 * first. Progress and cancellation go through the task's {@link Taakcontext}; a cancelled or failed export leaves the
 * old target as it was (the export writes a temporary file beside it and moves it into place).
 */
public final class ExcelExport {

    /**
     * What to export.
     *
     * @param vergelijk  a second peildatum for the comparison sheet; null for none
     * @param complexIds ids of the complexes or scenarios to export; empty for every complex of the portfolio
     * @param naam       the portfolio's name on the Samenvatting; null for the file's name. The sheets name a
     *                   scenario as its complex, so an export of one says so here
     */
    public record Verzoek(Path doel, LocalDate peildatum, LocalDate vergelijk, List<Long> complexIds, String naam) {
        public Verzoek {
            complexIds = List.copyOf(complexIds);
        }
    }

    private final Rekenkern kern;
    private final Exportdienst dienst;
    private final Complexberekening berekening;

    public ExcelExport(Rekenkern kern) {
        this.kern = kern;
        this.dienst = new Exportdienst(kern.tabellenboek(), kern.drempels());
        this.berekening = new Complexberekening(kern.tabellenboek(), kern.drempels());
    }

    /**
     * Writes the workbook, on the portfolio's thread inside a background task.
     *
     * @throws ExportFout the target cannot be written (the message says why, in Dutch)
     * @throws java.util.concurrent.CancellationException the user cancelled
     */
    public Exportverslag exporteer(Portfolio portfolio, Verzoek verzoek, Taakcontext taak) throws ExportFout {
        Opslagbron bron = verzoek.complexIds().isEmpty()
                ? new Opslagbron(portfolio, verzoek.peildatum(), verzoek.vergelijk(), kern.interpretatie(), List.of(),
                        berekening)
                : Opslagbron.vanComplexen(portfolio, verzoek.peildatum(), verzoek.vergelijk(), kern.interpretatie(),
                        verzoek.complexIds(), berekening);
        bron.metNaam(verzoek.naam());
        return dienst.exporteer(bron, verzoek.doel(), (gedaan, totaal, stap) -> taak.meld(stap, gedaan, totaal),
                taak::geannuleerd);
    }
}
