package nl.puntwijs.robuustheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.puntwijs.cli.PuntwijsCommand;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.complex.Complexwaardering;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.Invoerfout;

/** Shared material for the fuzz tests: real inputs, JSON paths, valuing what was read, running the CLI. */
final class Fuzz {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate PEILDATUM = LocalDate.of(2026, 7, 1);
    /** A VERA vector with rooms, cupboards, building elements, WOZ values and an energy label. */
    static final String VERA = "/conformance/vera/zelfstandige_woonruimten/input/12006000004.json";
    /** The smallest VERA vector (6 kB), for tests that read it thousands of times. */
    static final String VERA_KLEIN = "/conformance/vera/zelfstandige_woonruimten/input/25048000007.json";
    /** A VERA vector with installaties (the provisions the first lacks). */
    static final String VERA_INSTALLATIES = "/conformance/vera/zelfstandige_woonruimten/input/41162000015.json";
    /** A complex file with every field of the format. */
    static final String COMPLEX = "/complex/volledig.json";
    /** A stack trace line ("\tat nl.puntwijs.X.y(X.java:12)") or an exception escaping to the user. */
    private static final Pattern STACKTRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|"
            + "java\\.lang\\.[A-Za-z]*(Error|Exception)");

    private Fuzz() {
    }

    static byte[] bron(String resource) {
        try (InputStream in = Fuzz.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode boom(String resource) {
        try {
            return JSON.readTree(bron(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path in a document, parents before children: "adres", "adres.woonplaats", "ruimten[0].soort.code". */
    static List<String> paden(JsonNode root) {
        List<String> uit = new ArrayList<>();
        paden(root, "", uit);
        return uit;
    }

    private static void paden(JsonNode n, String pad, List<String> uit) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(f -> {
                String p = pad.isEmpty() ? f : pad + "." + f;
                uit.add(p);
                paden(n.get(f), p, uit);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String p = pad + "[" + i + "]";
                uit.add(p);
                paden(n.get(i), p, uit);
            }
        }
    }

    /** A message is about the field at {@code pad} when its path is that field, lies below it or above it. */
    static boolean betreft(Invoerfout f, String pad) {
        String m = f.pad();
        if (m == null) {
            return false;
        }
        m = m.replaceFirst("^\\[\\d+]\\.", "");
        return m.equals(pad) || m.startsWith(pad + ".") || m.startsWith(pad + "[") || pad.startsWith(m + ".")
                || pad.startsWith(m + "[");
    }

    /** What is wrong with one read eenheid ("" when nothing): a partial result, or a valuation that throws. */
    static String controleer(GelezenEenheid g) {
        if (!g.fouten().isEmpty()) {
            return g.eenheid() == null ? "" : "fouten " + g.fouten() + " maar toch een eenheid";
        }
        if (g.eenheid() == null) {
            return "geen fouten en geen eenheid";
        }
        try {
            Testwoning.STELSEL.waardeer(g.eenheid(), PEILDATUM, Interpretatie.standaard());
            return "";
        } catch (RuntimeException e) {
            return "waarderen gooit " + e;
        }
    }

    static String controleer(GelezenComplex g) {
        if (!g.fouten().isEmpty()) {
            return g.complex() == null ? "" : "fouten " + g.fouten() + " maar toch een complex";
        }
        if (g.complex() == null) {
            return "geen fouten en geen complex";
        }
        try {
            new Complexwaardering(Testwoning.STELSEL).waardeer(g.complex(), PEILDATUM, Interpretatie.standaard());
            return "";
        } catch (RuntimeException e) {
            return "waarderen gooit " + e;
        }
    }

    // ------------------------------------------------------------------------------------------------------ CLI

    record Uitvoer(int code, String stdout, String stderr, Duration duur) {
    }

    /** Runs the command line in this JVM. */
    static Uitvoer cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int code = PuntwijsCommand.voerUit(args, out, err);
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Runs the command line in a JVM of its own with at most {@code heapMb} of heap, the way a user runs the jar, and
     * kills it after {@code maximaal}.
     */
    static Uitvoer cliInEigenJvm(int heapMb, Duration maximaal, Path werkmap, String... args) throws Exception {
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"), "nl.puntwijs.Launcher"));
        opdracht.addAll(List.of(args));
        Path out = Files.createTempFile(werkmap, "stdout", ".txt");
        Path err = Files.createTempFile(werkmap, "stderr", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(opdracht).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(maximaal.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("de opdracht liep langer dan " + maximaal + ": " + opdracht.subList(4,
                    opdracht.size()));
        }
        return new Uitvoer(p.exitValue(), Files.readString(out), Files.readString(err),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Exit code 2, something on stderr, no stack trace and no exception escaping. */
    static void isInvoerfoutZonderStacktrace(Uitvoer u) {
        assertThat(u.code()).as("exit code; stderr: %s", u.stderr()).isEqualTo(PuntwijsCommand.INVOERFOUT);
        assertThat(u.stderr()).isNotBlank();
        assertThat(STACKTRACE.matcher(u.stderr()).find()).as("stacktrace op stderr: %s", u.stderr()).isFalse();
    }

    static boolean heeftStacktrace(String tekst) {
        return STACKTRACE.matcher(tekst).find();
    }
}
