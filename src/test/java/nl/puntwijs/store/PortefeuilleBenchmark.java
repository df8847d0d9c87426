package nl.puntwijs.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.store.invoer.Importeur;

/**
 * The store's benchmark (not a unit test): generates a synthetic portfolio of N eenheden from the public vectors,
 * imports it into a new portfolio file, rescores it at another peildatum and lists it, and prints the times, the
 * file size and the heap of each phase: the peak (the sum of the heap pools' peaks, garbage included, so it grows
 * with {@code -Xmx}) and the live peak (the most heap in use right after a collection: what the phase really
 * holds). Run it with the test class path:
 * {@code java -Xmx1g -cp target/test-classes:target/classes:<deps> nl.puntwijs.store.PortefeuilleBenchmark [N] [DIR]}.
 */
public final class PortefeuilleBenchmark {

    /** The most heap in use right after a collection since {@link #resetPiek()}. */
    private static final AtomicLong LEVEND = new AtomicLong();

    private PortefeuilleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        volgLevendeHeap();
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
        long cpu = cpu();
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
                + "cpu %.1f s; peak heap %d MB, live %d MB; file %.1f MB; %s%n", aantal, importS, (cpu() - cpu) / 1e9, piekMb(),
                levendMb(), Files.size(db) / 1e6, belasting());

        resetPiek();
        t = System.nanoTime();
        cpu = cpu();
        Waardeerder.Uitkomst u;
        try (Portfolio p = Portfolio.open(db)) {
            u = new Waardeerder(p, PortfolioTest.STELSEL, Interpretatie.standaard()).waardeerAlles(LocalDate.of(2025, 7, 1),
                    Waardeerder.Voortgang.GEEN);
        }
        double rescoreS = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "rescore: %d dwellings loaded, valued and stored at a second peildatum in %.1f s; "
                + "cpu %.1f s; peak heap %d MB, live %d MB; file %.1f MB; %s%n", u.gewaardeerd(), rescoreS, (cpu() - cpu) / 1e9,
                piekMb(), levendMb(),
                Files.size(db) / 1e6, belasting());

        resetPiek();
        t = System.nanoTime();
        cpu = cpu();
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
        System.out.printf(Locale.ROOT, "list: %d dwellings with their latest points (open, query, JSON) in %.2f s; cpu %.1f s; "
                + "peak heap %d MB, live %d MB; %s%n", n, lijstS, (cpu() - cpu) / 1e9, piekMb(), levendMb(), belasting());
    }

    private static void resetPiek() {
        System.gc();
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            m.resetPeakUsage();
        }
        LEVEND.set(0);
    }

    /** Records the heap in use after every collection (the live set at that moment). */
    private static void volgLevendeHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener((n, h) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo i = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long na = 0;
                    for (MemoryUsage u : i.getGcInfo().getMemoryUsageAfterGc().values()) {
                        na += u.getUsed();
                    }
                    long heapNa = na - nietHeap(i.getGcInfo().getMemoryUsageAfterGc());
                    LEVEND.accumulateAndGet(heapNa, Math::max);
                }, null, null);
            }
        }
    }

    private static long nietHeap(java.util.Map<String, MemoryUsage> perPool) {
        long som = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = perPool.get(m.getName());
            if (u != null && m.getType() != MemoryType.HEAP) {
                som += u.getUsed();
            }
        }
        return som;
    }

    private static long levendMb() {
        return LEVEND.get() / (1024 * 1024);
    }

    /** CPU time of the whole process (all threads, the collector's too), in ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The machine's load average (Linux), since the machine may be shared. */
    private static String belasting() {
        try {
            String[] d = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + d[0] + " " + d[1] + " " + d[2];
        } catch (Exception e) {
            return "load unknown";
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
