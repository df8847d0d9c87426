package nl.puntwijs.core.zorg;

import java.math.BigDecimal;
import java.util.List;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Zorgvoorwaarden;

/**
 * Checks the four zorgwoning conditions of BB26 §2.12.1 for a dwelling claimed as a zorgwoning
 * (doelgroep ZOR). All met: the surcharge applies. A recorded condition failing: it does not. Otherwise
 * (some not recorded, as with a VERA import that carries only the doelgroep): it applies as claimed, and the
 * result says so (spec D16).
 */
public final class Zorgtoets {

    /** Every corridor the residents use is at least this wide (BB26 §2.12.1, second condition). */
    public static final BigDecimal MINIMUM_GANGBREEDTE_CM = BigDecimal.valueOf(120);
    /** A threshold this high or higher needs a lift or ramp (BB26 §2.12.1, second condition). */
    public static final BigDecimal DREMPEL_CM = BigDecimal.valueOf(2);
    /** A corridor narrower than this many centimetres was almost certainly entered in metres (1.2 for 120). */
    static final BigDecimal ONWAARSCHIJNLIJK_SMAL_CM = BigDecimal.TEN;

    private Zorgtoets() {
    }

    public static Zorgbeoordeling beoordeel(Eenheid e) {
        if (!e.isZorgwoningGeclaimd()) {
            return Zorgbeoordeling.GEEN;
        }
        Zorgvoorwaarden v = e.zorgvoorwaarden() == null ? Zorgvoorwaarden.ONBEKEND : e.zorgvoorwaarden();
        List<Voorwaardetoets> toetsen = List.of(woongebouw(v), drempelloos(v), alarm(v), gemeenschappelijkeRuimte(v));
        Zorgbeoordeling.Besluit besluit;
        if (toetsen.stream().anyMatch(t -> t.uitkomst() == Uitkomst.NIET_VOLDAAN)) {
            besluit = Zorgbeoordeling.Besluit.NIET_TOEGEPAST;
        } else if (toetsen.stream().allMatch(t -> t.uitkomst() == Uitkomst.VOLDAAN)) {
            besluit = Zorgbeoordeling.Besluit.TOEGEPAST;
        } else {
            besluit = Zorgbeoordeling.Besluit.TOEGEPAST_ALS_GECLAIMD;
        }
        return new Zorgbeoordeling(besluit, toetsen);
    }

    private static Voorwaardetoets woongebouw(Zorgvoorwaarden v) {
        Voorwaarde w = Voorwaarde.WOONGEBOUW;
        if (v.woongebouw() == null) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "niet vastgelegd of de woning in een woongebouw ligt",
                    "zorg.woongebouw");
        }
        return v.woongebouw()
                ? new Voorwaardetoets(w, Uitkomst.VOLDAAN, "in een woongebouw", "zorg.woongebouw")
                : new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "niet in een woongebouw", "zorg.woongebouw");
    }

    private static Voorwaardetoets drempelloos(Zorgvoorwaarden v) {
        Voorwaarde w = Voorwaarde.DREMPELLOOS;
        BigDecimal gang = v.smalsteGangbreedteCm();
        BigDecimal drempel = v.hoogsteDrempelCm();
        if (isOnwaarschijnlijkeGangbreedte(gang)) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "smalste gang " + cm(gang)
                    + " is onwaarschijnlijk; in meters ingevuld? (1,20 m = 120 cm)", "zorg.smalsteGangbreedteCm");
        }
        if (gang != null && gang.compareTo(MINIMUM_GANGBREEDTE_CM) < 0) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "smalste gang " + cm(gang)
                    + ", minder dan 120 cm", "zorg.smalsteGangbreedteCm");
        }
        boolean hogeDrempel = drempel != null && drempel.compareTo(DREMPEL_CM) >= 0;
        if (hogeDrempel && Boolean.FALSE.equals(v.liftOfHelling())) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "drempel van " + cm(drempel)
                    + " zonder lift of hellingbaan", "zorg.liftOfHelling");
        }
        if (gang == null) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "smalste gangbreedte niet vastgelegd",
                    "zorg.smalsteGangbreedteCm");
        }
        if (drempel == null) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "hoogste drempel niet vastgelegd",
                    "zorg.hoogsteDrempelCm");
        }
        if (hogeDrempel && v.liftOfHelling() == null) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "drempel van " + cm(drempel)
                    + "; niet vastgelegd of een lift of hellingbaan die overbrugt", "zorg.liftOfHelling");
        }
        return new Voorwaardetoets(w, Uitkomst.VOLDAAN, "smalste gang " + cm(gang) + ", hoogste drempel " + cm(drempel)
                + (hogeDrempel ? ", overbrugd door lift of hellingbaan" : ""), "zorg.smalsteGangbreedteCm");
    }

    private static Voorwaardetoets alarm(Zorgvoorwaarden v) {
        Voorwaarde w = Voorwaarde.ALARM;
        if (Boolean.FALSE.equals(v.alarmWoning())) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "alarm niet bereikbaar vanuit de woning",
                    "zorg.alarmWoning");
        }
        if (Boolean.FALSE.equals(v.alarmComplex())) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "alarm niet overal in het complex bereikbaar",
                    "zorg.alarmComplex");
        }
        if (v.alarmWoning() == null || v.alarmComplex() == null) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "alarmvoorzieningen in woning en complex niet "
                    + "(volledig) vastgelegd", v.alarmWoning() == null ? "zorg.alarmWoning" : "zorg.alarmComplex");
        }
        return new Voorwaardetoets(w, Uitkomst.VOLDAAN, "alarm bereikbaar vanuit woning en complex", "zorg.alarmWoning");
    }

    private static Voorwaardetoets gemeenschappelijkeRuimte(Zorgvoorwaarden v) {
        Voorwaarde w = Voorwaarde.GEMEENSCHAPPELIJKE_RUIMTE;
        String veld = "zorg.gemeenschappelijkeRuimteInHuurovereenkomst";
        if (Boolean.FALSE.equals(v.gemeenschappelijkeRuimteInHuurovereenkomst())) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "huurovereenkomst geeft geen gebruik van een "
                    + "gemeenschappelijke ruimte voor maaltijden of recreatie", veld);
        }
        if (Boolean.TRUE.equals(v.ruimteInAnderGebouw()) && Boolean.FALSE.equals(v.binnendoorBereikbaar())) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VOLDAAN, "gemeenschappelijke ruimte in een ander gebouw, "
                    + "niet binnendoor bereikbaar", "zorg.binnendoorBereikbaar");
        }
        if (v.gemeenschappelijkeRuimteInHuurovereenkomst() == null) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "niet vastgelegd of de huurovereenkomst het "
                    + "gebruik van een gemeenschappelijke ruimte geeft", veld);
        }
        if (v.ruimteInAnderGebouw() == null
                || (v.ruimteInAnderGebouw() && v.binnendoorBereikbaar() == null)) {
            return new Voorwaardetoets(w, Uitkomst.NIET_VASTGELEGD, "niet vastgelegd of de gemeenschappelijke "
                    + "ruimte binnendoor bereikbaar is", v.ruimteInAnderGebouw() == null ? "zorg.ruimteInAnderGebouw"
                    : "zorg.binnendoorBereikbaar");
        }
        return new Voorwaardetoets(w, Uitkomst.VOLDAAN, v.ruimteInAnderGebouw()
                ? "gemeenschappelijke ruimte in de huurovereenkomst, in een ander gebouw binnendoor bereikbaar"
                : "gemeenschappelijke ruimte in de huurovereenkomst, in hetzelfde gebouw", veld);
    }

    /** True for a corridor width below 10 cm: a value in metres where centimetres are expected. */
    public static boolean isOnwaarschijnlijkeGangbreedte(BigDecimal gangbreedteCm) {
        return gangbreedteCm != null && gangbreedteCm.compareTo(ONWAARSCHIJNLIJK_SMAL_CM) < 0;
    }

    private static String cm(BigDecimal waarde) {
        return waarde.stripTrailingZeros().toPlainString() + " cm";
    }
}
