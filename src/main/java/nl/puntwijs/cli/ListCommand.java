package nl.puntwijs.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import nl.puntwijs.store.ResultaatRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the portfolio's complexes and dwellings with their latest stored points (scenarios excluded). */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Toont de complexen en woningen van een portefeuille met de punten van hun laatst opgeslagen "
                + "resultaat (scenario's niet).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:gelukt", "2:het bestand is onbruikbaar of in gebruik, of de opdrachtregel was onjuist",
                "1:interne fout"})
final class ListCommand implements Callable<Integer> {

    enum Formaat { json, text }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PuntwijsCommand hoofd;

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "Het portefeuillebestand; wordt aangemaakt als het niet bestaat.")
    Path db;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json: een lijst met één object per woning; text: per complex een tabel. Standaard: ${DEFAULT-VALUE}.")
    Formaat formaat;

    @Override
    public Integer call() throws IOException {
        List<ResultaatRepository.Overzichtsregel> regels;
        try (Portfolio p = Portefeuille.open(db)) {
            regels = p.resultaten().overzicht();
        } catch (PortfolioFout f) {
            return Portefeuille.meld(f, spec.commandLine().getErr());
        }
        spec.commandLine().getOut().flush();
        Writer w = new BufferedWriter(new OutputStreamWriter(hoofd.stdout, StandardCharsets.UTF_8), 1 << 16);
        if (formaat == Formaat.json) {
            json(regels, w);
        } else {
            tekst(regels, w);
        }
        w.flush();
        return PuntwijsCommand.OK;
    }

    private static void json(List<ResultaatRepository.Overzichtsregel> regels, Writer w) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (ResultaatRepository.Overzichtsregel r : regels) {
            g.writeStartObject();
            g.writeStringField("eenheid", r.eenheid());
            g.writeStringField("complex", r.complexNaam() != null ? r.complexNaam() : r.complex());
            g.writeStringField("complexId", r.complex());
            if (r.punten() == null) {
                g.writeNullField("punten");
                g.writeNullField("peildatum");
            } else {
                g.writeNumberField("punten", r.punten());
                g.writeStringField("peildatum", r.peildatum().toString());
                g.writeStringField("sector", r.sector().code());
                g.writeFieldName("maximaleHuur");
                g.writeNumber(r.maximaleHuur());
            }
            Adres a = r.adres();
            g.writeStringField("adres", a.regel());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        w.write('\n');
    }

    private static void tekst(List<ResultaatRepository.Overzichtsregel> regels, Writer w) throws IOException {
        if (regels.isEmpty()) {
            w.write("(geen woningen in deze portefeuille)\n");
            return;
        }
        String complex = null;
        for (ResultaatRepository.Overzichtsregel r : regels) {
            if (!Objects.equals(r.complex(), complex)) {
                complex = r.complex();
                long n = regels.stream().filter(x -> x.complex().equals(r.complex())).count();
                w.write((r.complexNaam() != null ? r.complexNaam() : r.complex()) + " (" + n + (n == 1 ? " woning" : " woningen") + ")\n");
            }
            w.write(String.format("  %-20s %-40s %5s  %-10s %-8s %s%n", r.eenheid(), afkap(r.adres().regel(), 40),
                    r.punten() == null ? "-" : r.punten().toString(), r.peildatum() == null ? "" : r.peildatum().toString(),
                    r.sector() == null ? "" : r.sector().code(), r.maximaleHuur() == null ? "" : "EUR " + r.maximaleHuur().toPlainString()));
        }
    }

    private static String afkap(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
