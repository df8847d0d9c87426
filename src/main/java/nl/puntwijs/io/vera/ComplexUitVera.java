package nl.puntwijs.io.vera;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.complex.MethodeGedeeldeRuimten;
import nl.puntwijs.core.complex.SoortGedeeldeRuimte;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.stelsel.Afronding;

/**
 * Builds a complex from the VERA eenheden of one complex. VERA repeats a shared room in every eenheid that uses
 * it (with {@code gedeeldMetAantalAdressen}); here the copies become one shared space linked to those eenheden.
 * Two copies are the same room when they have the same id, or the same detailsoort, area and address count.
 * Rooms used by exactly the same eenheden form one space (an ontmoetingsruimte with its toilet room).
 */
public final class ComplexUitVera {

    /**
     * The complex, and the messages about rooms whose copies disagree.
     *
     * @param waarschuwingen in Dutch, naming the room and the eenheden
     */
    public record Uitkomst(Complex complex, List<String> waarschuwingen) {
    }

    private ComplexUitVera() {
    }

    public static Uitkomst maak(String id, String naam, List<Eenheid> eenheden) {
        List<Exemplaar> exemplaren = new ArrayList<>();
        List<Eenheid> woningen = new ArrayList<>();
        for (Eenheid e : eenheden) {
            List<Ruimte> eigen = new ArrayList<>();
            for (Ruimte r : e.ruimten()) {
                if (r.isGedeeld()) {
                    exemplaren.add(new Exemplaar(e.id(), r));
                } else {
                    eigen.add(r);
                }
            }
            woningen.add(e.metRuimten(eigen));
        }
        // union of copies: same id, or same detailsoort, area and address count
        int[] ouder = new int[exemplaren.size()];
        for (int i = 0; i < ouder.length; i++) {
            ouder[i] = i;
        }
        Map<String, Integer> perId = new LinkedHashMap<>();
        Map<String, Integer> perKenmerk = new LinkedHashMap<>();
        for (int i = 0; i < exemplaren.size(); i++) {
            Ruimte r = exemplaren.get(i).ruimte();
            if (r.id() != null && !r.id().isBlank()) {
                Integer eerder = perId.putIfAbsent(r.id(), i);
                if (eerder != null) {
                    verenig(ouder, eerder, i);
                }
            }
            Integer eerder = perKenmerk.putIfAbsent(kenmerk(r), i);
            if (eerder != null) {
                verenig(ouder, eerder, i);
            }
        }
        Map<Integer, List<Exemplaar>> kamers = new LinkedHashMap<>();
        for (int i = 0; i < exemplaren.size(); i++) {
            kamers.computeIfAbsent(wortel(ouder, i), k -> new ArrayList<>()).add(exemplaren.get(i));
        }
        // rooms used by the same eenheden with the same address count form one space
        List<String> waarschuwingen = new ArrayList<>();
        Map<String, List<List<Exemplaar>>> perGebruik = new LinkedHashMap<>();
        for (List<Exemplaar> kamer : kamers.values()) {
            Set<String> gebruikers = new LinkedHashSet<>();
            for (Exemplaar x : kamer) {
                if (!gebruikers.add(x.eenheid())) {
                    waarschuwingen.add("ruimte '" + x.ruimte().weergavenaam() + "' staat twee keer bij eenheid '"
                            + x.eenheid() + "'; één keer gekoppeld");
                }
            }
            Ruimte eerste = kamer.get(0).ruimte();
            perGebruik.computeIfAbsent(gebruikers + "/" + eerste.adressen() + "/" + categorie(eerste),
                    k -> new ArrayList<>()).add(kamer);
        }
        List<GedeeldeRuimte> ruimten = new ArrayList<>();
        for (List<List<Exemplaar>> groep : perGebruik.values()) {
            ruimten.add(ruimte(groep, waarschuwingen));
        }
        return new Uitkomst(new Complex(id, naam, null, MethodeGedeeldeRuimten.FORFAITAIR, woningen, ruimten, null),
                waarschuwingen);
    }

    private static GedeeldeRuimte ruimte(List<List<Exemplaar>> kamers, List<String> waarschuwingen) {
        List<Ruimte> ruimten = new ArrayList<>();
        Ruimte grootste = null;
        for (List<Exemplaar> kamer : kamers) {
            Ruimte r = kamer.get(0).ruimte();
            for (Exemplaar x : kamer) {
                if (!Objects.equals(kenmerk(x.ruimte()), kenmerk(r))) {
                    waarschuwingen.add("ruimte '" + r.weergavenaam() + "' (" + r.id() + ") verschilt bij eenheid '"
                            + x.eenheid() + "' (" + kenmerk(x.ruimte()) + " tegen " + kenmerk(r)
                            + "); de eerste is gebruikt");
                }
            }
            ruimten.add(r);
            if (grootste == null || oppervlakte(r).compareTo(oppervlakte(grootste)) > 0) {
                grootste = r;
            }
        }
        List<String> woningen = new ArrayList<>();
        for (Exemplaar x : kamers.get(0)) {
            if (!woningen.contains(x.eenheid())) {
                woningen.add(x.eenheid());
            }
        }
        int adressen = grootste.adressen();
        if (adressen < woningen.size()) {
            waarschuwingen.add("ruimte '" + grootste.weergavenaam() + "' is gedeeld met " + adressen
                    + " adressen maar komt bij " + woningen.size() + " eenheden voor; gedeeld met " + woningen.size()
                    + " aangenomen");
            adressen = woningen.size();
        }
        String id = grootste.id() != null && !grootste.id().isBlank() ? grootste.id() : "gedeeld-" + woningen.get(0);
        return new GedeeldeRuimte(id, grootste.weergavenaam(), soort(ruimten), ruimten, woningen,
                adressen == woningen.size() ? null : adressen);
    }

    private static BigDecimal oppervlakte(Ruimte r) {
        return r.oppervlakte() == null ? BigDecimal.ZERO : r.oppervlakte();
    }

    private static String kenmerk(Ruimte r) {
        return (r.detailsoort() == null ? "?" : r.detailsoort().code()) + " "
                + (r.oppervlakte() == null ? "?" : Afronding.tweeDecimalen(r.oppervlakte()).toPlainString() + " m²")
                + " gedeeld met " + r.adressen();
    }

    private static SoortGedeeldeRuimte soort(List<Ruimte> ruimten) {
        for (Ruimte r : ruimten) {
            Detailsoort d = r.detailsoort();
            if (d == null) {
                continue;
            }
            switch (d) {
                case RECREATIERUIMTE, RECREATIE_ONTMOETINGSRUIMTE, WOONKAMER, WOONKAMER_KEUKEN, OVERIG_VERTREK,
                     OVERIGE_GEMEENSCHAPPELIJKE_RUIMTE -> {
                    return SoortGedeeldeRuimte.ONTMOETINGSRUIMTE;
                }
                case KEUKEN -> {
                    return SoortGedeeldeRuimte.GEMEENSCHAPPELIJKE_KEUKEN;
                }
                case SLAAPKAMER -> {
                    return SoortGedeeldeRuimte.LOGEERKAMER;
                }
                case BERGING, BERGRUIMTE, FIETSENSTALLING -> {
                    return SoortGedeeldeRuimte.BERGING;
                }
                case TUIN, ACHTERTUIN, VOORTUIN, ZIJTUIN, TUIN_RONDOM, DAKTERRAS, TERRAS, BALKON, LOGGIA, ATRIUM,
                     OVERIGE_BUITENRUIMTE, GEMEENSCHAPPELIJKE_TUIN, GEMEENSCHAPPELIJK_DAKTERRAS,
                     GEMEENSCHAPPELIJK_DAKTERRAS_OUD -> {
                    return SoortGedeeldeRuimte.BUITENRUIMTE;
                }
                case PARKEERPLEK_INPANDIG, PARKEERPLEK_UITPANDIG_OVERDEKT, PARKEERPLEK_BUITEN_ONOVERDEKT, CARPORT,
                     PARKEERPLAATS, GARAGE, PARKEERKELDER, PARKEERPLEK_TYPE_1, PARKEERPLEK_TYPE_2, PARKEERPLEK_TYPE_3,
                     INPANDIGE_AFGESLOTEN_PARKEERGARAGE, UITPANDIGE_AFGESLOTEN_PARKEERGARAGE, PARKEERTERREIN_COMPLEX -> {
                    return SoortGedeeldeRuimte.PARKEERVOORZIENING;
                }
                default -> {
                    // look at the next room
                }
            }
        }
        return SoortGedeeldeRuimte.OVERIG;
    }

    /** Indoor rooms, outdoor space and parking never share one space. */
    private static SoortGedeeldeRuimte categorie(Ruimte r) {
        SoortGedeeldeRuimte soort = soort(List.of(r));
        return soort == SoortGedeeldeRuimte.BUITENRUIMTE || soort == SoortGedeeldeRuimte.PARKEERVOORZIENING ? soort
                : SoortGedeeldeRuimte.OVERIG;
    }

    private static void verenig(int[] ouder, int a, int b) {
        ouder[wortel(ouder, b)] = wortel(ouder, a);
    }

    private static int wortel(int[] ouder, int i) {
        while (ouder[i] != i) {
            ouder[i] = ouder[ouder[i]];
            i = ouder[i];
        }
        return i;
    }

    private record Exemplaar(String eenheid, Ruimte ruimte) {
    }
}
