package nl.puntwijs.store.invoer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.Complexcontrole;
import nl.puntwijs.core.complex.Complexmelding;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.io.vera.ComplexUitVera;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioRepository;
import nl.puntwijs.store.Waardeerder;

/**
 * Imports files into a portfolio: reads them with the {@link Importbron sources}, groups the dwellings per complex,
 * turns VERA's repeated shared rooms into shared spaces ({@link ComplexUitVera}), merges with what is stored
 * (re-importing an eenheid id updates it; a dwelling may move to another complex), validates each complex
 * ({@link Complexcontrole}), and stores everything in one transaction with the results at the peildatum. Warnings
 * never make a record invalid; one invalid record means nothing is stored unless invalid records are to be skipped,
 * and then each skipped one is reported.
 */
public final class Importeur {

    /** Progress of a phase ("gelezen" files, "gewaardeerd" dwellings). */
    @FunctionalInterface
    public interface Voortgang {
        void meld(String fase, long gedaan, long totaal);

        Voortgang GEEN = (f, g, t) -> { };
    }

    /**
     * @param complexNaam     the complex for dwellings whose source names none ({@code --complex}); null: the name
     *                        of the first file or folder given
     * @param slaOngeldigeOver store the valid records and report the invalid ones
     * @param peildatum       the date the results are computed for
     */
    public record Opties(String complexNaam, boolean slaOngeldigeOver, LocalDate peildatum) {
    }

    /** What one complex received. */
    public record ComplexRegel(String sleutel, String naam, boolean nieuwComplex, int nieuw, int bijgewerkt,
                               int ongewijzigd, int verplaatstNaarElders, int gedeeldeRuimten, int woningen) {
    }

    /**
     * The import's outcome.
     *
     * @param opgeslagen     false when nothing was stored (invalid records without skipping, or nothing to import)
     * @param ongeldig       every invalid record (skipped when {@code opgeslagen}), with all reasons
     * @param waarschuwingen every warning, each starting with the record's location
     */
    public record Rapport(int bestanden, int records, boolean opgeslagen, List<ComplexRegel> complexen,
                          List<Importverzameling.Ongeldig> ongeldig, List<String> waarschuwingen,
                          LocalDate peildatum, int gewaardeerd, List<String> waarderingsfouten) {

        public int opgeslagenRecords() {
            return complexen.stream().mapToInt(c -> c.nieuw() + c.bijgewerkt() + c.ongewijzigd()).sum();
        }
    }

    private final Portfolio portfolio;
    private final Stelsel stelsel;
    private final List<Importbron> bronnen;

    public Importeur(Portfolio portfolio, Stelsel stelsel) {
        this(portfolio, stelsel, standaardBronnen());
    }

    public Importeur(Portfolio portfolio, Stelsel stelsel, List<Importbron> bronnen) {
        this.portfolio = portfolio;
        this.stelsel = stelsel;
        this.bronnen = List.copyOf(bronnen);
    }

    /** The sources known to this version: the Excel template and VERA JSON. Add our complex JSON here. */
    public static List<Importbron> standaardBronnen() {
        return List.of(new SjabloonBron(), new ComplexBron(), new VeraBron());
    }

    /** A file named on the command line, or found below a folder. */
    public record Invoerbestand(Path pad, String weergave) {
    }

    /** Expands files and folders (every {@code *.json} and {@code *.xlsx} below a folder, sorted). */
    public static List<Invoerbestand> verzamel(List<Path> invoer, List<String> fouten) {
        List<Invoerbestand> uit = new ArrayList<>();
        for (Path p : invoer) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> gevonden = s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".json") || (n.endsWith(".xlsx") && !n.startsWith("~$"));
                    }).sorted().toList();
                    if (gevonden.isEmpty()) {
                        fouten.add(p + ": geen *.json- of *.xlsx-bestanden gevonden");
                    }
                    for (Path f : gevonden) {
                        uit.add(new Invoerbestand(f, f.toString()));
                    }
                } catch (IOException e) {
                    fouten.add(p + ": map niet te lezen: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                uit.add(new Invoerbestand(p, p.toString()));
            } else {
                fouten.add(p + ": bestand of map bestaat niet");
            }
        }
        return uit;
    }

    /**
     * Reads and stores. Files that cannot be read at all count as invalid records. Files are read on all cores;
     * the dwellings read wait in a temporary file (only what grouping and checking need stays in memory) and are
     * stored and valued portion by portion.
     *
     * @throws nl.puntwijs.store.PortfolioFout when the portfolio cannot be written (nothing is stored)
     */
    public Rapport importeer(List<Invoerbestand> bestanden, Opties opties, Voortgang voortgang) {
        stelsel.tabellenboek().voor(opties.peildatum());
        try (Voorraad voorraad = Voorraad.tijdelijk()) {
            return importeer(bestanden, leesAlles(bestanden, voorraad, voortgang), opties, voortgang);
        }
    }

    private Rapport importeer(List<Invoerbestand> bestanden, Importverzameling v, Opties opties, Voortgang voortgang) {
        String standaardComplex = opties.complexNaam() != null ? opties.complexNaam()
                : bestanden.isEmpty() ? "Import" : naamVan(bestanden.get(0).pad());
        List<String> waarschuwingen = new ArrayList<>(v.waarschuwingen);
        List<Importverzameling.Ongeldig> ongeldig = new ArrayList<>(v.ongeldig);

        // dwellings per complex, each eenheid id once
        Map<String, List<Importverzameling.Gelezen>> perComplex = new LinkedHashMap<>();
        Map<String, String> namen = new HashMap<>();
        Map<String, String> eerste = new HashMap<>();
        for (Importverzameling.Gelezen r : v.records) {
            String id = r.kern().id();
            String al = eerste.putIfAbsent(id, r.locatie());
            if (al != null) {
                ongeldig.add(new Importverzameling.Ongeldig(r.locatie(), id, List.of("eenheid '" + id
                        + "' komt in deze import al voor (" + al + ")")));
                continue;
            }
            for (String w : r.waarschuwingen()) {
                waarschuwingen.add(r.locatie() + ": " + w);
            }
            String sleutel = r.complexSleutel() != null ? r.complexSleutel() : standaardComplex;
            perComplex.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(r);
            if (r.complexNaam() != null) {
                namen.putIfAbsent(sleutel, r.complexNaam());
            }
        }
        eerste = null;
        for (String sleutel : v.complexen.keySet()) {
            perComplex.computeIfAbsent(sleutel, k -> new ArrayList<>());
        }
        for (Importverzameling.Ruimte r : v.ruimten) {
            perComplex.computeIfAbsent(r.complexSleutel(), k -> new ArrayList<>());
        }

        // grouping and checks on the dwellings' cores (id, zorg conditions, shared rooms): what is stored is read
        // the same way, so neither side's rooms are in memory
        PortfolioRepository repo = portfolio.repository();
        Map<String, String> bekend = repo.eenheidComplexen();
        Map<String, Complex> samengevoegd = new LinkedHashMap<>();
        Map<String, Set<String>> weg = new LinkedHashMap<>(); // complex key -> eenheid ids moving out
        for (Map.Entry<String, List<Importverzameling.Gelezen>> e : perComplex.entrySet()) {
            String sleutel = e.getKey();
            List<Importverzameling.Gelezen> records = e.getValue();
            Complex bestaand = repo.complex(sleutel).map(i -> repo.laadKern(i.id())).orElse(null);
            List<Eenheid> eenheden = new ArrayList<>();
            for (Importverzameling.Gelezen r : records) {
                eenheden.add(r.kern());
            }
            ComplexUitVera.Uitkomst u = ComplexUitVera.maak(sleutel, namen.get(sleutel), eenheden);
            for (String w : u.waarschuwingen()) {
                waarschuwingen.add("complex '" + sleutel + "': " + w);
            }
            Complex complex = voegSamen(sleutel, namen.get(sleutel), bestaand, u.complex(), v);
            List<Complexmelding> meldingen = Complexcontrole.controleer(complex);
            List<Complexmelding> fouten = meldingen.stream().filter(Complexmelding::fout).toList();
            for (Complexmelding m : meldingen) {
                if (!m.fout()) {
                    waarschuwingen.add(m.toString());
                }
            }
            if (!fouten.isEmpty()) {
                List<String> redenen = fouten.stream().map(Complexmelding::toString).toList();
                if (records.isEmpty()) {
                    ongeldig.add(new Importverzameling.Ongeldig("complex '" + sleutel + "'", null, redenen));
                }
                for (Importverzameling.Gelezen r : records) {
                    ongeldig.add(new Importverzameling.Ongeldig(r.locatie(), r.kern().id(), redenen));
                }
                continue;
            }
            for (Importverzameling.Gelezen r : records) {
                String elders = bekend.get(r.kern().id());
                if (elders != null && !elders.equals(sleutel)) {
                    weg.computeIfAbsent(elders, k -> new LinkedHashSet<>()).add(r.kern().id());
                }
            }
            samengevoegd.put(sleutel, complex);
        }
        int records = v.aantalRecords();
        if (!ongeldig.isEmpty() && !opties.slaOngeldigeOver()) {
            return new Rapport(bestanden.size(), records, false, List.of(), ongeldig, waarschuwingen, opties.peildatum(),
                    0, List.of());
        }
        if (samengevoegd.isEmpty()) {
            return new Rapport(bestanden.size(), records, false, List.of(), ongeldig, waarschuwingen, opties.peildatum(),
                    0, List.of());
        }
        String reden = "import " + (bestanden.size() == 1 ? bestanden.get(0).weergave()
                : bestanden.get(0).weergave() + " en " + (bestanden.size() - 1) + " andere bestanden");
        // complexes that lose dwellings first, so an eenheid id is free before another complex takes it
        List<Map.Entry<String, Complex>> volgorde = new ArrayList<>();
        for (Map.Entry<String, Complex> e : samengevoegd.entrySet()) {
            Set<String> vertrekt = weg.getOrDefault(e.getKey(), Set.of());
            volgorde.add(Map.entry(e.getKey(), vertrekt.isEmpty() ? e.getValue() : zonder(e.getValue(), vertrekt)));
        }
        volgorde.sort(java.util.Comparator.comparing(e -> weg.containsKey(e.getKey()) ? 0 : 1));
        long totaal = 0;
        for (Map.Entry<String, Complex> e : volgorde) {
            totaal += e.getValue().woningen().size();
        }
        long teWaarderen = totaal;
        Map<String, Map<String, Importverzameling.Gelezen>> ingelezen = new HashMap<>();
        for (Map.Entry<String, List<Importverzameling.Gelezen>> e : perComplex.entrySet()) {
            Map<String, Importverzameling.Gelezen> perId = new HashMap<>();
            for (Importverzameling.Gelezen r : e.getValue()) {
                perId.put(r.kern().id(), r);
            }
            ingelezen.put(e.getKey(), perId);
        }
        return portfolio.inTransactie(c -> {
            for (Map.Entry<String, Set<String>> w : weg.entrySet()) {
                if (samengevoegd.containsKey(w.getKey())) {
                    continue; // that complex is rewritten below without them
                }
                PortfolioRepository.ComplexInfo info = repo.complex(w.getKey()).orElseThrow();
                Complex oud = zonder(repo.laadKern(info.id()), w.getValue());
                repo.bewaar(info.id(), oud, woningen(oud, Map.of(), v), reden + " (verplaatst naar een ander complex)",
                        null);
            }
            List<ComplexRegel> regels = new ArrayList<>();
            try (Waardeerder.Stroom waardering = new Waardeerder(portfolio, stelsel, Interpretatie.standaard())
                    .stroom(opties.peildatum(), (g, t) -> voortgang.meld("gewaardeerd", g, t), teWaarderen)) {
                for (Map.Entry<String, Complex> e : volgorde) {
                    Complex complex = e.getValue();
                    PortfolioRepository.Woningen woningen = woningen(complex, ingelezen.get(e.getKey()), v);
                    var info = repo.complex(e.getKey());
                    PortfolioRepository.Bewaaruitkomst u = info.isPresent()
                            ? repo.bewaar(info.get().id(), complex, woningen, reden, waardering)
                            : repo.nieuwComplex(complex, woningen, reden, waardering);
                    regels.add(new ComplexRegel(e.getKey(), complex.weergavenaam(), u.complexNieuw(), u.nieuw(),
                            u.gewijzigd(), u.ongewijzigd(), weg.getOrDefault(e.getKey(), Set.of()).size(),
                            complex.gedeeldeRuimten().size(), complex.woningen().size()));
                }
                waardering.klaar();
                return new Rapport(bestanden.size(), records, true, regels, ongeldig, waarschuwingen, opties.peildatum(),
                        waardering.gewaardeerd(), List.of());
            }
        });
    }

    /**
     * The dwellings of a complex to store, read from the import's store when they were imported (without the
     * rooms that became shared spaces, as {@link ComplexUitVera} takes them out), else kept as stored.
     */
    private static PortfolioRepository.Woningen woningen(Complex complex, Map<String, Importverzameling.Gelezen> ingelezen,
                                                          Importverzameling v) {
        List<String> ids = new ArrayList<>(complex.woningen().size());
        for (Eenheid e : complex.woningen()) {
            ids.add(e.id());
        }
        return new PortfolioRepository.Woningen() {
            @Override
            public List<String> ids() {
                return ids;
            }

            @Override
            public List<Eenheid> lees(int van, int tot) {
                List<Eenheid> uit = new ArrayList<>(tot - van);
                for (String id : ids.subList(van, tot)) {
                    Importverzameling.Gelezen g = ingelezen.get(id);
                    uit.add(g == null ? null : zonderGedeeld(v.eenheid(g)));
                }
                return uit;
            }
        };
    }

    /** The dwelling as its complex stores it: the rooms it shares are in the complex's shared spaces. */
    private static Eenheid zonderGedeeld(Eenheid e) {
        List<nl.puntwijs.core.model.Ruimte> eigen = new ArrayList<>(e.ruimten().size());
        for (nl.puntwijs.core.model.Ruimte r : e.ruimten()) {
            if (!r.isGedeeld()) {
                eigen.add(r);
            }
        }
        return eigen.size() == e.ruimten().size() ? e : e.metRuimten(eigen);
    }

    /** Reads every file, on all cores, each into its own collection; merged in the files' order. */
    private Importverzameling leesAlles(List<Invoerbestand> bestanden, Voorraad voorraad, Voortgang voortgang) {
        Importverzameling v = new Importverzameling(voorraad);
        int draden = Math.max(1, Math.min(bestanden.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService lezers = Executors.newFixedThreadPool(draden, r -> {
            Thread t = new Thread(r, "puntwijs-import-lezen");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Importverzameling>> gelezen = new ArrayList<>();
            for (Invoerbestand b : bestanden) {
                gelezen.add(lezers.submit(() -> lees(b, voorraad)));
            }
            long klaar = 0;
            for (Future<Importverzameling> f : gelezen) {
                v.voegToe(f.get());
                voortgang.meld("gelezen", ++klaar, bestanden.size());
            }
            return v;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import onderbroken", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            lezers.shutdownNow();
        }
    }

    /** One file into a collection of its own; a file that cannot be read leaves only that fact in it. */
    private Importverzameling lees(Invoerbestand b, Voorraad voorraad) {
        Importverzameling v = new Importverzameling(voorraad);
        byte[] begin;
        try (InputStream in = Files.newInputStream(b.pad())) {
            begin = in.readNBytes(4096);
        } catch (IOException e) {
            v.ongeldig(b.weergave(), null, List.of("niet te lezen: " + e.getMessage()));
            return v;
        }
        for (Importbron bron : bronnen) {
            if (bron.herkent(b.pad(), begin)) {
                try {
                    bron.lees(b.pad(), b.weergave(), v);
                } catch (Importbron.OnleesbaarException e) {
                    v = new Importverzameling(voorraad);
                    v.ongeldig(b.weergave(), null, List.of(e.getMessage()));
                } catch (IOException e) {
                    v = new Importverzameling(voorraad);
                    v.ongeldig(b.weergave(), null, List.of("niet te lezen: " + e.getMessage()));
                }
                return v;
            }
        }
        v.ongeldig(b.weergave(), null, List.of("onbekend formaat: verwacht VERA-JSON (*.json) of een Puntwijs-sjabloon "
                + "(*.xlsx)" + (new String(begin, java.nio.charset.StandardCharsets.UTF_8).contains("puntwijs-complex")
                ? "; het complexformaat puntwijs-complex wordt door deze versie nog niet ingelezen" : "")));
        return v;
    }

    /**
     * The complex to store: what is stored, with the imported dwellings replacing those with the same id (new ones
     * appended), the shared spaces merged by id (an imported space replaces the stored one; its links are added to
     * the stored links of dwellings not in this import), and the complex fields from the source when it gives them.
     */
    private static Complex voegSamen(String sleutel, String naam, Complex bestaand, Complex uitVera, Importverzameling v) {
        Importverzameling.ComplexGegevens gegevens = v.complexen.get(sleutel);
        Complex kop = gegevens != null ? gegevens.complex() : bestaand != null ? bestaand
                : new Complex(sleutel, naam != null ? naam : sleutel, null, null, null, null, null);
        String complexNaam = kop.naam() != null ? kop.naam() : naam != null ? naam : sleutel;
        List<Eenheid> woningen = new ArrayList<>();
        Map<String, Eenheid> nieuw = new LinkedHashMap<>();
        for (Eenheid e : uitVera.woningen()) {
            nieuw.put(e.id(), e);
        }
        if (bestaand != null) {
            for (Eenheid e : bestaand.woningen()) {
                Eenheid vervanger = nieuw.remove(e.id());
                woningen.add(vervanger != null ? vervanger : e);
            }
        }
        woningen.addAll(nieuw.values());
        Set<String> ingelezen = new HashSet<>();
        for (Eenheid e : uitVera.woningen()) {
            ingelezen.add(e.id());
        }
        Map<String, GedeeldeRuimte> ruimten = new LinkedHashMap<>();
        if (bestaand != null) {
            for (GedeeldeRuimte g : bestaand.gedeeldeRuimten()) {
                ruimten.put(g.id(), g);
            }
        }
        List<GedeeldeRuimte> binnen = new ArrayList<>(uitVera.gedeeldeRuimten());
        for (Importverzameling.Ruimte r : v.ruimten) {
            if (r.complexSleutel().equals(sleutel)) {
                binnen.add(r.ruimte());
            }
        }
        for (GedeeldeRuimte g : binnen) {
            GedeeldeRuimte oud = ruimten.get(g.id());
            if (oud == null) {
                ruimten.put(g.id(), g);
                continue;
            }
            List<String> links = new ArrayList<>();
            for (String w : oud.woningen()) {
                if (!ingelezen.contains(w)) {
                    links.add(w);
                }
            }
            for (String w : g.woningen()) {
                if (!links.contains(w)) {
                    links.add(w);
                }
            }
            Integer adressen = g.aantalAdressen() == null && oud.aantalAdressen() == null ? null
                    : Math.max(links.size(), Math.max(g.aantalAdressen() == null ? 0 : g.aantalAdressen(),
                    oud.aantalAdressen() == null ? 0 : oud.aantalAdressen()));
            ruimten.put(g.id(), new GedeeldeRuimte(g.id(), g.naam(), g.soort(), g.ruimten(), links,
                    adressen != null && adressen == links.size() ? null : adressen));
        }
        return new Complex(sleutel, complexNaam, kop.zorg(), kop.methode(), woningen, new ArrayList<>(ruimten.values()),
                kop.ouderenhuisvesting());
    }

    /** The complex without the given dwellings (and without their links to shared spaces). */
    private static Complex zonder(Complex c, Set<String> ids) {
        List<Eenheid> woningen = c.woningen().stream().filter(e -> !ids.contains(e.id())).toList();
        List<GedeeldeRuimte> ruimten = c.gedeeldeRuimten().stream()
                .map(g -> g.metWoningen(g.woningen().stream().filter(w -> !ids.contains(w)).toList())).toList();
        return c.metWoningen(woningen).metGedeeldeRuimten(ruimten);
    }

    private static String naamVan(Path p) {
        Path naam = p.toAbsolutePath().normalize().getFileName();
        if (naam == null) {
            return "Import";
        }
        String n = naam.toString();
        int punt = n.lastIndexOf('.');
        return punt > 0 && !Files.isDirectory(p) ? n.substring(0, punt) : n;
    }
}
