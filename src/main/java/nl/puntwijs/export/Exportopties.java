package nl.puntwijs.export;

import java.time.Clock;

/**
 * Settings of an export that are not data.
 *
 * @param maximumRijen rows per Puntenopbouw sheet before it continues on the next (Excel's limit; tests use less)
 * @param klok         the time printed as the export time
 * @param versie       the Puntwijs version printed on Parameters
 */
public record Exportopties(int maximumRijen, Clock klok, String versie) {

    public Exportopties {
        if (maximumRijen < 10 || maximumRijen > Tabel.MAXIMUM_RIJEN) {
            throw new IllegalArgumentException("maximumRijen " + maximumRijen + " buiten 10.." + Tabel.MAXIMUM_RIJEN);
        }
    }

    public static Exportopties standaard() {
        return new Exportopties(Tabel.MAXIMUM_RIJEN, Clock.systemDefaultZone(), puntwijsVersie());
    }

    public Exportopties metMaximumRijen(int rijen) {
        return new Exportopties(rijen, klok, versie);
    }

    public Exportopties metKlok(Clock nieuweKlok) {
        return new Exportopties(maximumRijen, nieuweKlok, versie);
    }

    /** The version from the jar's manifest (the pom's version). */
    public static String puntwijsVersie() {
        String v = Exportopties.class.getPackage().getImplementationVersion();
        return v == null ? "ontwikkelversie" : v;
    }
}
