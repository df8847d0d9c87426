package nl.puntwijs.ui.dienst;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import nl.puntwijs.store.PortfolioRepository;
import nl.puntwijs.store.PortfolioRepository.ComplexInfo;
import nl.puntwijs.store.ResultaatRepository;
import nl.puntwijs.store.Waardeerder;

/**
 * The state every view model shares: the open portfolio and complex, the selected dwelling, the peildata, the live
 * results, the undo history. Every edit goes through {@link #wijzigWoning} or {@link #wijzigComplex}: the dwelling
 * is recalculated at once (microseconds), the complex in the background, and the new state is saved in one
 * transaction a moment later (audited, with the stored results brought up to date). Undo and redo replace the
 * complex by an earlier state the same way, so they are saved and audited too. Properties change on the toolkit's
 * thread only ({@link Uitvoerder#opUi}).
 */
public final class Werkruimte {

    /** Consecutive edits of the same field within this time form one undo step. */
    static final long SAMENVOEGEN_MS = 1_500;
    private static final int GESCHIEDENIS = 200;

    /** The complex being edited (or a scenario of it). */
    public record Geopend(ComplexInfo info, Complex complex) {
    }

    /**
     * What the portfolio tree shows of a dwelling, from the newest calculation.
     *
     * @param blokkerend the number of blocking signals; -1 while unknown
     */
    public record Woningstand(String eenheidId, Integer punten, Sector sector, boolean zorg, int blokkerend) {
    }

    /** A request to show a field of a dwelling (a signal was clicked); {@code volgnummer} makes each one new. */
    public record Veldverzoek(String eenheidId, String veld, long volgnummer) {
    }

    private record Stap(Complex complex, String omschrijving, long tijd) {
    }

    private static final class Geschiedenis {
        final Deque<Stap> ongedaan = new ArrayDeque<>();
        final Deque<Complex> opnieuw = new ArrayDeque<>();
    }

    private final Rekenkern kern;
    private final Uitvoerder ui;
    private final Dialogen dialogen;
    private final Opslag opslag;

    private final ObjectProperty<Path> bestand = new SimpleObjectProperty<>(this, "bestand");
    private final ObservableList<ComplexInfo> complexen = FXCollections.observableArrayList();
    private final ObservableList<ResultaatRepository.Overzichtsregel> overzicht = FXCollections.observableArrayList();
    private final ObservableMap<String, Woningstand> standen = FXCollections.observableHashMap();
    private final ObjectProperty<LocalDate> peildatum = new SimpleObjectProperty<>(this, "peildatum");
    private final ObjectProperty<LocalDate> vergelijkPeildatum = new SimpleObjectProperty<>(this, "vergelijkPeildatum");
    private final ObjectProperty<Geopend> geopend = new SimpleObjectProperty<>(this, "geopend");
    private final StringProperty woningId = new SimpleStringProperty(this, "woningId");
    private final ObjectProperty<Rekenkern.Woningberekening> woning = new SimpleObjectProperty<>(this, "woning");
    private final ObjectProperty<Rekenkern.Woningberekening> woningVergelijk = new SimpleObjectProperty<>(this, "woningVergelijk");
    private final ObjectProperty<Rekenkern.Complexberekening> complexBerekening = new SimpleObjectProperty<>(this, "complex");
    private final ObjectProperty<Rekenkern.Complexberekening> basisBerekening = new SimpleObjectProperty<>(this, "basis");
    private final BooleanProperty kanOngedaan = new SimpleBooleanProperty(this, "kanOngedaan");
    private final BooleanProperty kanOpnieuw = new SimpleBooleanProperty(this, "kanOpnieuw");
    private final ObjectProperty<Veldverzoek> veldverzoek = new SimpleObjectProperty<>(this, "veldverzoek");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    private final Map<Long, Geschiedenis> geschiedenissen = new HashMap<>();
    private long complexVersie;
    private boolean complexBezig;
    private boolean complexOpnieuw;
    private long indexVersie;
    private long verzoeken;
    /** The most recent recalculation of one dwelling after an edit, in microseconds (for the status bar and tests). */
    private long laatsteDuurMicro;

    public Werkruimte(Rekenkern kern, Uitvoerder ui, Dialogen dialogen, Opslag opslag, LocalDate peildatum) {
        this.kern = kern;
        this.ui = ui;
        this.dialogen = dialogen;
        this.opslag = opslag;
        this.peildatum.set(peildatum);
        opslag.bijFout(e -> ui.opUi(() -> toonFout("Wijziging niet opgeslagen", e)));
        this.peildatum.addListener((o, oud, nieuw) -> peildataGewijzigd());
        this.vergelijkPeildatum.addListener((o, oud, nieuw) -> peildataGewijzigd());
    }

    // --- properties ---

    public Rekenkern kern() {
        return kern;
    }

    public Opslag opslag() {
        return opslag;
    }

    public Dialogen dialogen() {
        return dialogen;
    }

    public Uitvoerder uitvoerder() {
        return ui;
    }

    public ReadOnlyObjectProperty<Path> bestandProperty() {
        return bestand;
    }

    public ObservableList<ComplexInfo> complexen() {
        return complexen;
    }

    public ObservableList<ResultaatRepository.Overzichtsregel> overzicht() {
        return overzicht;
    }

    public ObservableMap<String, Woningstand> standen() {
        return standen;
    }

    public ObjectProperty<LocalDate> peildatumProperty() {
        return peildatum;
    }

    public ObjectProperty<LocalDate> vergelijkPeildatumProperty() {
        return vergelijkPeildatum;
    }

    public ReadOnlyObjectProperty<Geopend> geopendProperty() {
        return geopend;
    }

    public Geopend geopend() {
        return geopend.get();
    }

    public ReadOnlyStringProperty woningIdProperty() {
        return woningId;
    }

    public ReadOnlyObjectProperty<Rekenkern.Woningberekening> woningProperty() {
        return woning;
    }

    public ReadOnlyObjectProperty<Rekenkern.Woningberekening> woningVergelijkProperty() {
        return woningVergelijk;
    }

    public ReadOnlyObjectProperty<Rekenkern.Complexberekening> complexBerekeningProperty() {
        return complexBerekening;
    }

    /** While a scenario is open: the base complex's calculation, for the side-by-side view; else null. */
    public ReadOnlyObjectProperty<Rekenkern.Complexberekening> basisBerekeningProperty() {
        return basisBerekening;
    }

    public ReadOnlyBooleanProperty kanOngedaanProperty() {
        return kanOngedaan;
    }

    public ReadOnlyBooleanProperty kanOpnieuwProperty() {
        return kanOpnieuw;
    }

    public ReadOnlyObjectProperty<Veldverzoek> veldverzoekProperty() {
        return veldverzoek;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public long laatsteDuurMicro() {
        return laatsteDuurMicro;
    }

    /** The dwelling being edited, as the open complex lists it (without shared spaces); null when none. */
    public Eenheid huidigeWoning() {
        Geopend g = geopend.get();
        String id = woningId.get();
        return g == null || id == null ? null : g.complex().woning(id).orElse(null);
    }

    // --- opening ---

    /** Opens a portfolio file and, when it has one, its first complex. */
    public CompletableFuture<Void> open(Path pad) {
        ui.opUi(() -> status.set("Openen van " + pad.getFileName() + " ..."));
        return opslag.open(pad).thenCompose(p -> opslag.doe(this::leesLijsten)).thenAccept(lijsten -> ui.opUi(() -> {
            bestand.set(pad.toAbsolutePath().normalize());
            geschiedenissen.clear();
            geopend.set(null);
            woningId.set(null);
            woning.set(null);
            woningVergelijk.set(null);
            complexBerekening.set(null);
            basisBerekening.set(null);
            standen.clear();
            zetLijsten(lijsten);
            werkGeschiedenisBij();
            status.set(pad.getFileName() + ": " + lijsten.overzicht().size() + " woningen in " + lijsten.complexen().size()
                    + " complexen");
            indexeer();
            if (!lijsten.complexen().isEmpty()) {
                openComplex(lijsten.complexen().get(0).id(), null);
            }
        })).exceptionally(t -> {
            ui.opUi(() -> {
                status.set("");
                toonFout("Portefeuille niet geopend", t);
            });
            return null;
        });
    }

    private record Lijsten(List<ComplexInfo> complexen, List<ResultaatRepository.Overzichtsregel> overzicht) {
    }

    private Lijsten leesLijsten(Portfolio p) {
        return new Lijsten(p.repository().complexen(), p.resultaten().overzicht());
    }

    private void zetLijsten(Lijsten lijsten) {
        complexen.setAll(lijsten.complexen());
        overzicht.setAll(lijsten.overzicht());
    }

    /** Reads the lists again (after an import, a scenario adopted). */
    public CompletableFuture<Void> verversLijsten() {
        return opslag.doe(this::leesLijsten).thenAccept(l -> ui.opUi(() -> {
            zetLijsten(l);
            indexeer();
        }));
    }

    /** Opens a complex (or scenario) and selects a dwelling: the given one, else the first. */
    public CompletableFuture<Void> openComplex(long complexId, String eenheidId) {
        Geopend g = geopend.get();
        if (g != null && g.info().id() == complexId) {
            if (eenheidId != null) {
                selecteerWoning(eenheidId);
            }
            return CompletableFuture.completedFuture(null);
        }
        return opslag.doe(p -> {
            ComplexInfo info = p.repository().complex(complexId).orElseThrow(() -> new PortfolioFout(
                    PortfolioFout.Soort.ONGELDIG_VERZOEK, p.bestand(), "complex " + complexId + " bestaat niet"));
            return new Geopend(info, p.repository().laad(complexId));
        }).thenAccept(nieuw -> ui.opUi(() -> {
            if (!nieuw.info().isScenario()) {
                basisBerekening.set(null);
            }
            geopend.set(nieuw);
            werkGeschiedenisBij();
            String kies = eenheidId != null && nieuw.complex().woning(eenheidId).isPresent() ? eenheidId
                    : nieuw.complex().woningen().isEmpty() ? null : nieuw.complex().woningen().get(0).id();
            woningId.set(kies);
            herberekenWoning();
            herberekenComplex();
        })).exceptionally(t -> {
            ui.opUi(() -> toonFout("Complex niet geopend", t));
            return null;
        });
    }

    /** Selects a dwelling of the open complex (or opens its complex first). */
    public void selecteerWoning(String eenheidId) {
        Geopend g = geopend.get();
        if (g != null && g.complex().woning(eenheidId).isPresent()) {
            if (!Objects.equals(woningId.get(), eenheidId)) {
                woningId.set(eenheidId);
                herberekenWoning();
            }
            return;
        }
        String sleutel = overzicht.stream().filter(r -> r.eenheid().equals(eenheidId)).map(
                ResultaatRepository.Overzichtsregel::complex).findFirst().orElse(null);
        complexen.stream().filter(c -> c.sleutel().equals(sleutel)).findFirst()
                .ifPresent(c -> openComplex(c.id(), eenheidId));
    }

    /** Selects a dwelling and asks the editor to show a field (from a signal's {@code veld}). */
    public void toonVeld(String eenheidId, String veld) {
        if (eenheidId != null) {
            selecteerWoning(eenheidId);
        }
        veldverzoek.set(new Veldverzoek(eenheidId, veld, ++verzoeken));
    }

    // --- editing ---

    /** Replaces a dwelling of the open complex (matched by id): one edit. */
    public void wijzigWoning(Eenheid nieuw, String omschrijving) {
        Geopend g = geopend.get();
        if (g == null) {
            return;
        }
        List<Eenheid> woningen = new ArrayList<>(g.complex().woningen());
        for (int i = 0; i < woningen.size(); i++) {
            if (woningen.get(i).id().equals(nieuw.id())) {
                if (woningen.get(i).equals(nieuw)) {
                    return;
                }
                woningen.set(i, nieuw);
                Complex c = g.complex();
                wijzigComplex(c.metWoningen(woningen), omschrijving);
                return;
            }
        }
    }

    /** Replaces the open complex by an edited copy: one edit (consecutive edits of one field merge into one undo step). */
    public void wijzigComplex(Complex nieuw, String omschrijving) {
        Geopend g = geopend.get();
        if (g == null || g.complex().equals(nieuw)) {
            return;
        }
        Geschiedenis h = geschiedenis(g.info().id());
        Stap laatste = h.ongedaan.peek();
        long nu = System.currentTimeMillis();
        if (laatste != null && laatste.omschrijving().equals(omschrijving) && nu - laatste.tijd() < SAMENVOEGEN_MS) {
            h.ongedaan.pop();
            h.ongedaan.push(new Stap(laatste.complex(), omschrijving, nu));
        } else {
            h.ongedaan.push(new Stap(g.complex(), omschrijving, nu));
            while (h.ongedaan.size() > GESCHIEDENIS) {
                h.ongedaan.removeLast();
            }
        }
        h.opnieuw.clear();
        zet(g.info(), nieuw, "bewerkt: " + omschrijving);
    }

    public void ongedaan() {
        Geopend g = geopend.get();
        if (g == null) {
            return;
        }
        Geschiedenis h = geschiedenis(g.info().id());
        Stap stap = h.ongedaan.poll();
        if (stap != null) {
            h.opnieuw.push(g.complex());
            zet(g.info(), stap.complex(), "ongedaan gemaakt: " + stap.omschrijving());
        }
    }

    public void opnieuw() {
        Geopend g = geopend.get();
        if (g == null) {
            return;
        }
        Geschiedenis h = geschiedenis(g.info().id());
        Complex volgende = h.opnieuw.poll();
        if (volgende != null) {
            h.ongedaan.push(new Stap(g.complex(), "opnieuw", 0));
            zet(g.info(), volgende, "opnieuw uitgevoerd");
        }
    }

    private Geschiedenis geschiedenis(long complexId) {
        return geschiedenissen.computeIfAbsent(complexId, k -> new Geschiedenis());
    }

    private void werkGeschiedenisBij() {
        Geopend g = geopend.get();
        Geschiedenis h = g == null ? null : geschiedenissen.get(g.info().id());
        kanOngedaan.set(h != null && !h.ongedaan.isEmpty());
        kanOpnieuw.set(h != null && !h.opnieuw.isEmpty());
    }

    private void zet(ComplexInfo info, Complex nieuw, String reden) {
        geopend.set(new Geopend(info, nieuw));
        werkGeschiedenisBij();
        if (woningId.get() != null && nieuw.woning(woningId.get()).isEmpty()) {
            woningId.set(nieuw.woningen().isEmpty() ? null : nieuw.woningen().get(0).id());
        }
        herberekenWoning();
        herberekenComplex();
        LocalDate datum = peildatum.get();
        long id = info.id();
        opslag.bewaarStraks(p -> p.inTransactie(c -> {
            PortfolioRepository.Bewaaruitkomst u = p.repository().bewaar(id, nieuw, reden);
            if (u.iets()) {
                new Waardeerder(p, kern.stelsel(), kern.interpretatie()).waardeer(List.of(id), datum,
                        Waardeerder.Voortgang.GEEN);
            }
            return null;
        }));
    }

    // --- calculating ---

    /** Values the selected dwelling at the peildatum (and the second one), on the calling thread: microseconds. */
    public void herberekenWoning() {
        Geopend g = geopend.get();
        String id = woningId.get();
        if (g == null || id == null || g.complex().woning(id).isEmpty()) {
            woning.set(null);
            woningVergelijk.set(null);
            return;
        }
        Rekenkern.Woningberekening w = kern.woning(g.complex(), id, peildatum.get());
        laatsteDuurMicro = w.duurMicro();
        LocalDate tweede = vergelijkPeildatum.get();
        woningVergelijk.set(tweede != null && kern.heeftTabellen(tweede) ? kern.woning(g.complex(), id, tweede) : null);
        woning.set(w);
        standen.put(id, stand(w.woning(), w.resultaat(), w.signalen()));
    }

    /**
     * Values the open complex in the background. At most one calculation runs at a time: edits that arrive meanwhile
     * start one more when it is done, with the newest state (typing in a 200-dwelling complex does not pile up work
     * on both cores while the UI thread needs them).
     */
    public void herberekenComplex() {
        Geopend g = geopend.get();
        if (g == null) {
            complexBerekening.set(null);
            return;
        }
        long versie = ++complexVersie;
        if (complexBezig) {
            complexOpnieuw = true;
            return;
        }
        complexBezig = true;
        Complex complex = g.complex();
        LocalDate datum = peildatum.get();
        CompletableFuture.supplyAsync(() -> kern.complex(complex, datum), ui.achtergrond()).whenComplete((b, t) -> ui.opUi(() -> {
            complexBezig = false;
            if (complexOpnieuw || versie != complexVersie) {
                complexOpnieuw = false;
                herberekenComplex();
                return;
            }
            if (t != null) {
                toonFout("Complex niet berekend", t);
                return;
            }
            complexBerekening.set(b);
            if (b.gelukt()) {
                Map<String, List<Signaal>> perWoning = perWoning(b.signalen());
                for (int i = 0; i < complex.woningen().size(); i++) {
                    Eenheid e = complex.woningen().get(i);
                    standen.put(e.id(), stand(e, b.resultaat().woningen().get(i).resultaat(),
                            perWoning.getOrDefault(e.id(), List.of())));
                }
            }
        }));
    }

    /**
     * Computes the tree's figures (points, sector, zorg, blocking signals) for every complex of the portfolio in the
     * background, one complex at a time, so that the filters work on the whole portfolio without loading it up front.
     */
    private void indexeer() {
        long versie = ++indexVersie;
        List<ComplexInfo> lijst = List.copyOf(complexen);
        LocalDate datum = peildatum.get();
        CompletableFuture<Void> keten = CompletableFuture.completedFuture(null);
        for (ComplexInfo info : lijst) {
            keten = keten.thenCompose(x -> versie != indexVersie ? CompletableFuture.completedFuture(null)
                    : opslag.doe(p -> p.repository().laad(info.id()))
                    .thenApplyAsync(c -> kern.complex(c, datum), ui.achtergrond())
                    .thenAccept(b -> ui.opUi(() -> {
                        if (versie != indexVersie || !b.gelukt()) {
                            return;
                        }
                        Geopend g = geopend.get();
                        if (g != null && g.info().id() == info.id()) {
                            return; // the open complex has its own, newer figures
                        }
                        Map<String, List<Signaal>> perWoning = perWoning(b.signalen());
                        for (int i = 0; i < b.complex().woningen().size(); i++) {
                            Eenheid e = b.complex().woningen().get(i);
                            standen.put(e.id(), stand(e, b.resultaat().woningen().get(i).resultaat(),
                                    perWoning.getOrDefault(e.id(), List.of())));
                        }
                    })));
        }
        keten.exceptionally(t -> null);
    }

    private static Map<String, List<Signaal>> perWoning(List<Signaal> signalen) {
        Map<String, List<Signaal>> uit = new HashMap<>();
        for (Signaal s : signalen) {
            if (s.eenheid() != null) {
                uit.computeIfAbsent(s.eenheid(), k -> new ArrayList<>()).add(s);
            }
        }
        return uit;
    }

    private static Woningstand stand(Eenheid e, Resultaat r, List<Signaal> signalen) {
        int blokkerend = (int) signalen.stream().filter(s -> s.ernst() == Ernst.BLOKKEREND).count();
        return new Woningstand(e.id(), r.punten(), r.sector(), e.isZorgwoningGeclaimd(), blokkerend);
    }

    private void peildataGewijzigd() {
        if (peildatum.get() == null || !kern.heeftTabellen(peildatum.get())) {
            return;
        }
        herberekenWoning();
        herberekenComplex();
        indexeer();
    }

    // --- scenarios ---

    /** Forks the open complex into a named what-if copy and opens it; the base's calculation stays beside it. */
    public CompletableFuture<Void> maakScenario(String naam) {
        Geopend g = geopend.get();
        if (g == null || g.info().isScenario()) {
            return CompletableFuture.completedFuture(null);
        }
        // the base's calculation, unless the one at hand is of another (or an older) state of the complex
        Rekenkern.Complexberekening bekend = complexBerekening.get();
        LocalDate datum = peildatum.get();
        CompletableFuture<Rekenkern.Complexberekening> basisBerekend = bekend != null && bekend.complex() == g.complex()
                ? CompletableFuture.completedFuture(bekend)
                : CompletableFuture.supplyAsync(() -> kern.complex(g.complex(), datum), ui.achtergrond());
        String woningNu = woningId.get();
        return basisBerekend.thenCombine(opslag.doe(p -> p.repository().maakScenario(g.info().id(), naam)),
                (basis, id) -> new Object[] {basis, id}).thenCompose(paar -> {
            Rekenkern.Complexberekening basis = (Rekenkern.Complexberekening) paar[0];
            long id = (Long) paar[1];
            CompletableFuture<Void> open = new CompletableFuture<>();
            ui.opUi(() -> {
                basisBerekening.set(basis);
                openComplex(id, woningNu).whenComplete((x, t) -> {
                    ui.opUi(() -> status.set("Scenario '" + naam + "' van " + g.complex().weergavenaam() + " geopend"));
                    open.complete(null);
                });
            });
            return open;
        }).exceptionally(t -> {
            ui.opUi(() -> toonFout("Scenario niet gemaakt", t));
            return null;
        });
    }

    /** Adopts the open scenario into its base complex (audited) and opens the base. */
    public CompletableFuture<Void> neemScenarioOver() {
        return sluitScenario(true);
    }

    /** Discards the open scenario and opens the base complex again. */
    public CompletableFuture<Void> verwerpScenario() {
        return sluitScenario(false);
    }

    private CompletableFuture<Void> sluitScenario(boolean overnemen) {
        Geopend g = geopend.get();
        if (g == null || !g.info().isScenario()) {
            return CompletableFuture.completedFuture(null);
        }
        long basisId = g.info().basisId();
        LocalDate datum = peildatum.get();
        String woningNu = woningId.get();
        return opslag.doe(p -> p.inTransactie(c -> {
            if (overnemen) {
                p.repository().neemScenarioOver(g.info().id());
                new Waardeerder(p, kern.stelsel(), kern.interpretatie()).waardeer(List.of(basisId), datum,
                        Waardeerder.Voortgang.GEEN);
            } else {
                p.repository().verwerpScenario(g.info().id());
            }
            return null;
        })).thenCompose(x -> {
            CompletableFuture<Void> klaar = new CompletableFuture<>();
            ui.opUi(() -> {
                geschiedenissen.remove(g.info().id());
                geopend.set(null);
                basisBerekening.set(null);
                status.set("Scenario '" + g.info().scenarioNaam() + "' " + (overnemen ? "overgenomen" : "verworpen"));
                openComplex(basisId, woningNu).thenCompose(y -> verversLijsten()).whenComplete((y, t) -> klaar.complete(null));
            });
            return klaar;
        }).exceptionally(t -> {
            ui.opUi(() -> toonFout(overnemen ? "Scenario niet overgenomen" : "Scenario niet verworpen", t));
            return null;
        });
    }

    // --- closing and errors ---

    /** Stores every pending edit and closes the file (the window closes without asking anything). */
    public void sluit() {
        opslag.close();
    }

    /** Shows a failure as a dialog with its message, never a stack trace. */
    public void toonFout(String titel, Throwable t) {
        dialogen.fouten(titel, inleiding(t), List.of(bericht(t)));
    }

    /** What the user can do, by the kind of store failure (PortfolioFout.soort()). */
    static String inleiding(Throwable t) {
        Throwable o = t;
        while (o.getCause() != null && !(o instanceof PortfolioFout)) {
            o = o.getCause();
        }
        if (!(o instanceof PortfolioFout f)) {
            return "Er ging iets mis:";
        }
        return switch (f.soort()) {
            case IN_GEBRUIK -> "Het bestand is in gebruik; sluit het andere programma en probeer het opnieuw:";
            case ALLEEN_LEZEN -> "Het bestand kan niet worden gewijzigd:";
            case VOL -> "De schijf is vol; maak ruimte vrij en probeer het opnieuw:";
            case BESCHADIGD -> "Het bestand is beschadigd; zet een reservekopie terug:";
            case NIEUWERE_VERSIE -> "Dit bestand is van een nieuwere Puntwijs:";
            case GEEN_PORTEFEUILLE -> "Dit is geen Puntwijs-portefeuille:";
            case NIET_TE_OPENEN -> "Het bestand kan niet worden geopend:";
            case ONGELDIG_VERZOEK -> "Dat kan niet:";
            case DATABASE -> "De portefeuille gaf een fout; er is niets gewijzigd:";
        };
    }

    /** The user-facing message of a failure: the store's and core's messages are written for users. */
    public static String bericht(Throwable t) {
        Throwable oorzaak = t;
        while ((oorzaak instanceof CompletionException || oorzaak instanceof java.util.concurrent.ExecutionException)
                && oorzaak.getCause() != null) {
            oorzaak = oorzaak.getCause();
        }
        String m = oorzaak.getMessage();
        return m == null || m.isBlank() ? "onverwachte fout (" + oorzaak.getClass().getSimpleName() + ")" : m;
    }

    /** Runs something once the store has done everything queued so far (tests). */
    public void naOpslag(Consumer<Portfolio> werk) {
        opslag.doe(p -> {
            werk.accept(p);
            return null;
        }).join();
    }
}
