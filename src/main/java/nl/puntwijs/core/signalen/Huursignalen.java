package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Tekst.euro;
import static nl.puntwijs.core.signalen.Tekst.sector;

import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.complex.Ouderenhuisvesting;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.tabellen.Drempel;
import nl.puntwijs.core.tabellen.Drempelsleutel;
import nl.puntwijs.core.zorg.Zorgbeoordeling;

/**
 * BT-03 to BT-07: is the rent affordable and allowed? The rent judged is the planned rent when there is one, else the
 * current kale huur. BT-03 aftoppingsgrens (passend toewijzen), BT-04 huurtoeslag limit (a condition until 2025, a
 * cap from 2026: by date in the data), BT-05 above the maximum rent for the points that hold up, BT-06 a proposed
 * increase above the maximum for the sector on its effective date, BT-07 a corporation dwelling above the DAEB limit.
 */
final class Huursignalen implements Woningregel {

    private static final String BRON_AFTOPPING = "passend toewijzen (95%-norm); aftoppingsgrens: ";

    @Override
    public void signaleer(Woningcontext c, List<Signaal> uit) {
        Huur huur = c.eenheid.huur();
        BigDecimal bedrag = huur == null ? null : huur.teBeoordelenHuur();
        String veld = huur != null && huur.geplandeHuur() != null ? "huur.geplandeHuur" : "huur.kaleHuur";
        String welke = huur != null && huur.geplandeHuur() != null ? "geplande huur" : "huur";
        c.toets(Signaalsoort.BT_03, veld, uit, u -> aftopping(c, huur, bedrag, veld, welke, u));
        c.toets(Signaalsoort.BT_04, veld, uit, u -> huurtoeslag(c, bedrag, veld, welke, u));
        c.toets(Signaalsoort.BT_05, veld, uit, u -> maximaleHuur(c, bedrag, veld, welke, u));
        c.toets(Signaalsoort.BT_06, "huur.huurverhogingPercentage", uit, u -> huurverhoging(c, huur, u));
        c.toets(Signaalsoort.BT_07, veld, uit, u -> daeb(c, bedrag, veld, welke, u));
    }

    private static void aftopping(Woningcontext c, Huur huur, BigDecimal bedrag, String veld, String welke,
                                  List<Signaal> uit) {
        if (bedrag == null) {
            uit.add(c.ontbreekt(Signaalsoort.BT_03, veld, "de kale huur (of geplande huur)", BRON_AFTOPPING
                    + c.drempel(Drempelsleutel.AFTOPPINGSGRENS_LAAG).bron(), new Gelezen().met(veld, null)));
            return;
        }
        Integer personen = huur.huishoudgrootte();
        boolean oudere = c.eenheid.doelgroep() == Doelgroep.SENIOREN || c.eenheid.doelgroep() == Doelgroep.ZORG;
        if (personen == null && !oudere) {
            uit.add(c.ontbreekt(Signaalsoort.BT_03, "huur.huishoudgrootte", "de huishoudgrootte",
                    BRON_AFTOPPING + c.drempel(Drempelsleutel.AFTOPPINGSGRENS_LAAG).bron(),
                    new Gelezen().met(veld, bedrag).met("huur.huishoudgrootte", null)));
            return;
        }
        boolean klein = personen == null || personen <= 2;
        Drempel grens = c.drempel(klein ? Drempelsleutel.AFTOPPINGSGRENS_LAAG : Drempelsleutel.AFTOPPINGSGRENS_HOOG);
        if (bedrag.compareTo(grens.waarde()) <= 0) {
            return;
        }
        String huishouden = klein ? "één- en tweepersoonshuishoudens" : "huishoudens van drie of meer personen";
        uit.add(c.signaal(Signaalsoort.BT_03, Ernst.WAARSCHUWING, veld, "De " + welke + " van " + euro(bedrag)
                + " ligt boven de aftoppingsgrens van " + euro(grens.waarde()) + " voor " + huishouden
                + Tekst.onbevestigd(grens) + (personen == null ? "; de huishoudgrootte is niet opgegeven, voor "
                + "ouderen is met één of twee personen gerekend" : "") + ". Aan huishoudens onder de "
                + "passend-toewijzen-inkomensgrens mag u de woning in principe niet toewijzen (95%-norm).",
                BRON_AFTOPPING + grens.bron(), new Gelezen().met(veld, bedrag).met("huur.huishoudgrootte", personen)
                        .met("doelgroep", c.eenheid.doelgroep() == null ? null : c.eenheid.doelgroep().code())
                        .drempel(grens)));
    }

    private static void huurtoeslag(Woningcontext c, BigDecimal bedrag, String veld, String welke, List<Signaal> uit) {
        Drempel grens = c.drempel(Drempelsleutel.HUURTOESLAG_MAXIMALE_HUUR);
        Drempel voorwaarde = c.drempel(Drempelsleutel.HUURTOESLAG_HUURGRENS_IS_VOORWAARDE);
        String bron = "huurtoeslag: " + grens.bron();
        if (bedrag == null) {
            uit.add(c.ontbreekt(Signaalsoort.BT_04, veld, "de kale huur (of geplande huur)", bron,
                    new Gelezen().met(veld, null)));
            return;
        }
        if (bedrag.compareTo(grens.waarde()) <= 0) {
            return;
        }
        Gelezen gelezen = new Gelezen().met(veld, bedrag).drempel(grens).drempel(voorwaarde);
        if (voorwaarde.waarde().signum() != 0) {
            uit.add(c.signaal(Signaalsoort.BT_04, Ernst.BLOKKEREND, veld, "De " + welke + " van " + euro(bedrag)
                    + " ligt boven de maximale huurgrens van de huurtoeslag (" + euro(grens.waarde()) + "). Op "
                    + Tekst.datum(c.peildatum) + " bestaat boven deze huur geen recht op huurtoeslag.", bron, gelezen));
        } else {
            uit.add(c.signaal(Signaalsoort.BT_04, Ernst.WAARSCHUWING, veld, "De " + welke + " van " + euro(bedrag)
                    + " ligt boven " + euro(grens.waarde()) + ". Op " + Tekst.datum(c.peildatum) + " is dat geen "
                    + "voorwaarde meer voor huurtoeslag, maar de toeslag wordt alleen berekend over de huur tot "
                    + euro(grens.waarde()) + "; het meerdere (" + euro(bedrag.subtract(grens.waarde()))
                    + " per maand) betaalt de huurder zelf.", bron, gelezen));
        }
    }

    private static void maximaleHuur(Woningcontext c, BigDecimal bedrag, String veld, String welke, List<Signaal> uit) {
        String bron = "BB26 §1.3.1, Bijlage 3 (huurprijstabel " + c.tabellen.naam() + ")";
        if (bedrag == null) {
            uit.add(c.ontbreekt(Signaalsoort.BT_05, veld, "de kale huur (of geplande huur)", bron,
                    new Gelezen().met(veld, null)));
            return;
        }
        Resultaat geldig = c.geldig();
        BigDecimal maximum = geldig.maximaleHuurInclusiefOpslag();
        if (geldig.sector() == Sector.VRIJ || bedrag.compareTo(maximum) <= 0) {
            return;
        }
        boolean zonderToeslag = c.resultaat.zorg().besluit() == Zorgbeoordeling.Besluit.TOEGEPAST_ALS_GECLAIMD;
        uit.add(c.signaal(Signaalsoort.BT_05, Ernst.BLOKKEREND, veld, "De " + welke + " van " + euro(bedrag)
                + " is hoger dan de maximale huur van " + euro(maximum) + " bij " + geldig.punten() + " punten ("
                + sector(geldig.sector()) + "), " + euro(bedrag.subtract(maximum)) + " te veel per maand"
                + (zonderToeslag ? "; gerekend zonder zorgtoeslag, omdat niet alle zorgwoningvoorwaarden zijn "
                + "vastgelegd" : "") + ".", bron, new Gelezen().met(veld, bedrag).met("punten", geldig.punten())
                .met("maximale huur", maximum)));
    }

    private static void huurverhoging(Woningcontext c, Huur huur, List<Signaal> uit) {
        if (huur == null || huur.huurverhogingPercentage() == null) {
            return; // no increase proposed: nothing to check
        }
        String bron = "maximale huurverhoging: ";
        if (huur.ingangsdatumHuurverhoging() == null) {
            uit.add(c.ontbreekt(Signaalsoort.BT_06, "huur.ingangsdatumHuurverhoging", "de ingangsdatum van de "
                    + "huurverhoging", bron + "[HV26]", new Gelezen().met("huur.huurverhogingPercentage",
                    huur.huurverhogingPercentage()).met("huur.ingangsdatumHuurverhoging", null)));
            return;
        }
        Sector sector = c.geldig().sector();
        String sleutel = switch (sector) {
            case SOCIAAL -> Drempelsleutel.HUURVERHOGING_SOCIAAL;
            case MIDDEN -> Drempelsleutel.HUURVERHOGING_MIDDEN;
            case VRIJ -> Drempelsleutel.HUURVERHOGING_VRIJ;
        };
        Drempel maximum = c.drempels.drempel(sleutel, huur.ingangsdatumHuurverhoging());
        if (huur.huurverhogingPercentage().compareTo(maximum.waarde()) <= 0) {
            return;
        }
        uit.add(c.signaal(Signaalsoort.BT_06, Ernst.BLOKKEREND, "huur.huurverhogingPercentage", "De voorgestelde "
                + "huurverhoging van " + Tekst.procent(huur.huurverhogingPercentage()) + " per "
                + Tekst.datum(huur.ingangsdatumHuurverhoging()) + " is hoger dan de " + Tekst.procent(maximum.waarde())
                + " die dan voor " + sector(sector) + " is toegestaan" + Tekst.onbevestigd(maximum) + ". Uitzonderingen voor "
                + "lage huren en hogere inkomens zijn niet meegenomen.", bron + maximum.bron(),
                new Gelezen().met("huur.huurverhogingPercentage", huur.huurverhogingPercentage())
                        .met("huur.ingangsdatumHuurverhoging", huur.ingangsdatumHuurverhoging())
                        .met("sector", sector.code()).drempel(maximum)));
    }

    private static void daeb(Woningcontext c, BigDecimal bedrag, String veld, String welke, List<Signaal> uit) {
        Drempel grens = c.drempel(Drempelsleutel.DAEB_HUURGRENS);
        String bron = "DAEB-huurgrens: " + grens.bron();
        Ouderenhuisvesting o = c.ouderenhuisvesting();
        Boolean corporatie = o == null ? null : o.corporatie();
        if (Boolean.FALSE.equals(corporatie)) {
            return;
        }
        if (bedrag == null || corporatie == null) {
            uit.add(c.ontbreekt(Signaalsoort.BT_07, bedrag == null ? veld : "ouderenhuisvesting.corporatie",
                    bedrag == null ? "de kale huur (of geplande huur)" : "het gegeven 'eigenaar is een woningcorporatie "
                    + "(ja/nee)'", bron, new Gelezen().met(veld, bedrag).met("ouderenhuisvesting.corporatie", corporatie)));
            return;
        }
        if (bedrag.compareTo(grens.waarde()) <= 0) {
            return;
        }
        uit.add(c.signaal(Signaalsoort.BT_07, Ernst.WAARSCHUWING, veld, "Deze corporatiewoning valt met een " + welke
                + " van " + euro(bedrag) + " buiten de DAEB-huurgrens van " + euro(grens.waarde()) + ".", bron,
                new Gelezen().met(veld, bedrag).met("ouderenhuisvesting.corporatie", true).drempel(grens)));
    }
}
