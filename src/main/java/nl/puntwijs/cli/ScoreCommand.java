package nl.puntwijs.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.resultaat.ResultaatJson;
import nl.puntwijs.io.resultaat.ResultaatTekst;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.Invoerfout;
import nl.puntwijs.io.vera.VeraLezer;
import nl.puntwijs.io.vera.VeraSchrijver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score}: values VERA eenheden and writes the results. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Waardeert VERA-eenheden (een bestand, of elk *.json-bestand onder een map).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:alles gewaardeerd (waarschuwingen mogelijk)",
                "2:een invoer kon niet worden gewaardeerd, of de opdrachtregel was onjuist", "1:interne fout"})
final class ScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    PuntwijsCommand hoofd;

    @Option(names = "--peildatum", paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Peildatum (standaard: vandaag).")
    LocalDate peildatum;

    @Option(names = "--format", paramLabel = "vera|text|json", defaultValue = "vera",
            description = "Uitvoer: vera (VERA-resultaat), text (leesbare puntentelling), json (volledige uitleg). "
                    + "Standaard: ${DEFAULT-VALUE}.")
    Formaat formaat;

    @Option(names = "--interpretatie", paramLabel = "KEY=VALUE",
            description = "Kies een interpretatie (zie docs/interpretaties.md), bv. zorgtoeslag-afronding=onafgerond.")
    List<String> interpretaties;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Schrijf elk resultaat naar DIR in plaats van naar stdout.")
    Path outputDir;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "VERA-eenheden: bestanden of mappen.")
    List<Path> invoer;

    private final VeraLezer lezer = new VeraLezer();
    private final VeraSchrijver schrijver = new VeraSchrijver();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Interpretatie interpretatie = Opties.interpretatie(interpretaties, spec.commandLine());
        Tabellenboek boek = TabellenLader.standaard();
        LocalDate datum = peildatum == null ? LocalDate.now() : peildatum;
        try {
            boek.voor(datum);
        } catch (Tabellenboek.GeenTabellenException e) {
            err.println("fout: " + e.getMessage());
            return PuntwijsCommand.INVOERFOUT;
        }
        Stelsel stelsel = new Stelsel(boek);
        Invoer.Verzameling verzameling = Invoer.verzamel(invoer, err);
        boolean fout = verzameling.fout();
        List<Invoer.Bestand> bestanden = verzameling.bestanden();

        spec.commandLine().getOut().flush();
        OutputStream stdout = hoofd.stdout;
        boolean naarStdout = outputDir == null;
        boolean lijst = naarStdout && bestanden.size() > 1 && formaat != Formaat.text;
        JsonGenerator lijstGenerator = null;
        if (lijst) {
            lijstGenerator = schrijver.generator(onafsluitbaar(stdout), true);
            lijstGenerator.writeStartArray();
        }
        boolean eersteTekst = true;
        for (Invoer.Bestand bestand : bestanden) {
            Bestandsresultaat br = waardeer(bestand, stelsel, datum, interpretatie, err);
            fout |= br.fout();
            if (br.resultaten() == null) {
                if (lijstGenerator != null) {
                    lijstGenerator.writeNull();
                }
                continue;
            }
            if (lijstGenerator != null) {
                schrijfJson(br, lijstGenerator);
            } else if (naarStdout) {
                if (formaat == Formaat.text) {
                    if (!eersteTekst) {
                        stdout.write('\n');
                    }
                    eersteTekst = false;
                }
                stdout.write(bytes(br));
            } else {
                schrijfBestand(outputDir.resolve(bestand.doel()), bytes(br));
            }
        }
        if (lijstGenerator != null) {
            lijstGenerator.writeEndArray();
            lijstGenerator.writeRaw('\n');
            lijstGenerator.close();
        }
        stdout.flush();
        return fout ? PuntwijsCommand.INVOERFOUT : PuntwijsCommand.OK;
    }

    /**
     * The results of one file.
     *
     * @param lijst      the file holds an array of eenheden
     * @param resultaten one per eenheid (null for one that could not be valued); null when nothing is to be written
     * @param fout       something could not be valued
     */
    record Bestandsresultaat(boolean lijst, List<Resultaat> resultaten, boolean fout) {
    }

    private Bestandsresultaat waardeer(Invoer.Bestand bestand, Stelsel stelsel, LocalDate datum,
                                       Interpretatie interpretatie, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(bestand.pad());
        } catch (IOException e) {
            err.println(bestand.naam() + ": niet te lezen: " + e.getMessage());
            return new Bestandsresultaat(false, null, true);
        }
        VeraLezer.Document doc;
        try {
            doc = lezer.lees(bytes);
        } catch (VeraLezer.OngeldigeJson e) {
            err.println(bestand.naam() + ": " + e.getMessage());
            return new Bestandsresultaat(false, null, true);
        }
        List<Resultaat> resultaten = new ArrayList<>(doc.eenheden().size());
        boolean fout = false;
        for (int i = 0; i < doc.eenheden().size(); i++) {
            GelezenEenheid g = doc.eenheden().get(i);
            for (Invoerfout w : g.waarschuwingen()) {
                err.println("waarschuwing: " + bestand.naam() + ": " + w.tekst());
            }
            for (Invoerfout f : g.fouten()) {
                err.println(bestand.naam() + ": " + f.tekst());
            }
            if (!g.isGeldig()) {
                fout = true;
                resultaten.add(null);
                continue;
            }
            Resultaat r = stelsel.waardeer(g.eenheid(), datum, interpretatie);
            String prefix = doc.lijst() ? "[" + i + "]." : "";
            for (Melding m : r.meldingen()) {
                err.println("waarschuwing: " + bestand.naam() + ": " + (m.veld() == null ? prefix.isEmpty() ? ""
                        : prefix.substring(0, prefix.length() - 1) + ": " : prefix + m.veld() + ": ") + m.tekst());
            }
            resultaten.add(r);
        }
        if (!doc.lijst() && resultaten.get(0) == null) {
            return new Bestandsresultaat(false, null, true);
        }
        return new Bestandsresultaat(doc.lijst(), resultaten, fout);
    }

    private byte[] bytes(Bestandsresultaat br) throws IOException {
        if (formaat == Formaat.text) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < br.resultaten().size(); i++) {
                Resultaat r = br.resultaten().get(i);
                if (i > 0) {
                    sb.append('\n');
                }
                sb.append(r == null ? "(eenheid " + i + " niet gewaardeerd)\n" : ResultaatTekst.tekst(r));
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = schrijver.generator(uit, true)) {
            schrijfJson(br, g);
            g.writeRaw('\n');
        }
        return uit.toByteArray();
    }

    private void schrijfJson(Bestandsresultaat br, JsonGenerator g) throws IOException {
        if (br.lijst()) {
            g.writeStartArray();
        }
        for (Resultaat r : br.resultaten()) {
            if (r == null) {
                g.writeNull();
            } else if (formaat == Formaat.json) {
                ResultaatJson.schrijf(r, g);
            } else {
                schrijver.schrijf(r, g);
            }
        }
        if (br.lijst()) {
            g.writeEndArray();
        }
    }

    /** Writes via a temporary file and a move, so a reader never sees half a result. */
    static void schrijfBestand(Path doel, byte[] inhoud) throws IOException {
        Path map = doel.toAbsolutePath().getParent();
        Files.createDirectories(map);
        Path tijdelijk = Files.createTempFile(map, "." + doel.getFileName(), ".tmp");
        try {
            Files.write(tijdelijk, inhoud);
            try {
                Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tijdelijk, doel, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tijdelijk);
        }
    }

    /** Lets a generator write to stdout without closing it. */
    private static OutputStream onafsluitbaar(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
