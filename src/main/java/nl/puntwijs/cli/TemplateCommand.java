package nl.puntwijs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.puntwijs.io.sjabloon.SjabloonSchrijver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template}: writes the empty Excel import template. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Schrijft een leeg Excel-sjabloon om complexen, woningen, ruimten en gedeelde ruimten in te vullen "
                + "en met 'import' in te lezen.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:sjabloon geschreven", "2:het doel is ongeldig of niet te schrijven", "1:interne fout"})
final class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Het sjabloon (wordt overschreven).")
    Path uit;

    @Override
    public Integer call() {
        if (!uit.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: '" + uit + "' moet op .xlsx eindigen");
        }
        if (Files.isDirectory(uit)) {
            spec.commandLine().getErr().println("fout: " + uit + ": is een map");
            return PuntwijsCommand.INVOERFOUT;
        }
        try {
            new SjabloonSchrijver().schrijf(uit);
        } catch (IOException e) {
            spec.commandLine().getErr().println("fout: " + uit + ": niet te schrijven: " + e.getMessage());
            return PuntwijsCommand.INVOERFOUT;
        }
        spec.commandLine().getOut().println("sjabloon geschreven: " + uit);
        return PuntwijsCommand.OK;
    }
}
