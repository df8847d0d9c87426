package nl.puntwijs.core.model;

import java.math.BigDecimal;

/**
 * What is recorded about the four zorgwoning conditions (Bhw rubriek 12; BB26 §2.12.1). Every field is
 * optional: null means "not recorded". Recorded per complex and per dwelling; a dwelling's own value
 * overrides the complex's ({@link #aangevuldMet}).
 *
 * @param woongebouw                  the dwelling is in a woongebouw (condition 1)
 * @param smalsteGangbreedteCm        the narrowest corridor on the routes to the dwelling and the relevant
 *                                    shared rooms, in cm (condition 2: at least 120)
 * @param hoogsteDrempelCm            the highest threshold on those routes, in cm (condition 2)
 * @param liftOfHelling               thresholds of 2 cm or more are bridged by a lift or ramp (condition 2)
 * @param alarmWoning                 the lease covers provisions that let a personal alarm reach the alarm
 *                                    centre from the dwelling (condition 3)
 * @param alarmComplex                ... and from everywhere in the complex: lift, garden, roof terrace
 * @param gemeenschappelijkeRuimteInHuurovereenkomst the lease covers use of shared rooms for meals or
 *                                    recreation (condition 4)
 * @param ruimteInAnderGebouw         that shared room is in another building
 * @param binnendoorBereikbaar        ... and is reachable indoors (a closed bridge or corridor)
 */
public record Zorgvoorwaarden(Boolean woongebouw, BigDecimal smalsteGangbreedteCm, BigDecimal hoogsteDrempelCm,
                              Boolean liftOfHelling, Boolean alarmWoning, Boolean alarmComplex,
                              Boolean gemeenschappelijkeRuimteInHuurovereenkomst, Boolean ruimteInAnderGebouw,
                              Boolean binnendoorBereikbaar) {

    public static final Zorgvoorwaarden ONBEKEND = new Zorgvoorwaarden(null, null, null, null, null, null, null,
            null, null);

    /** This record with every unrecorded field taken from {@code algemeen} (e.g. the complex's). */
    public Zorgvoorwaarden aangevuldMet(Zorgvoorwaarden algemeen) {
        if (algemeen == null) {
            return this;
        }
        return new Zorgvoorwaarden(of(woongebouw, algemeen.woongebouw),
                of(smalsteGangbreedteCm, algemeen.smalsteGangbreedteCm), of(hoogsteDrempelCm, algemeen.hoogsteDrempelCm),
                of(liftOfHelling, algemeen.liftOfHelling), of(alarmWoning, algemeen.alarmWoning),
                of(alarmComplex, algemeen.alarmComplex),
                of(gemeenschappelijkeRuimteInHuurovereenkomst, algemeen.gemeenschappelijkeRuimteInHuurovereenkomst),
                of(ruimteInAnderGebouw, algemeen.ruimteInAnderGebouw), of(binnendoorBereikbaar, algemeen.binnendoorBereikbaar));
    }

    private static <T> T of(T eigen, T algemeen) {
        return eigen != null ? eigen : algemeen;
    }
}
