package nl.puntwijs.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.puntwijs.core.complex.OngeldigComplexException;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.signalen.Signalering;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.io.signalen.SignaalJson;
import nl.puntwijs.io.signalen.SignaalTekst;
import nl.puntwijs.io.tabellen.TabellenLader;
import nl.puntwijs.io.vera.VeraLezer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check}: the signals (knelpunten) of dwellings and complexes. Exit 0 whatever the signals are; 2 when an input
 * could not be read or the command line was wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Toont de knelpunten (signalen) van VERA-eenheden en complexen, met getallen en bronnen.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:alles gelezen, ongeacht de signalen",
                "2:een invoer was onleesbaar, of de opdrachtregel was onjuist", "1:interne fout"})
final class CheckCommand implements Callable<Integer> {

    /** The kinds of input file; the complex format plugs in here. */
    static final List<Controlebron> BRONNEN = List.of(new VeraBron(), new ComplexBron());

    /** Writes the signals. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Output formats of {@code check}. */
    enum Uitvoer {
        /** One flat JSON array, one object per signal. */
        json,
        /** Readable text per dwelling or complex. */
        text
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--peildatum", paramLabel = "YYYY-MM-DD", converter = Opties.DatumConverter.class,
            description = "Peildatum (standaard: vandaag).")
    LocalDate peildatum;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "Uitvoer: text (leesbaar per woning of complex) of json (één platte lijst, een object per "
                    + "signaal). Standaard: ${DEFAULT-VALUE}.")
    Uitvoer formaat;

    @Option(names = "--interpretatie", paramLabel = "KEY=VALUE",
            description = "Kies een interpretatie (zie docs/interpretaties.md).")
    List<String> interpretaties;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "VERA-eenheden of complexbestanden: bestanden of mappen (elk *.json-bestand eronder).")
    List<Path> invoer;

    /** The signals of one subject, for output. */
    private record Uitslag(String bestand, String kop, List<Signaal> signalen) {
    }

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
        Signalering signalering = new Signalering(stelsel, TabellenLader.drempels());
        Invoer.Verzameling verzameling = Invoer.verzamel(invoer, err);
        boolean fout = verzameling.fout();
        List<Uitslag> uitslagen = new ArrayList<>();
        for (Invoer.Bestand bestand : verzameling.bestanden()) {
            int eerder = uitslagen.size();
            try {
                fout |= controleer(bestand, stelsel, signalering, datum, interpretatie, uitslagen, err);
            } catch (OutOfMemoryError e) {
                uitslagen.subList(eerder, uitslagen.size()).clear(); // nothing of this file, not a part
                err.println(bestand.naam() + ": " + Invoer.geheugenVol());
                fout = true;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (formaat == Uitvoer.json) {
            out.print(json(uitslagen));
        } else {
            List<Signaal> alle = new ArrayList<>();
            for (Uitslag u : uitslagen) {
                out.print(SignaalTekst.tekst(u.kop(), u.signalen()));
                out.println();
                alle.addAll(u.signalen());
            }
            out.println(SignaalTekst.samenvatting(alle));
        }
        out.flush();
        return fout ? PuntwijsCommand.INVOERFOUT : PuntwijsCommand.OK;
    }

    /** Reads one file and adds its subjects' signals; true when something could not be read. */
    private static boolean controleer(Invoer.Bestand bestand, Stelsel stelsel, Signalering signalering, LocalDate datum,
                                      Interpretatie interpretatie, List<Uitslag> uitslagen, PrintWriter err) {
        JsonNode document;
        try {
            String teGroot = Invoer.teGrootVoorHetGeheugen(Files.size(bestand.pad()));
            if (teGroot != null) {
                err.println(bestand.naam() + ": " + teGroot);
                return true;
            }
            // parsed as score parses it: exact decimals, no duplicate fields, nothing after the document
            document = VeraLezer.boom(Files.readAllBytes(bestand.pad()));
        } catch (VeraLezer.OngeldigeJson e) {
            err.println(bestand.naam() + ": " + e.getMessage());
            return true;
        } catch (IOException e) {
            err.println(bestand.naam() + ": niet te lezen: " + e.getMessage());
            return true;
        }
        JsonNode f = document.isObject() ? document.get("formaat") : null;
        String formaat = f == null || f.isNull() ? null : f.asText();
        Controlebron bron = BRONNEN.stream().filter(b -> b.leest(formaat)).findFirst().orElse(null);
        if (bron == null) {
            err.println(bestand.naam() + ": formaat '" + formaat + "' wordt (nog) niet gelezen; check leest "
                    + "VERA-eenheden");
            return true;
        }
        Controlebron.Gelezen gelezen = bron.lees(bestand.naam(), document, err);
        boolean fout = gelezen.fout();
        for (Controlebron.Onderwerp o : gelezen.onderwerpen()) {
            if (o instanceof Controlebron.Woning w) {
                Resultaat r = stelsel.waardeer(w.eenheid(), datum, interpretatie);
                for (Melding m : r.meldingen()) {
                    err.println("waarschuwing: " + bestand.naam() + ": " + m);
                }
                uitslagen.add(new Uitslag(bestand.naam(), w.kop(), signalering.woning(w.eenheid(), r)));
            } else if (o instanceof Controlebron.Wooncomplex c) {
                try {
                    uitslagen.add(new Uitslag(bestand.naam(), c.kop(), signalering.complex(c.complex(), datum,
                            interpretatie)));
                } catch (OngeldigComplexException e) {
                    err.println(bestand.naam() + ": " + e.getMessage());
                    fout = true;
                }
            }
        }
        return fout;
    }

    private static String json(List<Uitslag> uitslagen) throws IOException {
        StringWriter tekst = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(tekst)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Uitslag u : uitslagen) {
                for (Signaal s : u.signalen()) {
                    SignaalJson.schrijf(s, u.bestand(), g);
                }
            }
            g.writeEndArray();
        }
        return tekst + "\n";
    }
}
