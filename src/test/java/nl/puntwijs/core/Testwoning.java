package nl.puntwijs.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.io.tabellen.TabellenLader;

/**
 * Test fixture: a dwelling built step by step through the domain model (not VERA), valued with the shipped
 * tables. Defaults: meergezins, no monument, no label, no WOZ value, no rooms.
 */
public final class Testwoning {

    public static final Stelsel STELSEL = new Stelsel(TabellenLader.standaard());

    private String id = "test";
    private Adres adres;
    private Integer bouwjaar;
    private LocalDate beginBouwdatum;
    private LocalDate eersteIngebruikname;
    private LocalDate datumHuurovereenkomst;
    private PandSoort pandSoort = PandSoort.MEERGEZINS;
    private final Set<Monument> monumenten = EnumSet.noneOf(Monument.class);
    private Doelgroep doelgroep;
    private Integer gebruiksoppervlakte;
    private final List<Energieprestatie> energieprestaties = new ArrayList<>();
    private final List<Energieprestatievergoeding> epv = new ArrayList<>();
    private final List<WozWaarde> woz = new ArrayList<>();
    private BigDecimal taxatiewaarde;
    private final List<Ruimte> ruimten = new ArrayList<>();
    private final List<Gehandicaptenvoorziening> gehandicapten = new ArrayList<>();
    private Zorgvoorwaarden zorgvoorwaarden;
    private Huur huur;

    public static Testwoning nieuw() {
        return new Testwoning();
    }

    public Testwoning id(String value) {
        this.id = value;
        return this;
    }

    public Testwoning adres(String woonplaats, String woonplaatscode) {
        this.adres = new Adres(null, null, null, null, woonplaats, woonplaatscode);
        return this;
    }

    public Testwoning bouwjaar(int jaar) {
        this.bouwjaar = jaar;
        return this;
    }

    public Testwoning nieuwbouw(String beginBouw, String eersteGebruik) {
        this.beginBouwdatum = LocalDate.parse(beginBouw);
        this.eersteIngebruikname = LocalDate.parse(eersteGebruik);
        return this;
    }

    public Testwoning huurovereenkomst(String datum) {
        this.datumHuurovereenkomst = LocalDate.parse(datum);
        return this;
    }

    public Testwoning eengezins() {
        this.pandSoort = PandSoort.EENGEZINS;
        return this;
    }

    public Testwoning pandSoort(PandSoort soort) {
        this.pandSoort = soort;
        return this;
    }

    public Testwoning monument(Monument m) {
        monumenten.add(m);
        return this;
    }

    public Testwoning zorgwoning() {
        this.doelgroep = Doelgroep.ZORG;
        return this;
    }

    /** Claimed as a zorgwoning with these conditions recorded. */
    public Testwoning zorgwoning(Zorgvoorwaarden voorwaarden) {
        this.doelgroep = Doelgroep.ZORG;
        this.zorgvoorwaarden = voorwaarden;
        return this;
    }

    public Testwoning gebruiksoppervlakte(int m2) {
        this.gebruiksoppervlakte = m2;
        return this;
    }

    /** A definitive NTA 8800 label recorded on {@code opname}, valid 10 years. */
    public Testwoning label(Energielabel label, String opname) {
        LocalDate d = LocalDate.parse(opname);
        energieprestaties.add(new Energieprestatie(EnergieprestatieSoort.NTA8800_LABEL, true, d, d.plusYears(10), label,
                null, null));
        return this;
    }

    public Testwoning energieprestatie(Energieprestatie p) {
        energieprestaties.add(p);
        return this;
    }

    public Testwoning epv(String begin, String eind) {
        epv.add(new Energieprestatievergoeding(begin == null ? null : LocalDate.parse(begin),
                eind == null ? null : LocalDate.parse(eind)));
        return this;
    }

    public Testwoning woz(String waarde, String waardepeildatum) {
        woz.add(new WozWaarde(LocalDate.parse(waardepeildatum), new BigDecimal(waarde), null));
        return this;
    }

    public Testwoning taxatiewaarde(String waarde) {
        this.taxatiewaarde = new BigDecimal(waarde);
        return this;
    }

    public Testwoning ruimte(Ruimte.Bouwer r) {
        ruimten.add(r.id("r" + ruimten.size()).bouw());
        return this;
    }

    public Testwoning gehandicaptenvoorziening(String omschrijving, String kosten, String subsidie) {
        gehandicapten.add(new Gehandicaptenvoorziening(omschrijving, new BigDecimal(kosten),
                subsidie == null ? null : new BigDecimal(subsidie), null));
        return this;
    }

    public Testwoning huur(Huur value) {
        this.huur = value;
        return this;
    }

    public Eenheid bouw() {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst, pandSoort,
                monumenten, doelgroep, gebruiksoppervlakte, energieprestaties, epv, woz, taxatiewaarde, ruimten,
                gehandicapten, zorgvoorwaarden, huur);
    }

    public Resultaat waardeer(String peildatum) {
        return STELSEL.waardeer(bouw(), LocalDate.parse(peildatum), Interpretatie.standaard());
    }

    public Resultaat waardeer(String peildatum, Interpretatie interpretatie) {
        return STELSEL.waardeer(bouw(), LocalDate.parse(peildatum), interpretatie);
    }
}
