package nl.puntwijs.export;

import java.util.List;
import java.util.Optional;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.signalen.Signaal;
import nl.puntwijs.core.signalen.Subsidieschatting;

/**
 * One complex as the report shows it.
 *
 * @param complex     the complex as recorded (dwellings without the shared spaces, the shared spaces, SOO data)
 * @param resultaat   its valuation at the peildatum
 * @param vergelijking its valuation at the vergelijkdatum; null when none was asked for
 * @param signalen    the signals of the complex and its dwellings at the peildatum
 * @param subsidie    the estimated SOO subsidy; null when none can be estimated
 * @param meldingen   warnings about the input (reading and valuing), each naming the dwelling or field
 * @param overgeslagen dwellings of the input left out because they could not be read, each with the reason
 */
public record Exportcomplex(Complex complex, ComplexResultaat resultaat, ComplexResultaat vergelijking,
                            List<Signaal> signalen, Subsidieschatting subsidie, List<Invoermelding> meldingen,
                            List<String> overgeslagen) {

    public Exportcomplex {
        signalen = List.copyOf(signalen);
        meldingen = List.copyOf(meldingen);
        overgeslagen = List.copyOf(overgeslagen);
    }

    public Optional<Subsidieschatting> soo() {
        return Optional.ofNullable(subsidie);
    }

    /**
     * A warning about the input.
     *
     * @param eenheid the dwelling concerned, or null for the complex or the file
     * @param tekst   the message, in Dutch, with the field
     * @param bron    where: the file or the store
     */
    public record Invoermelding(String eenheid, String tekst, String bron) {
    }
}
