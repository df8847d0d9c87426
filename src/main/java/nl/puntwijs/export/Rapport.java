package nl.puntwijs.export;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.zip.Deflater;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.signalen.Signaalsoort;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.core.zorg.Zorgbeoordeling;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One workbook being written: every sheet is created up front and the complexes are written in one pass (the large
 * sheets streamed), while the Samenvatting's figures are counted; the Samenvatting, Parameters and Wijzigingen are
 * written at the end. Not thread-safe: one export, one thread.
 */
final class Rapport implements AutoCloseable {

    static final String SAMENVATTING = "Samenvatting";
    static final String COMPLEXEN = "Complexen";
    static final String WONINGEN = "Woningen";
    static final String PUNTENOPBOUW = "Puntenopbouw";
    static final String GEDEELDE_RUIMTEN = "Gedeelde ruimten";
    static final String KNELPUNTEN = "Knelpunten";
    static final String VERGELIJKING = "Vergelijking";
    static final String PARAMETERS = "Parameters";
    static final String WIJZIGINGEN = "Wijzigingen";

    /** Columns of the Woningen sheet the Samenvatting's formulas read. */
    static final int W_EENHEID = 0;
    static final int W_RUBRIEK1 = 7;
    static final int W_TOTAAL = W_RUBRIEK1 + Stelselgroep.values().length;
    static final int W_MAXHUUR = W_TOTAAL + 1;
    static final int W_OPSLAGPERCENTAGE = W_TOTAAL + 2;
    static final int W_OPSLAG = W_TOTAAL + 3;
    static final int W_MAXHUUR_OPSLAG = W_TOTAAL + 4;
    static final int W_SECTOR = W_TOTAAL + 5;
    static final int W_KALEHUUR = W_TOTAAL + 6;
    static final int W_HUURPERCENTAGE = W_TOTAAL + 7;
    static final int W_GEDEELD = W_TOTAAL + 8;
    static final int W_ZORGTOESLAG = W_TOTAAL + 9;
    static final int W_ZORGWONING = W_TOTAAL + 10;

    /** Columns of the Complexen and Knelpunten sheets the Samenvatting reads. */
    static final int C_SOO = 19;
    static final int K_ERNST = 0;

    static final String ZORG_ALLE = "ja, alle voorwaarden voldaan";
    static final String ZORG_GECLAIMD = "ja, zoals opgegeven";
    static final String ZORG_NIET = "nee, voorwaarde niet voldaan";
    static final String MELDING = "melding";

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    final Exportbron bron;
    final Tabellenboek tabellenboek;
    final Drempels drempels;
    final Exportopties opties;
    final LocalDateTime tijdstip;
    final LocalDate peildatum;
    final LocalDate vergelijkdatum;

    final SXSSFWorkbook wb;
    final Stijlen stijlen;
    final SXSSFSheet samenvattingBlad;
    final Tabel complexen;
    final Tabel woningen;
    final Puntenopbouw puntenopbouw;
    final Tabel gedeeld;
    final Tabel knelpunten;
    final Tabel vergelijking;
    final SXSSFSheet parametersBlad;
    final SXSSFSheet wijzigingenBlad;

    final Telling telling;
    /** The writer of the sheet created last (SXSSF makes one per sheet). */
    private Bladschrijver laatsteSchrijver;
    private Writer parametersUit;
    private Writer wijzigingenUit;

    Rapport(Exportbron bron, Tabellenboek tabellenboek, Drempels drempels, Exportopties opties) {
        this.bron = bron;
        this.tabellenboek = tabellenboek;
        this.drempels = drempels;
        this.opties = opties;
        this.tijdstip = LocalDateTime.now(opties.klok()).withNano(0);
        this.peildatum = bron.peildatum();
        this.vergelijkdatum = bron.vergelijkdatum().orElse(null);
        this.wb = new SXSSFWorkbook(null, 200, false, false) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                // the workbook is mostly repetitive XML: fast compression loses little size and saves seconds
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }

            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                laatsteSchrijver = new Bladschrijver();
                return laatsteSchrijver;
            }
        };
        this.stijlen = new Stijlen(wb);
        this.telling = new Telling(drempels, peildatum);
        samenvattingBlad = wb.createSheet(SAMENVATTING);
        samenvattingBlad.setRandomAccessWindowSize(-1);
        complexen = tabel(COMPLEXEN, complexkolommen(), 1);
        woningen = tabel(WONINGEN, woningkolommen(), 1);
        puntenopbouw = new Puntenopbouw(this);
        gedeeld = tabel(GEDEELDE_RUIMTEN, gedeeldkolommen(), 2);
        knelpunten = tabel(KNELPUNTEN, knelpuntkolommen(), 0);
        vergelijking = tabel(VERGELIJKING, vergelijkingkolommen(), 1);
        parametersBlad = wb.createSheet(PARAMETERS);
        parametersUit = laatsteSchrijver.uit();
        wijzigingenBlad = wb.createSheet(WIJZIGINGEN);
        wijzigingenUit = laatsteSchrijver.uit();
    }

    /** A new sheet holding one table, its rows written straight into the sheet's temporary file. */
    Tabel tabel(String naam, List<Tabel.Kolom> kolommen, int vasteKolommen) {
        SXSSFSheet blad = wb.createSheet(naam);
        return new Tabel(blad, laatsteSchrijver.uit(), stijlen, kolommen, vasteKolommen);
    }

    Writer parametersUit() {
        return parametersUit;
    }

    /**
     * The temporary file of one sheet. SXSSF writes the rows it holds there; the tables write their rows there
     * themselves ({@link Tabel}), through {@link #uit()}, in a faster writer than SXSSF's own.
     */
    static final class Bladschrijver extends SheetDataWriter {
        Bladschrijver() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File bestand) throws IOException {
            return new Tijdelijkbestand(bestand);
        }

        Writer uit() {
            return _out;
        }
    }

    // ---------------------------------------------------------------- columns

    private static List<Tabel.Kolom> complexkolommen() {
        return Tabel.kolommen(
                new Tabel.Kolom("Complex", 28, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Id", 12, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Methode gedeelde ruimten (zorg)", 14, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Woningen", 10, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Sociaal", 9, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Midden", 9, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Vrij", 9, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Gemiddelde punten", 11, Stijlen.Soort.GETAL),
                new Tabel.Kolom("Minimum punten", 10, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Maximum punten", 10, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Gemiddelde maximale huur (incl. opslag)", 15, Stijlen.Soort.EURO),
                new Tabel.Kolom("Totale maximale huur per maand", 15, Stijlen.Soort.EURO),
                new Tabel.Kolom("Kale huur als % van maximale huur", 13, Stijlen.Soort.PROCENT),
                new Tabel.Kolom("Woningen boven aftoppingsgrens", 13, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Punten gedeelde ruimten per woning (forfaitair)", 15, Stijlen.Soort.GETAL),
                new Tabel.Kolom("Punten gedeelde ruimten per woning (gemeten)", 15, Stijlen.Soort.GETAL),
                new Tabel.Kolom("Zorgwoningen", 11, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Waarvan alle voorwaarden voldaan", 13, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Punten uit zorgtoeslag", 11, Stijlen.Soort.GETAL),
                new Tabel.Kolom("SOO-subsidie (schatting)", 14, Stijlen.Soort.EURO),
                new Tabel.Kolom("Blokkerend", 11, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Waarschuwing", 13, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Info", 8, Stijlen.Soort.GEHEEL));
    }

    private static List<Tabel.Kolom> woningkolommen() {
        List<Tabel.Kolom> k = Tabel.kolommen(
                new Tabel.Kolom("Eenheid", "VERA-code:", 12, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Straat", 20, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Huisnummer", 9, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Postcode", 9, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Plaats", 14, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Complex", 20, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Doelgroep", 11, Stijlen.Soort.TEKST));
        for (Stelselgroep g : Stelselgroep.values()) {
            String kop = g.rubriek() <= 12 ? g.rubriek() + ". " + g.naam() : g.naam();
            k.add(new Tabel.Kolom(kop, g.code(), 12, Stijlen.Soort.GETAL));
        }
        k.add(new Tabel.Kolom("Totaal punten", 9, Stijlen.Soort.GEHEEL));
        k.add(new Tabel.Kolom("Maximale huur", 12, Stijlen.Soort.EURO));
        k.add(new Tabel.Kolom("Opslag %", 8, Stijlen.Soort.PROCENT));
        k.add(new Tabel.Kolom("Opslag", 10, Stijlen.Soort.EURO));
        k.add(new Tabel.Kolom("Maximale huur incl. opslag", 13, Stijlen.Soort.EURO));
        k.add(new Tabel.Kolom("Sector", 9, Stijlen.Soort.TEKST));
        k.add(new Tabel.Kolom("Kale huur", 12, Stijlen.Soort.EURO));
        k.add(new Tabel.Kolom("Kale huur als % van maximale huur", 12, Stijlen.Soort.PROCENT));
        k.add(new Tabel.Kolom("Punten uit gedeelde ruimten", 11, Stijlen.Soort.GETAL));
        k.add(new Tabel.Kolom("Punten uit zorgtoeslag", 11, Stijlen.Soort.GETAL));
        k.add(new Tabel.Kolom("Zorgwoning", 16, Stijlen.Soort.TEKST));
        k.add(new Tabel.Kolom("Signalen", 60, Stijlen.Soort.TEKST));
        return k;
    }

    private static List<Tabel.Kolom> gedeeldkolommen() {
        return Tabel.kolommen(
                new Tabel.Kolom("Complex", 22, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Ruimte", 14, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Naam", 24, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Soort", 22, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Adressen met gebruiksrecht", 11, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Woningen in dit complex", 11, Stijlen.Soort.GEHEEL),
                Tabel.Kolom.ingesprongen("Woningen met gebruiksrecht", 40),
                new Tabel.Kolom("Punten 8. Buitenruimten", 12, Stijlen.Soort.PUNTEN4),
                new Tabel.Kolom("Punten 9. Gemeenschappelijke vertrekken", 14, Stijlen.Soort.PUNTEN4),
                new Tabel.Kolom("Punten 10. Gemeenschappelijke parkeerruimten", 14, Stijlen.Soort.PUNTEN4),
                new Tabel.Kolom("Punten totaal", 11, Stijlen.Soort.PUNTEN4),
                new Tabel.Kolom("Punten per woning", 11, Stijlen.Soort.PUNTEN4),
                new Tabel.Kolom("Maximale huur die de ruimte oplevert, per maand", 16, Stijlen.Soort.EURO));
    }

    private static List<Tabel.Kolom> knelpuntkolommen() {
        return Tabel.kolommen(
                new Tabel.Kolom("Ernst", 13, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Code", 8, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Signaal", 28, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Complex", 20, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Eenheid", 12, Stijlen.Soort.TEKST),
                Tabel.Kolom.omlopend("Melding", 80),
                Tabel.Kolom.omlopend("Bron", 40),
                new Tabel.Kolom("Veld", 28, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Drempel onbevestigd", 11, Stijlen.Soort.TEKST));
    }

    private List<Tabel.Kolom> vergelijkingkolommen() {
        String p = peildatum.format(DATUM);
        String v = vergelijkdatum == null ? "vergelijkdatum" : vergelijkdatum.format(DATUM);
        return Tabel.kolommen(
                new Tabel.Kolom("Eenheid", 12, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Complex", 20, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Punten " + p, 11, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Punten " + v, 11, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Verschil punten", 10, Stijlen.Soort.GEHEEL),
                new Tabel.Kolom("Maximale huur " + p, 13, Stijlen.Soort.EURO),
                new Tabel.Kolom("Maximale huur " + v, 13, Stijlen.Soort.EURO),
                new Tabel.Kolom("Verschil maximale huur", 13, Stijlen.Soort.EURO),
                new Tabel.Kolom("Sector " + p, 10, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Sector " + v, 10, Stijlen.Soort.TEKST));
    }

    // ---------------------------------------------------------------- one complex

    /** Writes one complex on every sheet; {@code naElkeWoning} runs after each dwelling (progress, cancellation). */
    void voegToe(Exportcomplex ec, Runnable naElkeWoning) {
        Complex complex = ec.complex();
        ComplexResultaat resultaat = ec.resultaat();
        String naam = complex.weergavenaam();
        Map<String, List<Signaal>> perWoning = new HashMap<>();
        for (Signaal s : ec.signalen()) {
            if (s.eenheid() != null) {
                perWoning.computeIfAbsent(s.eenheid(), k -> new ArrayList<>()).add(s);
            }
        }
        Telling.Complex tc = telling.complex(naam);
        for (int i = 0; i < resultaat.woningen().size(); i++) {
            Eenheid eenheid = complex.woningen().get(i);
            ComplexResultaat.Woning w = resultaat.woningen().get(i);
            List<Signaal> signalen = perWoning.getOrDefault(w.eenheidId(), List.of());
            woning(naam, eenheid, w, signalen);
            puntenopbouw.woning(naam, eenheid, w.resultaat());
            if (ec.vergelijking() != null) {
                vergelijk(naam, w.resultaat(), ec.vergelijking().woningen().get(i).resultaat());
            }
            tc.woning(eenheid, w, complex.methode(), signalen);
            naElkeWoning.run();
        }
        for (ComplexResultaat.Toedeling t : resultaat.gedeeldeRuimten()) {
            gedeeldeRuimte(naam, complex, t);
        }
        // per complex the blocking signals first, then the warnings, then the rest, each in the engine's order
        List<Signaal> opErnst = new ArrayList<>(ec.signalen());
        opErnst.sort(java.util.Comparator.comparing((Signaal s) -> s.ernst()).reversed());
        for (Signaal s : opErnst) {
            knelpunt(naam, s);
            telling.signaal(s);
            tc.perErnst.merge(s.ernst(), 1, Integer::sum);
        }
        for (Exportcomplex.Invoermelding m : ec.meldingen()) {
            knelpunten.rij().tekst(MELDING, stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.MELDING)).tekst("INVOER")
                    .tekst("Melding bij de invoer").tekst(naam).tekst(m.eenheid()).tekst(m.tekst()).tekst(m.bron());
            telling.invoermeldingen++;
        }
        for (String o : ec.overgeslagen()) {
            telling.nietOpgenomen.add(o);
        }
        tc.soo = ec.subsidie() == null ? null : ec.subsidie().subsidie();
        if (tc.soo != null) {
            telling.soo = telling.soo.add(tc.soo);
            telling.sooComplexen++;
        }
        complexrij(complex, tc);
        telling.complexen++;
    }

    /** A part that could not be loaded: named on Samenvatting and Knelpunten. */
    void nietOpgenomen(String melding) {
        telling.nietOpgenomen.add(melding);
        knelpunten.rij().tekst(Ernst.BLOKKEREND.code(), stijlen.stijl(Stijlen.Soort.TEKST, Stijlen.Opmaak.BLOKKEREND))
                .tekst("INVOER").tekst("Niet opgenomen in dit rapport").leeg().leeg().tekst(melding);
    }

    private void woning(String complexnaam, Eenheid e, ComplexResultaat.Woning w, List<Signaal> signalen) {
        Resultaat r = w.resultaat();
        Adres a = e.adres();
        Tabel.Rij rij = woningen.rij().tekst(w.eenheidId());
        if (a == null) {
            rij.leeg().leeg().leeg().leeg();
        } else {
            String nummer = a.huisnummer() == null ? null : a.huisnummer()
                    + (a.huisnummerToevoeging() == null || a.huisnummerToevoeging().isBlank() ? ""
                    : "-" + a.huisnummerToevoeging().strip());
            rij.tekst(a.straatnaam()).tekst(nummer).tekst(a.postcode()).tekst(a.woonplaats());
        }
        rij.tekst(complexnaam).tekst(e.doelgroep() == null ? null : e.doelgroep().naam());
        for (Stelselgroep g : Stelselgroep.values()) {
            rij.getal(r.punten(g));
        }
        rij.getal(r.punten()).getal(r.maximaleHuur()).getal(r.opslagpercentage()).getal(r.huurprijsopslag())
                .getal(r.maximaleHuurInclusiefOpslag()).tekst(r.sector().code());
        BigDecimal kaal = e.huur() == null ? null : e.huur().kaleHuur();
        rij.getal(kaal);
        if (kaal != null && r.maximaleHuurInclusiefOpslag().signum() > 0) {
            rij.getal(kaal.divide(r.maximaleHuurInclusiefOpslag(), 6, RoundingMode.HALF_UP));
        } else {
            rij.leeg();
        }
        rij.getal(w.puntenUitGedeeldeRuimten()).getal(w.puntenUitZorgtoeslag()).tekst(zorg(r.zorg()));
        StringJoiner tekst = new StringJoiner("; ");
        for (Signaal s : signalen) {
            tekst.add(s.code() + " " + s.soort().naam() + " (" + s.ernst().code() + ")");
        }
        rij.tekst(tekst.length() == 0 ? null : tekst.toString());
    }

    static String zorg(Zorgbeoordeling z) {
        return switch (z.besluit()) {
            case GEEN_ZORGWONING -> null;
            case TOEGEPAST -> ZORG_ALLE;
            case TOEGEPAST_ALS_GECLAIMD -> ZORG_GECLAIMD;
            case NIET_TOEGEPAST -> ZORG_NIET;
        };
    }

    private void vergelijk(String complexnaam, Resultaat nu, Resultaat toen) {
        telling.vergeleken++;
        telling.puntenNu += nu.punten();
        telling.puntenToen += toen.punten();
        telling.maxHuurNu = telling.maxHuurNu.add(nu.maximaleHuurInclusiefOpslag());
        telling.maxHuurToen = telling.maxHuurToen.add(toen.maximaleHuurInclusiefOpslag());
        Tabel.Rij rij = vergelijking.rij();
        int r = rij.index() + 1;
        rij.tekst(nu.eenheidId()).tekst(complexnaam).getal(nu.punten()).getal(toen.punten())
                .formule("C" + r + "-D" + r, nu.punten() - toen.punten())
                .getal(nu.maximaleHuurInclusiefOpslag()).getal(toen.maximaleHuurInclusiefOpslag())
                .formule("F" + r + "-G" + r, nu.maximaleHuurInclusiefOpslag()
                        .subtract(toen.maximaleHuurInclusiefOpslag()).doubleValue())
                .tekst(nu.sector().code()).tekst(toen.sector().code());
    }

    private void gedeeldeRuimte(String complexnaam, Complex complex, ComplexResultaat.Toedeling t) {
        List<String> ids = t.ruimte().woningen();
        String lijst = ids.size() <= 400 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 400)) + " en " + (ids.size() - 400) + " meer";
        BigDecimal bui = t.punten().getOrDefault(Stelselgroep.BUI.code(), BigDecimal.ZERO);
        BigDecimal gvr = t.punten().getOrDefault(Stelselgroep.GVR.code(), BigDecimal.ZERO);
        BigDecimal gpa = t.punten().getOrDefault(Stelselgroep.GPA.code(), BigDecimal.ZERO);
        gedeeld.rij().tekst(complexnaam).tekst(t.ruimte().id()).tekst(t.ruimte().weergavenaam())
                .tekst(t.ruimte().soort() == null ? null : t.ruimte().soort().naam()).getal(t.adressen())
                .getal(ids.stream().filter(id -> complex.woning(id).isPresent()).count()).tekst(lijst)
                .getal(bui).getal(gvr).getal(gpa).getal(bui.add(gvr).add(gpa)).getal(t.puntenPerWoning())
                .getal(t.huurPerMaand());
        telling.gedeeldeRuimten++;
        telling.huurGedeeld = telling.huurGedeeld.add(t.huurPerMaand());
    }

    private void knelpunt(String complexnaam, Signaal s) {
        Stijlen.Opmaak opmaak = switch (s.ernst()) {
            case BLOKKEREND -> Stijlen.Opmaak.BLOKKEREND;
            case WAARSCHUWING -> Stijlen.Opmaak.WAARSCHUWING;
            case INFO -> Stijlen.Opmaak.INFO;
        };
        knelpunten.rij().tekst(s.ernst().code(), stijlen.stijl(Stijlen.Soort.TEKST, opmaak)).tekst(s.code())
                .tekst(s.soort().naam()).tekst(complexnaam).tekst(s.eenheid()).tekst(s.melding()).tekst(s.bron())
                .tekst(s.veld()).tekst(s.onbevestigd() ? "ja" : null);
    }

    private void complexrij(Complex complex, Telling.Complex tc) {
        Tabel.Rij rij = complexen.rij().tekst(complex.weergavenaam()).tekst(complex.id())
                .tekst(complex.methode().code()).getal(tc.woningen)
                .getal(tc.perSector.get(Sector.SOCIAAL)).getal(tc.perSector.get(Sector.MIDDEN))
                .getal(tc.perSector.get(Sector.VRIJ));
        if (tc.woningen == 0) {
            rij.leeg().leeg().leeg().leeg().leeg().leeg();
        } else {
            BigDecimal n = BigDecimal.valueOf(tc.woningen);
            rij.getal(tc.punten.divide(n, 6, RoundingMode.HALF_UP)).getal(tc.minimum).getal(tc.maximum)
                    .getal(tc.maximaleHuur.divide(n, 6, RoundingMode.HALF_UP)).getal(tc.maximaleHuur);
            if (tc.maximaleHuurMetKaleHuur.signum() > 0) {
                rij.getal(tc.kaleHuur.divide(tc.maximaleHuurMetKaleHuur, 6, RoundingMode.HALF_UP));
            } else {
                rij.leeg();
            }
        }
        rij.getal(tc.aftopping);
        if (tc.woningen == 0) {
            rij.leeg().leeg();
        } else {
            BigDecimal n = BigDecimal.valueOf(tc.woningen);
            rij.getal(tc.gedeeld.get(MethodeGedeeldeRuimten.FORFAITAIR).divide(n, 6, RoundingMode.HALF_UP))
                    .getal(tc.gedeeld.get(MethodeGedeeldeRuimten.GEMETEN).divide(n, 6, RoundingMode.HALF_UP));
        }
        rij.getal(tc.zorgwoningen).getal(tc.alleVoorwaarden).getal(tc.zorgpunten).getal(tc.soo)
                .getal(tc.perErnst.get(Ernst.BLOKKEREND)).getal(tc.perErnst.get(Ernst.WAARSCHUWING))
                .getal(tc.perErnst.get(Ernst.INFO));
    }

    // ---------------------------------------------------------------- the end

    /** Totals rows, Samenvatting, Parameters, Wijzigingen; sheet order and print setup. */
    void sluitAf() {
        totalen();
        leegMeldingen();
        Samenvatting samenvatting = new Samenvatting(this);
        samenvatting.schrijf();
        parametersTabel = new Parameters(this).schrijf();
        wijzigingen();
        // continuation sheets of the Puntenopbouw were created last: put them after the first
        List<String> volgorde = new ArrayList<>(List.of(SAMENVATTING, COMPLEXEN, WONINGEN));
        volgorde.addAll(puntenopbouw.bladnamen());
        volgorde.addAll(List.of(GEDEELDE_RUIMTEN, KNELPUNTEN, VERGELIJKING, PARAMETERS, WIJZIGINGEN));
        for (int i = 0; i < volgorde.size(); i++) {
            wb.setSheetOrder(volgorde.get(i), i);
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        // defined names (print titles, filters) refer to sheet positions: only now that the order is final
        complexen.sluitAf(true);
        woningen.sluitAf(true);
        puntenopbouw.sluitAf();
        gedeeld.sluitAf(true);
        knelpunten.sluitAf(true);
        vergelijking.sluitAf(true);
        parametersTabel.sluitAf(true);
        wijzigingenTabel.sluitAf(true);
        for (Sheet blad : wb) {
            afdrukken(blad);
        }
        // the Samenvatting prints as one page; the chart data under it stays on screen
        wb.setPrintArea(0, 0, 14, 0, samenvatting.laatstePaginarij());
        wb.setForceFormulaRecalculation(true);
    }

    private Tabel wijzigingenTabel;
    private Tabel parametersTabel;

    private void wijzigingen() {
        wijzigingenTabel = new Tabel(wijzigingenBlad, wijzigingenUit, stijlen, Tabel.kolommen(
                new Tabel.Kolom("Tijdstip", 16, Stijlen.Soort.DATUMTIJD),
                new Tabel.Kolom("Gebruiker", 14, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Complex", 20, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Onderdeel", 24, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Veld", 28, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Oude waarde", 24, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Nieuwe waarde", 24, Stijlen.Soort.TEKST),
                new Tabel.Kolom("Reden", 28, Stijlen.Soort.TEKST)), 0);
        for (Wijzigingsregel w : bron.wijzigingen()) {
            wijzigingenTabel.rij().datumtijd(w.tijdstip()).tekst(w.gebruiker()).tekst(w.complex()).tekst(w.onderdeel())
                    .tekst(w.veld()).tekst(w.oud()).tekst(w.nieuw()).tekst(w.reden());
        }
        if (wijzigingenTabel.isLeeg()) {
            wijzigingenTabel.meldLeeg(bron.zonderWijzigingen());
        }
    }

    private void leegMeldingen() {
        if (complexen.isLeeg()) {
            complexen.meldLeeg("Geen complexen in deze export.");
        }
        if (woningen.isLeeg()) {
            woningen.meldLeeg("Geen woningen in deze export.");
        }
        puntenopbouw.meldLeegAlsNodig();
        if (gedeeld.isLeeg()) {
            gedeeld.meldLeeg("Geen gedeelde ruimten: geen van de geëxporteerde complexen heeft gemeenschappelijke "
                    + "ruimten vastgelegd.");
        }
        if (knelpunten.isLeeg()) {
            knelpunten.meldLeeg("Geen knelpunten: de signalen vonden niets om te melden.");
        }
        if (vergelijking.isLeeg()) {
            vergelijking.meldLeeg(vergelijkdatum == null
                    ? "Geen vergelijking: geef een tweede peildatum (--vergelijk JJJJ-MM-DD) om punten en maximale "
                    + "huur op twee data naast elkaar te zetten."
                    : "Geen woningen om te vergelijken.");
        }
    }

    /** SUBTOTAL rows under the tables (109 sum, 101 average, 105 min, 104 max), so that filtering updates them. */
    private void totalen() {
        if (!woningen.isLeeg()) {
            Tabel t = woningen;
            Tabel.Rij som = t.totaalrij("Totaal (zichtbare rijen)");
            som.cel(1, sub(103, t, W_EENHEID), telling.woningen, Stijlen.Soort.WONINGEN);
            som.cel(W_MAXHUUR, sub(109, t, W_MAXHUUR), telling.maximaleHuur.doubleValue());
            som.cel(W_OPSLAG, sub(109, t, W_OPSLAG), telling.opslag.doubleValue());
            som.cel(W_MAXHUUR_OPSLAG, sub(109, t, W_MAXHUUR_OPSLAG), telling.maximaleHuurInclOpslag.doubleValue());
            som.cel(W_KALEHUUR, sub(109, t, W_KALEHUUR), telling.kaleHuur.doubleValue());
            som.cel(W_GEDEELD, sub(109, t, W_GEDEELD), telling.puntenGedeeld.doubleValue());
            som.cel(W_ZORGTOESLAG, sub(109, t, W_ZORGTOESLAG), telling.puntenZorg.doubleValue());
            Tabel.Rij gem = t.totaalrij("Gemiddelde (zichtbare rijen)");
            for (Stelselgroep g : Stelselgroep.values()) {
                int k = W_RUBRIEK1 + g.ordinal();
                gem.cel(k, sub(101, t, k), telling.gemiddelde(telling.perRubriek.get(g)));
            }
            gem.cel(W_TOTAAL, sub(101, t, W_TOTAAL), telling.gemiddelde(telling.punten), Stijlen.Soort.GETAL);
            gem.cel(W_MAXHUUR, sub(101, t, W_MAXHUUR), telling.gemiddelde(telling.maximaleHuur));
            gem.cel(W_MAXHUUR_OPSLAG, sub(101, t, W_MAXHUUR_OPSLAG),
                    telling.gemiddelde(telling.maximaleHuurInclOpslag));
        }
        if (!complexen.isLeeg()) {
            Tabel t = complexen;
            Tabel.Rij rij = t.totaalrij("Totaal (zichtbare rijen)");
            rij.cel(1, sub(103, t, 0), telling.complexen, Stijlen.Soort.COMPLEXEN);
            rij.cel(3, sub(109, t, 3), telling.woningen);
            rij.cel(4, sub(109, t, 4), telling.perSector.get(Sector.SOCIAAL));
            rij.cel(5, sub(109, t, 5), telling.perSector.get(Sector.MIDDEN));
            rij.cel(6, sub(109, t, 6), telling.perSector.get(Sector.VRIJ));
            rij.cel(8, sub(105, t, 8), telling.minimum);
            rij.cel(9, sub(104, t, 9), telling.maximum);
            rij.cel(11, sub(109, t, 11), telling.maximaleHuurInclOpslag.doubleValue());
            rij.cel(13, sub(109, t, 13), telling.aftopping);
            rij.cel(16, sub(109, t, 16), telling.zorgwoningen);
            rij.cel(17, sub(109, t, 17), telling.alleVoorwaarden);
            rij.cel(18, sub(109, t, 18), telling.puntenZorg.doubleValue());
            rij.cel(C_SOO, sub(109, t, C_SOO), telling.soo.doubleValue());
            rij.cel(20, sub(109, t, 20), telling.perErnst.get(Ernst.BLOKKEREND));
            rij.cel(21, sub(109, t, 21), telling.perErnst.get(Ernst.WAARSCHUWING));
            rij.cel(22, sub(109, t, 22), telling.perErnst.get(Ernst.INFO));
        }
        if (!gedeeld.isLeeg()) {
            Tabel t = gedeeld;
            Tabel.Rij rij = t.totaalrij("Totaal (zichtbare rijen)");
            rij.cel(1, sub(103, t, 1), telling.gedeeldeRuimten, Stijlen.Soort.RUIMTEN);
            rij.cel(12, sub(109, t, 12), telling.huurGedeeld.doubleValue());
        }
        if (!vergelijking.isLeeg()) {
            Tabel t = vergelijking;
            Tabel.Rij som = t.totaalrij("Totaal (zichtbare rijen)");
            som.cel(1, sub(103, t, 0), telling.vergeleken, Stijlen.Soort.WONINGEN);
            som.cel(5, sub(109, t, 5), telling.maxHuurNu.doubleValue());
            som.cel(6, sub(109, t, 6), telling.maxHuurToen.doubleValue());
            som.cel(7, sub(109, t, 7), telling.maxHuurNu.subtract(telling.maxHuurToen).doubleValue());
            Tabel.Rij gem = t.totaalrij("Gemiddelde (zichtbare rijen)");
            gem.cel(2, sub(101, t, 2), telling.gemiddeldeVergeleken(telling.puntenNu), Stijlen.Soort.GETAL);
            gem.cel(3, sub(101, t, 3), telling.gemiddeldeVergeleken(telling.puntenToen), Stijlen.Soort.GETAL);
            gem.cel(4, sub(101, t, 4), telling.gemiddeldeVergeleken(telling.puntenNu - telling.puntenToen),
                    Stijlen.Soort.GETAL);
        }
    }

    /** SUBTOTAL over a data column (the totals row is below the range, so it never counts itself). */
    private static String sub(int functie, Tabel t, int kolom) {
        return "SUBTOTAL(" + functie + "," + t.bereik(kolom, false) + ")";
    }

    /** Landscape A4, one page wide, header with the sheet, footer with portfolio, pages and export date. */
    private void afdrukken(Sheet blad) {
        PrintSetup ps = blad.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) (blad.getSheetName().equals(SAMENVATTING) ? 1 : 0));
        blad.setFitToPage(true);
        blad.setAutobreaks(true);
        blad.setMargin(Sheet.LeftMargin, 0.4);
        blad.setMargin(Sheet.RightMargin, 0.4);
        blad.setMargin(Sheet.TopMargin, 0.6);
        blad.setMargin(Sheet.BottomMargin, 0.6);
        blad.setMargin(Sheet.HeaderMargin, 0.25);
        blad.setMargin(Sheet.FooterMargin, 0.25);
        // header and footer codes: &"font,style", &A sheet name, &P page, &N pages
        blad.getHeader().setLeft("&\"-,Bold\"" + kopvoet(bron.portefeuille()));
        blad.getHeader().setRight("&A");
        blad.getFooter().setLeft("Puntwijs, peildatum " + peildatum.format(DATUM));
        blad.getFooter().setCenter("Pagina &P van &N");
        blad.getFooter().setRight("Geëxporteerd " + tijdstip.format(DATUM));
    }

    /** Header and footer text: an ampersand starts a code there. */
    private static String kopvoet(String tekst) {
        String t = tekst.replace("&", "&&");
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    /** The sheets in the workbook's order (final after {@link #sluitAf()}). */
    List<String> bladen() {
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            uit.add(wb.getSheetName(i));
        }
        return uit;
    }

    void schrijf(OutputStream uit) throws IOException {
        wb.write(uit);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    // ---------------------------------------------------------------- counting

    /** Everything the Samenvatting and the totals rows need, counted while the complexes pass. */
    static final class Telling {
        final Huurklassen huurklassen;
        int complexen;
        int woningen;
        int gedeeldeRuimten;
        int vergeleken;
        int invoermeldingen;
        int zorgwoningen;
        int alleVoorwaarden;
        int zorgNietToegepast;
        int minimum = Integer.MAX_VALUE;
        int maximum = Integer.MIN_VALUE;
        int aftopping;
        long puntenNu;
        long puntenToen;
        BigDecimal punten = BigDecimal.ZERO;
        BigDecimal maximaleHuur = BigDecimal.ZERO;
        BigDecimal maximaleHuurInclOpslag = BigDecimal.ZERO;
        BigDecimal opslag = BigDecimal.ZERO;
        BigDecimal kaleHuur = BigDecimal.ZERO;
        BigDecimal maximaleHuurMetKaleHuur = BigDecimal.ZERO;
        BigDecimal puntenGedeeld = BigDecimal.ZERO;
        BigDecimal puntenZorg = BigDecimal.ZERO;
        BigDecimal soo = BigDecimal.ZERO;
        int sooComplexen;
        BigDecimal huurGedeeld = BigDecimal.ZERO;
        BigDecimal maxHuurNu = BigDecimal.ZERO;
        BigDecimal maxHuurToen = BigDecimal.ZERO;
        final Map<Stelselgroep, BigDecimal> perRubriek = new EnumMap<>(Stelselgroep.class);
        final Map<Sector, Integer> perSector = new EnumMap<>(Sector.class);
        final Map<Ernst, Integer> perErnst = new EnumMap<>(Ernst.class);
        final int[] perHuurklasse;
        final TreeMap<Integer, Integer> perPunt = new TreeMap<>();
        final List<Complex> perComplex = new ArrayList<>();
        final Map<String, Integer> drempelsGelezen = new LinkedHashMap<>();
        final java.util.Set<String> tabellensets = new java.util.LinkedHashSet<>();
        final List<String> nietOpgenomen = new ArrayList<>();

        Telling(Drempels drempels, LocalDate peildatum) {
            this.huurklassen = new Huurklassen(drempels, peildatum);
            this.perHuurklasse = new int[huurklassen.aantal()];
            for (Stelselgroep g : Stelselgroep.values()) {
                perRubriek.put(g, BigDecimal.ZERO);
            }
            for (Sector s : Sector.values()) {
                perSector.put(s, 0);
            }
            for (Ernst e : Ernst.values()) {
                perErnst.put(e, 0);
            }
        }

        Complex complex(String naam) {
            Complex c = new Complex(naam, this);
            perComplex.add(c);
            return c;
        }

        void signaal(Signaal s) {
            perErnst.merge(s.ernst(), 1, Integer::sum);
            for (String sleutel : s.invoer().keySet()) {
                if (sleutel.startsWith("drempel.")) {
                    drempelsGelezen.merge(sleutel.substring("drempel.".length()), 1, Integer::sum);
                }
            }
        }

        double gemiddeldeVergeleken(long som) {
            return vergeleken == 0 ? 0 : (double) som / vergeleken;
        }

        double gemiddelde(BigDecimal som) {
            return woningen == 0 ? 0 : som.divide(BigDecimal.valueOf(woningen), 10, RoundingMode.HALF_UP)
                    .doubleValue();
        }

        /** One complex's counts; adds to the portfolio's as it goes. */
        static final class Complex {
            final String naam;
            private final Telling totaal;
            int woningen;
            int minimum = Integer.MAX_VALUE;
            int maximum = Integer.MIN_VALUE;
            int aftopping;
            int zorgwoningen;
            int alleVoorwaarden;
            BigDecimal punten = BigDecimal.ZERO;
            BigDecimal maximaleHuur = BigDecimal.ZERO;
            BigDecimal kaleHuur = BigDecimal.ZERO;
            BigDecimal maximaleHuurMetKaleHuur = BigDecimal.ZERO;
            BigDecimal zorgpunten = BigDecimal.ZERO;
            BigDecimal soo;
            final Map<MethodeGedeeldeRuimten, BigDecimal> gedeeld = new EnumMap<>(MethodeGedeeldeRuimten.class);
            final Map<Sector, Integer> perSector = new EnumMap<>(Sector.class);
            final Map<Ernst, Integer> perErnst = new EnumMap<>(Ernst.class);

            Complex(String naam, Telling totaal) {
                this.naam = naam;
                this.totaal = totaal;
                for (MethodeGedeeldeRuimten m : MethodeGedeeldeRuimten.values()) {
                    gedeeld.put(m, BigDecimal.ZERO);
                }
                for (Sector s : Sector.values()) {
                    perSector.put(s, 0);
                }
                for (Ernst e : Ernst.values()) {
                    perErnst.put(e, 0);
                }
            }

            void woning(Eenheid e, ComplexResultaat.Woning w, MethodeGedeeldeRuimten methode, List<Signaal> signalen) {
                Resultaat r = w.resultaat();
                Telling t = totaal;
                woningen++;
                t.woningen++;
                perSector.merge(r.sector(), 1, Integer::sum);
                t.perSector.merge(r.sector(), 1, Integer::sum);
                minimum = Math.min(minimum, r.punten());
                maximum = Math.max(maximum, r.punten());
                t.minimum = Math.min(t.minimum, r.punten());
                t.maximum = Math.max(t.maximum, r.punten());
                BigDecimal p = BigDecimal.valueOf(r.punten());
                punten = punten.add(p);
                t.punten = t.punten.add(p);
                t.perPunt.merge(r.punten(), 1, Integer::sum);
                for (RubriekResultaat rr : r.rubrieken()) {
                    t.perRubriek.merge(rr.groep(), rr.punten(), BigDecimal::add);
                }
                maximaleHuur = maximaleHuur.add(r.maximaleHuurInclusiefOpslag());
                t.maximaleHuur = t.maximaleHuur.add(r.maximaleHuur());
                t.maximaleHuurInclOpslag = t.maximaleHuurInclOpslag.add(r.maximaleHuurInclusiefOpslag());
                t.opslag = t.opslag.add(r.huurprijsopslag());
                BigDecimal kaal = e.huur() == null ? null : e.huur().kaleHuur();
                if (kaal != null && kaal.signum() > 0) {
                    kaleHuur = kaleHuur.add(kaal);
                    maximaleHuurMetKaleHuur = maximaleHuurMetKaleHuur.add(r.maximaleHuurInclusiefOpslag());
                    t.kaleHuur = t.kaleHuur.add(kaal);
                    t.maximaleHuurMetKaleHuur = t.maximaleHuurMetKaleHuur.add(r.maximaleHuurInclusiefOpslag());
                }
                t.perHuurklasse[t.huurklassen.klasse(kaal)]++;
                // shared-space points with either method: only rubriek 9 differs between them
                BigDecimal gekozen = w.puntenUitGedeeldeRuimten();
                BigDecimal ander = gekozen.subtract(r.punten(Stelselgroep.GVR))
                        .add(w.andereMethode().punten(Stelselgroep.GVR));
                gedeeld.merge(methode, gekozen, BigDecimal::add);
                gedeeld.merge(methode.andere(), ander, BigDecimal::add);
                t.puntenGedeeld = t.puntenGedeeld.add(gekozen);
                zorgpunten = zorgpunten.add(w.puntenUitZorgtoeslag());
                t.puntenZorg = t.puntenZorg.add(w.puntenUitZorgtoeslag());
                if (r.zorg().isZorgwoning()) {
                    zorgwoningen++;
                    t.zorgwoningen++;
                    if (r.zorg().besluit() == Zorgbeoordeling.Besluit.TOEGEPAST) {
                        alleVoorwaarden++;
                        t.alleVoorwaarden++;
                    }
                } else if (r.zorg().besluit() == Zorgbeoordeling.Besluit.NIET_TOEGEPAST) {
                    t.zorgNietToegepast++;
                }
                t.tabellensets.add(r.tabellen());
                boolean boven = false;
                for (Signaal s : signalen) {
                    boven |= s.soort() == Signaalsoort.BT_03 && s.ernst() == Ernst.WAARSCHUWING;
                }
                if (boven) {
                    aftopping++;
                    t.aftopping++;
                }
            }
        }
    }

    static String meeteenheid(Meeteenheid m) {
        return m == null ? null : m.symbool();
    }

    static boolean heeftInhoud(RubriekResultaat rr) {
        return !rr.regels().isEmpty() || rr.punten().signum() != 0;
    }

    static int regels(List<Regel> regels) {
        int n = 0;
        for (Regel r : regels) {
            n += 1 + regels(r.onderdelen());
        }
        return n;
    }
}
