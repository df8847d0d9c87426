package nl.puntwijs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.tabellen.Tabellenboek;
import picocli.CommandLine;

/** Options shared by the subcommands, with converters that give clear messages. */
final class Opties {

    private Opties() {
    }

    /** Parses YYYY-MM-DD. */
    static final class DatumConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String waarde) {
            try {
                return LocalDate.parse(waarde);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + waarde + "' is geen datum (JJJJ-MM-DD)");
            }
        }
    }

    /** The peildatum given, or today; null after printing the available periods when no tables cover it. */
    static LocalDate peildatum(LocalDate gegeven, Tabellenboek boek, PrintWriter err) {
        LocalDate datum = gegeven == null ? LocalDate.now() : gegeven;
        try {
            boek.voor(datum);
            return datum;
        } catch (Tabellenboek.GeenTabellenException e) {
            err.println("fout: " + e.getMessage());
            return null;
        }
    }

    static Interpretatie interpretatie(List<String> keuzes, CommandLine cl) {
        Interpretatie i = Interpretatie.standaard();
        if (keuzes != null) {
            for (String k : keuzes) {
                try {
                    i = i.met(k);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(cl, "--interpretatie: " + e.getMessage());
                }
            }
        }
        return i;
    }
}
