package nl.puntwijs.robuustheid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Changes one value of a parsed document and writes it out again, for the wrongly-typed fuzzing. */
final class Muteer {
    private static final ObjectMapper M = new ObjectMapper();
    private static final String MARKER = "\"@@MUTATIE@@\"";

    /** The document with the value at {@code pad} replaced by the raw JSON text {@code waarde}. */
    static String vervang(JsonNode root, String pad, String waarde) {
        JsonNode kopie = root.deepCopy();
        if (pad.isEmpty()) {
            return waarde;
        }
        int punt = Math.max(pad.lastIndexOf('.'), pad.lastIndexOf('['));
        String ouderPad = punt < 0 ? "" : pad.substring(0, punt);
        String laatste = punt < 0 ? pad : pad.substring(punt);
        JsonNode ouder = zoek(kopie, ouderPad);
        if (laatste.startsWith("[")) {
            int i = Integer.parseInt(laatste.substring(1, laatste.length() - 1));
            ((ArrayNode) ouder).set(i, M.getNodeFactory().textNode("@@MUTATIE@@"));
        } else {
            String veld = laatste.startsWith(".") ? laatste.substring(1) : laatste;
            ((ObjectNode) ouder).put(veld, "@@MUTATIE@@");
        }
        return kopie.toString().replace(MARKER, waarde);
    }

    /** The document without the value at {@code pad} (an object field removed, an array element removed). */
    static String verwijder(JsonNode root, String pad) {
        JsonNode kopie = root.deepCopy();
        int punt = Math.max(pad.lastIndexOf('.'), pad.lastIndexOf('['));
        String ouderPad = punt < 0 ? "" : pad.substring(0, punt);
        String laatste = punt < 0 ? pad : pad.substring(punt);
        JsonNode ouder = zoek(kopie, ouderPad);
        if (laatste.startsWith("[")) {
            ((ArrayNode) ouder).remove(Integer.parseInt(laatste.substring(1, laatste.length() - 1)));
        } else {
            ((ObjectNode) ouder).remove(laatste.startsWith(".") ? laatste.substring(1) : laatste);
        }
        return kopie.toString();
    }

    static JsonNode zoek(JsonNode n, String pad) {
        JsonNode cur = n;
        int i = 0;
        while (i < pad.length()) {
            char c = pad.charAt(i);
            if (c == '[') {
                int e = pad.indexOf(']', i);
                cur = cur.get(Integer.parseInt(pad.substring(i + 1, e)));
                i = e + 1;
            } else {
                if (c == '.') i++;
                int e = i;
                while (e < pad.length() && pad.charAt(e) != '.' && pad.charAt(e) != '[') e++;
                cur = cur.get(pad.substring(i, e));
                i = e;
            }
        }
        return cur;
    }
}
