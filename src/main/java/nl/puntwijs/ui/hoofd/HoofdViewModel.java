package nl.puntwijs.ui.hoofd;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.puntwijs.export.Exportverslag;
import nl.puntwijs.store.Waardeerder;
import nl.puntwijs.store.invoer.Importeur;
import nl.puntwijs.store.invoer.Importverzameling;
import nl.puntwijs.ui.Teksten;
import nl.puntwijs.ui.dienst.Bestandsopener;
import nl.puntwijs.ui.dienst.ExcelExport;
import nl.puntwijs.ui.dienst.Instellingen;
import nl.puntwijs.ui.dienst.Werkruimte;
import nl.puntwijs.ui.taak.TaakViewModel;

/**
 * The window's toolbar and menus: the peildatum (and an optional second one to compare), open, new, import, export,
 * rescore, undo and redo, recent files and the language. Long work goes through {@link TaakViewModel}.
 */
public final class HoofdViewModel {

    private final Werkruimte werkruimte;
    private final Instellingen instellingen;
    private final TaakViewModel taak;
    private final ExcelExport export;
    private final Optional<Bestandsopener> opener;
    private final BooleanProperty vergelijken = new SimpleBooleanProperty(this, "vergelijken");
    private final ObjectProperty<LocalDate> tweedePeildatum = new SimpleObjectProperty<>(this, "tweedePeildatum");
    private final ObjectProperty<LocalDate> peildatum = new SimpleObjectProperty<>(this, "peildatum");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final StringBinding titel;

    /** @param opener opens the written workbook; empty where the system has no program to open it with (headless) */
    public HoofdViewModel(Werkruimte werkruimte, Instellingen instellingen, TaakViewModel taak,
                          Optional<Bestandsopener> opener) {
        this.werkruimte = werkruimte;
        this.instellingen = instellingen;
        this.taak = taak;
        this.export = new ExcelExport(werkruimte.kern());
        this.opener = opener;
        LocalDate p = werkruimte.peildatumProperty().get();
        peildatum.set(p);
        tweedePeildatum.set(p.minusYears(1));
        peildatum.addListener((o, oud, nieuw) -> {
            if (nieuw == null || nieuw.equals(werkruimte.peildatumProperty().get())) {
                return;
            }
            if (!werkruimte.kern().heeftTabellen(nieuw)) {
                werkruimte.dialogen().fouten(Teksten.t("hoofd.peildatum"), Teksten.t("hoofd.geenTabellen"),
                        List.of(tabellenFout(nieuw)));
                peildatum.set(oud);
                return;
            }
            werkruimte.peildatumProperty().set(nieuw);
        });
        Runnable vergelijk = () -> {
            LocalDate t = tweedePeildatum.get();
            if (vergelijken.get() && t != null && !werkruimte.kern().heeftTabellen(t)) {
                werkruimte.dialogen().fouten(Teksten.t("hoofd.vergelijk"), Teksten.t("hoofd.geenTabellen"),
                        List.of(tabellenFout(t)));
                vergelijken.set(false);
                return;
            }
            werkruimte.vergelijkPeildatumProperty().set(vergelijken.get() ? t : null);
        };
        vergelijken.addListener((o, a, b) -> vergelijk.run());
        tweedePeildatum.addListener((o, a, b) -> vergelijk.run());
        recent.setAll(instellingen.recenteBestanden());
        werkruimte.bestandProperty().addListener((o, a, b) -> {
            if (b != null) {
                instellingen.geopend(b);
                recent.setAll(instellingen.recenteBestanden());
            }
        });
        titel = Bindings.createStringBinding(() -> {
            Path b = werkruimte.bestandProperty().get();
            Werkruimte.Geopend g = werkruimte.geopendProperty().get();
            return "Puntwijs" + (b == null ? "" : " \u2014 " + b.getFileName()) + (g == null ? "" : " \u2014 "
                    + g.info().weergavenaam());
        }, werkruimte.bestandProperty(), werkruimte.geopendProperty());
    }

    private String tabellenFout(LocalDate d) {
        try {
            werkruimte.kern().tabellenboek().voor(d);
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    public StringBinding titelProperty() {
        return titel;
    }

    public ObjectProperty<LocalDate> peildatumProperty() {
        return peildatum;
    }

    public BooleanProperty vergelijkenProperty() {
        return vergelijken;
    }

    public ObjectProperty<LocalDate> tweedePeildatumProperty() {
        return tweedePeildatum;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public ReadOnlyBooleanProperty kanOngedaanProperty() {
        return werkruimte.kanOngedaanProperty();
    }

    public ReadOnlyBooleanProperty kanOpnieuwProperty() {
        return werkruimte.kanOpnieuwProperty();
    }

    public ReadOnlyBooleanProperty bezigProperty() {
        return taak.bezigProperty();
    }

    // --- actions ---

    public void ongedaan() {
        werkruimte.ongedaan();
    }

    public void opnieuw() {
        werkruimte.opnieuw();
    }

    public void openen() {
        werkruimte.dialogen().kiesBestand(Teksten.t("hoofd.openen"), Teksten.t("hoofd.portefeuilles"),
                List.of("*.puntwijs")).ifPresent(this::open);
    }

    public void open(Path pad) {
        werkruimte.open(pad);
    }

    public void nieuw() {
        werkruimte.dialogen().kiesDoel(Teksten.t("hoofd.nieuw"), "Portefeuille.puntwijs", Teksten.t("hoofd.portefeuilles"),
                List.of("*.puntwijs")).ifPresent(p -> {
                    Path pad = p.getFileName().toString().endsWith(".puntwijs") ? p : p.resolveSibling(p.getFileName() + ".puntwijs");
                    if (java.nio.file.Files.exists(pad)) {
                        werkruimte.dialogen().fouten(Teksten.t("hoofd.nieuw"), Teksten.t("hoofd.bestaatAl"), List.of(pad.toString()));
                        return;
                    }
                    open(pad);
                });
    }

    /** Imports VERA JSON, complex files and filled-in templates into the open portfolio, as a task. */
    public void importeren() {
        List<Path> bestanden = werkruimte.dialogen().kiesBestanden(Teksten.t("hoofd.importeren"),
                Teksten.t("hoofd.invoerbestanden"), List.of("*.json", "*.xlsx"));
        if (!bestanden.isEmpty()) {
            importeer(bestanden);
        }
    }

    public boolean importeer(List<Path> bestanden) {
        LocalDate datum = werkruimte.peildatumProperty().get();
        return taak.start(Teksten.t("hoofd.importeren"), (p, ctx) -> {
            List<String> fouten = new ArrayList<>();
            List<Importeur.Invoerbestand> invoer = Importeur.verzamel(bestanden, fouten);
            if (!fouten.isEmpty()) {
                return new Importuitslag(null, fouten);
            }
            Importeur.Rapport r = new Importeur(p, werkruimte.kern().stelsel()).importeer(invoer,
                    new Importeur.Opties(null, false, datum), (fase, gedaan, totaal) -> ctx.meld(fase, gedaan, totaal));
            return new Importuitslag(r, List.of());
        }, this::importKlaar);
    }

    private record Importuitslag(Importeur.Rapport rapport, List<String> fouten) {
    }

    private void importKlaar(Importuitslag u) {
        if (u.rapport() == null) {
            werkruimte.dialogen().fouten(Teksten.t("hoofd.importeren"), Teksten.t("hoofd.importNiets"), u.fouten());
            return;
        }
        Importeur.Rapport r = u.rapport();
        List<String> regels = new ArrayList<>();
        for (Importverzameling.Ongeldig o : r.ongeldig()) {
            for (String reden : o.redenen()) {
                regels.add(o.locatie() + (o.eenheidId() == null ? "" : " (eenheid " + o.eenheidId() + ")") + ": " + reden);
            }
        }
        for (String w : r.waarschuwingen()) {
            regels.add("waarschuwing: " + w);
        }
        regels.addAll(r.waarderingsfouten());
        if (!r.opgeslagen()) {
            werkruimte.dialogen().fouten(Teksten.t("hoofd.importeren"), Teksten.t("hoofd.importNiets"),
                    regels.isEmpty() ? List.of(Teksten.t("hoofd.geenEenheden")) : regels);
            return;
        }
        werkruimte.verversLijsten();
        String samen = r.opgeslagenRecords() + " eenheden in " + r.complexen().size() + " complex"
                + (r.complexen().size() == 1 ? "" : "en") + " geïmporteerd; " + r.gewaardeerd() + " resultaten op "
                + r.peildatum();
        if (regels.isEmpty()) {
            werkruimte.statusProperty().set(samen);
        } else {
            werkruimte.dialogen().fouten(Teksten.t("hoofd.importeren"), samen + ". " + Teksten.t("hoofd.meldingen"), regels);
        }
    }

    /** Values every dwelling at the peildatum again and stores the results, as a task. */
    public void herwaarderen() {
        LocalDate datum = werkruimte.peildatumProperty().get();
        taak.start(Teksten.t("hoofd.herwaarderen"), (p, ctx) -> new Waardeerder(p, werkruimte.kern().stelsel(),
                werkruimte.kern().interpretatie()).waardeerAlles(datum, (gedaan, totaal) -> ctx.meld("gewaardeerd",
                gedaan, totaal)), (Waardeerder.Uitkomst u) -> {
                    werkruimte.verversLijsten();
                    if (u.fouten().isEmpty()) {
                        werkruimte.statusProperty().set(u.gewaardeerd() + " woningen gewaardeerd op " + datum);
                    } else {
                        werkruimte.dialogen().fouten(Teksten.t("hoofd.herwaarderen"), u.gewaardeerd()
                                + " woningen gewaardeerd; niet gewaardeerd:", u.fouten());
                    }
                });
    }

    /** Writes the board report of the whole portfolio (its complexes, without scenarios), as a task. */
    public void exporteren() {
        exporteer(List.of(), null);
    }

    /** Writes the board report of the open complex, or of the open scenario alone, as a task. */
    public void exporteerGeopend() {
        Werkruimte.Geopend g = werkruimte.geopend();
        if (g != null) {
            exporteer(List.of(g.info().id()), g.info().weergavenaam());
        }
    }

    /**
     * Asks for the target and exports at the peildatum, with the second peildatum as vergelijkdatum while comparing.
     *
     * @param complexIds empty for the whole portfolio
     * @param naam       the complex or scenario exported, for the proposed file name and the report's title; null for
     *                   the whole portfolio
     */
    private void exporteer(List<Long> complexIds, String naam) {
        Path bestand = werkruimte.bestandProperty().get();
        if (bestand == null) {
            return;
        }
        LocalDate datum = werkruimte.peildatumProperty().get();
        String portefeuille = bestand.getFileName().toString().replaceFirst("\\.puntwijs$", "");
        String voorstel = (portefeuille + (naam == null ? "" : "-" + naam) + "-" + datum)
                .replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
        String titel = naam == null ? null : portefeuille + " \u2014 " + naam;
        werkruimte.dialogen().kiesDoel(Teksten.t("hoofd.exporteren"), voorstel, "Excel", List.of("*.xlsx"))
                .ifPresent(gekozen -> {
                    // the platform dialog does not add the extension everywhere; the export refuses a name without it
                    Path doel = gekozen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? gekozen
                            : gekozen.resolveSibling(gekozen.getFileName() + ".xlsx");
                    ExcelExport.Verzoek v = new ExcelExport.Verzoek(doel, datum,
                            werkruimte.vergelijkPeildatumProperty().get(), complexIds, titel);
                    taak.start(Teksten.t("hoofd.exporteren"), Teksten.t("hoofd.exportOngewijzigd"),
                            (p, ctx) -> export.exporteer(p, v, ctx), this::exportKlaar);
                });
    }

    private void exportKlaar(Exportverslag verslag) {
        // the export stored the results the portfolio lacked at the peildata
        werkruimte.verversLijsten();
        String naam = verslag.bestand().getFileName().toString();
        String samen = Teksten.t("hoofd.exportKlaar", naam, verslag.complexen(), verslag.woningen());
        werkruimte.statusProperty().set(samen);
        if (!verslag.volledig()) {
            werkruimte.dialogen().fouten(Teksten.t("hoofd.exporteren"), samen + ". " + Teksten.t("hoofd.nietOpgenomen"),
                    verslag.nietOpgenomen());
        }
        opener.ifPresent(o -> {
            if (werkruimte.dialogen().bevestig(Teksten.t("hoofd.exporteren"), Teksten.t("hoofd.exportOpenen", naam))) {
                try {
                    o.open(verslag.bestand());
                } catch (RuntimeException e) {
                    werkruimte.toonFout(Teksten.t("hoofd.exporteren"), e);
                }
            }
        });
    }

    /** The language for the next start. */
    public void taal(Locale taal) {
        instellingen.taal(taal);
        werkruimte.dialogen().melding(Teksten.t("hoofd.taal"), Teksten.t("hoofd.taalNaHerstart"));
    }
}
