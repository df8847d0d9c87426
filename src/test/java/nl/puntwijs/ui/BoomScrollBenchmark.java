package nl.puntwijs.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import nl.puntwijs.ui.boom.PortefeuilleView;
import nl.puntwijs.ui.boom.PortefeuilleViewModel;
import nl.puntwijs.ui.dienst.Opslag;
import nl.puntwijs.ui.dienst.Uitvoerder;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * Scrolling the portfolio tree of 100 000 dwellings (recorded in docs/benchmarks.md, "Desktop"): the real
 * {@link PortefeuilleView} in a window of the headless toolkit (Monocle, software rendering), every complex
 * expanded, then scrolled three ways — wheel steps of three rows, pages, and jumps to random rows as a dragged scroll
 * bar does. Each step is timed on the FX thread from the scroll to a laid-out tree (cells updated) and, separately,
 * with the frame painted (a snapshot of the scene: the software pipeline's paint). A frame at 60 Hz has 16.7 ms.
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.puntwijs.ui.BoomScrollBenchmark
 * </pre>
 */
public final class BoomScrollBenchmark {

    private static final int STAPPEN = 600;

    private BoomScrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // the headless glass of the tests, unless a real window is asked for
        if (!Boolean.getBoolean("headed")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1200-32");
        }
        CountDownLatch gestart = new CountDownLatch(1);
        Platform.startup(gestart::countDown);
        gestart.await();
        LocalDate peildatum = LocalDate.of(2026, 7, 1);
        Werkruimte w = new Werkruimte(Proefwerkruimte.kern(), Uitvoerder.DIRECT, new Proefwerkruimte.Proefdialogen(),
                new Opslag(), peildatum);
        CompletableFuture<Void> klaar = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                meet(w, peildatum);
                klaar.complete(null);
            } catch (Throwable t) {
                klaar.completeExceptionally(t);
            }
        });
        klaar.join();
        Platform.exit();
        System.exit(0);
    }

    private static void meet(Werkruimte w, LocalDate peildatum) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        PortefeuilleView view = new PortefeuilleView(new PortefeuilleViewModel(w), w);
        Scene scene = new Scene(view, 360, 900);
        scene.getStylesheets().add(BoomScrollBenchmark.class.getResource(Venster.STIJL).toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();

        long t0 = System.nanoTime();
        BureaubladBenchmark.vulGrotePortefeuille(w, peildatum);
        view.applyCss();
        view.layout();
        double laden = ms(t0);
        @SuppressWarnings("unchecked")
        TreeView<Object> boom = (TreeView<Object>) scene.lookup("#portefeuille");
        // one complex after another, as a user opens them: scrolled into view (its row shown), then expanded, timed
        // with the layout it causes
        double[] uitklappen = new double[boom.getRoot().getChildren().size()];
        int k = 0;
        for (TreeItem<Object> c : boom.getRoot().getChildren()) {
            boom.scrollTo(boom.getRow(c));
            view.layout();
            long t1 = System.nanoTime();
            c.setExpanded(true);
            view.layout();
            uitklappen[k++] = ms(t1);
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) boom.lookup(".virtual-flow");
        double rij = flow.getFirstVisibleCell().getHeight();
        javafx.scene.control.IndexedCell<?> cel = flow.getCell(5);
        System.out.printf("rijhoogte %.0f px; wat een woningrij zelf nodig heeft: %.1f px%n", rij,
                cel.getGraphic().prefHeight(-1) + cel.snappedTopInset() + cel.snappedBottomInset());
        System.out.printf("boom: %d rijen (100 000 woningen in 100 complexen) van %.0f px; lijsten gevuld en getoond %.0f "
                + "ms; %d cellen zichtbaar%n", boom.getExpandedItemCount(), rij, laden,
                flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex() + 1);
        System.out.printf("een complex van 1 000 woningen uitklappen: het eerste %.0f ms, het laatste (99 000 rijen "
                + "open) %.0f ms, alle 100 samen %.1f s%n", uitklappen[0], uitklappen[uitklappen.length - 1],
                Arrays.stream(uitklappen).sum() / 1000);

        Random random = new Random(7);
        for (boolean verven : new boolean[] {false, true}) {
            String wat = verven ? "met verven" : "opmaak";
            rapport("wiel (3 rijen) " + wat, stappen(boom, view, scene, verven, () -> flow.scrollPixels(3 * rij)));
            rapport("pagina " + wat, stappen(boom, view, scene, verven, () -> flow.scrollPixels(flow.getHeight())));
            rapport("sprong " + wat, stappen(boom, view, scene, verven,
                    () -> boom.scrollTo(random.nextInt(boom.getExpandedItemCount()))));
        }
    }

    private static double[] stappen(TreeView<Object> boom, PortefeuilleView view, Scene scene, boolean verven,
                                    Runnable stap) {
        boom.scrollTo(0);
        view.layout();
        double[] duur = new double[STAPPEN];
        for (int i = 0; i < STAPPEN; i++) {
            long t0 = System.nanoTime();
            stap.run();
            view.layout();
            if (verven) {
                scene.snapshot(null);
            }
            duur[i] = ms(t0);
        }
        return duur;
    }

    private static void rapport(String wat, double[] duur) {
        // the first 100 steps warm the JIT and the cell pool up
        double[] d = Arrays.copyOfRange(duur, 100, duur.length);
        Arrays.sort(d);
        System.out.printf("%-26s mediaan %.2f ms, p95 %.2f ms, max %.1f ms (%d stappen na 100 opwarmen)%n", wat,
                d[d.length / 2], d[(int) (d.length * 0.95)], d[d.length - 1], d.length);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
