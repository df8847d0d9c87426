package nl.puntwijs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import nl.puntwijs.store.Waardeerder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rescore}: recomputes every stored dwelling (scenarios too) at a peildatum and stores the results. */
@Command(name = "rescore", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Waardeert alle woningen van een portefeuille (ook scenario's) opnieuw op de peildatum en slaat "
                + "de resultaten op, in één transactie; voortgang op stderr.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:alles gewaardeerd", "2:een complex kon niet worden gewaardeerd, het bestand is onbruikbaar "
                + "of in gebruik, of de opdrachtregel was onjuist", "1:interne fout"})
final class RescoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "Het portefeuillebestand; wordt aangemaakt als het niet bestaat.")
    Path db;

    @Option(names = "--peildatum", required = true, paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Peildatum.")
    LocalDate peildatum;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tabellenboek boek = TabellenLader.standaard();
        if (Opties.peildatum(peildatum, boek, err) == null) {
            return PuntwijsCommand.INVOERFOUT;
        }
        Portefeuille.Voortgang voortgang = new Portefeuille.Voortgang(err, 1);
        Waardeerder.Uitkomst u;
        try (Portfolio p = Portefeuille.open(db)) {
            u = new Waardeerder(p, new Stelsel(boek), Interpretatie.standaard())
                    .waardeerAlles(peildatum, (g, t) -> voortgang.meld("gewaardeerd", g, t));
        } catch (PortfolioFout f) {
            return Portefeuille.meld(f, err);
        }
        for (String f : u.fouten()) {
            err.println("niet gewaardeerd: " + f);
        }
        out.println("herberekend: " + u.gewaardeerd() + " woningen op peildatum " + peildatum + " (tabellen "
                + boek.voor(peildatum).naam() + ") opgeslagen in " + db);
        out.flush();
        return u.fouten().isEmpty() ? PuntwijsCommand.OK : PuntwijsCommand.INVOERFOUT;
    }
}
