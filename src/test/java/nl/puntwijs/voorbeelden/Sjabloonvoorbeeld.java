package nl.puntwijs.voorbeelden;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.io.sjabloon.Sjabloon;
import nl.puntwijs.io.sjabloon.SjabloonSchrijver;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code samples/sjabloon-kampen.xlsx}: the import template exactly as {@code puntwijs template} writes it
 * ({@link SjabloonSchrijver}), filled in with two small complexes in Kampen the way a user would fill it, so that a
 * user sees a complete example and {@code import} reads it without errors. An xlsx file is not byte-stable (zip
 * times, creation date), so {@code SamplesTest} compares the filled-in cells ({@link #rijen}) instead of bytes.
 * Regenerate from the project folder with the class path of {@link Portefeuillegenerator}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) nl.puntwijs.voorbeelden.Sjabloonvoorbeeld
 * </pre>
 *
 * <p>De Kolk: eight terraced family houses of 1936 (labels C to F, one municipal monument), no shared rooms.
 * De Sterrenkamp: eight zorgwoningen of 2016 with every zorg condition met, a shared living room with a kitchen
 * and toilet and a scootmobiel storage, shared-room method {@code gemeten}.
 */
public final class Sjabloonvoorbeeld {

    public static final Path BESTAND = Path.of("samples/sjabloon-kampen.xlsx");

    private Sjabloonvoorbeeld() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(BESTAND, bytes());
        System.out.println(BESTAND + ": " + Files.size(BESTAND) + " bytes");
    }

    public static byte[] bytes() throws IOException {
        ByteArrayOutputStream leeg = new ByteArrayOutputStream();
        new SjabloonSchrijver().schrijf(leeg);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(leeg.toByteArray()))) {
            vul(wb.getSheet(Sjabloon.COMPLEXEN), complexen());
            vul(wb.getSheet(Sjabloon.WONINGEN), woningen());
            vul(wb.getSheet(Sjabloon.RUIMTEN), ruimten());
            vul(wb.getSheet(Sjabloon.GEDEELDE_RUIMTEN), gedeeldeRuimten());
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            wb.write(uit);
            return uit.toByteArray();
        }
    }

    /** The filled-in rows of every data sheet, as written: the sample's content without the zip around it. */
    public static List<List<Object>> rijen() {
        List<List<Object>> alle = new ArrayList<>();
        alle.addAll(complexen());
        alle.addAll(woningen());
        alle.addAll(ruimten());
        alle.addAll(gedeeldeRuimten());
        return alle;
    }

    private static void vul(Sheet blad, List<List<Object>> rijen) {
        int r = Sjabloon.EERSTE_DATARIJ - 1;
        for (List<Object> waarden : rijen) {
            Row rij = blad.createRow(r++);
            for (int k = 0; k < waarden.size(); k++) {
                Object w = waarden.get(k);
                if (w instanceof Number n) {
                    rij.createCell(k).setCellValue(n.doubleValue());
                } else if (w != null) {
                    rij.createCell(k).setCellValue(w.toString());
                }
            }
        }
    }

    /** A row of {@code n} cells, the given values first (null: left empty). */
    private static List<Object> rij(int n, Object... waarden) {
        List<Object> r = new ArrayList<>(java.util.Arrays.asList(waarden));
        while (r.size() < n) {
            r.add(null);
        }
        return r;
    }

    static List<List<Object>> complexen() {
        int n = Sjabloon.COMPLEX_KOLOMMEN.size();
        return List.of(
                rij(n, "KMP-KOLK", "De Kolk"),
                rij(n, "KMP-STERRENKAMP", "Kleinschalig wonen De Sterrenkamp", "gemeten", "ja", 125, 1, "ja", "ja", "ja",
                        "ja", "nee"));
    }

    static List<List<Object>> woningen() {
        int n = Sjabloon.WONING_KOLOMMEN.size();
        List<List<Object>> uit = new ArrayList<>();
        String[] labels = {"D", "C", "E", "D", "C", "F", "D", "E"};
        for (int i = 0; i < 8; i++) {
            uit.add(rij(n, "KOLK-" + (i + 1), "KMP-KOLK", "Kolkstraat", String.valueOf(3 + 2 * i), null, "8261 KC",
                    "Kampen", 1936, "EGW", "GEZ", 92, labels[i], "2022-0" + (1 + i) + "-15", 219_000 + 4_000 * (i % 3),
                    "2025-01-01", i == 0 ? "GEM" : null, 742.18 + 11 * i, null, 2 + i % 3));
        }
        for (int i = 0; i < 8; i++) {
            uit.add(rij(n, "STER-" + (i + 1), "KMP-STERRENKAMP", "Sterrenkamp", "1", String.valueOf((char) ('A' + i)),
                    "8263 SK", "Kampen", 2016, "MGW", "ZOR", 58, "A", "2021-11-03", 198_000 + 2_000 * (i % 2),
                    "2025-01-01", null, 836.40, null, 1));
        }
        return uit;
    }

    static List<List<Object>> ruimten() {
        int n = Sjabloon.RUIMTE_KOLOMMEN.size();
        List<List<Object>> uit = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = "KOLK-" + (i + 1);
            boolean hoek = i == 0 || i == 7;
            uit.add(rij(n, id, null, null, "woonkamer", "Woonkamer", "VTK", "WOO", hoek ? 27.4 : 25.9, null, null, 2.6, "ja"));
            uit.add(rij(n, id, null, null, "keuken", "Keuken", "VTK", "KEU", 7.8, null, null, 2.6, "ja", null, null,
                    i % 2 == 0 ? "IKK;IAF;IKO;EHM" : "IKK;IAF", i % 2 == 0 ? "2400" : "2000"));
            uit.add(rij(n, id, null, null, "slaapkamer-1", "Slaapkamer 1", "VTK", "SLA", 13.2, null, null, 2.5, "ja", null,
                    null, null, null, "0,8"));
            uit.add(rij(n, id, null, null, "slaapkamer-2", "Slaapkamer 2", "VTK", "SLA", 9.6, null, null, 2.5, "ja"));
            uit.add(rij(n, id, null, null, "slaapkamer-3", "Slaapkamer 3", "VTK", "SLA", 6.9, null, null, 2.5, "nee"));
            uit.add(rij(n, id, null, null, "badkamer", "Badkamer", "VTK", "BAD", 4.6, null, null, 2.5, "ja", null, null,
                    "DOU;WAS;TME"));
            uit.add(rij(n, id, null, null, "toilet", "Toilet", "OVR", "TOI", 1.1, null, null, 2.5, "nee", null, null,
                    "HTO;WAS"));
            uit.add(rij(n, id, null, null, "hal", "Hal", "VRK", "HAL", 4.9, null, null, 2.6, "ja"));
            uit.add(rij(n, id, null, null, "zolder", "Zolder", "OVR", "ZOL", 14.5, null, null, 2.1, "nee", null, null, null,
                    null, null, null, "ja"));
            uit.add(rij(n, id, null, null, "tuin", "Achtertuin", "BTR", "TUI", hoek ? 68.0 : 42.0, hoek ? 8.5 : 7.0, hoek ? 8.0 : 6.0));
            uit.add(rij(n, id, null, null, "schuur", "Schuur", "OVR", "BER", 6.3, 2.8, 2.25, 2.2, "nee"));
        }
        for (int i = 0; i < 8; i++) {
            String id = "STER-" + (i + 1);
            uit.add(rij(n, id, null, null, "woonkamer", "Woonkamer met open keuken", "VTK", "WOK", 29.6, null, null, 2.6,
                    "ja", null, null, "IKI;IAF;IKO;EHM", "2100"));
            uit.add(rij(n, id, null, null, "slaapkamer", "Slaapkamer", "VTK", "SLA", 12.3, null, null, 2.6, "ja"));
            uit.add(rij(n, id, null, null, "badkamer", "Badkamer met toilet", "VTK", "BAT", 6.8, null, null, 2.6, "ja", null,
                    null, "DRD;HTO;WAS;TME"));
            uit.add(rij(n, id, null, null, "hal", "Hal", "VRK", "HAL", 4.2, null, null, 2.6, "ja"));
            uit.add(rij(n, id, null, null, "berging", "Berging", "OVR", "BER", 2.9, null, null, 2.4, "nee"));
            uit.add(rij(n, id, null, null, "terras", i < 4 ? "Terras" : "Balkon", "BTR", i < 4 ? "TER" : "BAL",
                    i < 4 ? 10.5 : 6.0, i < 4 ? 3.5 : 4.0, i < 4 ? 3.0 : 1.5));
        }
        uit.add(rij(n, null, "huiskamer", "KMP-STERRENKAMP", "huiskamer", "Huiskamer met keuken", "VTK", "ROR", 52.5, 7.5,
                7.0, 2.7, "ja", null, null, "IKI;IAF;IKV;IOE;IVA;EHM", "3000"));
        uit.add(rij(n, null, "huiskamer", "KMP-STERRENKAMP", "toilet", "Invalidentoilet", "OVR", "TOI", 3.24, 1.8, 1.8, 2.6,
                "ja", null, null, "HTO;WAS"));
        uit.add(rij(n, null, "scootmobiel", "KMP-STERRENKAMP", "stalling", "Scootmobielstalling", "OVR", "BER", 21.0, 7.0,
                3.0, 2.4, "nee"));
        return uit;
    }

    static List<List<Object>> gedeeldeRuimten() {
        int n = Sjabloon.GEDEELDE_RUIMTE_KOLOMMEN.size();
        StringBuilder alle = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            alle.append(i > 1 ? ";" : "").append("STER-").append(i);
        }
        return List.of(
                rij(n, "KMP-STERRENKAMP", "huiskamer", "Gezamenlijke huiskamer", "ontmoetingsruimte", null, alle.toString()),
                rij(n, "KMP-STERRENKAMP", "scootmobiel", "Scootmobielstalling", "berging", null, alle.toString()));
    }
}
