package nl.puntwijs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.store.invoer.Importeur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose data, with real processes: a Puntwijs killed (SIGKILL) in the middle of an import or a rescore leaves
 * the file as it was before; a second Puntwijs on a file another one is writing waits for the busy timeout and
 * then reports the file in use, without damaging it.
 */
class ProcessenTest {

    private static final int AANTAL = 6_000;

    @TempDir
    Path tmp;

    /** Starts {@code puntwijs ARGS} in a child JVM with the test class path. */
    private static Process puntwijs(List<String> jvm, String... args) throws IOException {
        String klassenpad = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        opdracht.add("-Xmx512m");
        opdracht.addAll(jvm);
        opdracht.add("-cp");
        opdracht.add(klassenpad);
        opdracht.add("nl.puntwijs.Launcher");
        opdracht.addAll(List.of(args));
        return new ProcessBuilder(opdracht).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads stderr until a line starting with {@code voorvoegsel}; returns it (null when the process ended first). */
    private static String wachtOp(Process p, String voorvoegsel) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String regel;
        while ((regel = err.readLine()) != null) {
            if (regel.startsWith(voorvoegsel)) {
                return regel;
            }
        }
        return null;
    }

    private Path voorbereid() throws Exception {
        Path db = tmp.resolve("portefeuille.puntwijs");
        try (Portfolio p = Portfolio.open(db)) {
            p.repository().nieuwComplex(Voorbeelden.zorgcomplex(), "test");
            new Waardeerder(p, PortfolioTest.STELSEL, Interpretatie.standaard()).waardeerAlles(Voorbeelden.PEILDATUM,
                    Waardeerder.Voortgang.GEEN);
        }
        return db;
    }

    private static String integriteit(Path db) {
        try (Portfolio p = Portfolio.open(db)) {
            return p.<String>lees(c -> PortfolioTest.pragma(c, "integrity_check"));
        }
    }

    @Test
    void eenImportDieHalverwegeWordtGedoodLaatHetBestandZoalsHetWas() throws Exception {
        Path db = voorbereid();
        Path map = tmp.resolve("synthetisch");
        SynthetischePortefeuille.schrijf(map, AANTAL, 1_000, 7);

        Process p = puntwijs(List.of(), "import", "--db", db.toString(), "--complex", "Synthetisch", "--peildatum",
                "2026-07-01", map.toString());
        String regel = wachtOp(p, "voortgang: gewaardeerd");
        assertThat(regel).as("the import reports progress while it values inside its transaction").isNotNull();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed, not finished").isNotZero();

        assertThat(integriteit(db)).isEqualTo("ok");
        try (Portfolio portfolio = Portfolio.open(db)) {
            assertThat(portfolio.repository().complexen()).extracting(PortfolioRepository.ComplexInfo::sleutel)
                    .containsExactly("ZC-1");
            assertThat(portfolio.resultaten().overzicht()).hasSize(3)
                    .allSatisfy(o -> assertThat(o.punten()).isNotNull());
            assertThat(PortfolioTest.aantal(db, "eenheid")).isEqualTo(3);
            assertThat(PortfolioTest.aantal(db, "resultaat")).isEqualTo(3);

            // and the same import run to the end stores all of it
            Importeur.Rapport r = new Importeur(portfolio, PortfolioTest.STELSEL).importeer(
                    Importeur.verzamel(List.of(map), new ArrayList<>()),
                    new Importeur.Opties("Synthetisch", false, Voorbeelden.PEILDATUM), Importeur.Voortgang.GEEN);
            assertThat(r.opgeslagen()).isTrue();
            assertThat(r.gewaardeerd()).isEqualTo(AANTAL);
        }

        // a rescore killed halfway leaves no result at the new peildatum
        Process rescore = puntwijs(List.of(), "rescore", "--db", db.toString(), "--peildatum", "2025-07-01");
        assertThat(wachtOp(rescore, "voortgang: gewaardeerd")).isNotNull();
        rescore.destroyForcibly();
        assertThat(rescore.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(integriteit(db)).isEqualTo("ok");
        try (Portfolio portfolio = Portfolio.open(db)) {
            assertThat(portfolio.resultaten().peildata()).containsExactly(Voorbeelden.PEILDATUM);
            assertThat(portfolio.resultaten().overzicht()).hasSize(AANTAL + 3);
        }
    }

    @Test
    void eenTweedePuntwijsWachtEvenEnMeldtDanDatHetBestandInGebruikIs() throws Exception {
        Path db = voorbereid();
        Path invoer = Voorbeelden.kopieer("41164000002", tmp.resolve("a.json"));
        long[] duur = new long[1];
        int[] code = new int[1];
        String[] melding = new String[1];
        try (Portfolio eerste = Portfolio.open(db)) {
            eerste.inTransactie(c -> {
                // this process writes and holds the write lock while the second one tries
                eerste.repository().verwijderComplex(eerste.repository().complex("ZC-1").orElseThrow().id(), "test");
                try {
                    long start = System.nanoTime();
                    Process tweede = puntwijs(List.of("-Dpuntwijs.busy-timeout-ms=1500"), "import", "--db",
                            db.toString(), "--complex", "Tweede", "--peildatum", "2026-07-01", invoer.toString());
                    String fout = wachtOp(tweede, "fout:");
                    assertThat(tweede.waitFor(60, TimeUnit.SECONDS)).isTrue();
                    duur[0] = (System.nanoTime() - start) / 1_000_000;
                    code[0] = tweede.exitValue();
                    melding[0] = fout;
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw new java.sql.SQLException("afgebroken door de test");
            });
        } catch (PortfolioFout verwacht) {
            assertThat(verwacht.getMessage()).contains("afgebroken door de test");
        }
        assertThat(code[0]).isEqualTo(2);
        assertThat(melding[0]).contains(db.getFileName().toString()).contains("in gebruik door een ander programma");
        assertThat(duur[0]).as("waited for the busy timeout first").isGreaterThanOrEqualTo(1_500);
        assertThat(integriteit(db)).isEqualTo("ok");
        try (Portfolio p = Portfolio.open(db)) {
            // neither the first (rolled back) nor the second (refused) changed anything
            assertThat(p.repository().complexen()).extracting(PortfolioRepository.ComplexInfo::sleutel).containsExactly("ZC-1");
            assertThat(p.resultaten().overzicht()).hasSize(3);
        }
    }
}
