package nl.puntwijs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.vera.Invoerfout;

/** Puntwijs complex files ({@value ComplexLezer#FORMAAT}): one complex with its dwellings and shared spaces. */
final class ComplexBron implements Controlebron {

    private final ComplexLezer lezer = new ComplexLezer();

    @Override
    public boolean leest(String formaat) {
        return ComplexLezer.FORMAAT.equals(formaat);
    }

    @Override
    public Gelezen lees(String naam, JsonNode document, PrintWriter err) {
        GelezenComplex gelezen = lezer.lees(document);
        for (Invoerfout w : gelezen.waarschuwingen()) {
            err.println("waarschuwing: " + naam + ": " + w.tekst());
        }
        for (Invoerfout f : gelezen.fouten()) {
            err.println(naam + ": " + f.tekst());
        }
        if (!gelezen.isGeldig()) {
            return new Gelezen(List.of(), true);
        }
        return new Gelezen(List.of(new Wooncomplex("complex " + gelezen.complex().weergavenaam() + " (" + naam + ")",
                gelezen.complex())), false);
    }
}
