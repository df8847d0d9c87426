package nl.puntwijs.core.complex;

/**
 * A problem in a complex's data.
 *
 * @param fout    true: the complex cannot be valued; false: a warning
 * @param plaats  where: the complex, a shared space or a dwelling (e.g. "gedeelde ruimte 'ontmoeting'")
 * @param veld    the field concerned (e.g. "woningen[3]")
 * @param tekst   what is wrong, in Dutch
 */
public record Complexmelding(boolean fout, String plaats, String veld, String tekst) {

    @Override
    public String toString() {
        return plaats + (veld == null ? "" : ", " + veld) + ": " + tekst;
    }
}
