package nl.puntwijs.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.tabellen.TabellenLader;

/**
 * The benchmark of issue 6 (not a unit test): N dwellings with their breakdown written to one workbook, the JVM
 * limited to 512 MB. Two sources: {@code opgeslagen} hands over results already computed, as the portfolio store
 * will (copies of the valued sample complexes, every dwelling and complex with its own id); {@code waarderen}
 * values every complex on the fly, as the export from input files does. Prints time, file size and peak heap.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.puntwijs.export.ExportBenchmark \
 *     100000 opgeslagen target/benchmark.xlsx
 * </pre>
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean waarderen = args.length > 1 && args[1].equals("waarderen");
        Path doel = Path.of(args.length > 2 ? args[2] : "target/benchmark.xlsx");
        LocalDate peildatum = LocalDate.of(2026, 7, 1);
        Complexberekening berekening = new Complexberekening(TabellenLader.standaard(), TabellenLader.drempels());
        List<Complex> voorbeelden = new ArrayList<>();
        for (String s : List.of("samples/de-linde-complex.json", "samples/zorgcomplex-de-hoven.json")) {
            voorbeelden.add(new ComplexLezer().lees(Files.readAllBytes(Path.of(s))).complex());
        }
        List<Exportcomplex> berekend = new ArrayList<>();
        for (Complex c : voorbeelden) {
            berekend.add(berekening.bereken(c, peildatum, null, Interpretatie.standaard(), "benchmark", List.of(),
                    List.of()));
        }
        Synthetisch bron = new Synthetisch(aantal, peildatum, voorbeelden, berekend, waarderen ? berekening : null);
        Exportdienst dienst = new Exportdienst(TabellenLader.standaard(), TabellenLader.drempels());
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        java.util.Map<String, Double> fasen = new java.util.LinkedHashMap<>();
        Exportverslag v = dienst.exporteer(bron, doel, (gedaan, totaal, stap) -> {
            if (stap.equals("Samenvatting en parameters") || stap.equals("Werkboek opslaan") || stap.equals("Klaar")) {
                fasen.putIfAbsent(stap, (System.nanoTime() - start) / 1e9);
            }
        }, Annulering.NOOIT);
        double seconden = (System.nanoTime() - start) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.println("fasen (s vanaf de start): " + fasen);
        long piek = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                piek += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "export-benchmark: bron %s, %d woningen in %d complexen, %d signalen, %d puntenopbouwbladen; "
                        + "%.1f s (export-thread CPU %.1f s); %.1f MB; piek heap %.0f MB (max %.0f MB)",
                waarderen ? "waarderen" : "opgeslagen", v.woningen(), v.complexen(), v.signalen(),
                v.puntenopbouwBladen(), seconden, cpu, v.bytes() / 1048576.0, piek / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0));
    }

    /**
     * Copies of the sample complexes until N dwellings: every copy gets its own complex id and name and its own
     * dwelling ids (LIN-001 becomes C00042-LIN-001) in the results and signals the sheets show.
     */
    private static final class Synthetisch implements Exportbron {
        private final int aantal;
        private final LocalDate peildatum;
        private final List<Complex> voorbeelden;
        private final List<Exportcomplex> berekend;
        private final Complexberekening berekening;
        private final List<Onderdeel> onderdelen = new ArrayList<>();

        Synthetisch(int aantal, LocalDate peildatum, List<Complex> voorbeelden, List<Exportcomplex> berekend,
                    Complexberekening berekening) {
            this.aantal = aantal;
            this.peildatum = peildatum;
            this.voorbeelden = voorbeelden;
            this.berekend = berekend;
            this.berekening = berekening;
            int n = 0;
            for (int i = 0; n < aantal; i++) {
                int grootte = Math.min(voorbeelden.get(i % 2).woningen().size(), aantal - n);
                onderdelen.add(new Onderdeel(String.format("C%05d", i), grootte));
                n += grootte;
            }
        }

        @Override
        public String portefeuille() {
            return "Synthetische portefeuille van " + aantal + " woningen";
        }

        @Override
        public String herkomst() {
            return "ExportBenchmark: kopieën van de voorbeeldcomplexen";
        }

        @Override
        public LocalDate peildatum() {
            return peildatum;
        }

        @Override
        public Optional<LocalDate> vergelijkdatum() {
            return Optional.empty();
        }

        @Override
        public Interpretatie interpretatie() {
            return Interpretatie.standaard();
        }

        @Override
        public List<Onderdeel> onderdelen() {
            return onderdelen;
        }

        @Override
        public Optional<Exportcomplex> laad(Onderdeel o) {
            int i = Integer.parseInt(o.naam().substring(1));
            Exportcomplex ec;
            if (berekening != null) {
                Complex c = voorbeelden.get(i % 2);
                ec = berekening.bereken(c, peildatum, null, Interpretatie.standaard(), o.naam(), List.of(), List.of());
            } else {
                ec = berekend.get(i % 2);
            }
            return Optional.of(hernoemd(ec, o.naam(), o.woningen()));
        }

        private static Exportcomplex hernoemd(Exportcomplex ec, String id, int woningen) {
            Complex c = ec.complex();
            Complex kopie = new Complex(id, c.weergavenaam() + " " + id, c.zorg(), c.methode(),
                    c.woningen().subList(0, woningen), c.gedeeldeRuimten(), c.ouderenhuisvesting());
            ComplexResultaat r = ec.resultaat();
            List<ComplexResultaat.Woning> lijst = new ArrayList<>();
            for (ComplexResultaat.Woning w : r.woningen().subList(0, woningen)) {
                lijst.add(new ComplexResultaat.Woning(id + "-" + w.eenheidId(), hernoemd(w.resultaat(), id),
                        w.andereMethode(), w.puntenUitGedeeldeRuimten(), w.puntenUitZorgtoeslag(), w.perRuimte()));
            }
            ComplexResultaat rk = new ComplexResultaat(id, kopie.weergavenaam(), r.peildatum(), r.methode(), lijst,
                    r.gedeeldeRuimten(), r.totalen(), r.meldingen());
            List<Signaal> signalen = new ArrayList<>();
            for (Signaal s : ec.signalen()) {
                signalen.add(new Signaal(s.soort(), s.ernst(), s.eenheid() == null ? null : id + "-" + s.eenheid(), id,
                        s.melding(), s.bron(), s.veld(), s.invoer(), s.onbevestigd()));
            }
            return new Exportcomplex(kopie, rk, null, signalen, ec.subsidie(), ec.meldingen(), List.of());
        }

        private static Resultaat hernoemd(Resultaat r, String id) {
            return new Resultaat(id + "-" + r.eenheidId(), r.peildatum(), r.tabellen(), r.interpretatie(),
                    r.rubrieken(), r.som(), r.punten(), r.sector(), r.maximaleHuur(), r.opslagpercentage(),
                    r.huurprijsopslag(), r.maximaleHuurInclusiefOpslag(), r.zorg(), r.meldingen());
        }

        @Override
        public Iterable<Wijzigingsregel> wijzigingen() {
            return List.of();
        }
    }
}
