package nl.puntwijs.store.invoer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;

/**
 * What the sources read, before anything is stored: dwellings (records) with the complex they belong to, complex
 * fields, shared spaces, invalid records with every reason, and warnings. Not thread-safe.
 */
public final class Importverzameling {

    /**
     * One dwelling read.
     *
     * @param locatie        where it came from ("a.json", "lijst.json[3]", "Woningen rij 7")
     * @param complexSleutel the complex it belongs to as the source says (VERA cluster, template column); null: the
     *                       import's {@code --complex}
     * @param complexNaam    a display name the source gives for that complex; may be null
     * @param waarschuwingen messages that do not make the record invalid
     */
    public record Record(String locatie, String complexSleutel, String complexNaam, Eenheid eenheid,
                         List<String> waarschuwingen) {
    }

    /** An invalid record: every reason, each naming file, field (or sheet, row, column) and value. */
    public record Ongeldig(String locatie, String eenheidId, List<String> redenen) {
    }

    /** Complex fields given by a source (template, complex JSON): zorg, method, senior-housing data, name. */
    public record ComplexGegevens(String locatie, Complex complex) {
    }

    /** A shared space given explicitly by a source (template, complex JSON), with its linked dwellings. */
    public record Ruimte(String locatie, String complexSleutel, GedeeldeRuimte ruimte) {
    }

    final List<Record> records = new ArrayList<>();
    final List<Ongeldig> ongeldig = new ArrayList<>();
    final Map<String, ComplexGegevens> complexen = new LinkedHashMap<>();
    final List<Ruimte> ruimten = new ArrayList<>();
    final List<String> waarschuwingen = new ArrayList<>();

    public void eenheid(String locatie, String complexSleutel, String complexNaam, Eenheid eenheid,
                        List<String> waarschuwingen) {
        records.add(new Record(locatie, complexSleutel, complexNaam, eenheid, List.copyOf(waarschuwingen)));
    }

    public void ongeldig(String locatie, String eenheidId, List<String> redenen) {
        ongeldig.add(new Ongeldig(locatie, eenheidId, List.copyOf(redenen)));
    }

    /** Complex fields; the complex's id is its key. A later call for the same key replaces the earlier one. */
    public void complex(String locatie, Complex complex) {
        complexen.put(complex.id(), new ComplexGegevens(locatie, complex));
    }

    public void gedeeldeRuimte(String locatie, String complexSleutel, GedeeldeRuimte ruimte) {
        ruimten.add(new Ruimte(locatie, complexSleutel, ruimte));
    }

    public void waarschuwing(String tekst) {
        waarschuwingen.add(tekst);
    }

    public int aantalRecords() {
        return records.size() + ongeldig.size();
    }
}
