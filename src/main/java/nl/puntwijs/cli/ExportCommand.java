package nl.puntwijs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.export.Annulering;
import nl.puntwijs.export.Complexberekening;
import nl.puntwijs.export.ExportFout;
import nl.puntwijs.export.Exportbron;
import nl.puntwijs.export.Exportdienst;
import nl.puntwijs.export.Exportverslag;
import nl.puntwijs.export.Invoerbron;
import nl.puntwijs.export.Opslagbron;
import nl.puntwijs.export.Voortgang;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export}: the board report as an Excel workbook, from VERA and complex files (valued on the fly) or from a
 * portfolio file ({@code --db}; results it lacks at the peildatum are computed and stored).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Schrijft de bestuursrapportage als Excel-werkmap: samenvatting met grafieken, complexen, "
                + "woningen, puntenopbouw, gedeelde ruimten, knelpunten, vergelijking, parameters en wijzigingen.",
                "Uit een portfoliobestand (--db; scenario's alleen als --complex ze noemt) of uit VERA- en "
                        + "complexbestanden (elk VERA-bestand is één complex, genoemd naar het bestand)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:werkmap geschreven met alle invoer",
                "2:een invoer kon niet worden opgenomen (de werkmap noemt hem), het doel was niet te schrijven, of "
                        + "de opdrachtregel was onjuist", "1:interne fout"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "De werkmap die wordt geschreven.")
    Path uit;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Portfoliobestand; resultaten die het mist op de peildatum worden berekend en opgeslagen.")
    Path db;

    @Option(names = "--peildatum", paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Peildatum (standaard: vandaag).")
    LocalDate peildatum;

    @Option(names = "--vergelijk", paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Tweede peildatum: het blad Vergelijking zet punten en maximale huur naast elkaar.")
    LocalDate vergelijk;

    @Option(names = "--complex", paramLabel = "NAME",
            description = "Alleen dit complex (naam of id); herhaalbaar.")
    List<String> complexen;

    @Option(names = "--naam", paramLabel = "NAME",
            description = "Naam van de portefeuille op de samenvatting (standaard: afgeleid van de invoer).")
    String naam;

    @Option(names = "--interpretatie", paramLabel = "KEY=VALUE",
            description = "Kies een interpretatie (zie docs/interpretaties.md).")
    List<String> interpretaties;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "VERA-eenheden of complexbestanden: bestanden of mappen (elk *.json-bestand eronder).")
    List<Path> invoer;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (db != null && invoer != null && !invoer.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "geef een portfoliobestand (--db) of invoerbestanden, niet beide");
        }
        if (db == null && (invoer == null || invoer.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "geef de invoer (VERA- of complexbestanden, of mappen) of --db FILE");
        }
        Interpretatie interpretatie = Opties.interpretatie(interpretaties, spec.commandLine());
        Tabellenboek boek = TabellenLader.standaard();
        LocalDate datum = Opties.peildatum(peildatum, boek, err);
        if (datum == null) {
            return PuntwijsCommand.INVOERFOUT;
        }
        if (vergelijk != null && Opties.peildatum(vergelijk, boek, err) == null) {
            return PuntwijsCommand.INVOERFOUT;
        }
        Complexberekening berekening = new Complexberekening(boek, TabellenLader.drempels());
        List<String> filter = complexen == null ? List.of() : complexen;
        Exportdienst dienst = new Exportdienst(boek, TabellenLader.drempels());
        if (db != null) {
            if (!Files.isRegularFile(db)) {
                err.println("fout: portfoliobestand " + db + " bestaat niet");
                return PuntwijsCommand.INVOERFOUT;
            }
            try (Portfolio portfolio = Portefeuille.open(db)) {
                Opslagbron bron = new Opslagbron(portfolio, datum, vergelijk, interpretatie, filter, berekening)
                        .metNaam(naam);
                return exporteer(dienst, bron, bron.nietGevonden(), "in het portfoliobestand", err, out);
            } catch (PortfolioFout f) {
                return Portefeuille.meld(f, err);
            }
        }
        Invoerbron bron = new Invoerbron(invoer, datum, vergelijk, interpretatie, filter, berekening).metNaam(naam);
        return exporteer(dienst, bron, null, "in de invoer", err, out);
    }

    /**
     * Runs the export and reports it.
     *
     * @param nietGevonden {@code --complex} names that matched nothing, when known before the export; null: ask the
     *                     source afterwards (input files are read while exporting)
     */
    private int exporteer(Exportdienst dienst, Exportbron bron, java.util.Set<String> nietGevonden, String waar,
                          PrintWriter err, PrintWriter out) {
        if (nietGevonden != null && !nietGevonden.isEmpty()) {
            for (String n : nietGevonden) {
                err.println("fout: --complex " + n + ": geen complex of scenario met deze naam of sleutel " + waar);
            }
            return PuntwijsCommand.INVOERFOUT;
        }
        Exportverslag verslag;
        try {
            verslag = dienst.exporteer(bron, uit, voortgang(err), Annulering.NOOIT);
        } catch (ExportFout e) {
            err.println("fout: " + e.getMessage());
            return PuntwijsCommand.INVOERFOUT;
        }
        for (String n : verslag.nietOpgenomen()) {
            err.println("niet opgenomen: " + n);
        }
        boolean fout = !verslag.volledig();
        if (bron instanceof Invoerbron invoerbron) {
            for (String n : invoerbron.nietGevonden()) {
                err.println("fout: --complex " + n + ": geen complex met deze naam of id " + waar);
                fout = true;
            }
        }
        out.println(String.format(Locale.ROOT, "geschreven: %s (%d complexen, %d woningen, %d signalen, %s, %.1f s)",
                verslag.bestand(), verslag.complexen(), verslag.woningen(), verslag.signalen(),
                grootte(verslag.bytes()), verslag.duur().toMillis() / 1000.0));
        out.flush();
        return fout ? PuntwijsCommand.INVOERFOUT : PuntwijsCommand.OK;
    }

    /** Progress on stderr in steps of ten percent, only for exports that take a while. */
    private static Voortgang voortgang(PrintWriter err) {
        long[] vorige = {-1};
        long start = System.nanoTime();
        return (gedaan, totaal, stap) -> {
            long tiende = gedaan * 10 / totaal;
            if (tiende > vorige[0] && tiende > 0 && System.nanoTime() - start > 2_000_000_000L) {
                err.println("export: " + tiende * 10 + "% (" + stap + ")");
                err.flush();
            }
            vorige[0] = Math.max(vorige[0], tiende);
        };
    }

    private static String grootte(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d kB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
