package nl.puntwijs.store.invoer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.vera.Invoerfout;
import nl.puntwijs.io.vera.VeraLezer;

/**
 * Puntwijs complex files ({@value ComplexLezer#FORMAAT}, {@code docs/formaten.md}): the complex with its fields,
 * its dwellings and its shared spaces as the file defines them. A file with errors is one invalid record: the
 * complex is read as a whole or not at all.
 */
public final class ComplexBron implements Importbron {

    private final ComplexLezer lezer = new ComplexLezer();

    @Override
    public String naam() {
        return "Puntwijs-complex";
    }

    @Override
    public boolean herkent(Path bestand, byte[] begin) {
        return bestand.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                && new String(begin, StandardCharsets.UTF_8).matches("(?s)\\s*\\{\\s*\"formaat\"\\s*:\\s*\"puntwijs-.*");
    }

    @Override
    public void lees(Path bestand, String weergave, Importverzameling uit) throws IOException, OnleesbaarException {
        GelezenComplex gelezen;
        try {
            gelezen = lezer.lees(Files.readAllBytes(bestand));
        } catch (VeraLezer.OngeldigeJson e) {
            throw new OnleesbaarException(e.getMessage());
        }
        List<String> waarschuwingen = new ArrayList<>();
        for (Invoerfout w : gelezen.waarschuwingen()) {
            waarschuwingen.add(w.tekst());
        }
        if (!gelezen.isGeldig()) {
            List<String> fouten = new ArrayList<>();
            for (Invoerfout f : gelezen.fouten()) {
                fouten.add(f.tekst());
            }
            uit.ongeldig(weergave, null, fouten);
            return;
        }
        Complex complex = gelezen.complex();
        uit.complex(weergave, complex);
        for (int i = 0; i < complex.woningen().size(); i++) {
            Eenheid e = complex.woningen().get(i);
            uit.eenheid(weergave + " woningen[" + i + "]", complex.id(), complex.naam(), e,
                    i == 0 ? waarschuwingen : List.of());
        }
        for (int i = 0; i < complex.gedeeldeRuimten().size(); i++) {
            GedeeldeRuimte g = complex.gedeeldeRuimten().get(i);
            uit.gedeeldeRuimte(weergave + " gedeeldeRuimten[" + i + "]", complex.id(), g);
        }
    }
}
