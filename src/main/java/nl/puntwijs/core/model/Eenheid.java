package nl.puntwijs.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One zelfstandige woonruimte (VERA: eenheid) with everything the stelsel reads.
 *
 * @param id                     the eenheid's own id (may be null for partial inputs)
 * @param adres                  address; the woonplaats decides the COROP rule of rubriek 11
 * @param bouwjaar               construction year; energy fallback, WOZ 2015-2019 and COROP rules
 * @param beginBouwdatum         start of construction; nieuwbouw opslag
 * @param eersteIngebruikname    date the dwelling was first taken into use; nieuwbouw opslag
 * @param datumHuurovereenkomst  signing date of the lease; rijksmonument rule
 * @param pandSoort              eengezins or meergezins; energy column (null: unknown)
 * @param monumenten             monument and protected-view statuses
 * @param doelgroep              VERA doelgroep; {@link Doelgroep#ZORG} claims the zorgwoning surcharge
 * @param gebruiksoppervlakte    gebruiksoppervlakte in m²; COROP small-dwelling rule
 * @param energieprestaties      recorded labels and indices, in the order given
 * @param energieprestatievergoedingen agreed EPV periods
 * @param wozWaarden             WOZ values per waardepeildatum
 * @param taxatiewaarde          register-taxateur value, used (at 85%) only when no WOZ value exists
 * @param ruimten                the rooms, outdoor spaces and shared spaces
 * @param gehandicaptenvoorzieningen investments for a disabled tenant (rubriek 7)
 * @param zorgvoorwaarden        what is recorded about the zorgwoning conditions (null: nothing)
 * @param huur                   rent data for the signals (null: none recorded)
 */
public record Eenheid(
        String id,
        Adres adres,
        Integer bouwjaar,
        LocalDate beginBouwdatum,
        LocalDate eersteIngebruikname,
        LocalDate datumHuurovereenkomst,
        PandSoort pandSoort,
        Set<Monument> monumenten,
        Doelgroep doelgroep,
        Integer gebruiksoppervlakte,
        List<Energieprestatie> energieprestaties,
        List<Energieprestatievergoeding> energieprestatievergoedingen,
        List<WozWaarde> wozWaarden,
        BigDecimal taxatiewaarde,
        List<Ruimte> ruimten,
        List<Gehandicaptenvoorziening> gehandicaptenvoorzieningen,
        Zorgvoorwaarden zorgvoorwaarden,
        Huur huur) {

    public Eenheid {
        monumenten = monumenten == null ? Set.of() : Set.copyOf(monumenten);
        energieprestaties = lijst(energieprestaties);
        energieprestatievergoedingen = lijst(energieprestatievergoedingen);
        wozWaarden = lijst(wozWaarden);
        ruimten = lijst(ruimten);
        gehandicaptenvoorzieningen = lijst(gehandicaptenvoorzieningen);
    }

    /** Claimed as a zorgwoning (doelgroep ZOR); whether the surcharge applies is decided by the zorg check. */
    public boolean isZorgwoningGeclaimd() {
        return doelgroep == Doelgroep.ZORG;
    }

    public boolean heeftMonument(Monument monument) {
        return monumenten.contains(monument);
    }

    /** The same dwelling under another id (copies in what-if scenarios, benchmarks). */
    public Eenheid metId(String nieuwId) {
        return new Eenheid(nieuwId, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, doelgroep, gebruiksoppervlakte, energieprestaties,
                energieprestatievergoedingen, wozWaarden, taxatiewaarde, ruimten, gehandicaptenvoorzieningen,
                zorgvoorwaarden, huur);
    }

    public Eenheid metEnergieprestaties(List<Energieprestatie> nieuwePrestaties) {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, doelgroep, gebruiksoppervlakte, nieuwePrestaties,
                energieprestatievergoedingen, wozWaarden, taxatiewaarde, ruimten, gehandicaptenvoorzieningen,
                zorgvoorwaarden, huur);
    }

    public Eenheid metWozWaarden(List<WozWaarde> nieuweWaarden) {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, doelgroep, gebruiksoppervlakte, energieprestaties,
                energieprestatievergoedingen, nieuweWaarden, taxatiewaarde, ruimten, gehandicaptenvoorzieningen,
                zorgvoorwaarden, huur);
    }

    public Eenheid metRuimten(List<Ruimte> nieuweRuimten) {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, doelgroep, gebruiksoppervlakte, energieprestaties,
                energieprestatievergoedingen, wozWaarden, taxatiewaarde, nieuweRuimten, gehandicaptenvoorzieningen,
                zorgvoorwaarden, huur);
    }

    public Eenheid metDoelgroep(Doelgroep nieuweDoelgroep) {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, nieuweDoelgroep, gebruiksoppervlakte, energieprestaties,
                energieprestatievergoedingen, wozWaarden, taxatiewaarde, ruimten, gehandicaptenvoorzieningen,
                zorgvoorwaarden, huur);
    }

    public Eenheid metZorgvoorwaarden(Zorgvoorwaarden nieuweVoorwaarden) {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, doelgroep, gebruiksoppervlakte, energieprestaties,
                energieprestatievergoedingen, wozWaarden, taxatiewaarde, ruimten, gehandicaptenvoorzieningen,
                nieuweVoorwaarden, huur);
    }

    public Eenheid metHuur(Huur nieuweHuur) {
        return new Eenheid(id, adres, bouwjaar, beginBouwdatum, eersteIngebruikname, datumHuurovereenkomst,
                pandSoort, monumenten, doelgroep, gebruiksoppervlakte, energieprestaties,
                energieprestatievergoedingen, wozWaarden, taxatiewaarde, ruimten, gehandicaptenvoorzieningen,
                zorgvoorwaarden, nieuweHuur);
    }

    static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : List.copyOf(lijst);
    }
}
