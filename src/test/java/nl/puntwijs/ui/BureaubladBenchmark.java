package nl.puntwijs.ui;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.signalen.Wijziging;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioRepository;
import nl.puntwijs.store.ResultaatRepository;
import nl.puntwijs.ui.boom.PortefeuilleViewModel;
import nl.puntwijs.ui.dienst.Opslag;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Uitvoerder;
import nl.puntwijs.ui.dienst.Voorbeeldportefeuille;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * Measures the desktop application's work without the toolkit (recorded in docs/benchmarks.md, "Desktop"):
 * <ol>
 * <li>recalculation after an edit of one dwelling in a complex of 200 dwellings: the time {@code wijzigWoning} takes on
 * the UI thread (the dwelling valued with its signals; the complex and the save go to other threads);</li>
 * <li>the whole 200-dwelling complex in the background (both methods, signals, SOO);</li>
 * <li>the portfolio tree for 100 000 dwellings: building the view model and one search.</li>
 * </ol>
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.puntwijs.ui.BureaubladBenchmark
 * </pre>
 */
public final class BureaubladBenchmark {

    private BureaubladBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LocalDate peildatum = LocalDate.of(2026, 7, 1);
        Rekenkern kern = Proefwerkruimte.kern();
        Path map = Files.createTempDirectory("puntwijs-bench");
        Path bestand = Voorbeeldportefeuille.zorgVoor(map, kern, peildatum);
        Complex groot;
        try (Portfolio p = Portfolio.open(bestand)) {
            PortfolioRepository repo = p.repository();
            Complex linde = repo.laad(repo.complex("LINDE").orElseThrow().id());
            groot = new Wijziging.AantalWoningen(200).pasToe(linde, peildatum);
            // own ids: an eenheid belongs to one complex of the portfolio
            java.util.Map<String, String> ids = new java.util.HashMap<>();
            List<Eenheid> woningen = new ArrayList<>();
            for (Eenheid e : groot.woningen()) {
                String nieuw = String.format("GR-%03d", woningen.size() + 1);
                ids.put(e.id(), nieuw);
                woningen.add(e.metId(nieuw));
            }
            List<nl.puntwijs.core.complex.GedeeldeRuimte> ruimten = groot.gedeeldeRuimten().stream()
                    .map(g -> g.metWoningen(g.woningen().stream().map(ids::get).toList())).toList();
            groot = new Complex("GROOT", "Groot complex (200 woningen)", groot.zorg(), groot.methode(), woningen,
                    ruimten, groot.ouderenhuisvesting());
            repo.nieuwComplex(groot, "benchmark");
        }
        ExecutorService achter = Executors.newFixedThreadPool(2);
        Uitvoerder ui = new Uitvoerder() {
            @Override
            public void opUi(Runnable werk) {
                synchronized (BureaubladBenchmark.class) {
                    werk.run();
                }
            }

            @Override
            public Executor achtergrond() {
                return achter;
            }
        };
        Werkruimte w = new Werkruimte(kern, ui, new Proefwerkruimte.Proefdialogen(), new Opslag(), peildatum);
        w.open(bestand).join();
        w.opslag().wacht();
        long id = w.complexen().stream().filter(c -> c.sleutel().equals("GROOT")).findFirst().orElseThrow().id();
        synchronized (BureaubladBenchmark.class) {
            w.openComplex(id, "GR-100");
        }
        w.opslag().wacht();
        Thread.sleep(2000);

        int n = 400;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            Eenheid e;
            synchronized (BureaubladBenchmark.class) {
                e = w.huidigeWoning();
            }
            List<Ruimte> r = new ArrayList<>(e.ruimten());
            Ruimte o = r.get(0);
            r.set(0, new Ruimte(o.id(), o.naam(), o.soort(), o.detailsoort(), new BigDecimal(20 + i % 15), o.lengte(),
                    o.breedte(), o.hoogte(), o.verwarmd(), o.verkoeld(), o.gedeeldMetAdressen(), o.aantal(),
                    o.voorzieningen(), o.aanrechten(), o.vasteTrap(), o.vlizotrap(), o.laadpalen(), o.kasten()));
            Eenheid nieuw = e.metRuimten(r);
            long t0 = System.nanoTime();
            synchronized (BureaubladBenchmark.class) {
                w.wijzigWoning(nieuw, "benchmark " + (i % 2));
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            Thread.sleep(5); // a fast typist: 200 keystrokes per second
        }
        w.opslag().wacht();
        Thread.sleep(1000);
        double[] warm = Arrays.copyOfRange(ms, 50, n);
        Arrays.sort(warm);
        System.out.printf("bewerking (UI-draad), %d metingen na 50 opwarmen: mediaan %.2f ms, p95 %.2f ms, max %.2f ms%n",
                warm.length, warm[warm.length / 2], warm[(int) (warm.length * 0.95)], warm[warm.length - 1]);
        System.out.printf("eerste bewerking (koud): %.2f ms%n", ms[0]);

        Complex c;
        synchronized (BureaubladBenchmark.class) {
            c = w.geopend().complex();
        }
        double[] heel = new double[10];
        for (int i = 0; i < heel.length; i++) {
            long t0 = System.nanoTime();
            kern.complex(c, peildatum);
            heel[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(heel);
        System.out.printf("heel complex van %d woningen (achtergrond): mediaan %.0f ms%n", c.woningen().size(), heel[5]);

        long t0 = System.nanoTime();
        final int[] opgeslagen = new int[1];
        w.naOpslag(p -> opgeslagen[0] = (int) p.repository().wijzigingen(id).stream()
                .filter(z -> z.reden().startsWith("bewerkt")).count());
        System.out.printf("%d bewerkingen gaven %d regels in het audit trail (bewerkingen binnen 0,4 s samen bewaard)%n", n,
                opgeslagen[0]);
        w.sluit();
        achter.shutdown();

        // the tree for 100 000 dwellings
        Werkruimte leeg = new Werkruimte(kern, Uitvoerder.DIRECT, new Proefwerkruimte.Proefdialogen(), new Opslag(), peildatum);
        PortefeuilleViewModel boom = new PortefeuilleViewModel(leeg);
        t0 = System.nanoTime();
        List<ResultaatRepository.Overzichtsregel> regels = vulGrotePortefeuille(leeg, peildatum);
        double bouw = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        boom.zoektermProperty().set("e42-1");
        double zoek = (System.nanoTime() - t0) / 1e6;
        System.out.printf("boom van %d woningen: opbouw %.0f ms, zoeken %.0f ms (%d treffers)%n", regels.size(), bouw, zoek,
                boom.zichtbaarProperty().get().stream().mapToInt(k -> k.woningen().size()).sum());
        System.exit(0);
    }

    /**
     * Gives the workspace's lists a synthetic portfolio of 100 complexes of 1 000 dwellings each (what the list query
     * of a 100 000-dwelling store hands over), and returns its rows.
     */
    static List<ResultaatRepository.Overzichtsregel> vulGrotePortefeuille(Werkruimte w, LocalDate peildatum) {
        List<PortfolioRepository.ComplexInfo> complexen = new ArrayList<>();
        List<ResultaatRepository.Overzichtsregel> regels = new ArrayList<>();
        for (int cx = 0; cx < 100; cx++) {
            complexen.add(new PortfolioRepository.ComplexInfo(cx + 1, "C" + cx, "Complex " + cx, null, null, 1000));
            for (int e = 0; e < 1000; e++) {
                regels.add(new ResultaatRepository.Overzichtsregel("E" + cx + "-" + e, "C" + cx, "Complex " + cx,
                        new Adres("Straat " + cx, String.valueOf(e + 1), null, "1234 AB", "Plaats", null), 120 + e % 80,
                        peildatum, Sector.values()[e % 3], new BigDecimal("900")));
            }
        }
        w.complexen().setAll(complexen);
        w.overzicht().setAll(regels);
        return regels;
    }
}
