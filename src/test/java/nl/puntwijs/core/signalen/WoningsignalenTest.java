package nl.puntwijs.core.signalen;

import static nl.puntwijs.core.signalen.Signaaltest.SIGNALERING;
import static nl.puntwijs.core.signalen.Signaaltest.een;
import static nl.puntwijs.core.signalen.Signaaltest.geen;
import static nl.puntwijs.core.signalen.Signaaltest.met;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.puntwijs.core.Testwoning;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Doelgroep;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.RuimteSoort;
import nl.puntwijs.core.model.Zorgvoorwaarden;
import nl.puntwijs.core.stelsel.Interpretatie;
import org.junit.jupiter.api.Test;

/**
 * The signals of a dwelling on its own: for every signal a case where it fires and a near miss one point, one cent
 * or one centimetre on the other side, and dates on both sides of every threshold change. Points are computed by
 * hand in the comments with the 2026 WOZ factors 16954 / 268 (waardepeildatum 2025) and the minimum WOZ value
 * 85806; q() rounds to quarter points.
 */
class WoningsignalenTest {

    private static final String PEILDATUM = "2026-07-01";
    /** Every zorgwoning condition recorded and met. */
    private static final Zorgvoorwaarden ALLES = voorwaarden(true, "130", "0", null, true, true, true, false, null);

    private static Zorgvoorwaarden voorwaarden(Boolean woongebouw, String gang, String drempel, Boolean lift,
                                               Boolean alarmWoning, Boolean alarmComplex, Boolean ruimte,
                                               Boolean anderGebouw, Boolean binnendoor) {
        return new Zorgvoorwaarden(woongebouw, gang == null ? null : new BigDecimal(gang),
                drempel == null ? null : new BigDecimal(drempel), lift, alarmWoning, alarmComplex, ruimte, anderGebouw,
                binnendoor);
    }

    /** One living room of {@code m2} m², no outdoor space (-5), no label (0 points). */
    private static Testwoning woning(String m2) {
        return Testwoning.nieuw().id("W1").ruimte(Ruimte.van(RuimteSoort.VERTREK, Detailsoort.WOONKAMER, m2));
    }

    /**
     * 60 m²: 60 - 5 + WOZ q(85806 / 16954 + 85806 / 60 / 268 = 5.0611 + 5.3362) = 10.50 -> 65.50 -> 66 points,
     * sociaal; maximum rent 412.85 (2026), 398.31 (2025: 77582 / 15329 + 77582 / 60 / 242 = 10.4043 -> 10.50, also 66).
     */
    private static Testwoning zestig() {
        return woning("60");
    }

    private static Huur huur(String kaleHuur) {
        return new Huur(new BigDecimal(kaleHuur), null, null, null, null, null);
    }

    private static List<Signaal> signalen(Eenheid e, String peildatum) {
        return SIGNALERING.woning(e, LocalDate.parse(peildatum), Interpretatie.standaard());
    }

    private static List<Signaal> signalen(Testwoning w, String peildatum) {
        return signalen(w.bouw(), peildatum);
    }

    // ---- ZW: zorgwoning conditions (BB26 §2.12.1) ----

    @Test
    void zw01DeToeslagZonderVastgelegdeVoorwaarden() {
        List<Signaal> s = signalen(zestig().zorgwoning(), PEILDATUM);
        Signaal zw01 = een(s, "ZW-01");
        assertThat(zw01.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(zw01.veld()).isEqualTo("zorg.woongebouw");
        assertThat(zw01.bron()).isEqualTo("BB26 §2.12.1");
        assertThat(zw01.eenheid()).isEqualTo("W1");
        assertThat(zw01.complex()).isNull();
        // with the surcharge: 60 - 5 + 3 (flat rubriek 9) + 10.50 = 68.50; 35% = 23.975 -> 24.00; 92.50 -> 93 points
        assertThat(zw01.melding()).isEqualTo("De zorgtoeslag van 35% is berekend: 93 punten (sociale huur, maximale huur "
                + "€ 589,61). Maar niet alle vier zorgwoningvoorwaarden zijn vastgelegd: niet vastgelegd of de woning in "
                + "een woongebouw ligt; smalste gangbreedte niet vastgelegd; alarmvoorzieningen in woning en complex niet "
                + "(volledig) vastgelegd; niet vastgelegd of de huurovereenkomst het gebruik van een gemeenschappelijke "
                + "ruimte geeft. Zonder onderbouwing vervalt de toeslag bij toetsing; dan 66 punten (sociale huur, "
                + "maximale huur € 412,85).");
        assertThat(zw01.invoer()).containsEntry("zorg.woongebouw", "ontbreekt").containsEntry("doelgroep", "ZOR");
    }

    @Test
    void zw01NietAlsAlleVoorwaardenVastgelegdZijn() {
        List<Signaal> s = signalen(zestig().zorgwoning(ALLES), PEILDATUM);
        assertThat(s).noneMatch(x -> x.code().startsWith("ZW-"));
        // one condition missing again: the signal is back, pointing at that field
        assertThat(een(signalen(zestig().zorgwoning(voorwaarden(true, "130", "0", null, true, null, true, false, null)),
                PEILDATUM), "ZW-01").veld()).isEqualTo("zorg.alarmComplex");
    }

    @Test
    void geenZorgsignalenVoorEenGewoneWoning() {
        assertThat(signalen(zestig(), PEILDATUM)).noneMatch(x -> x.code().startsWith("ZW-") || x.code().equals("BT-01"));
    }

    @Test
    void zw02GangOnder120Centimeter() {
        Signaal zw02 = een(signalen(zestig().zorgwoning(voorwaarden(true, "119", "0", null, true, true, true, false, null)),
                PEILDATUM), "ZW-02");
        assertThat(zw02.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(zw02.veld()).isEqualTo("zorg.smalsteGangbreedteCm");
        assertThat(zw02.melding()).isEqualTo("De smalste gang op de route naar de woning en de gemeenschappelijke ruimten "
                + "is 119 cm (1,19 m) breed; voor een zorgwoning moet elke gang minstens 120 cm (1,20 m) breed zijn. "
                + "Daarom geen zorgtoeslag: 66 punten (sociale huur, maximale huur € 412,85) in plaats van 93 punten "
                + "(sociale huur, maximale huur € 589,61).");
        assertThat(zw02.invoer()).containsEntry("zorg.smalsteGangbreedteCm", "119");
        // exactly 120 cm is enough
        geen(signalen(zestig().zorgwoning(voorwaarden(true, "120", "0", null, true, true, true, false, null)),
                PEILDATUM), "ZW-02");
    }

    @Test
    void zw02DrempelVanTweeCentimeterZonderLift() {
        Signaal zw02 = een(signalen(zestig().zorgwoning(voorwaarden(true, "130", "2", false, true, true, true, false,
                null)), PEILDATUM), "ZW-02");
        assertThat(zw02.veld()).isEqualTo("zorg.liftOfHelling");
        assertThat(zw02.melding()).startsWith("Er is een drempel van 2 cm zonder lift of hellingbaan; een drempel van "
                + "2 cm of meer moet door een lift of hellingbaan worden overbrugd.");
        // 1 cm needs no lift; 2 cm with a lift is fine
        geen(signalen(zestig().zorgwoning(voorwaarden(true, "130", "1", false, true, true, true, false, null)),
                PEILDATUM), "ZW-02");
        geen(signalen(zestig().zorgwoning(voorwaarden(true, "130", "2", true, true, true, true, false, null)),
                PEILDATUM), "ZW-02");
    }

    @Test
    void zw03RuimteInAnderGebouwNietBinnendoor() {
        Signaal zw03 = een(signalen(zestig().zorgwoning(voorwaarden(true, "130", "0", null, true, true, true, true,
                false)), PEILDATUM), "ZW-03");
        assertThat(zw03.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(zw03.veld()).isEqualTo("zorg.binnendoorBereikbaar");
        assertThat(zw03.melding()).startsWith("De ruimte voor maaltijden of recreatie ligt in een ander gebouw zonder "
                + "overdekte binnenverbinding; dan is het geen zorgwoning. Daarom geen zorgtoeslag: 66 punten");
        geen(signalen(zestig().zorgwoning(voorwaarden(true, "130", "0", null, true, true, true, true, true)),
                PEILDATUM), "ZW-03");
    }

    @Test
    void zw05WoongebouwAlarmOfHuurovereenkomst() {
        Signaal woongebouw = een(signalen(zestig().zorgwoning(voorwaarden(false, "130", "0", null, true, true, true,
                false, null)), PEILDATUM), "ZW-05");
        assertThat(woongebouw.veld()).isEqualTo("zorg.woongebouw");
        assertThat(woongebouw.melding()).startsWith("Zorgwoningvoorwaarde 'In een woongebouw' niet voldaan: niet in een "
                + "woongebouw. Daarom geen zorgtoeslag: 66 punten");
        assertThat(een(signalen(zestig().zorgwoning(voorwaarden(true, "130", "0", null, false, true, true, false, null)),
                PEILDATUM), "ZW-05").veld()).isEqualTo("zorg.alarmWoning");
        assertThat(een(signalen(zestig().zorgwoning(voorwaarden(true, "130", "0", null, true, false, true, false, null)),
                PEILDATUM), "ZW-05").veld()).isEqualTo("zorg.alarmComplex");
        Signaal lease = een(signalen(zestig().zorgwoning(voorwaarden(true, "130", "0", null, true, true, false, false,
                null)), PEILDATUM), "ZW-05");
        assertThat(lease.veld()).isEqualTo("zorg.gemeenschappelijkeRuimteInHuurovereenkomst");
        assertThat(lease.ernst()).isEqualTo(Ernst.BLOKKEREND);
        // two failing conditions: two signals
        assertThat(met(signalen(zestig().zorgwoning(voorwaarden(false, "130", "0", null, false, true, true, false, null)),
                PEILDATUM), "ZW-05")).hasSize(2);
    }

    // ---- BT-01/02: the surcharge moves the sector (BB26 §1.3.1) ----

    /**
     * 99 m² with WOZ 96000: q(96000 / 16954 + 96000 / 99 / 268 = 5.6624 + 3.6183 = 9.2807) = 9.25. With the surcharge
     * 99 - 5 + 3 + 9.25 = 106.25; 35% = 37.1875 -> 37.25; 143.50 -> 144 (midden). Without: 94 + 9.25 = 103.25 -> 103.
     */
    @Test
    void bt01ToeslagTiltNaarMiddenhuur() {
        Signaal bt01 = een(signalen(woning("99").woz("96000", "2025-01-01").zorgwoning(ALLES), PEILDATUM), "BT-01");
        assertThat(bt01.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(bt01.veld()).isEqualTo("doelgroep");
        assertThat(bt01.melding()).isEqualTo("Door de zorgtoeslag van 35% komt deze woning op 144 punten en valt daarmee "
                + "in de middenhuur (maximale huur € 939,73); zonder toeslag 103 punten (sociale huur, maximale huur "
                + "€ 658,24). Een huur boven de sociale huurgrens van € 932,93 past niet meer bij de "
                + "huurtoeslagdoelgroep.");
        assertThat(bt01.invoer()).containsEntry("punten met toeslag", "144").containsEntry("punten zonder toeslag", "103");
    }

    /**
     * 100 m², minimum WOZ. 2025: q(77582 / 15329 + 77582 / 100 / 242 = 5.0611 + 3.2059) = 8.25; 98 + 8.25 = 106.25,
     * 35% 37.1875 -> 37.25, 143.50 -> 144; 2026: q(85806 / 16954 + 85806 / 100 / 268 = 5.0611 + 3.2017) = 8.25, the
     * same 144. The social limit in the message follows the date.
     */
    @Test
    void bt01DeSocialeHuurgrensVanDeDatum() {
        assertThat(een(signalen(woning("100").zorgwoning(ALLES), "2025-12-31"), "BT-01").melding())
                .contains("op 144 punten").contains("sociale huurgrens van € 900,07");
        assertThat(een(signalen(woning("100").zorgwoning(ALLES), "2026-01-01"), "BT-01").melding())
                .contains("op 144 punten").contains("sociale huurgrens van € 932,93");
    }

    /** WOZ 93000: q(5.4854 + 3.5052 = 8.9906) = 9.00; 106.00 + q(37.10) 37.00 = 143.00 -> 143, still sociaal. */
    @Test
    void bt01NietBij143Punten() {
        List<Signaal> s = signalen(woning("99").woz("93000", "2025-01-01").zorgwoning(ALLES), PEILDATUM);
        geen(s, "BT-01");
        geen(s, "BT-02");
    }

    /**
     * 130 m² with WOZ 116000: q(6.8420 + 3.3295 = 10.1715) = 10.25; with the surcharge 138.25 + q(48.3875) 48.50 =
     * 186.75 -> 187 (vrij); without 125 + 10.25 = 135.25 -> 135. WOZ 114000: q(6.7241 + 3.2721 = 9.9962) = 10.00;
     * 138 + q(48.30) 48.25 = 186.25 -> 186.
     */
    @Test
    void bt02ToeslagTiltNaarVrijeSector() {
        Signaal bt02 = een(signalen(woning("130").woz("116000", "2025-01-01").zorgwoning(ALLES), PEILDATUM), "BT-02");
        assertThat(bt02.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(bt02.melding()).isEqualTo("Door de zorgtoeslag van 35% scoort de woning 187 punten en valt in de vrije "
                + "sector; zonder toeslag 135 punten (sociale huur, maximale huur € 877,97). Bij een nieuw contract "
                + "vervalt dan de huurprijsbescherming: de huur mag boven de vrijesectorgrens van € 1.228,07.");
        geen(signalen(woning("130").woz("114000", "2025-01-01").zorgwoning(ALLES), PEILDATUM), "BT-02");
    }

    // ---- WOZ-01: the 33% cap (BB26 §2.11.7) ----

    /**
     * 100 m² with WOZ 950000: q(56.0340 + 35.4478 = 91.4817) = 91.50; 95 + 91.50 = 186.50 -> 187, so the cap applies:
     * floor(95 x 33 / 67 = 46.79) = 46; 141 < 187, so the total is 186.
     */
    @Test
    void woz01CapDrukTotaalNaar186() {
        Signaal woz = een(signalen(woning("100").woz("950000", "2025-01-01"), PEILDATUM), "WOZ-01");
        assertThat(woz.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(woz.veld()).isEqualTo("wozEenheden");
        assertThat(woz.melding()).isEqualTo("Meer dan 33% van de punten komt uit de WOZ-waarde: 91,5 van 187 punten "
                + "(48,9%). De cap beperkt de WOZ-punten tot 46; daardoor zakt het totaal onder 187 punten, en dan geldt "
                + "186 punten (middenhuur, maximale huur € 1.228,07). De WOZ-waarde bepaalt hier de sector.");
    }

    /** WOZ 945000: q(55.7391 + 35.2612 = 91.0003) = 91.00; 95 + 91 = 186 < 187: no cap, whatever the share. */
    @Test
    void woz01NietBij186PuntenZonderCap() {
        geen(signalen(woning("100").woz("945000", "2025-01-01"), PEILDATUM), "WOZ-01");
    }

    /**
     * 150 m² with WOZ 1000000: q(58.9831 + 24.8756 = 83.8588) = 83.75; 145 + 83.75 = 228.75 -> 229; cap floor(145 x
     * 33 / 67 = 71.42) = 71; 216 points, vrij.
     */
    @Test
    void woz01CapInDeVrijeSector() {
        assertThat(een(signalen(woning("150").woz("1000000", "2025-01-01"), PEILDATUM), "WOZ-01").melding())
                .isEqualTo("Meer dan 33% van de punten komt uit de WOZ-waarde: 83,75 van 229 punten (36,6%). De cap "
                        + "beperkt de WOZ-punten tot 71; totaal 216 punten (vrije sector, maximale huur € 1.433,99).");
    }

    /**
     * Zorgwoning, 100 m², WOZ 820000: q(48.3662 + 30.5970 = 78.9632) = 79.00; rubrieken 95 + 3 + 79 = 177; 35% =
     * 61.95 -> 62.00; 239 >= 187: cap floor(160 x 33 / 67 = 78.81) = 78 -> 238. Without the surcharge 95 + 79 = 174:
     * no cap.
     */
    @Test
    void woz01AlleenDoorDeZorgtoeslag() {
        assertThat(een(signalen(woning("100").woz("820000", "2025-01-01").zorgwoning(ALLES), PEILDATUM), "WOZ-01")
                .melding()).endsWith("De cap beperkt de WOZ-punten tot 78; totaal 238 punten (vrije sector, maximale "
                + "huur € 1.585,01). Zonder zorgtoeslag geldt de cap niet: 174 punten (middenhuur, maximale huur "
                + "€ 1.145,69).");
    }

    // ---- BT-03: aftoppingsgrens (passend toewijzen) ----

    private static Eenheid senior(Huur huur) {
        return zestig().huur(huur).bouw().metDoelgroep(Doelgroep.SENIOREN);
    }

    @Test
    void bt03BovenDeAftoppingsgrens2026Onbevestigd() {
        Signaal bt03 = een(signalen(senior(huur("713.03")), "2026-01-01"), "BT-03");
        assertThat(bt03.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(bt03.veld()).isEqualTo("huur.kaleHuur");
        assertThat(bt03.onbevestigd()).isTrue();
        assertThat(bt03.melding()).isEqualTo("De huur van € 713,03 ligt boven de aftoppingsgrens van € 713,02 voor één- "
                + "en tweepersoonshuishoudens (dit getal is niet bevestigd); de huishoudgrootte is niet opgegeven, voor "
                + "ouderen is met één of twee personen gerekend. Aan huishoudens onder de "
                + "passend-toewijzen-inkomensgrens mag u de woning in principe niet toewijzen (95%-norm).");
        assertThat(bt03.bron()).startsWith("passend toewijzen (95%-norm); aftoppingsgrens: [R26b]");
        assertThat(bt03.invoer()).containsEntry("drempel.aftoppingsgrens.laag",
                "713.02 (2026-01-01 t/m 2026-12-31, onbevestigd)");
        geen(signalen(senior(huur("713.02")), "2026-01-01"), "BT-03");
    }

    @Test
    void bt03AftoppingsgrensVan2025TotEnMet31December() {
        Signaal bt03 = een(signalen(senior(huur("682.97")), "2025-12-31"), "BT-03");
        assertThat(bt03.onbevestigd()).isFalse();
        assertThat(bt03.melding()).contains("boven de aftoppingsgrens van € 682,96 voor één- en tweepersoonshuishoudens;");
        geen(signalen(senior(huur("682.96")), "2025-12-31"), "BT-03");
        // the same rent a day later is under the 2026 limit
        geen(signalen(senior(huur("700.00")), "2026-01-01"), "BT-03");
        een(signalen(senior(huur("700.00")), "2025-12-31"), "BT-03");
    }

    @Test
    void bt03DriePersonenTegenDeHogeGrens() {
        Huur drie = new Huur(new BigDecimal("764.15"), null, 3, null, null, null);
        assertThat(een(signalen(zestig().huur(drie), PEILDATUM), "BT-03").melding())
                .contains("boven de aftoppingsgrens van € 764,14 voor huishoudens van drie of meer personen (dit getal is "
                        + "niet bevestigd).");
        geen(signalen(zestig().huur(new Huur(new BigDecimal("764.14"), null, 3, null, null, null)), PEILDATUM), "BT-03");
        // two persons: the low limit, also without a senior doelgroep
        een(signalen(zestig().huur(new Huur(new BigDecimal("713.03"), null, 2, null, null, null)), PEILDATUM), "BT-03");
    }

    @Test
    void bt03ZonderHuishoudgrootteEnGeenOudereNietTeBeoordelen() {
        Signaal bt03 = een(signalen(zestig().huur(huur("800")), PEILDATUM), "BT-03");
        assertThat(bt03.ernst()).isEqualTo(Ernst.INFO);
        assertThat(bt03.veld()).isEqualTo("huur.huishoudgrootte");
        assertThat(bt03.melding()).isEqualTo("Niet te beoordelen: de huishoudgrootte ontbreekt.");
    }

    @Test
    void deGeplandeHuurGaatVoor() {
        Signaal bt03 = een(signalen(senior(new Huur(new BigDecimal("600"), new BigDecimal("800"), null, null, null, null)),
                PEILDATUM), "BT-03");
        assertThat(bt03.veld()).isEqualTo("huur.geplandeHuur");
        assertThat(bt03.melding()).startsWith("De geplande huur van € 800,00 ligt boven");
    }

    @Test
    void zonderHuurZegtElkeHuurregelDatZeNietTeBeoordelenIs() {
        List<Signaal> s = signalen(zestig(), PEILDATUM);
        for (String code : List.of("BT-03", "BT-04", "BT-05")) {
            Signaal x = een(s, code);
            assertThat(x.ernst()).isEqualTo(Ernst.INFO);
            assertThat(x.veld()).isEqualTo("huur.kaleHuur");
            assertThat(x.melding()).isEqualTo("Niet te beoordelen: de kale huur (of geplande huur) ontbreekt.");
        }
        geen(s, "BT-06"); // no increase proposed: nothing to judge
    }

    // ---- BT-04: huurtoeslag limit, a condition until 2025 and a cap from 2026 ----

    @Test
    void bt04Tot2025GeenRechtOpHuurtoeslag() {
        Signaal bt04 = een(signalen(zestig().huur(huur("950.00")), "2025-12-31"), "BT-04");
        assertThat(bt04.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(bt04.melding()).isEqualTo("De huur van € 950,00 ligt boven de maximale huurgrens van de huurtoeslag "
                + "(€ 900,07). Op 31-12-2025 bestaat boven deze huur geen recht op huurtoeslag.");
        assertThat(bt04.invoer()).containsEntry("drempel.huurtoeslag.maximaleHuurgrensIsVoorwaarde",
                "1 (2025-01-01 t/m 2025-12-31)");
        geen(signalen(zestig().huur(huur("900.07")), "2025-12-31"), "BT-04");
    }

    @Test
    void bt04Vanaf2026AlleenNogEenPlafond() {
        Signaal bt04 = een(signalen(zestig().huur(huur("950.00")), "2026-01-01"), "BT-04");
        assertThat(bt04.ernst()).isEqualTo(Ernst.WAARSCHUWING);
        assertThat(bt04.melding()).isEqualTo("De huur van € 950,00 ligt boven € 932,93. Op 1-1-2026 is dat geen "
                + "voorwaarde meer voor huurtoeslag, maar de toeslag wordt alleen berekend over de huur tot € 932,93; het "
                + "meerdere (€ 17,07 per maand) betaalt de huurder zelf.");
        geen(signalen(zestig().huur(huur("932.93")), "2026-01-01"), "BT-04");
    }

    // ---- BT-05: above the maximum rent ----

    @Test
    void bt05BovenDeMaximaleHuur() {
        Signaal bt05 = een(signalen(zestig().huur(huur("412.86")), "2026-01-01"), "BT-05");
        assertThat(bt05.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(bt05.melding()).isEqualTo("De huur van € 412,86 is hoger dan de maximale huur van € 412,85 bij 66 "
                + "punten (sociale huur), € 0,01 te veel per maand.");
        assertThat(bt05.bron()).isEqualTo("BB26 §1.3.1, Bijlage 3 (huurprijstabel 2026-01-01)");
        geen(signalen(zestig().huur(huur("412.85")), "2026-01-01"), "BT-05");
    }

    @Test
    void bt05DeHuurprijstabelVanHetJaar() {
        // 66 points: 398.31 in 2025, 412.85 in 2026
        een(signalen(zestig().huur(huur("398.32")), "2025-12-31"), "BT-05");
        geen(signalen(zestig().huur(huur("398.31")), "2025-12-31"), "BT-05");
        geen(signalen(zestig().huur(huur("398.32")), "2026-01-01"), "BT-05");
    }

    @Test
    void bt05ZonderToeslagAlsDeVoorwaardenNietVastliggen() {
        // claimed as zorgwoning (93 points, 589.61) but not underpinned: the 66 points without the surcharge hold
        Signaal bt05 = een(signalen(zestig().zorgwoning().huur(huur("500.00")), PEILDATUM), "BT-05");
        assertThat(bt05.melding()).isEqualTo("De huur van € 500,00 is hoger dan de maximale huur van € 412,85 bij 66 "
                + "punten (sociale huur), € 87,15 te veel per maand; gerekend zonder zorgtoeslag, omdat niet alle "
                + "zorgwoningvoorwaarden zijn vastgelegd.");
        geen(signalen(zestig().zorgwoning(ALLES).huur(huur("589.61")), PEILDATUM), "BT-05");
        een(signalen(zestig().zorgwoning(ALLES).huur(huur("589.62")), PEILDATUM), "BT-05");
    }

    @Test
    void bt05NietInDeVrijeSector() {
        // 216 points (see woz01CapInDeVrijeSector): no maximum rent for a new lease
        geen(signalen(woning("150").woz("1000000", "2025-01-01").huur(huur("3000")), PEILDATUM), "BT-05");
    }

    // ---- BT-06: rent increase maxima by effective date ----

    private static Huur verhoging(String procent, String ingang) {
        return new Huur(new BigDecimal("400"), null, 1, new BigDecimal(procent), ingang == null ? null
                : LocalDate.parse(ingang), null);
    }

    @Test
    void bt06SociaalWisseltOp1Juli() {
        Signaal bt06 = een(signalen(zestig().huur(verhoging("4.5", "2026-07-01")), PEILDATUM), "BT-06");
        assertThat(bt06.ernst()).isEqualTo(Ernst.BLOKKEREND);
        assertThat(bt06.veld()).isEqualTo("huur.huurverhogingPercentage");
        assertThat(bt06.melding()).isEqualTo("De voorgestelde huurverhoging van 4,5% per 1-7-2026 is hoger dan de 4,1% "
                + "die dan voor sociale huur is toegestaan. Uitzonderingen voor lage huren en hogere inkomens zijn niet "
                + "meegenomen.");
        assertThat(bt06.bron()).isEqualTo("maximale huurverhoging: [HV26]");
        // a day earlier 5.0% applies; 4.1% on 1 July is allowed
        geen(signalen(zestig().huur(verhoging("4.5", "2026-06-30")), PEILDATUM), "BT-06");
        geen(signalen(zestig().huur(verhoging("4.1", "2026-07-01")), PEILDATUM), "BT-06");
        een(signalen(zestig().huur(verhoging("5.1", "2026-06-30")), PEILDATUM), "BT-06");
    }

    /** 150 m²: 145 + q(5.0611 + 85806 / 150 / 268 = 2.1345 -> 7.1956) 7.25 = 152.25 -> 152 points, midden. */
    @Test
    void bt06MiddenWisseltOp1Januari() {
        Signaal bt06 = een(signalen(woning("150").huur(verhoging("7.0", "2026-01-01")), PEILDATUM), "BT-06");
        assertThat(bt06.melding()).startsWith("De voorgestelde huurverhoging van 7% per 1-1-2026 is hoger dan de 6,1% die "
                + "dan voor middenhuur is toegestaan.");
        geen(signalen(woning("150").huur(verhoging("7.0", "2025-12-31")), PEILDATUM), "BT-06");
        een(signalen(woning("150").huur(verhoging("7.8", "2025-12-31")), PEILDATUM), "BT-06");
    }

    @Test
    void bt06VrijWisseltOp1Januari() {
        Testwoning vrij = woning("150").woz("1000000", "2025-01-01");
        een(signalen(vrij.huur(verhoging("4.2", "2025-12-31")), PEILDATUM), "BT-06");
        geen(signalen(vrij.huur(verhoging("4.2", "2026-01-01")), PEILDATUM), "BT-06");
        een(signalen(vrij.huur(verhoging("4.5", "2026-01-01")), PEILDATUM), "BT-06");
    }

    @Test
    void bt06ZonderIngangsdatumOfZonderBekendMaximum() {
        Signaal zonder = een(signalen(zestig().huur(verhoging("3", null)), PEILDATUM), "BT-06");
        assertThat(zonder.ernst()).isEqualTo(Ernst.INFO);
        assertThat(zonder.veld()).isEqualTo("huur.ingangsdatumHuurverhoging");
        assertThat(zonder.melding()).isEqualTo("Niet te beoordelen: de ingangsdatum van de huurverhoging ontbreekt.");
        // the social maximum before 1-7-2025 is not in the data: said, not guessed
        Signaal onbekend = een(signalen(zestig().huur(verhoging("3", "2025-06-30")), PEILDATUM), "BT-06");
        assertThat(onbekend.ernst()).isEqualTo(Ernst.INFO);
        assertThat(onbekend.melding()).isEqualTo("Niet te beoordelen: geen waarde voor drempel "
                + "'huurverhoging.maximum.sociaal' op 2025-06-30; bekend: 2025-07-01 t/m 2026-06-30, 2026-07-01 t/m "
                + "2027-06-30.");
        assertThat(onbekend.bron()).isEqualTo("tabellen/drempels.json");
    }

    // ---- BT-07 on its own; SK-01 ----

    @Test
    void bt07ZonderComplexgegevensNietTeBeoordelen() {
        Signaal bt07 = een(signalen(zestig().huur(huur("950")), PEILDATUM), "BT-07");
        assertThat(bt07.ernst()).isEqualTo(Ernst.INFO);
        assertThat(bt07.veld()).isEqualTo("ouderenhuisvesting.corporatie");
        assertThat(bt07.melding()).isEqualTo("Niet te beoordelen: het gegeven 'eigenaar is een woningcorporatie (ja/nee)' "
                + "ontbreekt.");
    }

    private static Huur servicekosten(String bedrag) {
        return new Huur(new BigDecimal("400"), null, 1, null, null, bedrag == null ? null : new BigDecimal(bedrag));
    }

    @Test
    void sk01ServicekostenTellenVanaf2026NietMeerMee() {
        Signaal sk01 = een(signalen(zestig().huur(servicekosten("35")), "2026-01-01"), "SK-01");
        assertThat(sk01.ernst()).isEqualTo(Ernst.INFO);
        assertThat(sk01.veld()).isEqualTo("huur.servicekosten");
        assertThat(sk01.melding()).isEqualTo("Vanaf 1-1-2026 tellen servicekosten (hier € 35,00 per maand, ook voor "
                + "gemeenschappelijke en recreatieruimten) niet meer mee voor de huurtoeslag. Reken de woonlasten van de "
                + "huurder opnieuw door.");
        geen(signalen(zestig().huur(servicekosten("35")), "2025-12-31"), "SK-01");
        geen(signalen(zestig().huur(servicekosten("0")), "2026-01-01"), "SK-01");
        assertThat(een(signalen(zestig().huur(servicekosten(null)), "2026-01-01"), "SK-01").melding())
                .isEqualTo("Niet te beoordelen: het bedrag aan servicekosten ontbreekt.");
        geen(signalen(zestig().huur(servicekosten(null)), "2025-12-31"), "SK-01");
    }
}
