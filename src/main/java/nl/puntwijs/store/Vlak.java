package nl.puntwijs.store;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;

/**
 * Flattens an input into "field path → value" pairs, the form the audit trail compares: two versions of a dwelling
 * differ exactly in the paths whose values differ. Rooms are keyed by their id when it is unique, else by position.
 */
final class Vlak {

    /** One changed field. */
    record Verschil(String veld, String oud, String nieuw) {
    }

    private Vlak() {
    }

    static List<Verschil> verschillen(Map<String, String> oud, Map<String, String> nieuw) {
        List<Verschil> uit = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : oud.entrySet()) {
            String n = nieuw.get(e.getKey());
            if (!java.util.Objects.equals(e.getValue(), n)) {
                uit.add(new Verschil(e.getKey(), e.getValue(), n));
            }
        }
        for (Map.Entry<String, String> e : nieuw.entrySet()) {
            if (!oud.containsKey(e.getKey()) && e.getValue() != null) {
                uit.add(new Verschil(e.getKey(), null, e.getValue()));
            }
        }
        return uit;
    }

    static Map<String, String> van(Complex c) {
        Map<String, String> m = new LinkedHashMap<>();
        zet(m, "naam", c.naam());
        zet(m, "methode", c.methode().code());
        zorg(m, "zorg.", c.zorg());
        Ouderenhuisvesting o = c.ouderenhuisvesting();
        if (o != null) {
            zet(m, "ouderenhuisvesting.aandeelBewoners55Plus", o.aandeelBewoners55Plus());
            zet(m, "ouderenhuisvesting.afstandOntmoetingsruimteM", o.afstandOntmoetingsruimteM());
            zet(m, "ouderenhuisvesting.fysiekVerbonden", o.fysiekVerbonden());
            zet(m, "ouderenhuisvesting.subsidieronde", o.subsidieronde());
            zet(m, "ouderenhuisvesting.corporatie", o.corporatie());
            zet(m, "ouderenhuisvesting.oplevering", o.oplevering());
            zet(m, "ouderenhuisvesting.eindeOntmoetingsfunctie", o.eindeOntmoetingsfunctie());
            zet(m, "ouderenhuisvesting.exploitatieplan", o.exploitatieplan());
            zet(m, "ouderenhuisvesting.winstOpExploitatie", o.winstOpExploitatie());
            zet(m, "ouderenhuisvesting.openVoorBuurt", o.openVoorBuurt());
        }
        return m;
    }

    static Map<String, String> van(Eenheid e) {
        Map<String, String> m = new LinkedHashMap<>();
        Adres a = e.adres();
        if (a != null) {
            zet(m, "adres.straatnaam", a.straatnaam());
            zet(m, "adres.huisnummer", a.huisnummer());
            zet(m, "adres.huisnummerToevoeging", a.huisnummerToevoeging());
            zet(m, "adres.postcode", a.postcode());
            zet(m, "adres.woonplaats", a.woonplaats());
            zet(m, "adres.woonplaatscode", a.woonplaatscode());
        }
        zet(m, "bouwjaar", e.bouwjaar());
        zet(m, "beginBouwdatum", e.beginBouwdatum());
        zet(m, "eersteIngebruikname", e.eersteIngebruikname());
        zet(m, "datumHuurovereenkomst", e.datumHuurovereenkomst());
        zet(m, "pandSoort", e.pandSoort() == null ? null : e.pandSoort().code());
        zet(m, "monumenten", ComplexSchrijver.monumenten(e));
        zet(m, "doelgroep", e.doelgroep() == null ? null : e.doelgroep().code());
        zet(m, "gebruiksoppervlakte", e.gebruiksoppervlakte());
        zet(m, "taxatiewaarde", e.taxatiewaarde());
        for (int i = 0; i < e.energieprestaties().size(); i++) {
            Energieprestatie p = e.energieprestaties().get(i);
            String k = "energieprestaties[" + i + "].";
            zet(m, k + "soort", p.soort() == null ? null : p.soort().code());
            zet(m, k + "definitief", p.definitief());
            zet(m, k + "begindatum", p.begindatum());
            zet(m, k + "einddatum", p.einddatum());
            zet(m, k + "label", p.label() == null ? null : p.label().naam());
            zet(m, k + "waarde", p.waarde());
            zet(m, k + "geldigVoorWws", p.geldigVoorWws());
        }
        for (int i = 0; i < e.energieprestatievergoedingen().size(); i++) {
            Energieprestatievergoeding v = e.energieprestatievergoedingen().get(i);
            zet(m, "energieprestatievergoedingen[" + i + "].begindatum", v.begindatum());
            zet(m, "energieprestatievergoedingen[" + i + "].einddatum", v.einddatum());
        }
        for (int i = 0; i < e.wozWaarden().size(); i++) {
            WozWaarde w = e.wozWaarden().get(i);
            String k = "wozWaarden[" + w.waardepeildatum() + "].";
            zet(m, k + "vastgesteldeWaarde", w.vastgesteldeWaarde());
            zet(m, k + "beschikkingsdatum", w.beschikkingsdatum());
            if (w.vastgesteldeWaarde() == null && w.beschikkingsdatum() == null) {
                zet(m, k + "aanwezig", "ja");
            }
        }
        for (int i = 0; i < e.gehandicaptenvoorzieningen().size(); i++) {
            Gehandicaptenvoorziening g = e.gehandicaptenvoorzieningen().get(i);
            String k = "gehandicaptenvoorzieningen[" + i + "].";
            zet(m, k + "omschrijving", g.omschrijving());
            zet(m, k + "kosten", g.kosten());
            zet(m, k + "subsidie", g.subsidie());
            zet(m, k + "eigenBijdrage", g.eigenBijdrage());
        }
        ruimten(m, "ruimten", e.ruimten());
        zorg(m, "zorg.", e.zorgvoorwaarden());
        Huur h = e.huur();
        if (h != null) {
            zet(m, "huur.kaleHuur", h.kaleHuur());
            zet(m, "huur.geplandeHuur", h.geplandeHuur());
            zet(m, "huur.huishoudgrootte", h.huishoudgrootte());
            zet(m, "huur.huurverhogingPercentage", h.huurverhogingPercentage());
            zet(m, "huur.ingangsdatumHuurverhoging", h.ingangsdatumHuurverhoging());
            zet(m, "huur.servicekosten", h.servicekosten());
        }
        return m;
    }

    static Map<String, String> van(GedeeldeRuimte g) {
        Map<String, String> m = new LinkedHashMap<>();
        zet(m, "naam", g.naam());
        zet(m, "soort", g.soort() == null ? null : g.soort().code());
        zet(m, "aantalAdressen", g.aantalAdressen());
        zet(m, "woningen", String.join(",", g.woningen()));
        ruimten(m, "ruimten", g.ruimten());
        return m;
    }

    private static void ruimten(Map<String, String> m, String naam, List<Ruimte> ruimten) {
        Set<String> ids = new HashSet<>();
        boolean uniek = true;
        for (Ruimte r : ruimten) {
            uniek &= r.id() != null && ids.add(r.id());
        }
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            String k = naam + "[" + (uniek ? r.id() : "#" + (i + 1)) + "].";
            zet(m, k + "naam", r.naam());
            zet(m, k + "soort", r.soort() == null ? null : r.soort().code());
            zet(m, k + "detailsoort", r.detailsoort() == null ? null : r.detailsoort().code());
            zet(m, k + "oppervlakte", r.oppervlakte());
            zet(m, k + "lengte", r.lengte());
            zet(m, k + "breedte", r.breedte());
            zet(m, k + "hoogte", r.hoogte());
            zet(m, k + "verwarmd", r.verwarmd());
            zet(m, k + "verkoeld", r.verkoeld());
            zet(m, k + "gedeeldMetAdressen", r.gedeeldMetAdressen());
            zet(m, k + "aantal", r.aantal());
            StringJoiner v = new StringJoiner(",");
            for (Voorziening x : r.voorzieningen()) {
                v.add(x.code());
            }
            zet(m, k + "voorzieningen", v.length() == 0 ? null : v.toString());
            zet(m, k + "aanrechten", getallen(r.aanrechten()));
            zet(m, k + "vasteTrap", r.vasteTrap());
            zet(m, k + "vlizotrap", r.vlizotrap());
            zet(m, k + "laadpalen", r.laadpalen());
            zet(m, k + "kasten", getallen(r.kasten()));
        }
    }

    private static String getallen(List<BigDecimal> lijst) {
        if (lijst.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(",");
        for (BigDecimal b : lijst) {
            j.add(b.toPlainString());
        }
        return j.toString();
    }

    private static void zorg(Map<String, String> m, String k, Zorgvoorwaarden z) {
        if (z == null) {
            return;
        }
        zet(m, k + "woongebouw", z.woongebouw());
        zet(m, k + "smalsteGangbreedteCm", z.smalsteGangbreedteCm());
        zet(m, k + "hoogsteDrempelCm", z.hoogsteDrempelCm());
        zet(m, k + "liftOfHelling", z.liftOfHelling());
        zet(m, k + "alarmWoning", z.alarmWoning());
        zet(m, k + "alarmComplex", z.alarmComplex());
        zet(m, k + "gemeenschappelijkeRuimteInHuurovereenkomst", z.gemeenschappelijkeRuimteInHuurovereenkomst());
        zet(m, k + "ruimteInAnderGebouw", z.ruimteInAnderGebouw());
        zet(m, k + "binnendoorBereikbaar", z.binnendoorBereikbaar());
    }

    private static void zet(Map<String, String> m, String k, Object waarde) {
        if (waarde == null) {
            return;
        }
        String tekst = waarde instanceof BigDecimal b ? b.toPlainString()
                : waarde instanceof Boolean b ? (b ? "ja" : "nee") : waarde.toString();
        m.put(k, tekst);
    }
}
