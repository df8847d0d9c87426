package nl.puntwijs.ui.woning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Melding;
import nl.puntwijs.core.zorg.Voorwaardetoets;
import nl.puntwijs.ui.Opmaak;
import nl.puntwijs.ui.Veld;
import nl.puntwijs.ui.dienst.Rekenkern;
import nl.puntwijs.ui.dienst.Werkruimte;

/**
 * The dwelling editor: rooms and outdoor spaces, the provisions of the chosen room, energy label and WOZ, the
 * zorgwoning checklist and the rents. Every valid change becomes a new {@link Eenheid} handed to the workspace (which
 * recalculates, saves and records it for undo); an invalid input stays at the field with its message and changes
 * nothing. The core's own warnings ({@code ruimten[3].oppervlakte}, ...) are shown at the field they name.
 */
public final class WoningViewModel {

    private static final Pattern RUIMTE_VELD = Pattern.compile("ruimten\\[(\\d+)]\\.?(.*)");

    /** A yes/no condition of the dwelling: inherited from the complex (or not recorded), yes, or no. */
    public enum Keuze {
        ERFT, JA, NEE;

        static Keuze van(Boolean b) {
            return b == null ? ERFT : b ? JA : NEE;
        }

        Boolean waarde() {
            return this == ERFT ? null : this == JA;
        }
    }

    /** One zorg condition as checked at the peildatum. */
    public record Toets(String voorwaarde, String uitkomst, String toelichting, String veld, boolean voldaan,
                        boolean nietVoldaan) {
    }

    private final Werkruimte werkruimte;
    private Eenheid huidige;
    private boolean laden;

    private final StringProperty titel = new SimpleStringProperty(this, "titel", "");
    private final BooleanProperty actief = new SimpleBooleanProperty(this, "actief");
    private final ObservableList<RuimteRij> ruimten = FXCollections.observableArrayList();
    private final FilteredList<RuimteRij> binnen = new FilteredList<>(ruimten, r -> !r.isBuitenruimte());
    private final FilteredList<RuimteRij> buiten = new FilteredList<>(ruimten, RuimteRij::isBuitenruimte);
    private final ObjectProperty<RuimteRij> gekozen = new SimpleObjectProperty<>(this, "gekozen");
    private final ObservableList<Voorziening> voorzieningen = FXCollections.observableArrayList();
    private final Veld<List<BigDecimal>> aanrechten = new Veld<>(WoningViewModel::leesLengtes, null);

    private final ObjectProperty<Energielabel> label = new SimpleObjectProperty<>(this, "label");
    private final Veld<BigDecimal> woz = Veld.bedrag(Veld.tussen("WOZ-waarde", 1_000_000_000, "€"));
    private final StringProperty wozPeildatum = new SimpleStringProperty(this, "wozPeildatum", "");

    private final BooleanProperty zorgwoning = new SimpleBooleanProperty(this, "zorgwoning");
    private final ObjectProperty<Keuze> woongebouw = new SimpleObjectProperty<>(this, "woongebouw", Keuze.ERFT);
    private final Veld<BigDecimal> gangbreedte = Veld.getal(Veld.tussen("gangbreedte", 1_000, "cm"));
    private final Veld<BigDecimal> drempel = Veld.getal(Veld.tussen("drempelhoogte", 100, "cm"));
    private final ObjectProperty<Keuze> liftOfHelling = new SimpleObjectProperty<>(this, "liftOfHelling", Keuze.ERFT);
    private final ObjectProperty<Keuze> alarmWoning = new SimpleObjectProperty<>(this, "alarmWoning", Keuze.ERFT);
    private final ObjectProperty<Keuze> alarmComplex = new SimpleObjectProperty<>(this, "alarmComplex", Keuze.ERFT);
    private final ObjectProperty<Keuze> gemeenschappelijkeRuimte = new SimpleObjectProperty<>(this, "gemRuimte", Keuze.ERFT);
    private final ObjectProperty<Keuze> anderGebouw = new SimpleObjectProperty<>(this, "anderGebouw", Keuze.ERFT);
    private final ObjectProperty<Keuze> binnendoor = new SimpleObjectProperty<>(this, "binnendoor", Keuze.ERFT);
    private final ObservableList<Toets> toetsen = FXCollections.observableArrayList();
    private final StringProperty complexZorg = new SimpleStringProperty(this, "complexZorg", "");
    private final StringProperty gangPrompt = new SimpleStringProperty(this, "gangPrompt", "");
    private final StringProperty drempelPrompt = new SimpleStringProperty(this, "drempelPrompt", "");

    private final Veld<BigDecimal> kaleHuur = Veld.bedrag(Veld.tussen("huur", 100_000, "€"));
    private final Veld<BigDecimal> geplandeHuur = Veld.bedrag(Veld.tussen("geplande huur", 100_000, "€"));
    private final Veld<BigDecimal> servicekosten = Veld.bedrag(Veld.tussen("servicekosten", 100_000, "€"));
    private final Veld<Integer> huishouden = Veld.geheel(Veld.tussen("huishoudgrootte", 1, 1_000, "personen"));

    public WoningViewModel(Werkruimte werkruimte) {
        this.werkruimte = werkruimte;
        werkruimte.geopendProperty().addListener((o, oud, nieuw) -> volg());
        werkruimte.woningIdProperty().addListener((o, oud, nieuw) -> volg());
        werkruimte.woningProperty().addListener((o, oud, nieuw) -> toonBerekening(nieuw));
        gekozen.addListener((o, oud, nieuw) -> laadVoorzieningen());

        aanrechten.bijWijziging(l -> wijzigGekozen(r -> metAanrechten(r, l), "aanrechten"));
        label.addListener((o, oud, nieuw) -> {
            if (!laden && nieuw != null) {
                wijzig(e -> metLabel(e, nieuw), "energielabel");
            }
        });
        woz.bijWijziging(v -> wijzig(e -> metWoz(e, v), "WOZ-waarde"));
        zorgwoning.addListener((o, oud, nieuw) -> {
            if (!laden) {
                wijzig(e -> e.metDoelgroep(nieuw ? Doelgroep.ZORG : (huidige.doelgroep() == Doelgroep.ZORG ? null
                        : huidige.doelgroep())), "zorgwoning");
            }
        });
        keuze(woongebouw, "woongebouw");
        keuze(liftOfHelling, "liftOfHelling");
        keuze(alarmWoning, "alarmWoning");
        keuze(alarmComplex, "alarmComplex");
        keuze(gemeenschappelijkeRuimte, "gemeenschappelijkeRuimteInHuurovereenkomst");
        keuze(anderGebouw, "ruimteInAnderGebouw");
        keuze(binnendoor, "binnendoorBereikbaar");
        gangbreedte.bijWijziging(v -> wijzigZorg("smalsteGangbreedteCm"));
        drempel.bijWijziging(v -> wijzigZorg("hoogsteDrempelCm"));
        kaleHuur.bijWijziging(v -> wijzigHuur("kale huur"));
        geplandeHuur.bijWijziging(v -> wijzigHuur("geplande huur"));
        servicekosten.bijWijziging(v -> wijzigHuur("servicekosten"));
        huishouden.bijWijziging(v -> wijzigHuur("huishoudgrootte"));
        volg();
    }

    // --- properties for the view ---

    public ReadOnlyStringProperty titelProperty() {
        return titel;
    }

    public BooleanProperty actiefProperty() {
        return actief;
    }

    public ObservableList<RuimteRij> ruimten() {
        return ruimten;
    }

    public ObservableList<RuimteRij> binnenruimten() {
        return binnen;
    }

    public ObservableList<RuimteRij> buitenruimten() {
        return buiten;
    }

    public ObjectProperty<RuimteRij> gekozenProperty() {
        return gekozen;
    }

    public ObservableList<Voorziening> voorzieningen() {
        return voorzieningen;
    }

    public Veld<List<BigDecimal>> aanrechten() {
        return aanrechten;
    }

    public ObjectProperty<Energielabel> labelProperty() {
        return label;
    }

    public Veld<BigDecimal> woz() {
        return woz;
    }

    public ReadOnlyStringProperty wozPeildatumProperty() {
        return wozPeildatum;
    }

    public BooleanProperty zorgwoningProperty() {
        return zorgwoning;
    }

    public ObjectProperty<Keuze> woongebouwProperty() {
        return woongebouw;
    }

    public Veld<BigDecimal> gangbreedte() {
        return gangbreedte;
    }

    public Veld<BigDecimal> drempel() {
        return drempel;
    }

    public ObjectProperty<Keuze> liftOfHellingProperty() {
        return liftOfHelling;
    }

    public ObjectProperty<Keuze> alarmWoningProperty() {
        return alarmWoning;
    }

    public ObjectProperty<Keuze> alarmComplexProperty() {
        return alarmComplex;
    }

    public ObjectProperty<Keuze> gemeenschappelijkeRuimteProperty() {
        return gemeenschappelijkeRuimte;
    }

    public ObjectProperty<Keuze> anderGebouwProperty() {
        return anderGebouw;
    }

    public ObjectProperty<Keuze> binnendoorProperty() {
        return binnendoor;
    }

    public ObservableList<Toets> toetsen() {
        return toetsen;
    }

    /** What the complex records for the zorg conditions, as a hint beside the dwelling's own values. */
    public ReadOnlyStringProperty complexZorgProperty() {
        return complexZorg;
    }

    /** The complex's value as a hint in the empty field ("complex: 135"). */
    public ReadOnlyStringProperty gangPromptProperty() {
        return gangPrompt;
    }

    public ReadOnlyStringProperty drempelPromptProperty() {
        return drempelPrompt;
    }

    public Veld<BigDecimal> kaleHuur() {
        return kaleHuur;
    }

    public Veld<BigDecimal> geplandeHuur() {
        return geplandeHuur;
    }

    public Veld<BigDecimal> servicekosten() {
        return servicekosten;
    }

    public Veld<Integer> huishouden() {
        return huishouden;
    }

    /** The text for "inherited" in a yes/no choice: what the complex records, or "niet vastgelegd". */
    public String erftTekst(String veld) {
        Complex c = werkruimte.geopend() == null ? null : werkruimte.geopend().complex();
        Zorgvoorwaarden z = c == null ? null : c.zorg();
        Boolean b = z == null ? null : switch (veld) {
            case "woongebouw" -> z.woongebouw();
            case "liftOfHelling" -> z.liftOfHelling();
            case "alarmWoning" -> z.alarmWoning();
            case "alarmComplex" -> z.alarmComplex();
            case "gemeenschappelijkeRuimteInHuurovereenkomst" -> z.gemeenschappelijkeRuimteInHuurovereenkomst();
            case "ruimteInAnderGebouw" -> z.ruimteInAnderGebouw();
            case "binnendoorBereikbaar" -> z.binnendoorBereikbaar();
            default -> null;
        };
        return b == null ? "niet vastgelegd" : "zoals complex (" + (b ? "ja" : "nee") + ")";
    }

    // --- following the workspace ---

    private void volg() {
        Eenheid e = werkruimte.huidigeWoning();
        actief.set(e != null);
        if (e == null) {
            huidige = null;
            ruimten.clear();
            titel.set("");
            return;
        }
        if (e.equals(huidige)) {
            return; // our own edit coming back
        }
        boolean andereWoning = huidige == null || !huidige.id().equals(e.id());
        huidige = e;
        laad(e, andereWoning);
    }

    private void laad(Eenheid e, boolean andereWoning) {
        laden = true;
        try {
            titel.set(e.id() + (e.adres() == null || e.adres().regel().isEmpty() ? "" : " \u2014 " + e.adres().regel()));
            int gekozenIndex = gekozen.get() == null || andereWoning ? 0 : gekozen.get().index();
            if (!andereWoning && ruimten.size() == e.ruimten().size()) {
                for (int i = 0; i < ruimten.size(); i++) {
                    ruimten.get(i).laad(e.ruimten().get(i));
                }
            } else {
                List<RuimteRij> rijen = new ArrayList<>();
                for (int i = 0; i < e.ruimten().size(); i++) {
                    RuimteRij rij = new RuimteRij(i, e.ruimten().get(i));
                    koppel(rij);
                    rijen.add(rij);
                }
                ruimten.setAll(rijen);
                gekozen.set(ruimten.isEmpty() ? null : ruimten.get(Math.min(gekozenIndex, ruimten.size() - 1)));
            }
            laadVoorzieningen();
            label.set(huidigLabel(e));
            WozWaarde w = laatsteWoz(e);
            woz.laad(w == null ? "" : Opmaak.invoer(w.vastgesteldeWaarde()));
            wozPeildatum.set(w == null ? "" : "waardepeildatum " + w.waardepeildatum());
            zorgwoning.set(e.isZorgwoningGeclaimd());
            Zorgvoorwaarden z = e.zorgvoorwaarden() == null ? Zorgvoorwaarden.ONBEKEND : e.zorgvoorwaarden();
            woongebouw.set(Keuze.van(z.woongebouw()));
            gangbreedte.laad(Opmaak.invoer(z.smalsteGangbreedteCm()));
            drempel.laad(Opmaak.invoer(z.hoogsteDrempelCm()));
            liftOfHelling.set(Keuze.van(z.liftOfHelling()));
            alarmWoning.set(Keuze.van(z.alarmWoning()));
            alarmComplex.set(Keuze.van(z.alarmComplex()));
            gemeenschappelijkeRuimte.set(Keuze.van(z.gemeenschappelijkeRuimteInHuurovereenkomst()));
            anderGebouw.set(Keuze.van(z.ruimteInAnderGebouw()));
            binnendoor.set(Keuze.van(z.binnendoorBereikbaar()));
            Zorgvoorwaarden cz = werkruimte.geopend().complex().zorg();
            gangPrompt.set(cz == null || cz.smalsteGangbreedteCm() == null ? "" : "complex: " + Opmaak.getal(cz.smalsteGangbreedteCm()));
            drempelPrompt.set(cz == null || cz.hoogsteDrempelCm() == null ? "" : "complex: " + Opmaak.getal(cz.hoogsteDrempelCm()));
            complexZorg.set(cz == null ? "Het complex legt geen zorgvoorwaarden vast."
                    : "Complex: gang " + (cz.smalsteGangbreedteCm() == null ? "?" : Opmaak.getal(cz.smalsteGangbreedteCm()))
                    + " cm, drempel " + (cz.hoogsteDrempelCm() == null ? "?" : Opmaak.getal(cz.hoogsteDrempelCm()))
                    + " cm. Een leeg veld neemt de waarde van het complex over." + " (" + werkruimte.geopend().complex()
                    .weergavenaam() + ")");
            Huur h = e.huur();
            kaleHuur.laad(h == null ? "" : Opmaak.invoer(h.kaleHuur()));
            geplandeHuur.laad(h == null ? "" : Opmaak.invoer(h.geplandeHuur()));
            servicekosten.laad(h == null ? "" : Opmaak.invoer(h.servicekosten()));
            huishouden.laad(h == null || h.huishoudgrootte() == null ? "" : String.valueOf(h.huishoudgrootte()));
        } finally {
            laden = false;
        }
        toonBerekening(werkruimte.woningProperty().get());
    }

    private void laadVoorzieningen() {
        RuimteRij r = gekozen.get();
        boolean was = laden;
        laden = true;
        try {
            voorzieningen.setAll(r == null ? List.of() : r.ruimte().voorzieningen());
            aanrechten.laad(r == null ? "" : String.join("; ", r.ruimte().aanrechten().stream()
                    .map(Opmaak::invoer).toList()));
        } finally {
            laden = was;
        }
    }

    /** The checklist and the core's warnings from the newest calculation. */
    private void toonBerekening(Rekenkern.Woningberekening w) {
        if (w == null || huidige == null || !w.woning().id().equals(huidige.id())) {
            return;
        }
        List<Toets> lijst = new ArrayList<>();
        for (Voorwaardetoets t : w.resultaat().zorg().toetsen()) {
            lijst.add(new Toets(t.voorwaarde().omschrijving(), t.uitkomst().tekst(), t.toelichting(), t.veld(),
                    t.uitkomst() == nl.puntwijs.core.zorg.Uitkomst.VOLDAAN,
                    t.uitkomst() == nl.puntwijs.core.zorg.Uitkomst.NIET_VOLDAAN));
        }
        toetsen.setAll(lijst);
        for (RuimteRij r : ruimten) {
            r.meldingProperty().set(null);
        }
        for (Melding m : w.resultaat().meldingen()) {
            if (m.veld() == null) {
                continue;
            }
            Matcher mt = RUIMTE_VELD.matcher(m.veld());
            if (mt.matches()) {
                int i = Integer.parseInt(mt.group(1));
                if (i < ruimten.size()) {
                    RuimteRij r = ruimten.get(i);
                    r.meldingProperty().set(r.meldingProperty().get() == null ? m.tekst()
                            : r.meldingProperty().get() + "\n" + m.tekst());
                }
            }
        }
    }

    // --- editing ---

    private void koppel(RuimteRij rij) {
        rij.naamProperty().addListener((o, a, b) -> ruimteGewijzigd(rij, "naam"));
        rij.soortProperty().addListener((o, a, b) -> ruimteGewijzigd(rij, "soort"));
        rij.detailsoortProperty().addListener((o, a, b) -> ruimteGewijzigd(rij, "detailsoort"));
        rij.oppervlakte().bijWijziging(v -> ruimteGewijzigd(rij, "oppervlakte"));
        rij.lengte().bijWijziging(v -> ruimteGewijzigd(rij, "lengte"));
        rij.breedte().bijWijziging(v -> ruimteGewijzigd(rij, "breedte"));
        rij.verwarmdProperty().addListener((o, a, b) -> ruimteGewijzigd(rij, "verwarmd"));
        rij.verkoeldProperty().addListener((o, a, b) -> ruimteGewijzigd(rij, "verkoeld"));
        rij.gedeeld().bijWijziging(v -> ruimteGewijzigd(rij, "gedeeld"));
    }

    private void ruimteGewijzigd(RuimteRij rij, String veld) {
        if (laden || rij.laden || huidige == null) {
            return;
        }
        if (rij.oppervlakte().fout() != null || rij.lengte().fout() != null || rij.breedte().fout() != null
                || rij.gedeeld().fout() != null) {
            return;
        }
        Ruimte oud = rij.ruimte();
        BigDecimal opp = Opmaak.leesGetal(rij.oppervlakte().tekst());
        BigDecimal l = Opmaak.leesGetal(rij.lengte().tekst());
        BigDecimal b = Opmaak.leesGetal(rij.breedte().tekst());
        if ((veld.equals("lengte") || veld.equals("breedte")) && l != null && b != null) {
            // area from length x width, as measured on the drawing
            opp = l.multiply(b).setScale(2, RoundingMode.HALF_UP);
            rij.laden = true;
            rij.oppervlakte().laad(Opmaak.invoer(opp));
            rij.laden = false;
        }
        Ruimte nieuw = new Ruimte(oud.id(), rij.naamProperty().get() == null || rij.naamProperty().get().isBlank() ? null
                : rij.naamProperty().get(), rij.soortProperty().get(), rij.detailsoortProperty().get(), opp, l, b,
                oud.hoogte(), rij.verwarmdProperty().get(), rij.verkoeldProperty().get(),
                Opmaak.leesGeheel(rij.gedeeld().tekst()), oud.aantal(), oud.voorzieningen(), oud.aanrechten(),
                oud.vasteTrap(), oud.vlizotrap(), oud.laadpalen(), oud.kasten());
        vervangRuimte(rij, nieuw, "ruimte " + oud.weergavenaam() + ": " + veld);
    }

    private void vervangRuimte(RuimteRij rij, Ruimte nieuw, String omschrijving) {
        List<Ruimte> lijst = new ArrayList<>(huidige.ruimten());
        lijst.set(rij.index(), nieuw);
        rij.laden = true;
        rij.laad(nieuw);
        rij.laden = false;
        wijzig(e -> e.metRuimten(lijst), omschrijving);
    }

    private void wijzigGekozen(UnaryOperator<Ruimte> wijziging, String wat) {
        RuimteRij r = gekozen.get();
        if (laden || r == null || huidige == null) {
            return;
        }
        vervangRuimte(r, wijziging.apply(r.ruimte()), "ruimte " + r.ruimte().weergavenaam() + ": " + wat);
    }

    /** Adds a provision to the chosen room. */
    public void voegVoorzieningToe(Voorziening v) {
        if (v == null) {
            return;
        }
        wijzigGekozen(r -> {
            List<Voorziening> l = new ArrayList<>(r.voorzieningen());
            l.add(v);
            return metVoorzieningen(r, l);
        }, "voorziening " + v.naam() + " toegevoegd");
        laadVoorzieningen();
    }

    /** Removes one occurrence of a provision from the chosen room. */
    public void verwijderVoorziening(Voorziening v) {
        if (v == null) {
            return;
        }
        wijzigGekozen(r -> {
            List<Voorziening> l = new ArrayList<>(r.voorzieningen());
            l.remove(v);
            return metVoorzieningen(r, l);
        }, "voorziening " + v.naam() + " verwijderd");
        laadVoorzieningen();
    }

    /** Adds a room (or outdoor space) to the dwelling. */
    public void voegRuimteToe(boolean buitenruimte) {
        if (huidige == null) {
            return;
        }
        List<Ruimte> lijst = new ArrayList<>(huidige.ruimten());
        String id = "R" + (lijst.size() + 1);
        while (bevatId(lijst, id)) {
            id = id + "x";
        }
        lijst.add(buitenruimte
                ? Ruimte.van(RuimteSoort.BUITENRUIMTE, nl.puntwijs.core.model.Detailsoort.BALKON, "4").id(id).naam("Balkon").bouw()
                : Ruimte.van(RuimteSoort.VERTREK, nl.puntwijs.core.model.Detailsoort.SLAAPKAMER, "10").id(id).naam("Nieuwe kamer")
                .verwarmd().bouw());
        wijzig(e -> e.metRuimten(lijst), "ruimte toegevoegd");
        laad(huidige, true);
        gekozen.set(ruimten.get(ruimten.size() - 1));
    }

    /** Removes the chosen room. */
    public void verwijderGekozenRuimte() {
        RuimteRij r = gekozen.get();
        if (huidige == null || r == null) {
            return;
        }
        List<Ruimte> lijst = new ArrayList<>(huidige.ruimten());
        lijst.remove(r.index());
        wijzig(e -> e.metRuimten(lijst), "ruimte " + r.ruimte().weergavenaam() + " verwijderd");
        laad(huidige, true);
    }

    private static boolean bevatId(List<Ruimte> l, String id) {
        return l.stream().anyMatch(r -> id.equals(r.id()));
    }

    private void keuze(ObjectProperty<Keuze> p, String veld) {
        p.addListener((o, oud, nieuw) -> {
            if (!laden && nieuw != null) {
                wijzigZorg(veld);
            }
        });
    }

    private void wijzigZorg(String veld) {
        if (laden || huidige == null || gangbreedte.fout() != null || drempel.fout() != null) {
            return;
        }
        Zorgvoorwaarden z = new Zorgvoorwaarden(woongebouw.get().waarde(), Opmaak.leesGetal(gangbreedte.tekst()),
                Opmaak.leesGetal(drempel.tekst()), liftOfHelling.get().waarde(), alarmWoning.get().waarde(),
                alarmComplex.get().waarde(), gemeenschappelijkeRuimte.get().waarde(), anderGebouw.get().waarde(),
                binnendoor.get().waarde());
        wijzig(e -> e.metZorgvoorwaarden(z.equals(Zorgvoorwaarden.ONBEKEND) ? null : z), "zorgvoorwaarde " + veld);
    }

    private void wijzigHuur(String veld) {
        if (laden || huidige == null || kaleHuur.fout() != null || geplandeHuur.fout() != null
                || servicekosten.fout() != null || huishouden.fout() != null) {
            return;
        }
        Huur oud = huidige.huur();
        Huur h = new Huur(Opmaak.leesBedrag(kaleHuur.tekst()), Opmaak.leesBedrag(geplandeHuur.tekst()),
                Opmaak.leesGeheel(huishouden.tekst()), oud == null ? null : oud.huurverhogingPercentage(),
                oud == null ? null : oud.ingangsdatumHuurverhoging(), Opmaak.leesBedrag(servicekosten.tekst()));
        wijzig(e -> e.metHuur(h), veld);
    }

    private void wijzig(UnaryOperator<Eenheid> wijziging, String omschrijving) {
        if (laden || huidige == null) {
            return;
        }
        Eenheid nieuw = wijziging.apply(huidige);
        if (Objects.equals(nieuw, huidige)) {
            return;
        }
        huidige = nieuw;
        werkruimte.wijzigWoning(nieuw, "woning " + nieuw.id() + ", " + omschrijving);
    }

    // --- model helpers (no calculation: copying records with one field changed) ---

    private static Ruimte metVoorzieningen(Ruimte r, List<Voorziening> v) {
        return new Ruimte(r.id(), r.naam(), r.soort(), r.detailsoort(), r.oppervlakte(), r.lengte(), r.breedte(),
                r.hoogte(), r.verwarmd(), r.verkoeld(), r.gedeeldMetAdressen(), r.aantal(), v, r.aanrechten(),
                r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten());
    }

    private static Ruimte metAanrechten(Ruimte r, List<BigDecimal> a) {
        return new Ruimte(r.id(), r.naam(), r.soort(), r.detailsoort(), r.oppervlakte(), r.lengte(), r.breedte(),
                r.hoogte(), r.verwarmd(), r.verkoeld(), r.gedeeldMetAdressen(), r.aantal(), r.voorzieningen(), a,
                r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten());
    }

    /** The readers' maximum for one counter, in mm. */
    private static final BigDecimal MAXIMUM_AANRECHT_MM = BigDecimal.valueOf(100_000);

    static List<BigDecimal> leesLengtes(String tekst) {
        List<BigDecimal> uit = new ArrayList<>();
        if (tekst == null || tekst.isBlank()) {
            return uit;
        }
        for (String deel : tekst.split("[;\\s]+")) {
            if (!deel.isBlank()) {
                BigDecimal b = Opmaak.leesGetal(deel);
                if (b.signum() <= 0) {
                    throw new NumberFormatException("een aanrechtlengte is groter dan 0 mm");
                }
                if (b.compareTo(MAXIMUM_AANRECHT_MM) > 0) {
                    throw new NumberFormatException("een aanrechtlengte is onwaarschijnlijk groot (meer dan 100000 mm)");
                }
                uit.add(b);
            }
        }
        return uit;
    }

    /** The label the dwelling shows: the newest record with a label. */
    static Energielabel huidigLabel(Eenheid e) {
        return e.energieprestaties().stream().filter(p -> p.label() != null)
                .max(Comparator.comparing(p -> p.begindatum() == null ? LocalDate.MIN : p.begindatum()))
                .map(Energieprestatie::label).orElse(null);
    }

    private static Eenheid metLabel(Eenheid e, Energielabel label) {
        List<Energieprestatie> lijst = new ArrayList<>(e.energieprestaties());
        Energieprestatie nieuwste = lijst.stream().filter(p -> p.label() != null)
                .max(Comparator.comparing(p -> p.begindatum() == null ? LocalDate.MIN : p.begindatum())).orElse(null);
        if (nieuwste != null) {
            lijst.set(lijst.indexOf(nieuwste), new Energieprestatie(nieuwste.soort(), nieuwste.definitief(),
                    nieuwste.begindatum(), nieuwste.einddatum(), label, nieuwste.waarde(), nieuwste.geldigVoorWws()));
        } else {
            LocalDate vanaf = LocalDate.now().minusYears(1);
            lijst.add(0, new Energieprestatie(EnergieprestatieSoort.NTA8800_LABEL, true, vanaf, vanaf.plusYears(10),
                    label, null, null));
        }
        return e.metEnergieprestaties(lijst);
    }

    static WozWaarde laatsteWoz(Eenheid e) {
        return e.wozWaarden().stream().filter(w -> w.waardepeildatum() != null)
                .max(Comparator.comparing(WozWaarde::waardepeildatum)).orElse(null);
    }

    private static Eenheid metWoz(Eenheid e, BigDecimal waarde) {
        List<WozWaarde> lijst = new ArrayList<>(e.wozWaarden());
        WozWaarde laatste = laatsteWoz(e);
        if (laatste != null) {
            lijst.set(lijst.indexOf(laatste), new WozWaarde(laatste.waardepeildatum(), waarde, laatste.beschikkingsdatum()));
        } else {
            lijst.add(new WozWaarde(LocalDate.of(LocalDate.now().getYear() - 1, 1, 1), waarde, null));
        }
        return e.metWozWaarden(lijst);
    }
}
