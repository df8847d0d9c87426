package nl.puntwijs.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads back what an export wrote (with POI, as Excel would open it), for the UI's export tests. */
public final class Werkmaplezer {

    private Werkmaplezer() {
    }

    /** The workbook's sheet names, in order. */
    public static List<String> bladen(Path werkmap) throws IOException {
        try (InputStream in = Files.newInputStream(werkmap); Workbook wb = new XSSFWorkbook(in)) {
            List<String> uit = new ArrayList<>();
            wb.forEach(s -> uit.add(s.getSheetName()));
            return uit;
        }
    }

    /** The sample's dwelling ids on the Woningen sheet: one per dwelling row. */
    public static List<String> woningen(Path werkmap) throws IOException {
        return woningen(werkmap, "Woningen");
    }

    /** The sample's dwelling ids in the first column of a sheet (headers, totals and notes do not look like one). */
    public static List<String> woningen(Path werkmap, String blad) throws IOException {
        try (InputStream in = Files.newInputStream(werkmap); Workbook wb = new XSSFWorkbook(in)) {
            List<String> uit = new ArrayList<>();
            for (Row r : wb.getSheet(blad)) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().matches("(LIN|HOV|BAK)-\\d+")) {
                    uit.add(c.getStringCellValue());
                }
            }
            return uit;
        }
    }

    /** The value of a row of the Parameters sheet ("Portefeuille", "Vergelijkdatum"). */
    public static String parameter(Path werkmap, String naam) throws IOException {
        try (InputStream in = Files.newInputStream(werkmap); Workbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet("Parameters")) {
                Cell c = r.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(naam)) {
                    return new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(r.getCell(2));
                }
            }
            throw new AssertionError("geen parameter " + naam);
        }
    }

    /** The files in a folder, sorted. */
    public static List<Path> inhoud(Path map) {
        try (Stream<Path> s = Files.list(map)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
