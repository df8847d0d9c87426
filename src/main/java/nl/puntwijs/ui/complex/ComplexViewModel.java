package nl.puntwijs.ui.complex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.signalen.Subsidieschatting;
import nl.puntwijs.core.signalen.WatAls;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.ui.Opmaak;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * The complex view: its dwellings with points, rent, sector and signals; the shared spaces with their points per
 * dwelling and the allocation matrix (who has a use right, by row with select-all); the method for the shared rooms
 * of zorgwoningen with both outcomes; the SOO panel; the charts' data; and scenarios (fork, compare with the base,
 * adopt or discard). Everything is read from the workspace's complex calculation; every change goes back to the
 * workspace as an edited complex.
 */
public final class ComplexViewModel {

    /** How many dwellings one row of the allocation matrix holds. */
    static final int PER_RIJ = 8;

    /** One dwelling in the complex's table (and, for a scenario, beside the base). */
    public record Woningregel(String eenheidId, String adres, int punten, String maximaleHuur, String huur, Sector sector,
                              int blokkerend, int waarschuwingen, Integer basisPunten, String basisHuur, String verschil) {
    }

    /** One shared space with what it earns. */
    public record Ruimteregel(String id, String naam, String soort, int adressen, String punten, String perWoning,
                              String huurPerMaand, String ruimten) {
    }

    /** A cell of the allocation matrix: one dwelling's use right to the chosen space. */
    public static final class Cel {
        private final String eenheidId;
        private final String label;
        private final BooleanProperty gekoppeld = new SimpleBooleanProperty(this, "gekoppeld");

        Cel(String eenheidId, String label) {
            this.eenheidId = eenheidId;
            this.label = label;
        }

        public String eenheidId() {
            return eenheidId;
        }

        public String label() {
            return label;
        }

        public BooleanProperty gekoppeldProperty() {
            return gekoppeld;
        }
    }

    /** A row of the matrix (a street, in groups of {@link #PER_RIJ}) with its select-all state. */
    public record Matrixrij(String label, List<Cel> cellen) {
    }

    /** A signal that appears or disappears in the scenario. */
    public record Signaalverschil(boolean verschenen, Signaal signaal) {
    }

    private final Werkruimte werkruimte;
    private boolean laden;

    private final StringProperty titel = new SimpleStringProperty(this, "titel", "");
    private final StringProperty samenvatting = new SimpleStringProperty(this, "samenvatting", "");
    private final ObservableList<Woningregel> woningen = FXCollections.observableArrayList();
    private final ObservableList<Ruimteregel> ruimten = FXCollections.observableArrayList();
    private final ObjectProperty<String> gekozenRuimte = new SimpleObjectProperty<>(this, "gekozenRuimte");
    private final ObservableList<Matrixrij> matrix = FXCollections.observableArrayList();
    private final StringProperty matrixUitleg = new SimpleStringProperty(this, "matrixUitleg", "");
    private final ObjectProperty<MethodeGedeeldeRuimten> methode = new SimpleObjectProperty<>(this, "methode");
    private final StringProperty forfaitair = new SimpleStringProperty(this, "forfaitair", "");
    private final StringProperty gemeten = new SimpleStringProperty(this, "gemeten", "");
    private final BooleanProperty heeftZorgwoningen = new SimpleBooleanProperty(this, "heeftZorgwoningen");
    private final ObservableList<Signaal> soo = FXCollections.observableArrayList();
    private final StringProperty subsidie = new SimpleStringProperty(this, "subsidie", "");
    private final SooGegevensViewModel sooGegevens;
    private final ObjectProperty<Map<Sector, Integer>> perSector = new SimpleObjectProperty<>(this, "perSector", Map.of());
    private final ObjectProperty<Map<String, Integer>> verdeling = new SimpleObjectProperty<>(this, "verdeling", Map.of());
    private final BooleanProperty scenario = new SimpleBooleanProperty(this, "scenario");
    private final StringProperty scenarioTekst = new SimpleStringProperty(this, "scenarioTekst", "");
    private final ObservableList<Signaalverschil> signaalverschillen = FXCollections.observableArrayList();
    private final BooleanProperty berekend = new SimpleBooleanProperty(this, "berekend");

    public ComplexViewModel(Werkruimte werkruimte) {
        this.werkruimte = werkruimte;
        this.sooGegevens = new SooGegevensViewModel(werkruimte);
        werkruimte.geopendProperty().addListener((o, a, b) -> complexGewijzigd(a, b));
        werkruimte.complexBerekeningProperty().addListener((o, a, b) -> toon(b));
        werkruimte.basisBerekeningProperty().addListener((o, a, b) -> toon(werkruimte.complexBerekeningProperty().get()));
        gekozenRuimte.addListener((o, a, b) -> bouwMatrix());
        methode.addListener((o, a, b) -> {
            if (!laden && b != null) {
                wijzigMethode(b);
            }
        });
        complexGewijzigd(null, werkruimte.geopend());
        toon(werkruimte.complexBerekeningProperty().get());
    }

    // --- properties ---

    public ReadOnlyStringProperty titelProperty() {
        return titel;
    }

    public ReadOnlyStringProperty samenvattingProperty() {
        return samenvatting;
    }

    public ObservableList<Woningregel> woningen() {
        return woningen;
    }

    public ObservableList<Ruimteregel> ruimten() {
        return ruimten;
    }

    public ObjectProperty<String> gekozenRuimteProperty() {
        return gekozenRuimte;
    }

    public ObservableList<Matrixrij> matrix() {
        return matrix;
    }

    public ReadOnlyStringProperty matrixUitlegProperty() {
        return matrixUitleg;
    }

    public ObjectProperty<MethodeGedeeldeRuimten> methodeProperty() {
        return methode;
    }

    public ReadOnlyStringProperty forfaitairProperty() {
        return forfaitair;
    }

    public ReadOnlyStringProperty gemetenProperty() {
        return gemeten;
    }

    public ReadOnlyBooleanProperty heeftZorgwoningenProperty() {
        return heeftZorgwoningen;
    }

    public ObservableList<Signaal> soo() {
        return soo;
    }

    public ReadOnlyStringProperty subsidieProperty() {
        return subsidie;
    }

    /** The complex's SOO data, editable. */
    public SooGegevensViewModel sooGegevens() {
        return sooGegevens;
    }

    public ObjectProperty<Map<Sector, Integer>> perSectorProperty() {
        return perSector;
    }

    /** Dwellings per band of ten points ("140-149"), in order. */
    public ObjectProperty<Map<String, Integer>> verdelingProperty() {
        return verdeling;
    }

    public ReadOnlyBooleanProperty scenarioProperty() {
        return scenario;
    }

    public ReadOnlyStringProperty scenarioTekstProperty() {
        return scenarioTekst;
    }

    public ObservableList<Signaalverschil> signaalverschillen() {
        return signaalverschillen;
    }

    public ReadOnlyBooleanProperty berekendProperty() {
        return berekend;
    }

    // --- following the workspace ---

    private void complexGewijzigd(Werkruimte.Geopend oud, Werkruimte.Geopend nieuw) {
        laden = true;
        try {
            if (nieuw == null) {
                titel.set("");
                ruimten.clear();
                matrix.clear();
                scenario.set(false);
                return;
            }
            Complex c = nieuw.complex();
            titel.set(nieuw.info().weergavenaam() + " \u2014 " + c.woningen().size() + " woningen, "
                    + c.gedeeldeRuimten().size() + " gedeelde ruimte" + (c.gedeeldeRuimten().size() == 1 ? "" : "n"));
            methode.set(c.methode());
            heeftZorgwoningen.set(c.woningen().stream().anyMatch(Eenheid::isZorgwoningGeclaimd));
            scenario.set(nieuw.info().isScenario());
            scenarioTekst.set(nieuw.info().isScenario() ? "Scenario '" + nieuw.info().scenarioNaam()
                    + "': wijzigingen gaan naar de kopie; de basis blijft ongewijzigd tot u het scenario overneemt." : "");
            boolean ander = oud == null || oud.info().id() != nieuw.info().id();
            String kies = gekozenRuimte.get();
            if (ander || kies == null || c.gedeeldeRuimten().stream().noneMatch(g -> g.id().equals(kies))) {
                gekozenRuimte.set(c.gedeeldeRuimten().isEmpty() ? null : c.gedeeldeRuimten().get(0).id());
            }
            if (ander || matrixStructuurAnders(c)) {
                bouwMatrix();
            } else {
                werkMatrixBij(c);
            }
        } finally {
            laden = false;
        }
    }

    private void toon(Rekenkern.Complexberekening b) {
        Werkruimte.Geopend g = werkruimte.geopend();
        berekend.set(b != null && b.gelukt());
        if (b == null || g == null) {
            woningen.clear();
            return;
        }
        if (!b.gelukt()) {
            woningen.clear();
            signaalverschillen.clear();
            samenvatting.set("Het complex kan niet worden berekend: " + String.join("; ", b.meldingen().stream()
                    .filter(nl.puntwijs.core.complex.Complexmelding::fout).map(Object::toString).toList()));
            return;
        }
        ComplexResultaat r = b.resultaat();
        Map<String, long[]> signalen = new LinkedHashMap<>();
        for (Signaal s : b.signalen()) {
            if (s.eenheid() != null) {
                long[] t = signalen.computeIfAbsent(s.eenheid(), k -> new long[2]);
                if (s.ernst() == Ernst.BLOKKEREND) {
                    t[0]++;
                } else if (s.ernst() == Ernst.WAARSCHUWING) {
                    t[1]++;
                }
            }
        }
        Rekenkern.Complexberekening basis = werkruimte.basisBerekeningProperty().get();
        Map<String, ComplexResultaat.Woning> basisPerId = new LinkedHashMap<>();
        if (basis != null && basis.gelukt()) {
            for (ComplexResultaat.Woning w : basis.resultaat().woningen()) {
                basisPerId.put(w.eenheidId(), w);
            }
        }
        List<Woningregel> regels = new ArrayList<>();
        Map<String, Integer> banden = new TreeMap<>();
        for (int i = 0; i < r.woningen().size(); i++) {
            ComplexResultaat.Woning w = r.woningen().get(i);
            Eenheid e = b.complex().woningen().get(i);
            long[] t = signalen.getOrDefault(w.eenheidId(), new long[2]);
            ComplexResultaat.Woning bw = basisPerId.get(w.eenheidId());
            String verschil = bw == null ? "" : Opmaak.verschil(BigDecimal.valueOf(w.resultaat().punten()
                    - bw.resultaat().punten())) + " p / " + Opmaak.verschilEuro(w.resultaat().maximaleHuurInclusiefOpslag()
                    .subtract(bw.resultaat().maximaleHuurInclusiefOpslag()));
            regels.add(new Woningregel(w.eenheidId(), e.adres() == null ? "" : e.adres().regel(), w.resultaat().punten(),
                    Opmaak.euro(w.resultaat().maximaleHuurInclusiefOpslag()), e.huur() == null || e.huur().kaleHuur() == null
                    ? "" : Opmaak.euro(e.huur().kaleHuur()), w.resultaat().sector(), (int) t[0], (int) t[1],
                    bw == null ? null : bw.resultaat().punten(), bw == null ? "" : Opmaak.euro(bw.resultaat()
                    .maximaleHuurInclusiefOpslag()), verschil));
            int band = w.resultaat().punten() / 10 * 10;
            banden.merge(String.format("%03d", band), 1, Integer::sum);
        }
        woningen.setAll(regels);
        Map<String, Integer> verdelingUit = new LinkedHashMap<>();
        banden.forEach((k, v) -> {
            int band = Integer.parseInt(k);
            verdelingUit.put(band + "\u2013" + (band + 9), v);
        });
        verdeling.set(verdelingUit);
        Map<Sector, Integer> sectoren = new EnumMap<>(Sector.class);
        sectoren.putAll(r.totalen().perSector());
        perSector.set(sectoren);

        ComplexResultaat.Totalen t = r.totalen();
        samenvatting.set(t.woningen() + " woningen, gemiddeld " + Opmaak.getal(t.gemiddeldePunten()) + " punten ("
                + t.minimumPunten() + "\u2013" + t.maximumPunten() + "), maximale huur samen " + Opmaak.euro(t.totaleMaximaleHuur())
                + " per maand; uit gedeelde ruimten " + Opmaak.getal(t.puntenUitGedeeldeRuimten()) + " punten, uit de zorgtoeslag "
                + Opmaak.getal(t.puntenUitZorgtoeslag()) + " punten");

        List<Ruimteregel> rr = new ArrayList<>();
        for (ComplexResultaat.Toedeling td : r.gedeeldeRuimten()) {
            GedeeldeRuimte gr = td.ruimte();
            BigDecimal totaal = td.punten().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal m2 = gr.ruimten().stream().map(Ruimte::oppervlakte).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rr.add(new Ruimteregel(gr.id(), gr.weergavenaam(), gr.soort() == null ? "" : gr.soort().naam(), td.adressen(),
                    Opmaak.getal(totaal), Opmaak.getal(td.puntenPerWoning()), Opmaak.euro(td.huurPerMaand()),
                    gr.ruimten().size() + " ruimte" + (gr.ruimten().size() == 1 ? "" : "n") + ", " + Opmaak.getal(m2) + " m²"));
        }
        ruimten.setAll(rr);
        matrixUitleg.set(uitleg(r));

        // both methods for the shared rooms of zorgwoningen
        int puntenGekozen = 0;
        int puntenAnder = 0;
        BigDecimal huurGekozen = BigDecimal.ZERO;
        BigDecimal huurAnder = BigDecimal.ZERO;
        for (ComplexResultaat.Woning w : r.woningen()) {
            puntenGekozen += w.resultaat().punten();
            puntenAnder += w.andereMethode().punten();
            huurGekozen = huurGekozen.add(w.resultaat().maximaleHuurInclusiefOpslag());
            huurAnder = huurAnder.add(w.andereMethode().maximaleHuurInclusiefOpslag());
        }
        String gekozenTekst = puntenGekozen + " punten samen, maximale huur " + Opmaak.euro(huurGekozen) + " per maand";
        String anderTekst = puntenAnder + " punten samen, maximale huur " + Opmaak.euro(huurAnder) + " per maand";
        boolean forf = r.methode() == MethodeGedeeldeRuimten.FORFAITAIR;
        forfaitair.set(forf ? gekozenTekst : anderTekst);
        gemeten.set(forf ? anderTekst : gekozenTekst);

        soo.setAll(b.signalen().stream().filter(s -> s.code().startsWith("SOO")).toList());
        Subsidieschatting sch = b.subsidie().orElse(null);
        subsidie.set(sch == null ? "Geen schatting: geen ontmoetingsruimte, geen oppervlakte of geen subsidieronde."
                : "Geschatte SOO-subsidie " + Opmaak.euro(sch.subsidie()) + " (ronde " + sch.ronde() + ", "
                + sch.band() + ": " + Opmaak.getal(sch.oppervlakteM2()) + " m² \u00d7 " + Opmaak.euro(sch.bedragPerM2())
                + (sch.begrensd() ? ", begrensd op " + Opmaak.euro(sch.plafond()) : "") + ")"
                + (sch.onbevestigd() ? " \u2014 bedrag onbevestigd" : ""));

        if (basis != null && basis.gelukt()) {
            WatAls.Uitkomst u = WatAls.verschil(basis.signalen(), b.signalen());
            List<Signaalverschil> v = new ArrayList<>();
            u.verschenen().forEach(s -> v.add(new Signaalverschil(true, s)));
            u.verdwenen().forEach(s -> v.add(new Signaalverschil(false, s)));
            signaalverschillen.setAll(v);
        } else {
            signaalverschillen.clear();
        }
    }

    private String uitleg(ComplexResultaat r) {
        String id = gekozenRuimte.get();
        for (ComplexResultaat.Toedeling td : r.gedeeldeRuimten()) {
            if (td.ruimte().id().equals(id)) {
                return td.ruimte().weergavenaam() + ": " + Opmaak.getal(td.punten().values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)) + " punten / " + td.adressen() + " adressen = "
                        + Opmaak.getal(td.puntenPerWoning()) + " punten per woning (BB26 §2.9.7)";
            }
        }
        return "";
    }

    // --- allocation matrix ---

    private GedeeldeRuimte ruimte(Complex c) {
        String id = gekozenRuimte.get();
        return id == null ? null : c.gedeeldeRuimten().stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    private boolean matrixStructuurAnders(Complex c) {
        int cellen = matrix.stream().mapToInt(m -> m.cellen().size()).sum();
        return cellen != c.woningen().size();
    }

    private void bouwMatrix() {
        Werkruimte.Geopend g = werkruimte.geopend();
        if (g == null || ruimte(g.complex()) == null) {
            matrix.clear();
            return;
        }
        Complex c = g.complex();
        Map<String, List<Eenheid>> perStraat = new LinkedHashMap<>();
        for (Eenheid e : c.woningen()) {
            String straat = e.adres() == null || e.adres().straatnaam() == null ? "" : e.adres().straatnaam();
            perStraat.computeIfAbsent(straat, k -> new ArrayList<>()).add(e);
        }
        List<Matrixrij> rijen = new ArrayList<>();
        for (Map.Entry<String, List<Eenheid>> s : perStraat.entrySet()) {
            List<Eenheid> l = s.getValue();
            for (int i = 0; i < l.size(); i += PER_RIJ) {
                List<Eenheid> deel = l.subList(i, Math.min(l.size(), i + PER_RIJ));
                List<Cel> cellen = new ArrayList<>();
                for (Eenheid e : deel) {
                    Cel cel = new Cel(e.id(), kort(e));
                    cel.gekoppeldProperty().addListener((o, a, b) -> {
                        if (!laden) {
                            koppel(List.of(cel.eenheidId()), b);
                        }
                    });
                    cellen.add(cel);
                }
                String label = (s.getKey().isEmpty() ? "" : s.getKey() + " ") + kort(deel.get(0))
                        + (deel.size() > 1 ? "\u2013" + kort(deel.get(deel.size() - 1)) : "");
                rijen.add(new Matrixrij(label.strip(), cellen));
            }
        }
        boolean was = laden;
        laden = true;
        try {
            matrix.setAll(rijen);
            werkMatrixBij(c);
        } finally {
            laden = was;
        }
    }

    private void werkMatrixBij(Complex c) {
        GedeeldeRuimte r = ruimte(c);
        boolean was = laden;
        laden = true;
        try {
            for (Matrixrij rij : matrix) {
                for (Cel cel : rij.cellen()) {
                    cel.gekoppeldProperty().set(r != null && r.woningen().contains(cel.eenheidId()));
                }
            }
        } finally {
            laden = was;
        }
    }

    private static String kort(Eenheid e) {
        if (e.adres() != null && e.adres().huisnummer() != null) {
            return e.adres().huisnummer() + (e.adres().huisnummerToevoeging() == null ? "" : e.adres().huisnummerToevoeging());
        }
        return e.id();
    }

    /** Whether every dwelling of a row has a use right. */
    public boolean rijGekoppeld(Matrixrij rij) {
        return rij.cellen().stream().allMatch(c -> c.gekoppeldProperty().get());
    }

    /** Gives (or takes) the use right to the chosen space for a whole row: one edit. */
    public void koppelRij(Matrixrij rij, boolean aan) {
        koppel(rij.cellen().stream().map(Cel::eenheidId).toList(), aan);
    }

    /** Gives (or takes) every dwelling the use right to the chosen space. */
    public void koppelAlles(boolean aan) {
        koppel(matrix.stream().flatMap(m -> m.cellen().stream()).map(Cel::eenheidId).toList(), aan);
    }

    /** Gives or takes the use right of dwellings to the chosen space. */
    public void koppel(List<String> eenheden, boolean aan) {
        Werkruimte.Geopend g = werkruimte.geopend();
        if (g == null) {
            return;
        }
        Complex c = g.complex();
        GedeeldeRuimte r = ruimte(c);
        if (r == null) {
            return;
        }
        List<String> ids = new ArrayList<>(r.woningen());
        for (String e : eenheden) {
            if (aan && !ids.contains(e)) {
                ids.add(e);
            } else if (!aan) {
                ids.remove(e);
            }
        }
        if (ids.equals(r.woningen())) {
            return;
        }
        List<String> volgorde = c.woningen().stream().map(Eenheid::id).filter(ids::contains).toList();
        List<GedeeldeRuimte> lijst = new ArrayList<>(c.gedeeldeRuimten());
        lijst.set(lijst.indexOf(r), r.metWoningen(volgorde));
        werkruimte.wijzigComplex(c.metGedeeldeRuimten(lijst), "gebruiksrecht " + r.weergavenaam() + (eenheden.size() == 1 ? " woning "
                + eenheden.get(0) : " " + eenheden.size() + " woningen") + (aan ? " gekoppeld" : " ontkoppeld"));
        werkMatrixBij(werkruimte.geopend().complex());
    }

    private void wijzigMethode(MethodeGedeeldeRuimten m) {
        Werkruimte.Geopend g = werkruimte.geopend();
        if (g == null || g.complex().methode() == m) {
            return;
        }
        Complex c = g.complex();
        werkruimte.wijzigComplex(c.metMethode(m), "methode gedeelde ruimten: " + m.code());
    }

    // --- scenarios ---

    /** Forks the complex into a named what-if copy (asks the name). */
    public void maakScenario() {
        Werkruimte.Geopend g = werkruimte.geopend();
        if (g == null || g.info().isScenario()) {
            return;
        }
        werkruimte.dialogen().vraagTekst("Scenario maken", "Naam van het scenario voor " + g.complex().weergavenaam()
                + " (een kopie om mee te rekenen; de basis verandert niet):", "Wat als").ifPresent(werkruimte::maakScenario);
    }

    public void neemScenarioOver() {
        werkruimte.neemScenarioOver();
    }

    public void verwerpScenario() {
        werkruimte.verwerpScenario();
    }

    /** Selects a dwelling of the table in the editor. */
    public void kiesWoning(String eenheidId) {
        if (eenheidId != null) {
            werkruimte.selecteerWoning(eenheidId);
        }
    }
}
