package nl.puntwijs.core.zorg;

/**
 * One condition checked.
 *
 * @param voorwaarde  which condition
 * @param uitkomst    met, not met, or not recorded
 * @param toelichting the recorded values and why, in Dutch (e.g. "smalste gang 110 cm, minder dan 120 cm")
 * @param veld        the input field that decided it
 */
public record Voorwaardetoets(Voorwaarde voorwaarde, Uitkomst uitkomst, String toelichting, String veld) {

    public String bron() {
        return Voorwaarde.BRON;
    }
}
