package nl.puntwijs.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The workbook's shared strings for the texts that repeat: rubriek codes, units, paragraphs, room names, dwelling
 * ids on their many Puntenopbouw lines. A cell then holds a number instead of its text, which makes the sheets of a
 * large portfolio much smaller. The table lives in memory, so it takes at most {@link #MAXIMUM} texts (the first
 * ones met, which include every common one); other texts are written in the cell itself.
 */
final class Gedeeldeteksten {

    static final int MAXIMUM = 40_000;
    static final int LANGSTE = 80;

    private final SharedStringsTable tabel;
    private final Map<String, Integer> index = new HashMap<>();

    Gedeeldeteksten(SharedStringsTable tabel) {
        this.tabel = tabel;
    }

    /** The text's index in the shared strings, or -1 when it is written in the cell. */
    int index(String tekst) {
        Integer i = index.get(tekst);
        if (i != null) {
            return i;
        }
        if (index.size() >= MAXIMUM || tekst.length() > LANGSTE || tekst.isEmpty()) {
            return -1;
        }
        int nieuw = tabel.addSharedStringItem(new XSSFRichTextString(tekst));
        index.put(tekst, nieuw);
        return nieuw;
    }
}
