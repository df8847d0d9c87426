package nl.puntwijs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.Invoerfout;
import nl.puntwijs.io.vera.VeraLezer;

/** VERA {@code EenhedenEenheid} documents (one object or an array), read by {@link VeraLezer}: each a dwelling. */
final class VeraBron implements Controlebron {

    private final VeraLezer lezer = new VeraLezer();

    @Override
    public boolean leest(String formaat) {
        return formaat == null;
    }

    @Override
    public Gelezen lees(String naam, JsonNode document, PrintWriter err) {
        List<Onderwerp> onderwerpen = new ArrayList<>();
        if (!document.isArray() && !document.isObject()) {
            err.println(naam + ": verwacht een eenheid (object) of een lijst van eenheden");
            return new Gelezen(onderwerpen, true);
        }
        boolean lijst = document.isArray();
        boolean fout = false;
        int n = lijst ? document.size() : 1;
        for (int i = 0; i < n; i++) {
            String prefix = lijst ? "[" + i + "]." : "";
            GelezenEenheid g = lezer.eenheid(lijst ? document.get(i) : document, prefix);
            for (Invoerfout w : g.waarschuwingen()) {
                err.println("waarschuwing: " + naam + ": " + w.tekst());
            }
            for (Invoerfout f : g.fouten()) {
                err.println(naam + ": " + f.tekst());
            }
            if (!g.isGeldig()) {
                fout = true;
                continue;
            }
            String id = g.eenheid().id() != null ? g.eenheid().id() : lijst ? "[" + i + "]" : "zonder id";
            onderwerpen.add(new Woning("woning " + id + " (" + naam + (lijst ? " [" + i + "]" : "") + ")", g.eenheid()));
        }
        return new Gelezen(onderwerpen, fout);
    }
}
