package nl.puntwijs.io.sjabloon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;

/** The template's layout: sheets, columns (header, unit, code list), shared by the writer and the reader. */
public final class Sjabloon {

    public static final String COMPLEXEN = "Complexen";
    public static final String WONINGEN = "Woningen";
    public static final String RUIMTEN = "Ruimten";
    public static final String GEDEELDE_RUIMTEN = "Gedeelde ruimten";
    public static final String HELP = "Toelichting";
    public static final String CODES = "Codes";

    /** Row 1 headers, row 2 units, row 3 the example; data from row 4 (1-based, as Excel shows them). */
    public static final int EERSTE_DATARIJ = 4;
    /** Rows whose first cell starts with this are examples and are skipped. */
    public static final String VOORBEELD = "voorbeeld";

    /** What a column holds. */
    public enum Soort { TEKST, GETAL, GEHEEL, DATUM, JANEE, CODE, CODELIJST }

    /**
     * One column.
     *
     * @param codes  the allowed codes for CODE and CODELIJST columns (a drop-down for CODE), else empty
     */
    public record Kolom(String kop, String eenheid, Soort soort, boolean verplicht, List<String> codes,
                        String voorbeeld, String uitleg) {
    }

    private Sjabloon() {
    }

    static Kolom k(String kop, String eenheid, Soort soort, boolean verplicht, String voorbeeld, String uitleg) {
        return new Kolom(kop, eenheid, soort, verplicht, List.of(), voorbeeld, uitleg);
    }

    static Kolom code(String kop, Supplier<List<String>> codes, boolean lijst, String voorbeeld, String uitleg) {
        return new Kolom(kop, lijst ? "codes, ;-gescheiden" : "code", lijst ? Soort.CODELIJST : Soort.CODE, false, codes.get(),
                voorbeeld, uitleg);
    }

    static final List<String> JANEE = List.of("ja", "nee");

    static Kolom jaNee(String kop, String voorbeeld, String uitleg) {
        return new Kolom(kop, "ja/nee", Soort.JANEE, false, JANEE, voorbeeld, uitleg);
    }

    public static final List<Kolom> COMPLEX_KOLOMMEN = List.of(
            k("Complex-id", "", Soort.TEKST, true, "voorbeeld-linde", "Unieke code van het complex (bv. uw clustercode)."),
            k("Naam", "", Soort.TEKST, false, "De Linde", "Naam van het complex."),
            code("Methode gedeelde ruimten", () -> codes(MethodeGedeeldeRuimten.values()), false, "forfaitair",
                    "Zorgwoningen: forfaitair (vaste 3 punten, BB26 §2.9.4) of gemeten (BB26 §2.9.7)."),
            jaNee("Zorg: woongebouw", "ja", "Voorwaarde 1: de woningen liggen in een woongebouw."),
            k("Zorg: smalste gangbreedte", "cm", Soort.GETAL, false, "125", "Voorwaarde 2: smalste gang op de route (minstens 120 cm)."),
            k("Zorg: hoogste drempel", "cm", Soort.GETAL, false, "1,5", "Voorwaarde 2: hoogste drempel op de route."),
            jaNee("Zorg: lift of helling", "ja", "Voorwaarde 2: drempels van 2 cm of meer overbrugd met lift of helling."),
            jaNee("Zorg: alarm vanuit woning", "ja", "Voorwaarde 3: persoonlijke alarmering vanuit de woning."),
            jaNee("Zorg: alarm in complex", "ja", "Voorwaarde 3: ... en vanuit het hele complex."),
            jaNee("Zorg: ruimte in huurovereenkomst", "ja", "Voorwaarde 4: gebruik van een gemeenschappelijke ruimte in de huurovereenkomst."),
            jaNee("Zorg: ruimte in ander gebouw", "nee", "Voorwaarde 4: die ruimte ligt in een ander gebouw."),
            jaNee("Zorg: binnendoor bereikbaar", "", "Voorwaarde 4: ... en is binnendoor bereikbaar."));

    public static final List<Kolom> WONING_KOLOMMEN = List.of(
            k("Eenheid-id", "", Soort.TEKST, true, "voorbeeld-1001", "Uniek id van de woning (VERA eenheid-id). Opnieuw "
                    + "importeren met hetzelfde id werkt de woning bij."),
            k("Complex-id", "", Soort.TEKST, true, "voorbeeld-linde", "Het complex (blad Complexen, of een complex dat al in de portefeuille staat)."),
            k("Straat", "", Soort.TEKST, false, "Lindelaan", ""),
            k("Huisnummer", "", Soort.TEKST, false, "12", ""),
            k("Toevoeging", "", Soort.TEKST, false, "A", ""),
            k("Postcode", "", Soort.TEKST, false, "3511AB", ""),
            k("Woonplaats", "", Soort.TEKST, false, "Utrecht", ""),
            k("Bouwjaar", "jaar", Soort.GEHEEL, false, "1975", ""),
            code("Pandsoort", () -> List.of(PandSoort.EENGEZINS.code(), PandSoort.MEERGEZINS.code()), false, "MGW",
                    "EGW eengezinswoning, MGW meergezinswoning (bepaalt de kolom van de energiepunten)."),
            code("Doelgroep", () -> codes(Doelgroep.values()), false, "ZOR", "ZOR claimt de zorgwoning-toeslag (BB26 §2.12.1)."),
            k("Gebruiksoppervlakte", "m²", Soort.GEHEEL, false, "68", ""),
            code("Energielabel", () -> labels(), false, "B", "Definitief energielabel (A++++ t/m G)."),
            k("Opnamedatum label", "datum", Soort.DATUM, false, "2023-05-01", "Begindatum van het label (JJJJ-MM-DD)."),
            k("WOZ-waarde", "€", Soort.GETAL, false, "245000", "Vastgestelde WOZ-waarde."),
            k("WOZ-waardepeildatum", "datum", Soort.DATUM, false, "2025-01-01", "Waardepeildatum van die WOZ-waarde."),
            code("Monumenten", () -> codes(Monument.values()), true, "", "Monumentstatussen, bv. RIJ of GEM,SGR."),
            k("Kale huur", "€/mnd", Soort.GETAL, false, "712,50", "Huidige kale huur per maand."),
            k("Geplande huur", "€/mnd", Soort.GETAL, false, "", "Geplande kale huur per maand."),
            k("Huishoudgrootte", "personen", Soort.GEHEEL, false, "1", ""));

    public static final List<Kolom> RUIMTE_KOLOMMEN = List.of(
            k("Eenheid-id", "", Soort.TEKST, false, "voorbeeld-1001", "De woning van deze ruimte; leeg voor een ruimte van een gedeelde ruimte."),
            k("Gedeelde ruimte-id", "", Soort.TEKST, false, "", "De gedeelde ruimte (blad Gedeelde ruimten) van deze ruimte; leeg voor een woning."),
            k("Complex-id", "", Soort.TEKST, false, "", "Alleen bij een gedeelde ruimte: het complex ervan."),
            k("Ruimte-id", "", Soort.TEKST, false, "woonkamer", "Uniek binnen de woning."),
            k("Naam", "", Soort.TEKST, false, "Woonkamer", ""),
            code("Soort", () -> codes(RuimteSoort.values()), false, "VTK", "VTK vertrek, OVR overige ruimte, VRK verkeersruimte, BTR buitenruimte."),
            code("Detailsoort", () -> detailsoorten(), false, "WOO", "VERA-ruimtedetailsoort, bv. WOO, SLA, KEU, BAD, TOI, BAL."),
            k("Oppervlakte", "m²", Soort.GETAL, false, "28,4", ""),
            k("Lengte", "m", Soort.GETAL, false, "", "Voor buitenruimten (minstens 1,50 m)."),
            k("Breedte", "m", Soort.GETAL, false, "", ""),
            k("Hoogte", "m", Soort.GETAL, false, "", ""),
            jaNee("Verwarmd", "ja", ""),
            jaNee("Verkoeld", "nee", ""),
            k("Aantal", "stuks", Soort.GEHEEL, false, "", "Parkeerplaatsen in één regel; leeg is 1."),
            code("Voorzieningen", () -> codes(Voorziening.values()), true, "", "VERA-installatiecodes, bv. IKK,IAF,IKO (keuken) of DOU,WAS,HTO (sanitair)."),
            k("Aanrechten", "mm, ;-gescheiden", Soort.TEKST, false, "", "Lengte van elk aanrechtdeel in mm, gescheiden door ';' bv. 2400;900."),
            k("Kasten", "m², ;-gescheiden", Soort.TEKST, false, "", "Oppervlakte van elke vaste kast die op deze ruimte uitkomt, gescheiden door ';'."),
            jaNee("Vaste trap", "", "Zolder bereikbaar met een vaste trap."),
            jaNee("Vlizotrap", "", "Zolder bereikbaar met een vlizotrap."),
            k("Laadpalen", "stuks", Soort.GEHEEL, false, "", "Laadpalen bij deze parkeerplaats."));

    public static final List<Kolom> GEDEELDE_RUIMTE_KOLOMMEN = List.of(
            k("Complex-id", "", Soort.TEKST, true, "voorbeeld-linde", ""),
            k("Gedeelde ruimte-id", "", Soort.TEKST, true, "voorbeeld-or", "Uniek binnen het complex; de ruimten staan op blad Ruimten."),
            k("Naam", "", Soort.TEKST, false, "Ontmoetingsruimte", ""),
            code("Soort", () -> codes(SoortGedeeldeRuimte.values()), false, "ontmoetingsruimte", ""),
            k("Aantal adressen", "adressen", Soort.GEHEEL, false, "", "Adressen met gebruiksrecht als dat er meer zijn dan de gekoppelde woningen."),
            k("Woningen", "eenheid-ids", Soort.TEKST, true, "voorbeeld-1001;voorbeeld-1002", "Eenheid-ids met gebruiksrecht, gescheiden door ';'."));

    static List<String> codes(Enum<?>[] waarden) {
        List<String> uit = new ArrayList<>();
        for (Enum<?> e : waarden) {
            if (e instanceof MethodeGedeeldeRuimten m) {
                uit.add(m.code());
            } else if (e instanceof SoortGedeeldeRuimte s) {
                uit.add(s.code());
            } else if (e instanceof Doelgroep d) {
                uit.add(d.code());
            } else if (e instanceof Monument m) {
                uit.add(m.code());
            } else if (e instanceof RuimteSoort r) {
                uit.add(r.code());
            } else if (e instanceof Voorziening v) {
                uit.add(v.code());
            }
        }
        return uit;
    }

    static List<String> labels() {
        List<String> uit = new ArrayList<>();
        for (Energielabel l : Energielabel.values()) {
            uit.add(l.naam());
        }
        return uit;
    }

    static List<String> detailsoorten() {
        List<String> uit = new ArrayList<>();
        for (Detailsoort d : Detailsoort.values()) {
            uit.add(d.code());
        }
        return uit;
    }

    /** Excel's column letter for a 0-based index. */
    public static String letter(int kolom) {
        StringBuilder sb = new StringBuilder();
        int k = kolom + 1;
        while (k > 0) {
            int r = (k - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            k = (k - 1) / 26;
        }
        return sb.toString();
    }
}
