package nl.puntwijs.io.tabellen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempels;
import nl.puntwijs.core.tabellen.Drempelsleutel;
import nl.puntwijs.core.tabellen.Energietabel;
import nl.puntwijs.core.tabellen.Grenzen;
import nl.puntwijs.core.tabellen.Huurprijstabel;
import nl.puntwijs.core.tabellen.Tabellen;
import nl.puntwijs.core.tabellen.Tabellenboek;
import nl.puntwijs.core.tabellen.WozTabel;

/**
 * Loads the table sets from {@code /tabellen/} on the class path: {@code index.json} lists one folder per
 * validity period, each with {@code set.json}, {@code huurprijstabel.json}, {@code energie.json},
 * {@code woz.json} and {@code grenzen.json}. Every value is checked when loaded; a defect names the file
 * and the field. Adding a year is adding a folder and its name in the index.
 * The thresholds with their own validity (rent limits, rent increase maxima, subsidy rounds) are in
 * {@code drempels.json} ({@link #drempels()}).
 */
public final class TabellenLader {

    private static final String MAP = "/tabellen/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DREMPELS = "drempels.json";
    /** A source reference inside a {@code bron} text: "[R26]". */
    private static final Pattern BRONVERWIJZING = Pattern.compile("\\[([^\\]]+)]");
    private static volatile Tabellenboek standaard;
    private static volatile Drempels standaardDrempels;

    private TabellenLader() {
    }

    /** The tables shipped with Puntwijs, loaded once. */
    public static Tabellenboek standaard() {
        Tabellenboek boek = standaard;
        if (boek == null) {
            synchronized (TabellenLader.class) {
                boek = standaard;
                if (boek == null) {
                    boek = laad();
                    standaard = boek;
                }
            }
        }
        return boek;
    }

    /** The thresholds shipped with Puntwijs, loaded once and checked against the table sets. */
    public static Drempels drempels() {
        Drempels d = standaardDrempels;
        if (d == null) {
            synchronized (TabellenLader.class) {
                d = standaardDrempels;
                if (d == null) {
                    d = laadDrempels(lees(DREMPELS), DREMPELS, standaard());
                    standaardDrempels = d;
                }
            }
        }
        return d;
    }

    /**
     * Reads and checks a thresholds document: every row has a key, a number, two dates, a source whose
     * references ("[R26]") are listed under {@code bronnen}, and a status; periods of one key do not overlap;
     * the sector limits agree with the rent tables wherever both hold.
     */
    static Drempels laadDrempels(JsonNode n, String bestand, Tabellenboek boek) {
        JsonNode bronnen = verplicht(n, "bronnen", bestand);
        List<Drempel> lijst = new ArrayList<>();
        JsonNode rijen = verplicht(n, "drempels", bestand);
        for (int i = 0; i < rijen.size(); i++) {
            JsonNode rij = rijen.get(i);
            String plek = bestand + ": drempels[" + i + "]";
            String sleutel = tekst(rij, "sleutel", plek);
            plek += " (" + sleutel + ")";
            String bron = tekst(rij, "bron", plek);
            Matcher m = BRONVERWIJZING.matcher(bron);
            while (m.find()) {
                if (!bronnen.has(m.group(1))) {
                    throw new TabellenFout(plek + ": bron verwijst naar [" + m.group(1) + "], dat niet onder 'bronnen' staat");
                }
            }
            JsonNode onbevestigd = verplicht(rij, "onbevestigd", plek);
            if (!onbevestigd.isBoolean()) {
                throw new TabellenFout(plek + ": veld 'onbevestigd' moet true of false zijn, is " + onbevestigd);
            }
            JsonNode toelichting = rij.get("toelichting");
            try {
                lijst.add(new Drempel(sleutel, getal(rij, "waarde", plek), datum(rij, "geldigVanaf", plek),
                        datum(rij, "geldigTot", plek), bron, onbevestigd.booleanValue(),
                        toelichting == null || toelichting.isNull() ? null : toelichting.asText()));
            } catch (IllegalArgumentException e) {
                throw new TabellenFout(plek + ": " + e.getMessage());
            }
        }
        Drempels drempels;
        try {
            drempels = new Drempels(lijst);
        } catch (IllegalArgumentException e) {
            throw new TabellenFout(bestand + ": " + e.getMessage());
        }
        for (Tabellen set : boek.sets()) {
            vergelijk(drempels, Drempelsleutel.SOCIALE_HUURGRENS, set, set.grenzen().socialesectorgrens(), bestand);
            vergelijk(drempels, Drempelsleutel.VRIJESECTORGRENS, set, set.grenzen().vrijesectorgrens(), bestand);
        }
        return drempels;
    }

    /** A sector limit in the thresholds must equal the table set's wherever both hold. */
    private static void vergelijk(Drempels drempels, String sleutel, Tabellen set, BigDecimal grens, String bestand) {
        for (Drempel d : drempels.periodes(sleutel)) {
            boolean overlapt = !d.geldigVanaf().isAfter(set.geldigTot()) && !d.geldigTot().isBefore(set.geldigVanaf());
            if (overlapt && d.waarde().compareTo(grens) != 0) {
                throw new TabellenFout(bestand + ": " + sleutel + " " + d.waarde().toPlainString() + " (" + d.periode()
                        + ") wijkt af van " + grens.toPlainString() + " in tabellen " + set.naam());
            }
        }
    }

    static Tabellenboek laad() {
        JsonNode index = lees("index.json");
        List<Tabellen> sets = new ArrayList<>();
        for (JsonNode naam : verplicht(index, "sets", "index.json")) {
            sets.add(laadSet(naam.asText()));
        }
        try {
            return new Tabellenboek(sets);
        } catch (IllegalArgumentException e) {
            throw new TabellenFout("index.json: " + e.getMessage());
        }
    }

    private static Tabellen laadSet(String map) {
        String setBestand = map + "/set.json";
        JsonNode set = lees(setBestand);
        Tabellen tabellen = new Tabellen(tekst(set, "naam", setBestand), datum(set, "geldigVanaf", setBestand),
                datum(set, "geldigTot", setBestand), tekst(set, "bron", setBestand),
                huurprijzen(map + "/huurprijstabel.json"), energie(map + "/energie.json"), woz(map + "/woz.json"),
                grenzen(map + "/grenzen.json"));
        controleer(tabellen, map);
        return tabellen;
    }

    private static Huurprijstabel huurprijzen(String bestand) {
        JsonNode n = lees(bestand);
        int min = geheel(n, "minimumPunten", bestand);
        int max = geheel(n, "maximumPunten", bestand);
        JsonNode bedragen = verplicht(n, "bedragen", bestand);
        List<BigDecimal> lijst = new ArrayList<>();
        for (int p = min; p <= max; p++) {
            lijst.add(getal(bedragen, String.valueOf(p), bestand + ": bedragen"));
        }
        if (bedragen.size() != max - min + 1) {
            throw new TabellenFout(bestand + ": bedragen heeft " + bedragen.size() + " punten, verwacht "
                    + (max - min + 1) + " (" + min + " t/m " + max + ")");
        }
        try {
            return new Huurprijstabel(min, max, lijst);
        } catch (IllegalArgumentException e) {
            throw new TabellenFout(bestand + ": " + e.getMessage());
        }
    }

    private static Energietabel energie(String bestand) {
        JsonNode n = lees(bestand);
        Map<Energielabel, Integer> eengezins = new EnumMap<>(Energielabel.class);
        Map<Energielabel, Integer> meergezins = new EnumMap<>(Energielabel.class);
        for (JsonNode rij : verplicht(n, "punten", bestand)) {
            Energielabel label = label(tekst(rij, "label", bestand + ": punten"), bestand);
            eengezins.put(label, geheel(rij, "eengezins", bestand + ": punten " + label.naam()));
            meergezins.put(label, geheel(rij, "meergezins", bestand + ": punten " + label.naam()));
        }
        List<Energietabel.IndexGrens> index = new ArrayList<>();
        for (JsonNode rij : verplicht(n, "energieIndex", bestand)) {
            JsonNode tot = rij.get("tot");
            index.add(new Energietabel.IndexGrens(label(tekst(rij, "label", bestand + ": energieIndex"), bestand),
                    tot == null || tot.isNull() ? null : getal(rij, "tot", bestand + ": energieIndex")));
        }
        List<Energietabel.BouwjaarKlasse> bouwjaar = new ArrayList<>();
        for (JsonNode rij : verplicht(n, "bouwjaar", bestand)) {
            JsonNode vanaf = rij.get("vanaf");
            bouwjaar.add(new Energietabel.BouwjaarKlasse(vanaf == null || vanaf.isNull() ? null
                    : geheel(rij, "vanaf", bestand + ": bouwjaar"), label(tekst(rij, "label", bestand + ": bouwjaar"),
                    bestand)));
        }
        JsonNode epv = verplicht(n, "energieprestatievergoeding", bestand);
        try {
            return new Energietabel(eengezins, meergezins, geheel(n, "labelEVolgensBhw", bestand), index, bouwjaar,
                    geheel(epv, "eengezins", bestand + ": energieprestatievergoeding"),
                    geheel(epv, "meergezins", bestand + ": energieprestatievergoeding"));
        } catch (IllegalArgumentException e) {
            throw new TabellenFout(bestand + ": " + e.getMessage());
        }
    }

    private static WozTabel woz(String bestand) {
        JsonNode n = lees(bestand);
        List<WozTabel.Factor> factoren = new ArrayList<>();
        for (JsonNode rij : verplicht(n, "factoren", bestand)) {
            String plek = bestand + ": factoren";
            factoren.add(new WozTabel.Factor(datum(rij, "waardepeildatum", plek), positief(rij, "onderdeel1", plek),
                    positief(rij, "onderdeel2", plek), positief(rij, "onderdeel2Corop", plek)));
        }
        List<LocalDate> waardepeildata = new ArrayList<>();
        for (JsonNode d : verplicht(n, "waardepeildata", bestand)) {
            waardepeildata.add(parseDatum(d.asText(), bestand + ": waardepeildata"));
        }
        JsonNode c = verplicht(n, "corop", bestand);
        String plek = bestand + ": corop";
        WozTabel tabel = new WozTabel(factoren, waardepeildata, positief(n, "minimumWaarde", bestand),
                datum(n, "minimumWaardepeildatum", bestand), positief(n, "taxatieFactor", bestand),
                new WozTabel.Corop(geheel(c, "bouwjaarVan", plek), geheel(c, "bouwjaarTot", plek),
                        geheel(c, "maximumOppervlakte", plek), teksten(c, "gemeenten", plek),
                        teksten(c, "woonplaatscodes", plek)));
        for (LocalDate wpd : waardepeildata) {
            if (tabel.factor(wpd).isEmpty()) {
                throw new TabellenFout(bestand + ": geen factoren voor waardepeildatum " + wpd);
            }
        }
        if (tabel.factor(tabel.minimumWaardepeildatum()).isEmpty()) {
            throw new TabellenFout(bestand + ": geen factoren voor minimumWaardepeildatum " + tabel.minimumWaardepeildatum());
        }
        return tabel;
    }

    private static Grenzen grenzen(String bestand) {
        JsonNode n = lees(bestand);
        return new Grenzen(geheel(n, "maximumPuntenSociaal", bestand), geheel(n, "maximumPuntenMidden", bestand),
                positief(n, "socialesectorgrens", bestand), positief(n, "vrijesectorgrens", bestand),
                geheel(n, "wozCapDrempel", bestand), positief(n, "wozCapAandeel", bestand),
                geheel(n, "nieuwbouwMinimumPunten", bestand), geheel(n, "nieuwbouwDrempel", bestand));
    }

    /** Cross-checks between the files of one set. */
    private static void controleer(Tabellen t, String map) {
        if (t.geldigTot().isBefore(t.geldigVanaf())) {
            throw new TabellenFout(map + "/set.json: geldigTot ligt voor geldigVanaf");
        }
        Grenzen g = t.grenzen();
        if (t.huurprijzen().bedrag(g.maximumPuntenSociaal()).compareTo(g.socialesectorgrens()) != 0) {
            throw new TabellenFout(map + "/grenzen.json: socialesectorgrens " + g.socialesectorgrens()
                    + " wijkt af van de huurprijs bij " + g.maximumPuntenSociaal() + " punten");
        }
        if (t.huurprijzen().bedrag(g.maximumPuntenMidden()).compareTo(g.vrijesectorgrens()) != 0) {
            throw new TabellenFout(map + "/grenzen.json: vrijesectorgrens " + g.vrijesectorgrens()
                    + " wijkt af van de huurprijs bij " + g.maximumPuntenMidden() + " punten");
        }
        if (g.wozCapDrempel() != g.maximumPuntenMidden() + 1) {
            throw new TabellenFout(map + "/grenzen.json: wozCapDrempel moet maximumPuntenMidden + 1 zijn");
        }
    }

    private static JsonNode lees(String bestand) {
        try (InputStream in = TabellenLader.class.getResourceAsStream(MAP + bestand)) {
            if (in == null) {
                throw new TabellenFout("tabellen/" + bestand + " ontbreekt");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new TabellenFout("tabellen/" + bestand + ": geen geldige JSON: " + e.getMessage());
        }
    }

    private static JsonNode verplicht(JsonNode n, String veld, String plek) {
        JsonNode v = n.get(veld);
        if (v == null || v.isNull()) {
            throw new TabellenFout(plek + ": veld '" + veld + "' ontbreekt");
        }
        return v;
    }

    private static String tekst(JsonNode n, String veld, String plek) {
        JsonNode v = verplicht(n, veld, plek);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new TabellenFout(plek + ": veld '" + veld + "' moet tekst zijn, is " + v);
        }
        return v.asText();
    }

    private static Set<String> teksten(JsonNode n, String veld, String plek) {
        Set<String> lijst = new HashSet<>();
        for (Iterator<JsonNode> it = verplicht(n, veld, plek).elements(); it.hasNext(); ) {
            lijst.add(it.next().asText());
        }
        return lijst;
    }

    private static int geheel(JsonNode n, String veld, String plek) {
        JsonNode v = verplicht(n, veld, plek);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new TabellenFout(plek + ": veld '" + veld + "' moet een geheel getal zijn, is " + v);
        }
        return v.asInt();
    }

    private static BigDecimal getal(JsonNode n, String veld, String plek) {
        JsonNode v = verplicht(n, veld, plek);
        try {
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new TabellenFout(plek + ": veld '" + veld + "' is geen getal: " + v);
        }
    }

    private static BigDecimal positief(JsonNode n, String veld, String plek) {
        BigDecimal g = getal(n, veld, plek);
        if (g.signum() <= 0) {
            throw new TabellenFout(plek + ": veld '" + veld + "' moet positief zijn, is " + g);
        }
        return g;
    }

    private static LocalDate datum(JsonNode n, String veld, String plek) {
        return parseDatum(tekst(n, veld, plek), plek + ": " + veld);
    }

    private static LocalDate parseDatum(String tekst, String plek) {
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            throw new TabellenFout(plek + ": '" + tekst + "' is geen datum (JJJJ-MM-DD)");
        }
    }

    private static Energielabel label(String tekst, String bestand) {
        return Energielabel.lees(tekst).orElseThrow(() -> new TabellenFout(bestand + ": onbekend label '" + tekst + "'"));
    }

    /** A defect in the shipped tables: a build error, reported with file and field. */
    public static final class TabellenFout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TabellenFout(String message) {
            super(message);
        }
    }
}
