package nl.puntwijs.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.complex.OngeldigComplexException;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.Bestanden;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.ComplexPaden;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.resultaat.ComplexResultaatJson;
import nl.puntwijs.io.resultaat.ComplexResultaatTekst;
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

/**
 * {@code score}: values VERA eenheden and Puntwijs complex files and writes the results. A file is a complex file
 * when it is an object with a {@code formaat} field ({@value ComplexLezer#FORMAAT}); anything else is read as VERA.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Waardeert VERA-eenheden en complexbestanden (puntwijs-complex/1): een bestand, of elk "
                + "*.json-bestand onder een map.",
                "Een complexbestand geeft met --format vera een lijst met het VERA-resultaat per woning, met json de "
                        + "totalen, de zorgtoets en beide methoden voor gemeenschappelijke ruimten per woning, met text "
                        + "een samenvatting en de puntentelling per woning."},
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

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "VERA-eenheden of complexbestanden: bestanden of mappen.")
    List<Path> invoer;

    private final VeraLezer lezer = new VeraLezer();
    private final ComplexLezer complexLezer = new ComplexLezer();
    private final VeraSchrijver schrijver = new VeraSchrijver();
    private boolean interneFout;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Interpretatie interpretatie = Opties.interpretatie(interpretaties, spec.commandLine());
        Tabellenboek boek = TabellenLader.standaard();
        LocalDate datum = Opties.peildatum(peildatum, boek, err);
        if (datum == null) {
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
            Bestandsresultaat br;
            try {
                br = waardeer(bestand, stelsel, datum, interpretatie, err);
            } catch (OutOfMemoryError e) {
                // the file's tree and results are garbage once we are here: report it and go on with the next file
                err.println(bestand.naam() + ": " + Invoer.geheugenVol());
                br = new Bestandsresultaat(false, null, true);
            }
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
        return interneFout ? PuntwijsCommand.INTERNE_FOUT : fout ? PuntwijsCommand.INVOERFOUT : PuntwijsCommand.OK;
    }

    private void interneFout(PrintWriter err, String plaats, RuntimeException e) {
        interneFout = true;
        err.println(plaats + "interne fout bij het waarderen: " + e);
        if (System.getenv("PUNTWIJS_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }

    /**
     * The results of one file.
     *
     * @param lijst      the file holds an array of eenheden
     * @param resultaten one per eenheid (null for one that could not be valued); null when nothing is to be written
     * @param fout       something could not be valued
     */
    record Bestandsresultaat(boolean lijst, List<Resultaat> resultaten, boolean fout, Complexuitkomst complex) {

        Bestandsresultaat(boolean lijst, List<Resultaat> resultaten, boolean fout) {
            this(lijst, resultaten, fout, null);
        }
    }

    /** A complex file valued: the complex as read and its valuation. */
    record Complexuitkomst(Complex complex, ComplexResultaat resultaat) {
    }

    private Bestandsresultaat waardeer(Invoer.Bestand bestand, Stelsel stelsel, LocalDate datum,
                                       Interpretatie interpretatie, PrintWriter err) {
        byte[] bytes;
        try {
            String teGroot = Invoer.teGrootVoorHetGeheugen(Files.size(bestand.pad()));
            if (teGroot != null) {
                err.println(bestand.naam() + ": " + teGroot);
                return new Bestandsresultaat(false, null, true);
            }
            bytes = Files.readAllBytes(bestand.pad());
        } catch (IOException e) {
            err.println(bestand.naam() + ": niet te lezen: " + e.getMessage());
            return new Bestandsresultaat(false, null, true);
        }
        VeraLezer.Document doc;
        try {
            if (ComplexLezer.kanComplexZijn(bytes)) {
                JsonNode boom = VeraLezer.boom(bytes);
                if (ComplexLezer.isComplex(boom)) {
                    return waardeerComplex(bestand, boom, stelsel, datum, interpretatie, err);
                }
                doc = lezer.lees(boom);
            } else {
                doc = lezer.lees(bytes);
            }
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
            String prefix = doc.lijst() ? "[" + i + "]." : "";
            Resultaat r;
            try {
                r = stelsel.waardeer(g.eenheid(), datum, interpretatie);
            } catch (RuntimeException e) {
                // a fault in the engine for one eenheid must not stop the others; it is reported and exits 1
                interneFout(err, bestand.naam() + ": " + prefix, e);
                resultaten.add(null);
                continue;
            }
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

    /**
     * Reads and values a complex file. Reading errors (including an invalid complex: a shared space without
     * dwellings, a dwelling linked twice or unknown) go to stderr and leave nothing to write.
     */
    private Bestandsresultaat waardeerComplex(Invoer.Bestand bestand, JsonNode boom, Stelsel stelsel, LocalDate datum,
                                              Interpretatie interpretatie, PrintWriter err) {
        GelezenComplex gelezen = complexLezer.lees(boom);
        for (Invoerfout w : gelezen.waarschuwingen()) {
            err.println("waarschuwing: " + bestand.naam() + ": " + w.tekst());
        }
        for (Invoerfout f : gelezen.fouten()) {
            err.println(bestand.naam() + ": " + f.tekst());
        }
        if (!gelezen.isGeldig()) {
            return new Bestandsresultaat(false, null, true);
        }
        Complex complex = gelezen.complex();
        Interpretatie.Optie b12 = Interpretatie.Optie.ZORG_GEMEENSCHAPPELIJKE_RUIMTEN;
        if (gekozen(b12) && !interpretatie.waarde(b12).equals(complex.methode().code())) {
            err.println("waarschuwing: " + bestand.naam() + ": methodeGemeenschappelijkeRuimten: het complex kiest \""
                    + complex.methode().code() + "\"; --interpretatie "
                    + b12.sleutel() + "=" + interpretatie.waarde(b12)
                    + " geldt niet voor dit complex (het resultaat toont beide methoden)");
        }
        ComplexResultaat resultaat;
        try {
            resultaat = new Complexwaardering(stelsel).waardeer(complex, datum, interpretatie);
        } catch (OngeldigComplexException e) {
            for (Complexmelding m : e.fouten()) {
                err.println(bestand.naam() + ": " + m);
            }
            return new Bestandsresultaat(false, null, true);
        } catch (RuntimeException e) {
            interneFout(err, bestand.naam() + ": ", e);
            return new Bestandsresultaat(false, null, false);
        }
        // a shared space's warning is the same for every dwelling that uses it: report it once
        Set<String> gemeld = new LinkedHashSet<>();
        for (int i = 0; i < resultaat.woningen().size(); i++) {
            for (Melding m : resultaat.woningen().get(i).resultaat().meldingen()) {
                gemeld.add(ComplexPaden.veld(complex, i, m.veld()) + ": " + m.tekst());
            }
        }
        for (String m : gemeld) {
            err.println("waarschuwing: " + bestand.naam() + ": " + m);
        }
        List<Resultaat> resultaten = resultaat.woningen().stream().map(ComplexResultaat.Woning::resultaat).toList();
        return new Bestandsresultaat(true, resultaten, false, new Complexuitkomst(complex, resultaat));
    }

    /** Whether the command line chose this option explicitly (a complex's own method overrides it). */
    private boolean gekozen(Interpretatie.Optie optie) {
        if (interpretaties == null) {
            return false;
        }
        for (String k : interpretaties) {
            String sleutel = k.split("=", 2)[0].strip();
            if (sleutel.equalsIgnoreCase(optie.sleutel()) || sleutel.equalsIgnoreCase(optie.id())) {
                return true;
            }
        }
        return false;
    }

    private byte[] bytes(Bestandsresultaat br) throws IOException {
        if (formaat == Formaat.text && br.complex() != null) {
            return ComplexResultaatTekst.tekst(br.complex().resultaat(), br.complex().complex())
                    .getBytes(StandardCharsets.UTF_8);
        }
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
        if (br.complex() != null && formaat == Formaat.json) {
            ComplexResultaatJson.schrijf(br.complex().resultaat(), g);
            return;
        }
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
        Bestanden.schrijfVeilig(doel, uit -> uit.write(inhoud));
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
