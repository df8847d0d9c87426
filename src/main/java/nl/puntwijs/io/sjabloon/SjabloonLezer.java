package nl.puntwijs.io.sjabloon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.puntwijs.io.vera.Getallen;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled-in template into the core model. Every row is checked; every problem is reported at once as
 * sheet, row, column, value and reason ({@link Sjabloonfout}). A dwelling with an error in its own row or in one of
 * its rooms is invalid; errors on complexes and shared spaces belong to the complex.
 */
public final class SjabloonLezer {

    /**
     * A problem in a cell.
     *
     * @param rij    1-based, as Excel shows it
     * @param kolom  the column letter and header ("H (Bouwjaar)")
     */
    public record Sjabloonfout(String blad, int rij, String kolom, String waarde, String reden) {

        public String tekst() {
            return "blad " + blad + ", rij " + rij + (kolom == null ? "" : ", kolom " + kolom)
                    + (waarde == null ? "" : ", waarde '" + waarde + "'") + ": " + reden;
        }
    }

    /** A dwelling row with its rooms, and every error in them. */
    public record Woning(int rij, String complexId, Eenheid eenheid, List<Sjabloonfout> fouten) {
    }

    /** A complex row (fields only). */
    public record ComplexRij(int rij, Complex complex, List<Sjabloonfout> fouten) {
    }

    /** A shared-space row with its rooms. */
    public record RuimteRij(int rij, String complexId, GedeeldeRuimte ruimte, List<Sjabloonfout> fouten) {
    }

    /** Everything read; {@code overig} holds errors that belong to no record (a missing sheet, an unlinked room). */
    public record Uitkomst(List<ComplexRij> complexen, List<Woning> woningen, List<RuimteRij> gedeeldeRuimten,
                           List<Sjabloonfout> overig) {

        public List<Sjabloonfout> alleFouten() {
            List<Sjabloonfout> uit = new ArrayList<>(overig);
            complexen.forEach(c -> uit.addAll(c.fouten()));
            woningen.forEach(w -> uit.addAll(w.fouten()));
            gedeeldeRuimten.forEach(g -> uit.addAll(g.fouten()));
            return uit;
        }
    }

    /** The workbook is not a readable .xlsx, or not a Puntwijs template. */
    public static final class OngeldigSjabloon extends Exception {
        private static final long serialVersionUID = 1L;

        public OngeldigSjabloon(String bericht) {
            super(bericht);
        }
    }

    /**
     * Rows per sheet at most: a portfolio of 20 000 dwellings with ten rooms each. The workbook is read whole into
     * memory (about 1 kB per cell), so a sheet of Excel's 1 048 576 rows is refused before it is loaded.
     */
    public static final int MAXIMUM_RIJEN = 200_000;
    /** Uncompressed bytes of one sheet or of the shared texts, for the same reason (200 000 full rows fit). */
    static final long MAXIMUM_DEEL = 256L << 20;
    // the ranges of the complex JSON reader (io.complex.ComplexLezer), so a value the one refuses the other does too
    static final BigDecimal MAXIMUM_OPPERVLAKTE = BigDecimal.valueOf(10_000);
    static final BigDecimal MAXIMUM_MAAT = BigDecimal.valueOf(1_000);
    static final BigDecimal MAXIMUM_AANRECHT_MM = BigDecimal.valueOf(100_000);
    static final BigDecimal MAXIMUM_BEDRAG = BigDecimal.valueOf(1_000_000_000L);
    static final BigDecimal MAXIMUM_HUUR = BigDecimal.valueOf(100_000);
    static final BigDecimal MAXIMUM_GANG_CM = BigDecimal.valueOf(1_000);
    static final BigDecimal MAXIMUM_DREMPEL_CM = BigDecimal.valueOf(100);
    static final int MAXIMUM_AANTAL = 100_000;
    static final int MAXIMUM_JAAR = 9999;
    /** A text longer than this is no number (parsing megabytes of digits takes minutes). */
    static final int MAXIMUM_GETAL_TEKENS = 1000;
    /** Values in messages are cut to this many characters, as the JSON readers do. */
    static final int MAXIMUM_WAARDE = 200;
    /** Excel's last date, 31-12-9999; a larger serial in a date column is no date. */
    private static final double LAATSTE_DATUM = 2_958_465;

    /**
     * Reads the template. The file is opened by its zip directory, so a cut-off file is refused as a whole rather
     * than read as the sheets before the cut.
     */
    public Uitkomst lees(Path bestand) throws IOException, OngeldigSjabloon {
        // POI's default 0.01 refuses ratios above 100; the template's empty styled cells compress better than that
        ZipSecureFile.setMinInflateRatio(0.005);
        soort(bestand);
        OPCPackage pakket;
        try {
            pakket = OPCPackage.open(bestand.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): " + e.getMessage());
        }
        try {
            begrens(pakket);
            Workbook wb;
            try {
                wb = new XSSFWorkbook(pakket);
            } catch (IOException | RuntimeException e) {
                throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): " + e.getMessage());
            }
            return lees(wb);
        } finally {
            // read-only: revert, as closing would try to save
            pakket.revert();
        }
    }

    /** Refuses what is no .xlsx at all with what it is instead. */
    private static void soort(Path bestand) throws IOException, OngeldigSjabloon {
        if (Files.size(bestand) == 0) {
            throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): het bestand is leeg");
        }
        FileMagic magie;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(bestand))) {
            magie = FileMagic.valueOf(in);
        }
        if (magie == FileMagic.OLE2) {
            boolean versleuteld;
            try (POIFSFileSystem fs = new POIFSFileSystem(bestand.toFile(), true)) {
                versleuteld = fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
            } catch (IOException | RuntimeException e) {
                versleuteld = false;
            }
            throw new OngeldigSjabloon(versleuteld
                    ? "het Excel-bestand is met een wachtwoord beveiligd; sla het op zonder wachtwoord en importeer opnieuw"
                    : "een Excel 97-2003-bestand (.xls) of ander Office-bestand, geen .xlsx; sla het in Excel op als "
                    + "Excel-werkmap (.xlsx) op basis van het Puntwijs-sjabloon");
        }
        if (magie != FileMagic.OOXML) {
            throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): het is geen zip-bestand (een csv- of "
                    + "tekstbestand met de extensie .xlsx?)");
        }
    }

    /**
     * Counts every sheet's rows and bytes as a stream before the workbook is loaded whole, and stops at the
     * limits: the sheet's own "dimension" may say anything, the rows are what takes the memory.
     */
    private static void begrens(OPCPackage pakket) throws IOException, OngeldigSjabloon {
        try {
            XSSFReader lezer = new XSSFReader(pakket);
            XSSFReader.SheetIterator bladen = (XSSFReader.SheetIterator) lezer.getSheetsData();
            while (bladen.hasNext()) {
                try (InputStream in = bladen.next()) {
                    String naam = bladen.getSheetName();
                    long rijen = tel(in, "row", MAXIMUM_RIJEN);
                    if (rijen > MAXIMUM_RIJEN) {
                        throw new OngeldigSjabloon("blad " + naam + " heeft te veel rijen (meer dan " + MAXIMUM_RIJEN
                                + "); splits het bestand in delen en importeer die na elkaar");
                    }
                    if (rijen < 0) {
                        throw new OngeldigSjabloon("blad " + naam + " is te groot (meer dan " + (MAXIMUM_DEEL >> 20)
                                + " MB uitgepakt); splits het bestand in delen en importeer die na elkaar");
                    }
                }
            }
            for (PackagePart deel : pakket.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                try (InputStream in = deel.getInputStream()) {
                    if (tel(in, "si", Long.MAX_VALUE) < 0) {
                        throw new OngeldigSjabloon("de teksten van het werkboek zijn te groot (meer dan "
                                + (MAXIMUM_DEEL >> 20) + " MB uitgepakt)");
                    }
                }
            }
        } catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): " + e.getMessage());
        }
    }

    /**
     * The number of elements with this local name, counting stops just above {@code maximum}; -1 when the stream
     * is larger than {@link #MAXIMUM_DEEL}.
     */
    private static long tel(InputStream in, String element, long maximum) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long[] gelezen = {0};
        InputStream geteld = new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                gelezen[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buf, int van, int lengte) throws IOException {
                int n = super.read(buf, van, lengte);
                gelezen[0] += Math.max(0, n);
                return n;
            }
        };
        XMLStreamReader r = f.createXMLStreamReader(geteld);
        try {
            long aantal = 0;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)
                        && ++aantal > maximum) {
                    return aantal;
                }
                if (gelezen[0] > MAXIMUM_DEEL) {
                    return -1;
                }
            }
            return aantal;
        } finally {
            r.close();
        }
    }

    private Uitkomst lees(Workbook wb) throws OngeldigSjabloon {
        try {
            List<Sjabloonfout> overig = new ArrayList<>();
            Sheet complexen = blad(wb, Sjabloon.COMPLEXEN, overig);
            Sheet woningen = blad(wb, Sjabloon.WONINGEN, overig);
            Sheet ruimten = blad(wb, Sjabloon.RUIMTEN, overig);
            Sheet gedeeld = blad(wb, Sjabloon.GEDEELDE_RUIMTEN, overig);
            if (complexen == null && woningen == null) {
                throw new OngeldigSjabloon("geen Puntwijs-sjabloon: de bladen '" + Sjabloon.COMPLEXEN + "' en '"
                        + Sjabloon.WONINGEN + "' ontbreken (maak een sjabloon met 'puntwijs template')");
            }
            // rooms first: they belong to dwellings or shared spaces
            Map<String, List<Ruimte>> perWoning = new LinkedHashMap<>();
            Map<String, List<Sjabloonfout>> foutenPerWoning = new LinkedHashMap<>();
            Map<String, List<Ruimte>> perGedeeld = new LinkedHashMap<>();
            Map<String, List<Sjabloonfout>> foutenPerGedeeld = new LinkedHashMap<>();
            for (Regel r : regels(ruimten, Sjabloon.RUIMTEN, Sjabloon.RUIMTE_KOLOMMEN, overig)) {
                String woning = r.tekst(0);
                String ruimteVan = r.tekst(1);
                String complex = r.tekst(2);
                Ruimte ruimte = ruimte(r);
                if (woning != null && ruimteVan != null) {
                    r.fout(1, ruimteVan, "een ruimte hoort bij een woning óf bij een gedeelde ruimte, niet bij beide");
                }
                if (woning == null && ruimteVan == null) {
                    r.fout(0, null, "vul Eenheid-id (ruimte van een woning) of Gedeelde ruimte-id in");
                    overig.addAll(r.fouten);
                } else if (woning != null) {
                    perWoning.computeIfAbsent(woning, k -> new ArrayList<>()).add(ruimte);
                    foutenPerWoning.computeIfAbsent(woning, k -> new ArrayList<>()).addAll(r.fouten);
                } else {
                    if (complex == null) {
                        r.fout(2, null, "ontbreekt: een ruimte van een gedeelde ruimte noemt het complex");
                    }
                    String sleutel = complex + "/" + ruimteVan;
                    perGedeeld.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(ruimte);
                    foutenPerGedeeld.computeIfAbsent(sleutel, k -> new ArrayList<>()).addAll(r.fouten);
                }
            }
            List<ComplexRij> complexRijen = new ArrayList<>();
            for (Regel r : regels(complexen, Sjabloon.COMPLEXEN, Sjabloon.COMPLEX_KOLOMMEN, overig)) {
                String id = r.verplicht(0);
                String methode = r.code(2);
                MethodeGedeeldeRuimten m = methode == null ? null : MethodeGedeeldeRuimten.vanCode(methode).orElse(null);
                Zorgvoorwaarden z = new Zorgvoorwaarden(r.janee(3), r.getal(4, MAXIMUM_GANG_CM), r.getal(5, MAXIMUM_DREMPEL_CM), r.janee(6), r.janee(7),
                        r.janee(8), r.janee(9), r.janee(10), r.janee(11));
                complexRijen.add(new ComplexRij(r.rij, new Complex(id, r.tekst(1), z.equals(Zorgvoorwaarden.ONBEKEND) ? null : z,
                        m, null, null, null), r.fouten));
            }
            List<Woning> woningRijen = new ArrayList<>();
            java.util.Set<String> gezien = new java.util.HashSet<>();
            for (Regel r : regels(woningen, Sjabloon.WONINGEN, Sjabloon.WONING_KOLOMMEN, overig)) {
                String id = r.verplicht(0);
                String complex = r.verplicht(1);
                if (id != null && !gezien.add(id)) {
                    r.fout(0, id, "eenheid-id komt al eerder op dit blad voor");
                }
                Adres adres = new Adres(r.tekst(2), r.tekst(3), r.tekst(4), r.tekst(5), r.tekst(6), null);
                if (adres.equals(new Adres(null, null, null, null, null, null))) {
                    adres = null;
                }
                String pand = r.code(8);
                String doelgroep = r.code(9);
                String label = r.code(11);
                LocalDate opname = r.datum(12);
                List<Energieprestatie> energie = label == null ? List.of() : List.of(new Energieprestatie(
                        EnergieprestatieSoort.NTA8800_LABEL, true, opname, opname == null ? null : opname.plusYears(10),
                        Energielabel.lees(label).orElse(null), null, null));
                BigDecimal woz = r.getal(13, MAXIMUM_BEDRAG);
                LocalDate wozDatum = r.datum(14);
                if (woz != null && wozDatum == null) {
                    r.fout(14, null, "ontbreekt: een WOZ-waarde heeft een waardepeildatum nodig");
                }
                java.util.Set<Monument> monumenten = new java.util.HashSet<>();
                for (String code : r.codes(15)) {
                    Monument.vanCode(code).ifPresent(monumenten::add);
                }
                BigDecimal kaal = r.getal(16, MAXIMUM_HUUR);
                BigDecimal gepland = r.getal(17, MAXIMUM_HUUR);
                Integer huishouden = r.geheel(18, MAXIMUM_AANTAL);
                Huur huur = kaal == null && gepland == null && huishouden == null ? null
                        : new Huur(kaal, gepland, huishouden, null, null, null);
                Eenheid e = new Eenheid(id, adres, r.geheel(7, MAXIMUM_JAAR), null, null, null,
                        pand == null ? null : pand.equals("EGW") ? PandSoort.EENGEZINS : PandSoort.MEERGEZINS, monumenten,
                        doelgroep == null ? null : Doelgroep.vanCode(doelgroep).orElse(null), r.geheel(10, MAXIMUM_OPPERVLAKTE.intValue()), energie, null,
                        woz == null || wozDatum == null ? List.of() : List.of(new WozWaarde(wozDatum, woz, null)), null,
                        id == null ? List.of() : perWoning.getOrDefault(id, List.of()), null, null, huur);
                List<Sjabloonfout> fouten = new ArrayList<>(r.fouten);
                if (id != null) {
                    fouten.addAll(foutenPerWoning.getOrDefault(id, List.of()));
                }
                woningRijen.add(new Woning(r.rij, complex, e, fouten));
            }
            for (Map.Entry<String, List<Sjabloonfout>> e : foutenPerWoning.entrySet()) {
                if (!gezien.contains(e.getKey())) {
                    overig.addAll(e.getValue());
                }
            }
            for (Map.Entry<String, List<Ruimte>> e : perWoning.entrySet()) {
                if (!gezien.contains(e.getKey())) {
                    overig.add(new Sjabloonfout(Sjabloon.RUIMTEN, 0, "A (Eenheid-id)", e.getKey(),
                            "deze woning staat niet op blad " + Sjabloon.WONINGEN + " (" + e.getValue().size() + " ruimten)"));
                }
            }
            List<RuimteRij> ruimteRijen = new ArrayList<>();
            java.util.Set<String> gedeeldGezien = new java.util.HashSet<>();
            for (Regel r : regels(gedeeld, Sjabloon.GEDEELDE_RUIMTEN, Sjabloon.GEDEELDE_RUIMTE_KOLOMMEN, overig)) {
                String complex = r.verplicht(0);
                String id = r.verplicht(1);
                String soort = r.code(3);
                List<String> woningIds = r.lijst(5);
                if (woningIds.isEmpty()) {
                    r.fout(5, null, "ontbreekt: noem de woningen met gebruiksrecht (eenheid-ids, gescheiden door ';')");
                }
                String sleutel = complex + "/" + id;
                if (!gedeeldGezien.add(sleutel)) {
                    r.fout(1, id, "gedeelde ruimte komt al eerder voor in dit complex");
                }
                List<Sjabloonfout> fouten = new ArrayList<>(r.fouten);
                fouten.addAll(foutenPerGedeeld.getOrDefault(sleutel, List.of()));
                ruimteRijen.add(new RuimteRij(r.rij, complex, new GedeeldeRuimte(id, r.tekst(2),
                        soort == null ? null : SoortGedeeldeRuimte.vanCode(soort).orElse(null),
                        perGedeeld.getOrDefault(sleutel, List.of()), woningIds, r.geheel(4, MAXIMUM_AANTAL)), fouten));
            }
            for (Map.Entry<String, List<Ruimte>> e : perGedeeld.entrySet()) {
                if (!gedeeldGezien.contains(e.getKey())) {
                    overig.add(new Sjabloonfout(Sjabloon.RUIMTEN, 0, "B (Gedeelde ruimte-id)", e.getKey(),
                            "deze gedeelde ruimte staat niet op blad " + Sjabloon.GEDEELDE_RUIMTEN));
                }
            }
            return new Uitkomst(complexRijen, woningRijen, ruimteRijen, overig);
        } catch (RuntimeException e) {
            // XSSF parses a cell's XML when it is first read: a malformed cell of a hand-made file fails there
            throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): " + e);
        }
    }

    private static Ruimte ruimte(Regel r) {
        String soort = r.code(5);
        String detail = r.code(6);
        List<Voorziening> voorzieningen = new ArrayList<>();
        for (String code : r.codes(14)) {
            Voorziening.vanCode(code).ifPresent(voorzieningen::add);
        }
        Integer aantal = r.geheel(13, MAXIMUM_AANTAL);
        Integer laadpalen = r.geheel(19, MAXIMUM_AANTAL);
        return new Ruimte(r.tekst(3), r.tekst(4), soort == null ? null : RuimteSoort.vanCode(soort).orElse(null),
                detail == null ? null : Detailsoort.vanCode(detail).orElse(null), r.getal(7, MAXIMUM_OPPERVLAKTE),
                r.getal(8, MAXIMUM_MAAT), r.getal(9, MAXIMUM_MAAT), r.getal(10, MAXIMUM_MAAT), Boolean.TRUE.equals(r.janee(11)), Boolean.TRUE.equals(r.janee(12)), null,
                aantal == null ? 1 : aantal, voorzieningen, r.getallen(15, MAXIMUM_AANRECHT_MM), Boolean.TRUE.equals(r.janee(17)),
                Boolean.TRUE.equals(r.janee(18)), laadpalen == null ? 0 : laadpalen, r.getallen(16, MAXIMUM_OPPERVLAKTE));
    }

    private static Sheet blad(Workbook wb, String naam, List<Sjabloonfout> fouten) {
        Sheet s = wb.getSheet(naam);
        if (s == null) {
            fouten.add(new Sjabloonfout(naam, 0, null, null, "blad ontbreekt"));
        }
        return s;
    }

    /**
     * The data rows of a sheet. A sheet whose header row does not name the template's columns in order is not read
     * (each differing header is reported): a column inserted or deleted would put every value after it in the wrong
     * field.
     */
    private static List<Regel> regels(Sheet blad, String naam, List<Sjabloon.Kolom> kolommen, List<Sjabloonfout> overig) {
        List<Regel> uit = new ArrayList<>();
        if (blad == null || !koppenKloppen(blad, naam, kolommen, overig)) {
            return uit;
        }
        for (int i = Sjabloon.EERSTE_DATARIJ - 2; i <= blad.getLastRowNum(); i++) {
            Row row = blad.getRow(i);
            if (row == null) {
                continue;
            }
            String[] cellen = new String[kolommen.size()];
            List<Integer> excelfouten = new ArrayList<>(0);
            boolean leeg = true;
            for (int k = 0; k < kolommen.size(); k++) {
                Cell c = row.getCell(k);
                if (isExcelfout(c)) {
                    excelfouten.add(k);
                    cellen[k] = FormulaError.forInt(c.getErrorCellValue()).getString();
                    leeg = false;
                    continue;
                }
                cellen[k] = tekst(c, kolommen.get(k));
                leeg &= cellen[k] == null;
            }
            if (leeg || (cellen[0] != null && cellen[0].toLowerCase(Locale.ROOT).startsWith(Sjabloon.VOORBEELD))
                    || (i == Sjabloon.EERSTE_DATARIJ - 2 && isEenhedenrij(cellen, kolommen))) {
                continue;
            }
            Regel r = new Regel(naam, i + 1, kolommen, cellen);
            for (int k : excelfouten) {
                r.fout(k, cellen[k], "bevat een Excel-fout; vul een waarde in");
                cellen[k] = null;
            }
            uit.add(r);
        }
        return uit;
    }

    private static boolean koppenKloppen(Sheet blad, String naam, List<Sjabloon.Kolom> kolommen, List<Sjabloonfout> overig) {
        Row kop = blad.getRow(0);
        boolean goed = true;
        for (int k = 0; k < kolommen.size(); k++) {
            Cell c = kop == null ? null : kop.getCell(k);
            String gevonden = c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : "";
            String verwacht = kolommen.get(k).kop();
            if (gevonden.endsWith("*")) {
                gevonden = gevonden.substring(0, gevonden.length() - 1).strip();
            }
            if (!gevonden.equalsIgnoreCase(verwacht)) {
                overig.add(new Sjabloonfout(naam, 1, Sjabloon.letter(k) + " (" + verwacht + ")", ingekort(gevonden),
                        "kop ontbreekt of is anders; de kolommen moeten in de volgorde van het sjabloon staan "
                        + "(maak een nieuw sjabloon met 'puntwijs template')"));
                goed = false;
            }
        }
        return goed;
    }

    /** A cell holding an Excel error (#DIV/0!, #N/A, #REF!), typed or as a formula's result. */
    private static boolean isExcelfout(Cell c) {
        return c != null && (c.getCellType() == CellType.ERROR
                || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.ERROR));
    }

    static String ingekort(String waarde) {
        return waarde == null || waarde.length() <= MAXIMUM_WAARDE ? waarde : waarde.substring(0, MAXIMUM_WAARDE) + "…";
    }

    /** The units row (row 2) is skipped even when someone moved it down a row. */
    private static boolean isEenhedenrij(String[] cellen, List<Sjabloon.Kolom> kolommen) {
        for (int k = 0; k < cellen.length; k++) {
            if (cellen[k] != null && !cellen[k].equals(kolommen.get(k).eenheid())) {
                return false;
            }
        }
        return true;
    }

    private static String tekst(Cell c, Sjabloon.Kolom kolom) {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String s = switch (t) {
            // a date only from Excel's first to its last day: other serials are left as the number, and refused
            case NUMERIC -> kolom.soort() == Sjabloon.Soort.DATUM && DateUtil.isCellDateFormatted(c)
                    && c.getNumericCellValue() >= 1 && c.getNumericCellValue() <= LAATSTE_DATUM
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : kolom.soort() == Sjabloon.Soort.DATUM && c.getNumericCellValue() > 20_000 && c.getNumericCellValue() < 80_000
                    ? DateUtil.getLocalDateTime(c.getNumericCellValue()).toLocalDate().toString()
                    : NumberToTextConverter.toText(c.getNumericCellValue());
            case BOOLEAN -> c.getBooleanCellValue() ? "ja" : "nee";
            case STRING -> c.getStringCellValue();
            default -> null;
        };
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One data row with typed access; each problem is recorded with the column. */
    private static final class Regel {
        final String blad;
        final int rij;
        final List<Sjabloon.Kolom> kolommen;
        final String[] cellen;
        final List<Sjabloonfout> fouten = new ArrayList<>(0);

        Regel(String blad, int rij, List<Sjabloon.Kolom> kolommen, String[] cellen) {
            this.blad = blad;
            this.rij = rij;
            this.kolommen = kolommen;
            this.cellen = cellen;
        }

        void fout(int k, String waarde, String reden) {
            fouten.add(new Sjabloonfout(blad, rij, Sjabloon.letter(k) + " (" + kolommen.get(k).kop() + ")",
                    ingekort(waarde), reden));
        }

        String tekst(int k) {
            return cellen[k];
        }

        String verplicht(int k) {
            if (cellen[k] == null) {
                fout(k, null, "ontbreekt (verplicht)");
            }
            return cellen[k];
        }

        BigDecimal getal(int k, BigDecimal maximum) {
            String t = cellen[k];
            return t == null ? null : getal(k, t, maximum);
        }

        /** A number from 0 to {@code maximum} with at most {@value Getallen#DECIMALEN} decimals, or an error. */
        private BigDecimal getal(int k, String t, BigDecimal maximum) {
            BigDecimal b;
            try {
                b = t.length() > MAXIMUM_GETAL_TEKENS ? null : new BigDecimal(t.replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                b = null;
            }
            if (b == null) {
                fout(k, t, "is geen getal");
                return null;
            }
            if (b.signum() < 0) {
                fout(k, t, "is negatief");
                return null;
            }
            if (b.compareTo(maximum) > 0) {
                fout(k, t, "is onwaarschijnlijk groot (meer dan " + maximum.toPlainString() + ")");
                return null;
            }
            BigDecimal begrensd = Getallen.begrensd(b);
            if (begrensd == null) {
                fout(k, t, "is onwaarschijnlijk klein (meer dan " + Getallen.DECIMALEN + " decimalen)");
            }
            return begrensd;
        }

        Integer geheel(int k, int maximum) {
            BigDecimal b = getal(k, BigDecimal.valueOf(maximum));
            if (b == null) {
                return null;
            }
            if (b.stripTrailingZeros().scale() > 0) {
                fout(k, cellen[k], "is geen geheel getal");
                return null;
            }
            return b.intValueExact();
        }

        LocalDate datum(int k) {
            String t = cellen[k];
            if (t == null) {
                return null;
            }
            try {
                return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
            } catch (DateTimeParseException e) {
                fout(k, t, "is geen datum (JJJJ-MM-DD)");
                return null;
            }
        }

        Boolean janee(int k) {
            String t = cellen[k];
            if (t == null) {
                return null;
            }
            return switch (t.toLowerCase(Locale.ROOT)) {
                case "ja", "j", "yes", "true", "waar", "1" -> true;
                case "nee", "n", "no", "false", "onwaar", "0" -> false;
                default -> {
                    fout(k, t, "is geen ja of nee");
                    yield null;
                }
            };
        }

        String code(int k) {
            String t = cellen[k];
            if (t == null) {
                return null;
            }
            for (String c : kolommen.get(k).codes()) {
                if (c.equalsIgnoreCase(t)) {
                    return c;
                }
            }
            fout(k, t, "is geen geldige code (zie blad " + Sjabloon.HELP + ")");
            return null;
        }

        List<String> codes(int k) {
            List<String> uit = new ArrayList<>();
            for (String deel : lijst(k)) {
                String gevonden = null;
                for (String c : kolommen.get(k).codes()) {
                    if (c.equalsIgnoreCase(deel)) {
                        gevonden = c;
                    }
                }
                if (gevonden == null) {
                    fout(k, deel, "is geen geldige code (zie blad " + Sjabloon.HELP + ")");
                } else {
                    uit.add(gevonden);
                }
            }
            return uit;
        }

        List<String> lijst(int k) {
            String t = cellen[k];
            List<String> uit = new ArrayList<>();
            if (t == null) {
                return uit;
            }
            for (String deel : t.split(kolommen.get(k).soort() == Sjabloon.Soort.CODELIJST ? "[;,]" : ";")) {
                if (!deel.isBlank()) {
                    uit.add(deel.strip());
                }
            }
            return uit;
        }

        List<BigDecimal> getallen(int k, BigDecimal maximum) {
            List<BigDecimal> uit = new ArrayList<>();
            for (String deel : lijst(k)) {
                BigDecimal b = getal(k, deel, maximum);
                if (b != null) {
                    uit.add(b);
                }
            }
            return uit;
        }
    }
}
