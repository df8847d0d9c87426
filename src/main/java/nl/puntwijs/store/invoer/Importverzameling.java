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
 * fields, shared spaces, invalid records with every reason, and warnings. A dwelling handed over is kept out of the
 * heap until it is stored (see {@link Voorraad}); only its id, zorg conditions and shared rooms stay, which is
 * what grouping and checking need. Not thread-safe (an import reads each file into its own collection).
 */
public final class Importverzameling {

    /**
     * One dwelling as a source hands it over.
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

    /**
     * Complex fields given by a source (template, complex JSON): zorg, method, senior-housing data, name (the
     * complex without its dwellings and shared spaces).
     */
    public record ComplexGegevens(String locatie, Complex complex) {
    }

    /** A shared space given explicitly by a source (template, complex JSON), with its linked dwellings. */
    public record Ruimte(String locatie, String complexSleutel, GedeeldeRuimte ruimte) {
    }

    /**
     * One dwelling read, as the import keeps it until it stores it.
     *
     * @param kern   the dwelling with only its id, zorg conditions and shared rooms (what grouping and the complex
     *               check read)
     * @param nummer where the whole dwelling is kept ({@link Voorraad#lees})
     */
    record Gelezen(String locatie, String complexSleutel, String complexNaam, Eenheid kern, int nummer,
                   List<String> waarschuwingen) {
    }

    private final Voorraad voorraad;
    final List<Gelezen> records = new ArrayList<>();
    final List<Ongeldig> ongeldig = new ArrayList<>();
    final Map<String, ComplexGegevens> complexen = new LinkedHashMap<>();
    final List<Ruimte> ruimten = new ArrayList<>();
    final List<String> waarschuwingen = new ArrayList<>();

    public Importverzameling() {
        this(Voorraad.inGeheugen());
    }

    Importverzameling(Voorraad voorraad) {
        this.voorraad = voorraad;
    }

    public void eenheid(String locatie, String complexSleutel, String complexNaam, Eenheid eenheid,
                        List<String> waarschuwingen) {
        records.add(new Gelezen(locatie, complexSleutel, complexNaam, kern(eenheid), voorraad.bewaar(eenheid),
                List.copyOf(waarschuwingen)));
    }

    /** The whole dwelling of a record. */
    Eenheid eenheid(Gelezen g) {
        return voorraad.lees(g.nummer());
    }

    /** A dwelling reduced to what grouping and the complex check read. */
    static Eenheid kern(Eenheid e) {
        List<nl.puntwijs.core.model.Ruimte> gedeeld = new ArrayList<>();
        for (nl.puntwijs.core.model.Ruimte r : e.ruimten()) {
            if (r.isGedeeld()) {
                gedeeld.add(r);
            }
        }
        return new Eenheid(e.id(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                gedeeld, null, e.zorgvoorwaarden(), null);
    }

    /** Adds what another collection (of a later file) read, after what this one read. */
    void voegToe(Importverzameling v) {
        records.addAll(v.records);
        ongeldig.addAll(v.ongeldig);
        for (ComplexGegevens c : v.complexen.values()) {
            complexen.put(c.complex().id(), c);
        }
        ruimten.addAll(v.ruimten);
        waarschuwingen.addAll(v.waarschuwingen);
    }

    public void ongeldig(String locatie, String eenheidId, List<String> redenen) {
        ongeldig.add(new Ongeldig(locatie, eenheidId, List.copyOf(redenen)));
    }

    /**
     * Complex fields; the complex's id is its key. A later call for the same key replaces the earlier one. Only
     * the complex's own fields are kept: its dwellings and shared spaces are handed over with {@link #eenheid} and
     * {@link #gedeeldeRuimte}.
     */
    public void complex(String locatie, Complex complex) {
        complexen.put(complex.id(), new ComplexGegevens(locatie, complex.metWoningen(List.of())
                .metGedeeldeRuimten(List.of())));
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
