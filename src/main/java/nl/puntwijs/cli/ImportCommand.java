package nl.puntwijs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import nl.puntwijs.store.invoer.Importeur;
import nl.puntwijs.store.invoer.Importverzameling;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: VERA files or folders and filled-in templates into a portfolio, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Importeert VERA-eenheden (bestanden, of elk *.json-bestand onder een map) en ingevulde "
                + "Puntwijs-sjablonen (*.xlsx) in een portefeuille, in één transactie, en slaat de resultaten op de "
                + "peildatum op. Een eenheid-id die al in de portefeuille staat wordt bijgewerkt."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:alles geïmporteerd (waarschuwingen mogelijk)",
                "2:een record was ongeldig (zonder --skip-invalid is er dan niets opgeslagen), het bestand is in "
                        + "gebruik of onbruikbaar, of de opdrachtregel was onjuist", "1:interne fout"})
final class ImportCommand implements Callable<Integer> {

    /** From this many files or dwellings on, progress is reported on stderr. */
    static final int GROOT = 1_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "Het portefeuillebestand; wordt aangemaakt als het niet bestaat.")
    Path db;

    @Option(names = "--complex", paramLabel = "NAME",
            description = "Complex voor eenheden waarvan de invoer geen complex (VERA-cluster) noemt "
                    + "(standaard: de naam van het eerste bestand of de eerste map).")
    String complex;

    @Option(names = "--skip-invalid",
            description = "Sla ongeldige records over en importeer de rest; elk overgeslagen record wordt gemeld.")
    boolean overslaan;

    @Option(names = "--peildatum", paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Peildatum van de op te slaan resultaten (standaard: vandaag).")
    LocalDate peildatum;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "VERA-JSON-bestanden, mappen of sjablonen (*.xlsx).")
    List<Path> invoer;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (complex != null && complex.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--complex mag niet leeg zijn");
        }
        Tabellenboek boek = TabellenLader.standaard();
        LocalDate datum = Opties.peildatum(peildatum, boek, err);
        if (datum == null) {
            return PuntwijsCommand.INVOERFOUT;
        }
        List<String> fouten = new ArrayList<>();
        List<Importeur.Invoerbestand> bestanden = Importeur.verzamel(invoer, fouten);
        for (String f : fouten) {
            err.println(f);
        }
        if (!fouten.isEmpty()) {
            err.println("fout: niet alle invoer is te vinden; er is niets geïmporteerd");
            return PuntwijsCommand.INVOERFOUT;
        }
        boolean bestondAl = Files.exists(db);
        Importeur.Rapport rapport;
        Portefeuille.Voortgang voortgang = new Portefeuille.Voortgang(err, GROOT);
        try (Portfolio p = Portefeuille.open(db)) {
            rapport = new Importeur(p, new Stelsel(boek)).importeer(bestanden,
                    new Importeur.Opties(complex, overslaan, datum), voortgang::meld);
        } catch (PortfolioFout f) {
            return Portefeuille.meld(f, err);
        }
        for (String w : rapport.waarschuwingen()) {
            err.println("waarschuwing: " + w);
        }
        if (!rapport.opgeslagen()) {
            for (Importverzameling.Ongeldig o : rapport.ongeldig()) {
                for (String r : o.redenen()) {
                    err.println(o.locatie() + ": " + r);
                }
            }
            if (!bestondAl) {
                verwijderLeeg(db);
            }
            if (rapport.ongeldig().isEmpty()) {
                err.println("fout: geen eenheden gevonden; er is niets geïmporteerd");
            } else {
                err.println("fout: " + rapport.ongeldig().size() + " ongeldig" + (rapport.ongeldig().size() == 1 ? " record"
                        : "e records") + "; er is niets opgeslagen (met --skip-invalid worden de geldige wel opgeslagen)");
            }
            return PuntwijsCommand.INVOERFOUT;
        }
        int nieuw = 0;
        int bij = 0;
        int gelijk = 0;
        for (Importeur.ComplexRegel c : rapport.complexen()) {
            nieuw += c.nieuw();
            bij += c.bijgewerkt();
            gelijk += c.ongewijzigd();
        }
        out.println("geïmporteerd in " + db + ": " + (nieuw + bij + gelijk) + " eenheden (" + nieuw + " nieuw, " + bij
                + " bijgewerkt, " + gelijk + " ongewijzigd) in " + rapport.complexen().size()
                + (rapport.complexen().size() == 1 ? " complex" : " complexen") + "; " + rapport.gewaardeerd()
                + " resultaten op peildatum " + rapport.peildatum() + " opgeslagen");
        for (Importeur.ComplexRegel c : rapport.complexen()) {
            out.println("  complex '" + c.naam() + "'" + (c.nieuwComplex() ? " (nieuw)" : "") + ": " + c.woningen()
                    + " woningen; " + c.nieuw() + " nieuw, " + c.bijgewerkt() + " bijgewerkt, " + c.ongewijzigd()
                    + " ongewijzigd" + (c.verplaatstNaarElders() > 0 ? ", " + c.verplaatstNaarElders()
                    + " naar een ander complex" : "") + "; " + c.gedeeldeRuimten() + " gedeelde ruimte"
                    + (c.gedeeldeRuimten() == 1 ? "" : "n"));
        }
        for (Importverzameling.Ongeldig o : rapport.ongeldig()) {
            out.println("overgeslagen: " + o.locatie() + (o.eenheidId() == null ? "" : " (eenheid " + o.eenheidId() + ")")
                    + ": " + String.join("; ", o.redenen()));
        }
        for (String f : rapport.waarderingsfouten()) {
            err.println("niet gewaardeerd: " + f);
        }
        out.flush();
        return rapport.ongeldig().isEmpty() && rapport.waarderingsfouten().isEmpty() ? PuntwijsCommand.OK
                : PuntwijsCommand.INVOERFOUT;
    }

    /** A portfolio this run created but stored nothing in is removed again. */
    private static void verwijderLeeg(Path db) {
        try {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        } catch (IOException ignored) {
            // an empty portfolio left behind does no harm
        }
    }
}
