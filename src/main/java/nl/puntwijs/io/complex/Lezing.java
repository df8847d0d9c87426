package nl.puntwijs.io.complex;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.puntwijs.io.vera.Getallen;
import nl.puntwijs.io.vera.Invoerfout;

/**
 * Reads typed fields of a complex file and collects the messages, each with its JSON path (0-based indices) and
 * the value as written. Strict where VERA is lenient: our own format has one way to write each field, so a wrong
 * type or an unknown code is an error; an unknown field is a warning (most likely a typo).
 */
final class Lezing {

    final List<Invoerfout> fouten = new ArrayList<>();
    final List<Invoerfout> waarschuwingen = new ArrayList<>();

    void fout(String pad, String waarde, String reden) {
        fouten.add(new Invoerfout(pad, waarde, reden));
    }

    void waarschuw(String pad, String waarde, String reden) {
        waarschuwingen.add(new Invoerfout(pad, waarde, reden));
    }

    static String pad(String ouder, String veld) {
        return ouder == null || ouder.isEmpty() ? veld : ouder + "." + veld;
    }

    /** Warns about every field of {@code n} that is not in {@code bekend}. */
    void alleenBekend(JsonNode n, String pad, Set<String> bekend) {
        Iterator<String> namen = n.fieldNames();
        while (namen.hasNext()) {
            String naam = namen.next();
            if (!bekend.contains(naam)) {
                waarschuw(pad(pad, naam), null, "is een onbekend veld; genegeerd");
            }
        }
    }

    private static JsonNode waarde(JsonNode n, String veld) {
        JsonNode v = n.get(veld);
        return v == null || v.isNull() ? null : v;
    }

    /** An object field; null when absent, or (with an error) when not an object. */
    JsonNode object(JsonNode n, String ouder, String veld) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            fout(pad(ouder, veld), v.toString(), "is geen object");
            return null;
        }
        return v;
    }

    /**
     * The objects of an array field, each checked for fields it does not know and made by {@code maak} from the node and
     * its path ({@code ouder.veld[i]}). An item that is not an object is an error and left out, as is one for which
     * {@code maak} gives null.
     */
    <T> List<T> objecten(JsonNode n, String ouder, String veld, Set<String> bekend,
                         java.util.function.BiFunction<JsonNode, String, T> maak) {
        List<JsonNode> items = lijst(n, ouder, veld);
        List<T> uit = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = pad(ouder, veld) + "[" + i + "]";
            JsonNode v = items.get(i);
            if (!v.isObject()) {
                fout(p, v.toString(), "is geen object");
                continue;
            }
            alleenBekend(v, p, bekend);
            T t = maak.apply(v, p);
            if (t != null) {
                uit.add(t);
            }
        }
        return uit;
    }

    /** An array field; empty when absent, or (with an error) when not an array. */
    List<JsonNode> lijst(JsonNode n, String ouder, String veld) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            fout(pad(ouder, veld), v.toString(), "is geen lijst");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>(v.size());
        v.forEach(items::add);
        return items;
    }

    String tekst(JsonNode n, String ouder, String veld) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            fout(pad(ouder, veld), v.toString(), "is geen tekst");
            return null;
        }
        return v.textValue();
    }

    /** A number between {@code min} and {@code max} (inclusive); only JSON numbers are accepted. */
    BigDecimal getal(JsonNode n, String ouder, String veld, BigDecimal min, BigDecimal max) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        return getal(v, pad(ouder, veld), min, max);
    }

    BigDecimal getal(JsonNode v, String pad, BigDecimal min, BigDecimal max) {
        if (!v.isNumber()) {
            fout(pad, v.toString(), "is geen getal");
            return null;
        }
        BigDecimal g = v.decimalValue();
        if (g.signum() < 0 && min.signum() >= 0) {
            fout(pad, Getallen.tekst(g), "is negatief");
            return null;
        }
        if (g.compareTo(min) < 0) {
            fout(pad, Getallen.tekst(g), "is kleiner dan " + min.toPlainString());
            return null;
        }
        if (g.compareTo(max) > 0) {
            fout(pad, Getallen.tekst(g), "is onwaarschijnlijk groot (meer dan " + max.toPlainString() + ")");
            return null;
        }
        BigDecimal begrensd = Getallen.begrensd(g);
        if (begrensd == null) {
            fout(pad, Getallen.tekst(g), "is onwaarschijnlijk klein (meer dan " + Getallen.DECIMALEN + " decimalen)");
        }
        return begrensd;
    }

    Integer geheel(JsonNode n, String ouder, String veld, int min, int max) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() > 0) {
            fout(pad(ouder, veld), v.toString(), "is geen geheel getal");
            return null;
        }
        BigDecimal g = getal(v, pad(ouder, veld), BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        return g == null ? null : g.intValueExact();
    }

    Boolean vlag(JsonNode n, String ouder, String veld) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            fout(pad(ouder, veld), v.toString(), "is geen true of false");
            return null;
        }
        return v.booleanValue();
    }

    /** A flag that is false when absent. */
    boolean vlagOfNee(JsonNode n, String ouder, String veld) {
        return Boolean.TRUE.equals(vlag(n, ouder, veld));
    }

    /** An ISO date (JJJJ-MM-DD). */
    LocalDate datum(JsonNode n, String ouder, String veld) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        fout(pad(ouder, veld), v.toString(), "is geen datum (JJJJ-MM-DD)");
        return null;
    }

    /** A code field, looked up; an unknown code is an error naming what was expected. */
    <E> E code(JsonNode n, String ouder, String veld, Function<String, Optional<E>> zoek, String wat) {
        JsonNode v = waarde(n, veld);
        if (v == null) {
            return null;
        }
        return code(v, pad(ouder, veld), zoek, wat);
    }

    <E> E code(JsonNode v, String pad, Function<String, Optional<E>> zoek, String wat) {
        if (!v.isTextual()) {
            fout(pad, v.toString(), "is geen tekst (verwacht " + wat + ")");
            return null;
        }
        Optional<E> gevonden = zoek.apply(v.textValue());
        if (gevonden.isEmpty()) {
            fout(pad, v.toString(), "is geen " + wat);
            return null;
        }
        return gevonden.get();
    }
}
