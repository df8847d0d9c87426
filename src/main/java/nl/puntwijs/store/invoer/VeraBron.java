package nl.puntwijs.store.invoer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.puntwijs.core.model.Adres;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.Invoerfout;
import nl.puntwijs.io.vera.VeraLezer;

/**
 * VERA {@code EenhedenEenheid} documents (one object or an array) read with {@link VeraLezer}. The complex comes
 * from the eenheid's VERA {@code clusters} (the first cluster: its code, else its id, and its name) when present;
 * otherwise the import's {@code --complex}. An eenheid needs an id (re-importing it updates it); the address is
 * kept, a partial or missing one with a warning.
 */
public final class VeraBron implements Importbron {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final VeraLezer lezer = new VeraLezer();

    @Override
    public String naam() {
        return "VERA";
    }

    @Override
    public boolean herkent(Path bestand, byte[] begin) {
        if (!bestand.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String kop = new String(begin, StandardCharsets.UTF_8);
        return !kop.matches("(?s)\\s*\\{\\s*\"formaat\"\\s*:\\s*\"puntwijs-.*");
    }

    @Override
    public void lees(Path bestand, String weergave, Importverzameling uit) throws IOException, OnleesbaarException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(bestand));
        } catch (JsonProcessingException e) {
            String plaats = e.getLocation() == null ? "" : " (regel " + e.getLocation().getLineNr() + ", kolom "
                    + e.getLocation().getColumnNr() + ")";
            throw new OnleesbaarException("geen geldige JSON: " + e.getOriginalMessage() + plaats);
        }
        if (root == null || root.isMissingNode()) {
            throw new OnleesbaarException("leeg bestand");
        }
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                eenheid(root.get(i), "[" + i + "].", weergave + "[" + i + "]", uit);
            }
        } else if (root.isObject()) {
            eenheid(root, "", weergave, uit);
        } else {
            throw new OnleesbaarException("verwacht een VERA-eenheid (object) of een lijst van eenheden");
        }
    }

    private void eenheid(JsonNode node, String prefix, String locatie, Importverzameling uit) {
        GelezenEenheid g = lezer.eenheid(node, prefix);
        List<String> waarschuwingen = new ArrayList<>();
        for (Invoerfout w : g.waarschuwingen()) {
            waarschuwingen.add(w.tekst());
        }
        String id = node != null && node.hasNonNull("id") ? node.get("id").asText() : null;
        List<String> fouten = new ArrayList<>();
        for (Invoerfout f : g.fouten()) {
            fouten.add(f.tekst());
        }
        if (id == null || id.isBlank()) {
            fouten.add(prefix + "id: ontbreekt; een eenheid zonder id kan niet in de portefeuille (bij opnieuw "
                    + "importeren wordt de eenheid op id bijgewerkt)");
        }
        if (!fouten.isEmpty() || !g.isGeldig()) {
            uit.ongeldig(locatie, id, fouten);
            return;
        }
        Eenheid e = g.eenheid();
        adres(e.adres(), prefix, waarschuwingen);
        String sleutel = null;
        String naam = null;
        JsonNode clusters = node.get("clusters");
        if (clusters != null && clusters.isArray() && !clusters.isEmpty() && clusters.get(0).isObject()) {
            JsonNode c = clusters.get(0);
            sleutel = tekst(c, "code");
            if (sleutel == null) {
                sleutel = tekst(c, "id");
            }
            naam = tekst(c, "naam");
        }
        uit.eenheid(locatie, sleutel, naam, e, waarschuwingen);
    }

    private static String tekst(JsonNode n, String veld) {
        JsonNode v = n.get(veld);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    static void adres(Adres a, String prefix, List<String> waarschuwingen) {
        if (a == null) {
            waarschuwingen.add(prefix + "adres: ontbreekt; de eenheid is zonder adres opgeslagen");
            return;
        }
        List<String> mist = new ArrayList<>();
        if (a.straatnaam() == null) {
            mist.add("straatnaam");
        }
        if (a.huisnummer() == null) {
            mist.add("huisnummer");
        }
        if (a.postcode() == null) {
            mist.add("postcode");
        }
        if (a.woonplaats() == null) {
            mist.add("woonplaats");
        }
        if (!mist.isEmpty()) {
            waarschuwingen.add(prefix + "adres: onvolledig (" + String.join(", ", mist) + " ontbreekt); opgeslagen zoals het is");
        }
    }
}
