package nl.puntwijs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup}: a consistent copy of a portfolio, also while another program has it open. */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Schrijft een consistente kopie van de portefeuille (ook terwijl die elders open is).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:kopie geschreven", "2:het bestand is onbruikbaar, het doel is ongeldig, of de "
                + "opdrachtregel was onjuist", "1:interne fout"})
final class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "Het portefeuillebestand; wordt aangemaakt als het niet bestaat.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "De kopie (wordt overschreven).")
    Path uit;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Portfolio p = Portefeuille.open(db)) {
            p.backup(uit);
        } catch (PortfolioFout f) {
            return Portefeuille.meld(f, err);
        }
        spec.commandLine().getOut().println("kopie geschreven: " + uit + " (" + Files.size(uit) + " bytes)");
        return PuntwijsCommand.OK;
    }
}
