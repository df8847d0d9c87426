package nl.puntwijs.io.sjabloon;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

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

    public Uitkomst lees(InputStream in) throws IOException, OngeldigSjabloon {
        ZipSecureFile.setMinInflateRatio(0.005);
        Workbook wb;
        try {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new OngeldigSjabloon("geen leesbaar Excel-bestand (.xlsx): " + e.getMessage());
        }
        try (wb) {
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
            for (Regel r : regels(ruimten, Sjabloon.RUIMTEN, Sjabloon.RUIMTE_KOLOMMEN)) {
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
            for (Regel r : regels(complexen, Sjabloon.COMPLEXEN, Sjabloon.COMPLEX_KOLOMMEN)) {
                String id = r.verplicht(0);
                String methode = r.code(2);
                MethodeGedeeldeRuimten m = methode == null ? null : MethodeGedeeldeRuimten.vanCode(methode).orElse(null);
                Zorgvoorwaarden z = new Zorgvoorwaarden(r.janee(3), r.getal(4), r.getal(5), r.janee(6), r.janee(7),
                        r.janee(8), r.janee(9), r.janee(10), r.janee(11));
                complexRijen.add(new ComplexRij(r.rij, new Complex(id, r.tekst(1), z.equals(Zorgvoorwaarden.ONBEKEND) ? null : z,
                        m, null, null, null), r.fouten));
            }
            List<Woning> woningRijen = new ArrayList<>();
            java.util.Set<String> gezien = new java.util.HashSet<>();
            for (Regel r : regels(woningen, Sjabloon.WONINGEN, Sjabloon.WONING_KOLOMMEN)) {
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
                BigDecimal woz = r.getal(13);
                LocalDate wozDatum = r.datum(14);
                if (woz != null && wozDatum == null) {
                    r.fout(14, null, "ontbreekt: een WOZ-waarde heeft een waardepeildatum nodig");
                }
                java.util.Set<Monument> monumenten = new java.util.HashSet<>();
                for (String code : r.codes(15)) {
                    Monument.vanCode(code).ifPresent(monumenten::add);
                }
                BigDecimal kaal = r.getal(16);
                BigDecimal gepland = r.getal(17);
                Integer huishouden = r.geheel(18);
                Huur huur = kaal == null && gepland == null && huishouden == null ? null
                        : new Huur(kaal, gepland, huishouden, null, null, null);
                Eenheid e = new Eenheid(id, adres, r.geheel(7), null, null, null,
                        pand == null ? null : pand.equals("EGW") ? PandSoort.EENGEZINS : PandSoort.MEERGEZINS, monumenten,
                        doelgroep == null ? null : Doelgroep.vanCode(doelgroep).orElse(null), r.geheel(10), energie, null,
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
            for (Regel r : regels(gedeeld, Sjabloon.GEDEELDE_RUIMTEN, Sjabloon.GEDEELDE_RUIMTE_KOLOMMEN)) {
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
                        perGedeeld.getOrDefault(sleutel, List.of()), woningIds, r.geheel(4)), fouten));
            }
            for (Map.Entry<String, List<Ruimte>> e : perGedeeld.entrySet()) {
                if (!gedeeldGezien.contains(e.getKey())) {
                    overig.add(new Sjabloonfout(Sjabloon.RUIMTEN, 0, "B (Gedeelde ruimte-id)", e.getKey(),
                            "deze gedeelde ruimte staat niet op blad " + Sjabloon.GEDEELDE_RUIMTEN));
                }
            }
            return new Uitkomst(complexRijen, woningRijen, ruimteRijen, overig);
        }
    }

    private static Ruimte ruimte(Regel r) {
        String soort = r.code(5);
        String detail = r.code(6);
        List<Voorziening> voorzieningen = new ArrayList<>();
        for (String code : r.codes(14)) {
            Voorziening.vanCode(code).ifPresent(voorzieningen::add);
        }
        Integer aantal = r.geheel(13);
        Integer laadpalen = r.geheel(19);
        return new Ruimte(r.tekst(3), r.tekst(4), soort == null ? null : RuimteSoort.vanCode(soort).orElse(null),
                detail == null ? null : Detailsoort.vanCode(detail).orElse(null), r.getal(7), r.getal(8), r.getal(9),
                r.getal(10), Boolean.TRUE.equals(r.janee(11)), Boolean.TRUE.equals(r.janee(12)), null,
                aantal == null ? 1 : aantal, voorzieningen, r.getallen(15), Boolean.TRUE.equals(r.janee(17)),
                Boolean.TRUE.equals(r.janee(18)), laadpalen == null ? 0 : laadpalen, r.getallen(16));
    }

    private static Sheet blad(Workbook wb, String naam, List<Sjabloonfout> fouten) {
        Sheet s = wb.getSheet(naam);
        if (s == null) {
            fouten.add(new Sjabloonfout(naam, 0, null, null, "blad ontbreekt"));
        }
        return s;
    }

    private static List<Regel> regels(Sheet blad, String naam, List<Sjabloon.Kolom> kolommen) {
        List<Regel> uit = new ArrayList<>();
        if (blad == null) {
            return uit;
        }
        for (int i = Sjabloon.EERSTE_DATARIJ - 2; i <= blad.getLastRowNum(); i++) {
            Row row = blad.getRow(i);
            if (row == null) {
                continue;
            }
            String[] cellen = new String[kolommen.size()];
            boolean leeg = true;
            for (int k = 0; k < kolommen.size(); k++) {
                cellen[k] = tekst(row.getCell(k), kolommen.get(k));
                leeg &= cellen[k] == null;
            }
            if (leeg || (cellen[0] != null && cellen[0].toLowerCase(Locale.ROOT).startsWith(Sjabloon.VOORBEELD))
                    || (i == Sjabloon.EERSTE_DATARIJ - 2 && isEenhedenrij(cellen, kolommen))) {
                continue;
            }
            uit.add(new Regel(naam, i + 1, kolommen, cellen));
        }
        return uit;
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
            case NUMERIC -> kolom.soort() == Sjabloon.Soort.DATUM && DateUtil.isCellDateFormatted(c)
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
            fouten.add(new Sjabloonfout(blad, rij, Sjabloon.letter(k) + " (" + kolommen.get(k).kop() + ")", waarde, reden));
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

        BigDecimal getal(int k) {
            String t = cellen[k];
            if (t == null) {
                return null;
            }
            try {
                BigDecimal b = new BigDecimal(t.replace(" ", "").replace(',', '.'));
                if (b.signum() < 0) {
                    fout(k, t, "is negatief");
                    return null;
                }
                return b;
            } catch (NumberFormatException e) {
                fout(k, t, "is geen getal");
                return null;
            }
        }

        Integer geheel(int k) {
            BigDecimal b = getal(k);
            if (b == null) {
                return null;
            }
            if (b.stripTrailingZeros().scale() > 0 || b.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
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

        List<BigDecimal> getallen(int k) {
            List<BigDecimal> uit = new ArrayList<>();
            for (String deel : lijst(k)) {
                try {
                    BigDecimal b = new BigDecimal(deel.replace(',', '.'));
                    if (b.signum() < 0) {
                        fout(k, deel, "is negatief");
                    } else {
                        uit.add(b);
                    }
                } catch (NumberFormatException e) {
                    fout(k, deel, "is geen getal");
                }
            }
            return uit;
        }
    }
}
