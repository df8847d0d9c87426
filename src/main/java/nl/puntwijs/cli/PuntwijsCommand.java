package nl.puntwijs.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code score}, {@code check}, {@code export}, {@code bench}, and the portfolio commands
 * {@code import}, {@code list}, {@code rescore}, {@code template} and {@code backup}. Exit codes: 0 everything valued (warnings allowed),
 * 2 an input could not be valued or the command line was wrong, 1 an internal fault.
 */
@Command(name = "puntwijs", mixinStandardHelpOptions = true, versionProvider = PuntwijsCommand.Versie.class,
        description = "Puntwijs: het woningwaarderingsstelsel voor zelfstandige woonruimte.",
        subcommands = {ScoreCommand.class, CheckCommand.class, ExportCommand.class, BenchCommand.class,
                ImportCommand.class, ListCommand.class, RescoreCommand.class, TemplateCommand.class, BackupCommand.class,
                CommandLine.HelpCommand.class})
public final class PuntwijsCommand implements Runnable {

    public static final int OK = 0;
    public static final int INTERNE_FOUT = 1;
    public static final int INVOERFOUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where results go; the subcommands write bytes here (after flushing the PrintWriter on top of it). */
    OutputStream stdout = System.out;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with UTF-8 output and our exit codes. */
    public static int voerUit(String[] args) {
        return voerUit(args, System.out, System.err);
    }

    public static int voerUit(String[] args, OutputStream stdout, OutputStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        PuntwijsCommand hoofd = new PuntwijsCommand();
        hoofd.stdout = stdout;
        CommandLine cl = new CommandLine(hoofd);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> INTERNE_FOUT);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("fout: " + e.getMessage());
            e.getCommandLine().usage(err);
            return INVOERFOUT;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                err.println("fout: " + pe.getMessage());
                return INVOERFOUT;
            }
            err.println("interne fout: " + e);
            if (System.getenv("PUNTWIJS_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNE_FOUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar's manifest (the pom's version). */
    static final class Versie implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Puntwijs " + versie()};
        }
    }

    public static String versie() {
        String v = PuntwijsCommand.class.getPackage().getImplementationVersion();
        return v == null ? "ontwikkelversie" : v;
    }
}
