package nl.puntwijs.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.OngeldigComplexException;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.io.complex.ComplexLezer;
import nl.puntwijs.io.complex.GelezenComplex;
import nl.puntwijs.io.vera.ComplexUitVera;
import nl.puntwijs.io.vera.GelezenEenheid;
import nl.puntwijs.io.vera.Invoerfout;
import nl.puntwijs.io.vera.VeraLezer;

/**
 * The report's data from input files, valued on the fly: Puntwijs complex files ({@value ComplexLezer#FORMAAT}) and
 * VERA {@code EenhedenEenheid} documents. A folder stands for every {@code *.json} below it.
 *
 * <p><b>VERA files become one complex per file</b>, named after the file without {@code .json}: a file holding an
 * array of eenheden is one complex with all of them, a file with one eenheid a complex of one dwelling. The shared
 * rooms VERA repeats in every eenheid that uses them are joined into shared spaces ({@link ComplexUitVera}). Per
 * file rather than per folder, because a folder of unrelated single-eenheid files (the conformance vectors, a mixed
 * download) must not have its shared rooms matched across dwellings that do not share them. To group VERA eenheden
 * into a complex, put them in one file, or write a complex file.
 */
public final class Invoerbron extends Bronbasis {

    private final List<Path> invoer;
    private final VeraLezer veraLezer = new VeraLezer();
    private final ComplexLezer complexLezer = new ComplexLezer();
    private List<Onderdeel> onderdelen;

    /**
     * @param invoer         files and folders
     * @param vergelijkdatum null for none
     * @param complexen      names or ids of the complexes to export; empty for all
     */
    public Invoerbron(List<Path> invoer, LocalDate peildatum, LocalDate vergelijkdatum, Interpretatie interpretatie,
                      Collection<String> complexen, Complexberekening berekening) {
        super(peildatum, vergelijkdatum, interpretatie, complexen, berekening);
        this.invoer = List.copyOf(invoer);
    }

    /** The name given, else the one input's name, else the folder all inputs share ("samples"). */
    @Override
    public String portefeuille() {
        Optional<String> gegeven = gegevenNaam();
        if (gegeven.isPresent()) {
            return gegeven.get();
        }
        if (invoer.size() == 1) {
            Path p = invoer.get(0).toAbsolutePath().normalize().getFileName();
            return p == null ? "Portefeuille" : zonderJson(p.toString());
        }
        Path gedeeld = invoer.get(0).toAbsolutePath().normalize().getParent();
        for (Path p : invoer) {
            while (gedeeld != null && !p.toAbsolutePath().normalize().startsWith(gedeeld)) {
                gedeeld = gedeeld.getParent();
            }
        }
        return gedeeld == null || gedeeld.getFileName() == null ? "Portefeuille" : gedeeld.getFileName().toString();
    }

    /** Names the portfolio on the Samenvatting (instead of a name derived from the inputs). */
    public Invoerbron metNaam(String portefeuillenaam) {
        zetNaam(portefeuillenaam);
        return this;
    }

    @Override
    public String herkomst() {
        return "invoerbestanden: " + invoer.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /**
     * One part per file; a folder yields every {@code *.json} below it, sorted. A path that does not exist or a folder
     * that cannot be read becomes a part that fails to load, so it is named in the report.
     */
    @Override
    public List<Onderdeel> onderdelen() {
        if (onderdelen == null) {
            List<Onderdeel> lijst = new ArrayList<>();
            for (Path p : invoer) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(f -> Files.isRegularFile(f)
                                        && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                                .sorted().forEach(f -> lijst.add(new Onderdeel(f.toString(), -1)));
                    } catch (IOException | java.io.UncheckedIOException e) {
                        lijst.add(new Onderdeel(p.toString(), -1));
                    }
                } else {
                    lijst.add(new Onderdeel(p.toString(), -1));
                }
            }
            onderdelen = List.copyOf(lijst);
        }
        return onderdelen;
    }

    @Override
    public Optional<Exportcomplex> laad(Onderdeel onderdeel) throws Onleesbaar {
        Path pad = Path.of(onderdeel.naam());
        String naam = onderdeel.naam();
        if (Files.isDirectory(pad)) {
            throw new Onleesbaar(naam + ": map niet te lezen");
        }
        if (!Files.isRegularFile(pad)) {
            throw new Onleesbaar(naam + ": bestand of map bestaat niet");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pad);
        } catch (IOException e) {
            throw new Onleesbaar(naam + ": niet te lezen: " + e.getMessage());
        }
        List<Exportcomplex.Invoermelding> meldingen = new ArrayList<>();
        List<String> overgeslagen = new ArrayList<>();
        Complex complex;
        try {
            JsonNode boom = VeraLezer.boom(bytes);
            complex = ComplexLezer.isComplex(boom) ? complex(naam, boom, meldingen)
                    : vera(naam, pad, boom, meldingen, overgeslagen);
        } catch (VeraLezer.OngeldigeJson e) {
            throw new Onleesbaar(naam + ": " + e.getMessage());
        }
        if (!alles() && kies(complex.weergavenaam(), complex.id()) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(berekening.bereken(complex, peildatum, vergelijkdatum, interpretatie, naam, meldingen,
                    overgeslagen));
        } catch (OngeldigComplexException e) {
            throw new Onleesbaar(naam + ": " + e.getMessage());
        }
    }

    /** The {@code --complex} names that matched no complex (after every part was loaded). */
    public Set<String> nietGevonden() {
        return nietGevonden(Set.of());
    }

    @Override
    public Iterable<Wijzigingsregel> wijzigingen() {
        return List.of();
    }

    @Override
    public String zonderWijzigingen() {
        return "Geen wijzigingen: invoerbestanden hebben geen wijzigingsgeschiedenis. Een export uit de "
                + "portfolio-opslag toont hier wie wat wanneer heeft gewijzigd.";
    }

    private Complex complex(String naam, JsonNode boom, List<Exportcomplex.Invoermelding> meldingen)
            throws Onleesbaar {
        GelezenComplex gelezen = complexLezer.lees(boom);
        for (Invoerfout w : gelezen.waarschuwingen()) {
            meldingen.add(new Exportcomplex.Invoermelding(null, w.tekst(), naam));
        }
        if (!gelezen.isGeldig()) {
            throw new Onleesbaar(naam + ": " + gelezen.fouten().stream().map(Invoerfout::tekst)
                    .collect(Collectors.joining("; ")));
        }
        return gelezen.complex();
    }

    /**
     * An eenheid with errors is left out and named ({@code overgeslagen}); the others are exported. A file with no
     * readable eenheid at all cannot be loaded.
     */
    private Complex vera(String naam, Path pad, JsonNode boom, List<Exportcomplex.Invoermelding> meldingen,
                         List<String> overgeslagen) throws Onleesbaar, VeraLezer.OngeldigeJson {
        VeraLezer.Document doc = veraLezer.lees(boom);
        List<Eenheid> eenheden = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        for (int i = 0; i < doc.eenheden().size(); i++) {
            GelezenEenheid g = doc.eenheden().get(i);
            String id = g.eenheid() == null ? null : g.eenheid().id();
            for (Invoerfout w : g.waarschuwingen()) {
                meldingen.add(new Exportcomplex.Invoermelding(id, w.tekst(), naam));
            }
            if (g.isGeldig()) {
                eenheden.add(g.eenheid());
            } else {
                String fout = naam + (doc.lijst() ? " [" + i + "]" : "") + ": " + g.fouten().stream()
                        .map(Invoerfout::tekst).collect(Collectors.joining("; "));
                fouten.add(fout);
            }
        }
        if (eenheden.isEmpty()) {
            throw new Onleesbaar(fouten.isEmpty() ? naam + ": geen eenheden" : String.join("; ", fouten));
        }
        overgeslagen.addAll(fouten);
        String complexnaam = zonderJson(pad.getFileName().toString());
        ComplexUitVera.Uitkomst uitkomst = ComplexUitVera.maak(complexnaam, complexnaam, eenheden);
        for (String w : uitkomst.waarschuwingen()) {
            meldingen.add(new Exportcomplex.Invoermelding(null, w, naam));
        }
        return uitkomst.complex();
    }

    private static String zonderJson(String bestandsnaam) {
        return bestandsnaam.toLowerCase(Locale.ROOT).endsWith(".json")
                ? bestandsnaam.substring(0, bestandsnaam.length() - 5) : bestandsnaam;
    }
}
