package nl.puntwijs.eigenschappen;

import static nl.puntwijs.core.model.Detailsoort.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energielabel;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Energieprestatievergoeding;
import nl.puntwijs.core.model.Gehandicaptenvoorziening;
import nl.puntwijs.core.model.Monument;
import nl.puntwijs.core.model.PandSoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.model.WozWaarde;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Interpretatie;

/**
 * Generators of realistic dwellings for the property-based tests: rooms of every VERA detailsoort with the room kind
 * that usually goes with it (and now and then another one, or none), areas of 0 to 200 m² with up to five decimals,
 * heating and cooling, provisions, counters, cupboards, attics with and without a fixed stair, outdoor spaces, parking
 * places, rooms shared with 2 to 200 addresses; energy labels and indices, WOZ values of several waardepeildata,
 * monuments, disability provisions and zorg claims with or without the conditions recorded. Everything optional is
 * sometimes missing, as it is in real input.
 */
final class Woningen {

    /** Peildata covered by the shipped tables. */
    static final LocalDate EERSTE_PEILDATUM = LocalDate.of(2025, 1, 1);
    static final LocalDate LAATSTE_PEILDATUM = LocalDate.of(2026, 12, 31);

    private static final Set<Detailsoort> BUITEN = EnumSet.of(ATRIUM, ACHTERTUIN, BALKON, DAKTERRAS, TERRAS, TUIN,
            TUIN_RONDOM, VOORTUIN, ZIJTUIN, LOGGIA, OVERIGE_BUITENRUIMTE, GEMEENSCHAPPELIJKE_TUIN,
            GEMEENSCHAPPELIJK_DAKTERRAS, GEMEENSCHAPPELIJK_DAKTERRAS_OUD);
    private static final Set<Detailsoort> VERKEER = EnumSet.of(GANG, GALERIJ, HAL, OVERLOOP, ENTREE, TRAPHAL,
            LIFTSCHACHT, SCHACHT);
    private static final Set<Detailsoort> VERTREKKEN = EnumSet.of(WOONKAMER, WOONKAMER_KEUKEN, WOON_SLAAPKAMER,
            WOON_SLAAPKAMER_KEUKEN, SLAAPKAMER, OVERIG_VERTREK, KEUKEN, BADKAMER, BADKAMER_MET_TOILET, DOUCHERUIMTE,
            TUSSENKAMER, SERRE, RECREATIERUIMTE, ZOLDERVERTREK, RECREATIE_ONTMOETINGSRUIMTE, GEMEENSCHAPPELIJKE_BADKAMER);
    private static final Set<Detailsoort> PARKEREN = EnumSet.of(GEMEENSCHAPPELIJKE_PARKEERRUIMTE_NIET_SPECIFIEK,
            GEMEENSCHAPPELIJKE_PARKEERRUIMTE_SPECIFIEK, OPEN_PARKEERGARAGE_NIET_SPECIFIEK, OPEN_PARKEERGARAGE_SPECIFIEK,
            PARKEERPLAATS, PARKEERGARAGE_NIET_SPECIFIEK, PARKEERGARAGE_SPECIFIEK, PARKEERPLEK_INPANDIG,
            PARKEERPLEK_UITPANDIG_OVERDEKT, PARKEERPLEK_BUITEN_ONOVERDEKT, PARKEERPLEK_TYPE_1, PARKEERPLEK_TYPE_2,
            PARKEERPLEK_TYPE_3, INPANDIGE_AFGESLOTEN_PARKEERGARAGE, UITPANDIGE_AFGESLOTEN_PARKEERGARAGE,
            PARKEERTERREIN_COMPLEX, PARKEERKELDER, CARPORT, GARAGE);
    /** Rooms a dwelling usually has, to weigh the choice of detailsoort towards ordinary homes. */
    private static final List<Detailsoort> GEWOON = List.of(WOONKAMER, WOONKAMER_KEUKEN, SLAAPKAMER, KEUKEN, BADKAMER,
            BADKAMER_MET_TOILET, DOUCHERUIMTE, TOILETRUIMTE, HAL, GANG, OVERLOOP, BERGING, ZOLDER, BALKON, TUIN,
            ACHTERTUIN, BIJKEUKEN, KAST, TECHNISCHE_RUIMTE, SCHUUR);
    private static final List<Detailsoort> GEDEELD = List.of(RECREATIE_ONTMOETINGSRUIMTE, RECREATIERUIMTE, KEUKEN,
            TOILETRUIMTE, BERGING, FIETSENSTALLING, GEMEENSCHAPPELIJKE_BADKAMER, OVERIGE_GEMEENSCHAPPELIJKE_RUIMTE,
            GEMEENSCHAPPELIJKE_TUIN, GEMEENSCHAPPELIJK_DAKTERRAS, PARKEERPLEK_TYPE_1, PARKEERPLEK_TYPE_2,
            PARKEERPLEK_TYPE_3, PARKEERPLEK_INPANDIG, WOONKAMER, HAL);
    private static final Map<String, String> WOONPLAATSEN = Map.of("Amsterdam", "3594", "Utrecht", "3295",
            "Rotterdam", "3086", "Zeist", "1686", "Groningen", "2907");

    private Woningen() {
    }

    /** A dwelling, a peildatum and the interpretation options to value it with. */
    record Geval(Eenheid eenheid, LocalDate peildatum, Interpretatie interpretatie) {
    }

    static Arbitrary<Geval> gevallen() {
        return Combinators.combine(eenheden(), peildata(), interpretaties()).as(Geval::new);
    }

    static Arbitrary<LocalDate> peildata() {
        return Dates.dates().between(EERSTE_PEILDATUM, LAATSTE_PEILDATUM);
    }

    /** Any combination of the interpretation options (defaults most often). */
    static Arbitrary<Interpretatie> interpretaties() {
        List<Arbitrary<String>> keuzes = new ArrayList<>();
        for (Interpretatie.Optie optie : Interpretatie.Optie.values()) {
            keuzes.add(Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(optie.standaard())),
                    Tuple.of(1, Arbitraries.of(optie.waarden()))));
        }
        return Combinators.combine(keuzes).as(waarden -> {
            Interpretatie i = Interpretatie.standaard();
            Interpretatie.Optie[] opties = Interpretatie.Optie.values();
            for (int k = 0; k < opties.length; k++) {
                i = i.met(opties[k], waarden.get(k));
            }
            return i;
        });
    }

    // ------------------------------------------------------------------------------------------------- numbers

    /** An area of 0 to {@code max} m² with 0, 2 or 5 decimals, with the thresholds of the stelsel as edge cases. */
    static Arbitrary<BigDecimal> oppervlakte(int max) {
        Arbitrary<BigDecimal> twee = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(2);
        Arbitrary<BigDecimal> heel = Arbitraries.integers().between(0, max).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> vijf = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(5);
        Arbitrary<BigDecimal> drempels = Arbitraries.of("0", "1.99", "2", "2.00", "3.99", "4", "4.00", "11.5", "12",
                "0.5").map(BigDecimal::new);
        return Arbitraries.frequencyOf(Tuple.of(6, twee), Tuple.of(2, heel),
                Tuple.of(1, vijf), Tuple.of(1, drempels));
    }

    private static Arbitrary<BigDecimal> bedrag(int van, int tot) {
        return Arbitraries.integers().between(van, tot).map(BigDecimal::valueOf);
    }

    private static Arbitrary<LocalDate> datum(int vanJaar, int totJaar) {
        return Dates.dates().between(LocalDate.of(vanJaar, 1, 1), LocalDate.of(totJaar, 12, 31));
    }

    // --------------------------------------------------------------------------------------------------- rooms

    static Arbitrary<Detailsoort> detailsoorten() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(GEWOON)),
                Tuple.of(2, Arbitraries.of(Detailsoort.class)));
    }

    /** The room kind that goes with a detailsoort; with a small chance another kind or none. */
    static RuimteSoort gewoneSoort(Detailsoort d, int toeval) {
        if (toeval == 0) {
            return null;
        }
        if (toeval <= 4) {
            return RuimteSoort.values()[toeval % RuimteSoort.values().length];
        }
        if (BUITEN.contains(d)) {
            return RuimteSoort.BUITENRUIMTE;
        }
        if (VERKEER.contains(d)) {
            return RuimteSoort.VERKEERSRUIMTE;
        }
        if (VERTREKKEN.contains(d)) {
            return RuimteSoort.VERTREK;
        }
        if (PARKEREN.contains(d)) {
            return toeval % 2 == 0 ? RuimteSoort.OVERIGE_RUIMTE : RuimteSoort.BUITENRUIMTE;
        }
        if (d == WOONKAMER || d == ZOLDER) {
            return toeval % 3 == 0 ? RuimteSoort.VERTREK : RuimteSoort.OVERIGE_RUIMTE;
        }
        return RuimteSoort.OVERIGE_RUIMTE;
    }

    /** A room of the dwelling itself (not shared). */
    static Arbitrary<Ruimte> priveRuimten() {
        return ruimten(detailsoorten(), Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just((Integer) null)),
                Tuple.of(1, Arbitraries.of(0, 1))));
    }

    /** An attic (zolder or zoldervertrek), reached by a fixed stair, a loft ladder, both or neither. */
    static Arbitrary<Ruimte> zolders() {
        return ruimten(Arbitraries.of(ZOLDER, ZOLDER, ZOLDERVERTREK), Arbitraries.just((Integer) null));
    }

    /** A room shared with 2 to 200 addresses. */
    static Arbitrary<Ruimte> gedeeldeRuimten() {
        return ruimten(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(GEDEELD)),
                Tuple.of(1, Arbitraries.of(Detailsoort.class))), Arbitraries.integers().between(2, 200));
    }

    /** A room of a shared space in a complex (the space decides the addresses). */
    static Arbitrary<Ruimte> ruimtenVanGedeeldeRuimte() {
        return ruimten(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(GEDEELD)),
                Tuple.of(1, Arbitraries.of(Detailsoort.class))), Arbitraries.just((Integer) null));
    }

    private static Arbitrary<Ruimte> ruimten(Arbitrary<Detailsoort> detailsoorten, Arbitrary<Integer> adressen) {
        Arbitrary<List<Voorziening>> voorzieningen = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.<Voorziening>of())),
                Tuple.of(1, Arbitraries.of(Voorziening.class).list().ofMaxSize(8)));
        Arbitrary<List<BigDecimal>> aanrechten = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<BigDecimal>of())),
                Tuple.of(1, bedrag(0, 4000).list().ofMinSize(1).ofMaxSize(3)));
        Arbitrary<List<BigDecimal>> kasten = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(List.<BigDecimal>of())),
                Tuple.of(1, oppervlakte(3).list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<BigDecimal> maat = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((BigDecimal) null)),
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20))
                        .ofScale(2)));
        return Builders.withBuilder(RuimteBouwer::new)
                .use(detailsoorten).in((b, v) -> b.set(r -> r.detailsoort = v))
                .use(Arbitraries.integers().between(0, 40)).in((b, v) -> b.set(r -> r.toeval = v))
                .use(Arbitraries.frequencyOf(Tuple.of(30, oppervlakte(200)),
                        Tuple.of(1, Arbitraries.just((BigDecimal) null))))
                .in((b, v) -> b.set(r -> r.oppervlakte = v))
                .use(maat).in((b, v) -> b.set(r -> r.lengte = v))
                .use(maat).in((b, v) -> b.set(r -> r.breedte = v))
                .use(maat).in((b, v) -> b.set(r -> r.hoogte = v))
                .use(Arbitraries.of(true, true, false)).in((b, v) -> b.set(r -> r.verwarmd = v))
                .use(Arbitraries.of(false, false, false, true)).in((b, v) -> b.set(r -> r.verkoeld = v))
                .use(adressen).in((b, v) -> b.set(r -> r.adressen = v))
                .use(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(1)),
                        Tuple.of(1, Arbitraries.integers().between(0, 12))))
                .in((b, v) -> b.set(r -> r.aantal = v))
                .use(voorzieningen).in((b, v) -> b.set(r -> r.voorzieningen = v))
                .use(aanrechten).in((b, v) -> b.set(r -> r.aanrechten = v))
                .use(Arbitraries.integers().between(0, 3)).in((b, v) -> b.set(r -> r.trap = v))
                .use(Arbitraries.of(0, 0, 0, 0, 1, 2)).in((b, v) -> b.set(r -> r.laadpalen = v))
                .use(kasten).in((b, v) -> b.set(r -> r.kasten = v))
                .build(RuimteBouwer::bouw);
    }

    /** Mutable state while a room is generated. */
    private static final class RuimteBouwer {
        Detailsoort detailsoort;
        int toeval;
        BigDecimal oppervlakte;
        BigDecimal lengte;
        BigDecimal breedte;
        BigDecimal hoogte;
        boolean verwarmd;
        boolean verkoeld;
        Integer adressen;
        int aantal = 1;
        List<Voorziening> voorzieningen = List.of();
        List<BigDecimal> aanrechten = List.of();
        int trap;
        int laadpalen;
        List<BigDecimal> kasten = List.of();

        RuimteBouwer set(Consumer<RuimteBouwer> zet) {
            zet.accept(this);
            return this;
        }

        Ruimte bouw() {
            // 0: no stair recorded, 1: fixed stair, 2: loft ladder, 3: both
            return new Ruimte(null, null, gewoneSoort(detailsoort, toeval), detailsoort, oppervlakte, lengte, breedte,
                    hoogte, verwarmd, verkoeld, adressen, aantal, voorzieningen, aanrechten, trap == 1 || trap == 3,
                    trap >= 2, laadpalen, kasten);
        }
    }

    /** Gives every room an id that is unique within its dwelling (the explanation uses the ids). */
    static List<Ruimte> metIds(List<Ruimte> ruimten, String voorvoegsel) {
        List<Ruimte> uit = new ArrayList<>(ruimten.size());
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            uit.add(new Ruimte(voorvoegsel + i, r.naam(), r.soort(), r.detailsoort(), r.oppervlakte(), r.lengte(),
                    r.breedte(), r.hoogte(), r.verwarmd(), r.verkoeld(), r.gedeeldMetAdressen(), r.aantal(),
                    r.voorzieningen(), r.aanrechten(), r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten()));
        }
        return uit;
    }

    // ------------------------------------------------------------------------------------- an ordinary home

    private static Arbitrary<BigDecimal> bereik(String van, String tot) {
        return Arbitraries.bigDecimals().between(new BigDecimal(van), new BigDecimal(tot)).ofScale(2);
    }

    private static Arbitrary<List<Voorziening>> uit(Voorziening... mogelijk) {
        return Arbitraries.of(mogelijk).list().ofMaxSize(mogelijk.length);
    }

    private static Arbitrary<Ruimte> ruimte(Arbitrary<Detailsoort> detailsoort, RuimteSoort soort,
                                            Arbitrary<BigDecimal> oppervlakte, Arbitrary<List<Voorziening>> voorzieningen,
                                            Arbitrary<List<BigDecimal>> aanrechten) {
        Arbitrary<List<BigDecimal>> kasten = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(List.<BigDecimal>of())),
                Tuple.of(1, bereik("0.20", "2.50").list().ofMinSize(1).ofMaxSize(2)));
        return Combinators.combine(detailsoort, oppervlakte, Arbitraries.of(true, true, true, true, false),
                        Arbitraries.of(false, false, false, false, true), voorzieningen, aanrechten, kasten)
                .as((d, opp, verwarmd, verkoeld, v, a, k) -> new Ruimte(null, null, soort, d, opp, null, null, null,
                        verwarmd, verkoeld, null, 1, v, a, false, false, 0, soort == RuimteSoort.VERKEERSRUIMTE
                        ? List.of() : k));
    }

    /**
     * The rooms of an ordinary home: a living room, a kitchen (or a living room with an open kitchen), bedrooms,
     * a bathroom, usually a separate toilet, a hall, often a storage room and outdoor space, with the provisions that
     * go with each room.
     */
    static Arbitrary<List<Ruimte>> gewoneWoning() {
        Arbitrary<List<BigDecimal>> aanrecht = bedrag(600, 3600).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<Ruimte> woonkamer = Arbitraries.frequencyOf(
                Tuple.of(2, ruimte(Arbitraries.just(WOONKAMER), RuimteSoort.VERTREK, bereik("12", "55"),
                        Arbitraries.just(List.of()), Arbitraries.just(List.<BigDecimal>of()))),
                Tuple.of(1, ruimte(Arbitraries.just(WOONKAMER_KEUKEN), RuimteSoort.VERTREK,
                        bereik("15", "60"), uit(Voorziening.KOOKPLAAT_KERAMISCH, Voorziening.AFZUIGINSTALLATIE,
                                Voorziening.KOELKAST, Voorziening.COMBI_MAGNETRON_OVEN), aanrecht)));
        Arbitrary<Ruimte> keuken = ruimte(Arbitraries.just(KEUKEN), RuimteSoort.VERTREK, bereik("3", "18"),
                uit(Voorziening.AFZUIGINSTALLATIE, Voorziening.KOOKPLAAT_INDUCTIE, Voorziening.KOOKPLAAT_GAS,
                        Voorziening.KOELKAST, Voorziening.VRIESKAST, Voorziening.OVEN_ELEKTRISCH, Voorziening.MAGNETRON,
                        Voorziening.VAATWASMACHINE, Voorziening.EENHANDSMENGKRAAN, Voorziening.KOKEND_WATERFUNCTIE),
                aanrecht);
        Arbitrary<Ruimte> slaapkamer = ruimte(Arbitraries.just(SLAAPKAMER), RuimteSoort.VERTREK, bereik("3.5", "22"),
                Arbitraries.just(List.of()), Arbitraries.just(List.<BigDecimal>of()));
        Arbitrary<Ruimte> badkamer = ruimte(Arbitraries.of(BADKAMER, BADKAMER_MET_TOILET, DOUCHERUIMTE),
                RuimteSoort.VERTREK, bereik("2", "12"), uit(Voorziening.DOUCHE, Voorziening.BAD, Voorziening.WASTAFEL,
                        Voorziening.WASTAFEL, Voorziening.HANGEND_TOILET, Voorziening.DOUCHEWAND,
                        Voorziening.HANDDOEKENRADIATOR, Voorziening.THERMOSTATISCHE_MENGKRAAN,
                        Voorziening.STOPCONTACT_BIJ_WASTAFEL, Voorziening.KASTRUIMTE),
                Arbitraries.just(List.<BigDecimal>of()));
        Arbitrary<Ruimte> toilet = ruimte(Arbitraries.just(TOILETRUIMTE), RuimteSoort.OVERIGE_RUIMTE, bereik("0.8", "3"),
                uit(Voorziening.HANGEND_TOILET, Voorziening.STAAND_TOILET, Voorziening.WASTAFEL),
                Arbitraries.just(List.<BigDecimal>of()));
        Arbitrary<Ruimte> hal = ruimte(Arbitraries.of(HAL, GANG, OVERLOOP), RuimteSoort.VERKEERSRUIMTE, bereik("1", "12"),
                Arbitraries.just(List.of()), Arbitraries.just(List.<BigDecimal>of()));
        Arbitrary<Ruimte> berging = ruimte(Arbitraries.of(BERGING, BIJKEUKEN, SCHUUR, WASRUIMTE),
                RuimteSoort.OVERIGE_RUIMTE, bereik("1", "15"), Arbitraries.just(List.of()),
                Arbitraries.just(List.<BigDecimal>of()));
        Arbitrary<Ruimte> buiten = ruimte(Arbitraries.of(BALKON, TUIN, ACHTERTUIN, VOORTUIN, DAKTERRAS, LOGGIA),
                RuimteSoort.BUITENRUIMTE, bereik("1", "120"), Arbitraries.just(List.of()),
                Arbitraries.just(List.<BigDecimal>of()));
        return Combinators.combine(woonkamer, Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(List.<Ruimte>of())),
                                Tuple.of(3, keuken.list().ofMinSize(1).ofMaxSize(1))),
                        slaapkamer.list().ofMaxSize(4),
                        badkamer.list().ofMinSize(1).ofMaxSize(2), toilet.list().ofMaxSize(1), hal.list().ofMaxSize(2),
                        berging.list().ofMaxSize(2), buiten.list().ofMaxSize(2))
                .as((w, k, s, b, t, h, g, u) -> {
                    List<Ruimte> alle = new ArrayList<>();
                    alle.add(w);
                    alle.addAll(k);
                    alle.addAll(s);
                    alle.addAll(b);
                    alle.addAll(t);
                    alle.addAll(h);
                    alle.addAll(g);
                    alle.addAll(u);
                    return alle;
                });
    }

    /** The same room with another area. */
    static Ruimte metOppervlakte(Ruimte r, BigDecimal oppervlakte) {
        return new Ruimte(r.id(), r.naam(), r.soort(), r.detailsoort(), oppervlakte, r.lengte(), r.breedte(), r.hoogte(),
                r.verwarmd(), r.verkoeld(), r.gedeeldMetAdressen(), r.aantal(), r.voorzieningen(), r.aanrechten(),
                r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten());
    }

    // ----------------------------------------------------------------------------------------------- dwellings

    static Arbitrary<Eenheid> eenheden() {
        return eenheden(true);
    }

    /**
     * @param gedeeld whether the dwelling may have rooms shared with other addresses
     */
    static Arbitrary<Eenheid> eenheden(boolean gedeeld) {
        Arbitrary<List<Ruimte>> gewoon = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<Ruimte>of())),
                Tuple.of(6, gewoneWoning()));
        Arbitrary<List<Ruimte>> prive = priveRuimten().list().ofMaxSize(10);
        Arbitrary<List<Ruimte>> gedeeldeLijst = gedeeld
                ? Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.<Ruimte>of())),
                Tuple.of(1, gedeeldeRuimten().list().ofMinSize(1).ofMaxSize(4)))
                : Arbitraries.just(List.of());
        return Builders.withBuilder(EenheidBouwer::new)
                .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8))
                .in((b, v) -> b.set(e -> e.id = v))
                .use(adressen()).in((b, v) -> b.set(e -> e.adres = v))
                .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Integer) null)),
                        Tuple.of(3, Arbitraries.integers().between(1850, 1975)),
                        Tuple.of(6, Arbitraries.integers().between(1976, 2026))))
                .in((b, v) -> b.set(e -> e.bouwjaar = v))
                .use(datum(2020, 2027)).withProbability(0.3)
                .in((b, v) -> b.set(e -> e.beginBouw = v))
                .use(datum(2022, 2027)).withProbability(0.3)
                .in((b, v) -> b.set(e -> e.ingebruikname = v))
                .use(datum(2010, 2026)).withProbability(0.5)
                .in((b, v) -> b.set(e -> e.huurovereenkomst = v))
                .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((PandSoort) null)),
                        Tuple.of(19, Arbitraries.of(PandSoort.class))))
                .in((b, v) -> b.set(e -> e.pandSoort = v))
                .use(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Set.<Monument>of())),
                        Tuple.of(1, Arbitraries.of(Monument.class).set().ofMaxSize(2))))
                .in((b, v) -> b.set(e -> e.monumenten = v))
                .use(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just((Doelgroep) null)),
                        Tuple.of(3, Arbitraries.just(Doelgroep.ZORG)),
                        Tuple.of(3, Arbitraries.of(Doelgroep.class))))
                .in((b, v) -> b.set(e -> e.doelgroep = v))
                .use(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(12, 39)),
                        Tuple.of(3, Arbitraries.integers().between(40, 300)))).withProbability(0.7)
                .in((b, v) -> b.set(e -> e.gebruiksoppervlakte = v))
                .use(energieprestaties().list().ofMaxSize(3)).in((b, v) -> b.set(e -> e.energie = v))
                .use(epv()).withProbability(0.1)
                .in((b, v) -> b.set(e -> e.epv = List.of(v)))
                .use(wozWaarden().list().ofMaxSize(3)).in((b, v) -> b.set(e -> e.woz = v))
                .use(bedrag(20_000, 1_500_000)).withProbability(0.15)
                .in((b, v) -> b.set(e -> e.taxatie = v))
                .use(gewoon).in((b, v) -> b.set(e -> e.gewoon = v))
                .use(prive).in((b, v) -> b.set(e -> e.prive = v))
                .use(zolders().list().ofMinSize(1).ofMaxSize(3)).withProbability(0.25)
                .in((b, v) -> b.set(e -> e.zolders = v))
                .use(gedeeldeLijst).in((b, v) -> b.set(e -> e.gedeeld = v))
                .use(gehandicaptenvoorzieningen().list().ofMinSize(1).ofMaxSize(2)).withProbability(0.1)
                .in((b, v) -> b.set(e -> e.gehandicapten = v))
                .use(zorgvoorwaarden()).withProbability(0.5)
                .in((b, v) -> b.set(e -> e.zorg = v))
                .build(EenheidBouwer::bouw);
    }

    private static Arbitrary<Adres> adressen() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Adres) null)),
                Tuple.of(3, Arbitraries.of(WOONPLAATSEN.keySet()).map(plaats -> new Adres("Straat", "1",
                        null, "1234 AB", plaats, WOONPLAATSEN.get(plaats)))));
    }

    private static Arbitrary<Energieprestatie> energieprestaties() {
        Arbitrary<EnergieprestatieSoort> soort = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((EnergieprestatieSoort) null)),
                Tuple.of(9, Arbitraries.of(EnergieprestatieSoort.class)));
        Arbitrary<Energielabel> label = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Energielabel) null)),
                Tuple.of(9, Arbitraries.of(Energielabel.class)));
        Arbitrary<BigDecimal> waarde = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((BigDecimal) null)),
                Tuple.of(2, Arbitraries.bigDecimals().between(new BigDecimal("0.3"), new BigDecimal("3.5"))
                        .ofScale(2)));
        Arbitrary<Boolean> geldig = Arbitraries.of(true, false).injectNull(0.5);
        return Combinators.combine(soort, Arbitraries.of(true, true, true, false), datum(2008, 2026),
                        Arbitraries.of(true, true, false), label, waarde, geldig)
                .as((s, definitief, begin, metEinde, l, w, g) -> new Energieprestatie(s, definitief, begin,
                        metEinde ? begin.plusYears(10) : null, l, w, g));
    }

    private static Arbitrary<Energieprestatievergoeding> epv() {
        return Combinators.combine(datum(2015, 2026).injectNull(0.2), datum(2025, 2040).injectNull(0.3))
                .as(Energieprestatievergoeding::new);
    }

    private static Arbitrary<WozWaarde> wozWaarden() {
        Arbitrary<LocalDate> wpd = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(2023, 2025)),
                Tuple.of(1, Arbitraries.integers().between(2015, 2026))).map(j -> LocalDate.of(j, 1, 1));
        Arbitrary<BigDecimal> waarde = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((BigDecimal) null)),
                Tuple.of(15, bedrag(40_000, 2_000_000)));
        return Combinators.combine(wpd, waarde, datum(2023, 2026).injectNull(0.7)).as(WozWaarde::new);
    }

    private static Arbitrary<Gehandicaptenvoorziening> gehandicaptenvoorzieningen() {
        return Combinators.combine(Arbitraries.of("traplift", "badlift", "drempelhulp"), bedrag(0, 25_000),
                        bedrag(0, 15_000).injectNull(0.4), bedrag(0, 2_000).injectNull(0.7))
                .as(Gehandicaptenvoorziening::new);
    }

    static Arbitrary<Zorgvoorwaarden> zorgvoorwaarden() {
        Arbitrary<Zorgvoorwaarden> voldaan = Combinators.combine(Arbitraries.integers().between(120, 220),
                        Arbitraries.integers().between(0, 6), Arbitraries.of(true, false))
                .as((gang, drempel, anderGebouw) -> new Zorgvoorwaarden(true, BigDecimal.valueOf(gang),
                        BigDecimal.valueOf(drempel), drempel >= 2 ? Boolean.TRUE : null, true, true, true, anderGebouw,
                        anderGebouw ? Boolean.TRUE : null));
        return Arbitraries.frequencyOf(Tuple.of(1, voldaan), Tuple.of(1, losseVoorwaarden()));
    }

    private static Arbitrary<Zorgvoorwaarden> losseVoorwaarden() {
        Arbitrary<Boolean> vlag = Arbitraries.of(true, true, true, false).injectNull(0.2);
        Arbitrary<BigDecimal> gang = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((BigDecimal) null)),
                Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2)),
                Tuple.of(6, Arbitraries.integers().between(80, 250).map(BigDecimal::valueOf)));
        Arbitrary<BigDecimal> drempel = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1)
                .injectNull(0.2);
        return Combinators.combine(List.of(vlag.asGeneric(), gang.asGeneric(), drempel.asGeneric(), vlag.asGeneric(),
                        vlag.asGeneric(), vlag.asGeneric(), vlag.asGeneric(), vlag.asGeneric(), vlag.asGeneric()))
                .as(v -> new Zorgvoorwaarden((Boolean) v.get(0), (BigDecimal) v.get(1), (BigDecimal) v.get(2),
                        (Boolean) v.get(3), (Boolean) v.get(4), (Boolean) v.get(5), (Boolean) v.get(6),
                        (Boolean) v.get(7), (Boolean) v.get(8)));
    }

    /** Mutable state while a dwelling is generated. */
    private static final class EenheidBouwer {
        String id;
        Adres adres;
        Integer bouwjaar;
        LocalDate beginBouw;
        LocalDate ingebruikname;
        LocalDate huurovereenkomst;
        PandSoort pandSoort;
        Set<Monument> monumenten = Set.of();
        Doelgroep doelgroep;
        Integer gebruiksoppervlakte;
        List<Energieprestatie> energie = List.of();
        List<Energieprestatievergoeding> epv = List.of();
        List<WozWaarde> woz = List.of();
        BigDecimal taxatie;
        List<Ruimte> gewoon = List.of();
        List<Ruimte> prive = List.of();
        List<Ruimte> zolders = List.of();
        List<Ruimte> gedeeld = List.of();
        List<Gehandicaptenvoorziening> gehandicapten = List.of();
        Zorgvoorwaarden zorg;

        EenheidBouwer set(Consumer<EenheidBouwer> zet) {
            zet.accept(this);
            return this;
        }

        Eenheid bouw() {
            List<Ruimte> ruimten = new ArrayList<>(gewoon);
            ruimten.addAll(prive);
            ruimten.addAll(zolders);
            ruimten.addAll(gedeeld);
            return new Eenheid(id, adres, bouwjaar, beginBouw, ingebruikname, huurovereenkomst, pandSoort, monumenten,
                    doelgroep, gebruiksoppervlakte, energie, epv, woz, taxatie, metIds(ruimten, "r"), gehandicapten,
                    zorg, null);
        }
    }
}
