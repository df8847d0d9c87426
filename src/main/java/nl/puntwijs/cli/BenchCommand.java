package nl.puntwijs.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.VeraLezer;
import nl.puntwijs.io.vera.VeraSchrijver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: values the inputs round-robin N times in one thread and prints the throughput, end to end
 * (parse, value, write VERA JSON to a null sink) and for valuing alone on pre-parsed eenheden.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Meet de snelheid: eenheden per seconde, van JSON tot JSON en alleen het waarderen.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100000",
            description = "Aantal te waarderen eenheden (standaard ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--peildatum", paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Peildatum (standaard: vandaag).")
    LocalDate peildatum;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "VERA-eenheden: bestanden of mappen.")
    List<java.nio.file.Path> invoer;

    /** Keeps the JIT from discarding the work. */
    private long controle;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count moet minstens 1 zijn");
        }
        Tabellenboek boek = TabellenLader.standaard();
        LocalDate datum = Opties.peildatum(peildatum, boek, err);
        if (datum == null) {
            return PuntwijsCommand.INVOERFOUT;
        }
        Invoer.Verzameling verzameling = Invoer.verzamel(invoer, err);
        VeraLezer lezer = new VeraLezer();
        List<byte[]> documenten = new ArrayList<>();
        List<Eenheid> eenheden = new ArrayList<>();
        for (Invoer.Bestand b : verzameling.bestanden()) {
            byte[] bytes = Files.readAllBytes(b.pad());
            try {
                if (ComplexLezer.kanComplexZijn(bytes) && ComplexLezer.isComplex(VeraLezer.boom(bytes))) {
                    err.println(b.naam() + ": complexbestand; bench meet alleen VERA-eenheden (overgeslagen)");
                    continue;
                }
                VeraLezer.Document doc = lezer.lees(bytes);
                boolean bruikbaar = false;
                for (GelezenEenheid g : doc.eenheden()) {
                    if (g.isGeldig()) {
                        eenheden.add(g.eenheid());
                        bruikbaar = true;
                    }
                }
                if (bruikbaar && !doc.lijst()) {
                    documenten.add(bytes);
                }
            } catch (VeraLezer.OngeldigeJson e) {
                err.println(b.naam() + ": " + e.getMessage() + " (overgeslagen)");
            }
        }
        if (eenheden.isEmpty() || documenten.isEmpty()) {
            err.println("fout: geen waardeerbare eenheden (één eenheid per bestand) gevonden");
            return PuntwijsCommand.INVOERFOUT;
        }
        Stelsel stelsel = new Stelsel(boek);
        VeraSchrijver schrijver = new VeraSchrijver();
        Interpretatie interpretatie = Interpretatie.standaard();

        // warm up the JIT on both paths before measuring
        int opwarmen = Math.min(count, 20_000);
        eindTotEind(opwarmen, documenten, lezer, stelsel, schrijver, datum, interpretatie);
        alleenWaarderen(opwarmen, eenheden, stelsel, datum, interpretatie);

        long start = System.nanoTime();
        eindTotEind(count, documenten, lezer, stelsel, schrijver, datum, interpretatie);
        double eindTotEind = count / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        alleenWaarderen(count, eenheden, stelsel, datum, interpretatie);
        double waarderen = count / ((System.nanoTime() - start) / 1e9);

        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "bench: %d eenheden; end-to-end %.0f eenheden/s; score-only %.0f eenheden/s",
                count, eindTotEind, waarderen));
        out.flush();
        if (controle == 42) {
            err.println();
        }
        return PuntwijsCommand.OK;
    }

    private void eindTotEind(int n, List<byte[]> documenten, VeraLezer lezer, Stelsel stelsel, VeraSchrijver schrijver,
                             LocalDate datum, Interpretatie interpretatie) throws IOException {
        try (JsonGenerator g = schrijver.generator(OutputStream.nullOutputStream(), false)) {
            for (int i = 0; i < n; i++) {
                VeraLezer.Document doc;
                try {
                    doc = lezer.lees(documenten.get(i % documenten.size()));
                } catch (VeraLezer.OngeldigeJson e) {
                    throw new IllegalStateException(e);
                }
                Resultaat r = stelsel.waardeer(doc.eenheden().get(0).eenheid(), datum, interpretatie);
                schrijver.schrijf(r, g);
                controle += r.punten();
            }
        }
    }

    private void alleenWaarderen(int n, List<Eenheid> eenheden, Stelsel stelsel, LocalDate datum,
                                 Interpretatie interpretatie) {
        for (int i = 0; i < n; i++) {
            controle += stelsel.waardeer(eenheden.get(i % eenheden.size()), datum, interpretatie).punten();
        }
    }
}
