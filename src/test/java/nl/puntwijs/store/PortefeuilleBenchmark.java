package nl.puntwijs.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.store.invoer.Importeur;

/**
 * The store's benchmark (not a unit test): generates a synthetic portfolio of N eenheden from the public vectors,
 * imports it into a new portfolio file, rescores it at another peildatum and lists it, and prints the times, the
 * file size and the peak heap of each phase. Run it with the test class path:
 * {@code java -Xmx4g -cp target/test-classes:target/classes:<deps> nl.puntwijs.store.PortefeuilleBenchmark [N] [DIR]}.
 */
public final class PortefeuilleBenchmark {

    private PortefeuilleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path map = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("puntwijs-bench");
        Path invoer = map.resolve("vera");
        Path db = map.resolve("bench.puntwijs");
        Files.deleteIfExists(db);
        long t = System.nanoTime();
        SynthetischePortefeuille.schrijf(invoer, aantal, 1_000, 42);
        long invoerBytes;
        try (var s = Files.list(invoer)) {
            invoerBytes = s.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "generated %d eenheden in %d VERA files (%.1f MB) in %.1f s%n", aantal,
                (aantal + 999) / 1000, invoerBytes / 1e6, (System.nanoTime() - t) / 1e9);

        resetPiek();
        t = System.nanoTime();
        Importeur.Rapport r;
        try (Portfolio p = Portfolio.open(db)) {
            r = new Importeur(p, PortfolioTest.STELSEL).importeer(Importeur.verzamel(List.of(invoer), new ArrayList<>()),
                    new Importeur.Opties("Benchmark", false, LocalDate.of(2026, 7, 1)), Importeur.Voortgang.GEEN);
        }
        double importS = (System.nanoTime() - t) / 1e9;
        if (!r.opgeslagen() || r.gewaardeerd() != aantal) {
            throw new IllegalStateException("import failed: " + r.ongeldig());
        }
        System.out.printf(Locale.ROOT, "import: %d eenheden read, stored and valued (results stored) in %.1f s; "
                + "peak heap %d MB; file %.1f MB%n", aantal, importS, piekMb(), Files.size(db) / 1e6);

        resetPiek();
        t = System.nanoTime();
        Waardeerder.Uitkomst u;
        try (Portfolio p = Portfolio.open(db)) {
            u = new Waardeerder(p, PortfolioTest.STELSEL, Interpretatie.standaard()).waardeerAlles(LocalDate.of(2025, 7, 1),
                    Waardeerder.Voortgang.GEEN);
        }
        double rescoreS = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "rescore: %d dwellings loaded, valued and stored at a second peildatum in %.1f s; "
                + "peak heap %d MB; file %.1f MB%n", u.gewaardeerd(), rescoreS, piekMb(), Files.size(db) / 1e6);

        resetPiek();
        t = System.nanoTime();
        int n;
        try (Portfolio p = Portfolio.open(db); JsonGenerator g = new JsonFactory().createGenerator(OutputStream.nullOutputStream())) {
            List<ResultaatRepository.Overzichtsregel> regels = p.resultaten().overzicht();
            g.writeStartArray();
            for (ResultaatRepository.Overzichtsregel o : regels) {
                g.writeStartObject();
                g.writeStringField("eenheid", o.eenheid());
                g.writeStringField("complex", o.complexNaam());
                g.writeNumberField("punten", o.punten());
                g.writeStringField("peildatum", o.peildatum().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            n = regels.size();
        }
        double lijstS = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "list: %d dwellings with their latest points (open, query, JSON) in %.2f s; peak heap %d MB%n",
                n, lijstS, piekMb());
    }

    private static void resetPiek() {
        System.gc();
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            m.resetPeakUsage();
        }
    }

    private static long piekMb() {
        long som = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            if (m.getType() == MemoryType.HEAP) {
                som += m.getPeakUsage().getUsed();
            }
        }
        return som / (1024 * 1024);
    }
}
