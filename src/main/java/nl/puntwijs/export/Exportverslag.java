package nl.puntwijs.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param bestand            the workbook
 * @param complexen          complexes exported
 * @param woningen           dwellings exported
 * @param signalen           signals listed on Knelpunten
 * @param puntenopbouwBladen sheets the Puntenopbouw needed (more than one past Excel's row limit)
 * @param bladen             the names of the sheets, in the workbook's order
 * @param nietOpgenomen      parts and dwellings left out, each with the reason (named on Samenvatting too)
 * @param bytes              size of the file
 * @param duur               time taken
 */
public record Exportverslag(Path bestand, int complexen, int woningen, int signalen, int puntenopbouwBladen,
                            List<String> bladen, List<String> nietOpgenomen, long bytes, Duration duur) {

    public Exportverslag {
        bladen = List.copyOf(bladen);
        nietOpgenomen = List.copyOf(nietOpgenomen);
    }

    public boolean volledig() {
        return nietOpgenomen.isEmpty();
    }
}
