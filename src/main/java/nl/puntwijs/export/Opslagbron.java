package nl.puntwijs.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.ComplexResultaat;
import nl.puntwijs.core.complex.OngeldigComplexException;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.store.Portfolio;
import nl.puntwijs.store.PortfolioFout;
import nl.puntwijs.store.PortfolioRepository;
import nl.puntwijs.store.ResultaatRepository;
import nl.puntwijs.store.Waardeerder;

/**
 * The report's data from a portfolio file. The complexes of the portfolio, by name, without scenarios; a scenario is
 * exported when {@code --complex} names it, or by id ({@link #vanComplexen}: the desktop application). Results the
 * store lacks for the peildatum (or the vergelijkdatum) are computed and stored first, as {@code rescore} would
 * ({@link Waardeerder}); then each complex is valued with the complex method for the sheets that need more than a
 * stored result holds (the other shared-room method, what each shared space adds). A stored result whose points
 * differ from that valuation (stored by an older version or with other tables) is named on Knelpunten. The audit
 * trail of the exported complexes fills Wijzigingen.
 */
public final class Opslagbron extends Bronbasis {

    private final Portfolio portfolio;
    private final List<Long> ids;
    private final Map<Onderdeel, PortfolioRepository.ComplexInfo> perOnderdeel = new IdentityHashMap<>();
    private final List<PortfolioRepository.ComplexInfo> geladen = new ArrayList<>();
    private List<Onderdeel> onderdelen;

    /**
     * @param vergelijkdatum null for none
     * @param complexen      names or keys of complexes, or names of scenarios, to export; empty for every complex
     */
    public Opslagbron(Portfolio portfolio, LocalDate peildatum, LocalDate vergelijkdatum, Interpretatie interpretatie,
                      Collection<String> complexen, Complexberekening berekening) {
        this(portfolio, peildatum, vergelijkdatum, interpretatie, complexen, List.of(), berekening);
    }

    private Opslagbron(Portfolio portfolio, LocalDate peildatum, LocalDate vergelijkdatum, Interpretatie interpretatie,
                       Collection<String> complexen, Collection<Long> ids, Complexberekening berekening) {
        super(peildatum, vergelijkdatum, interpretatie, complexen, berekening);
        this.portfolio = portfolio;
        this.ids = List.copyOf(new LinkedHashSet<>(ids));
    }

    /**
     * The complexes or scenarios with these ids, in this order: what the desktop application exports when the user
     * chooses the open complex or scenario (a scenario's name is unique only within its complex).
     *
     * @param vergelijkdatum null for none
     * @param complexIds     ids of complexes or scenarios; not empty
     */
    public static Opslagbron vanComplexen(Portfolio portfolio, LocalDate peildatum, LocalDate vergelijkdatum,
                                          Interpretatie interpretatie, Collection<Long> complexIds,
                                          Complexberekening berekening) {
        if (complexIds.isEmpty()) {
            throw new IllegalArgumentException("geen complexen gekozen");
        }
        return new Opslagbron(portfolio, peildatum, vergelijkdatum, interpretatie, List.of(), complexIds, berekening);
    }

    /** Names the portfolio on the Samenvatting (instead of the file's name). */
    public Opslagbron metNaam(String portefeuillenaam) {
        zetNaam(portefeuillenaam);
        return this;
    }

    /** The name given, else the file's name without its extension. */
    @Override
    public String portefeuille() {
        Optional<String> gegeven = gegevenNaam();
        if (gegeven.isPresent()) {
            return gegeven.get();
        }
        Path bestand = portfolio.bestand().getFileName();
        if (bestand == null) {
            return "Portefeuille";
        }
        String n = bestand.toString();
        int punt = n.lastIndexOf('.');
        return punt > 0 ? n.substring(0, punt) : n;
    }

    @Override
    public String herkomst() {
        return "portfoliobestand " + portfolio.bestand() + " (schemaversie " + portfolio.schemaversie() + ")";
    }

    @Override
    public List<Onderdeel> onderdelen() {
        if (onderdelen == null) {
            List<Onderdeel> lijst = new ArrayList<>();
            PortfolioRepository repo = portfolio.repository();
            if (!ids.isEmpty()) {
                for (long id : ids) {
                    repo.complex(id).ifPresent(c -> {
                        voegToe(lijst, c);
                        gevonden(String.valueOf(id));
                    });
                }
                onderdelen = List.copyOf(lijst);
                return onderdelen;
            }
            for (PortfolioRepository.ComplexInfo c : repo.complexen()) {
                if (alles() || kies(c.naam(), c.sleutel()) != null) {
                    voegToe(lijst, c);
                }
                if (!alles()) {
                    for (PortfolioRepository.ComplexInfo s : repo.scenarios(c.id())) {
                        if (kies(s.scenarioNaam(), null) != null) {
                            voegToe(lijst, s);
                        }
                    }
                }
            }
            onderdelen = List.copyOf(lijst);
        }
        return onderdelen;
    }

    private void voegToe(List<Onderdeel> lijst, PortfolioRepository.ComplexInfo c) {
        Onderdeel o = new Onderdeel(c.weergavenaam(), c.woningen());
        perOnderdeel.put(o, c);
        lijst.add(o);
    }

    /** The {@code --complex} names (or the ids of {@link #vanComplexen}) that matched no complex or scenario. */
    public Set<String> nietGevonden() {
        onderdelen();
        return nietGevonden(ids.stream().map(String::valueOf).toList());
    }

    @Override
    public Optional<Exportcomplex> laad(Onderdeel onderdeel) throws Onleesbaar {
        PortfolioRepository.ComplexInfo info = perOnderdeel.get(onderdeel);
        if (info == null) {
            throw new IllegalArgumentException("onbekend onderdeel " + onderdeel);
        }
        String bron = portfolio.bestand().getFileName() + ", complex " + info.weergavenaam();
        try {
            List<Exportcomplex.Invoermelding> meldingen = new ArrayList<>();
            bijwerken(info, peildatum, meldingen, bron);
            if (vergelijkdatum != null) {
                bijwerken(info, vergelijkdatum, meldingen, bron);
            }
            Complex complex = portfolio.repository().laad(info.id());
            Exportcomplex ec = berekening.bereken(complex, peildatum, vergelijkdatum, interpretatie, bron, meldingen,
                    List.of());
            geladen.add(info);
            List<Exportcomplex.Invoermelding> afwijkingen = afwijkingen(info, ec.resultaat(), bron);
            if (afwijkingen.isEmpty()) {
                return Optional.of(ec);
            }
            List<Exportcomplex.Invoermelding> alle = new ArrayList<>(ec.meldingen());
            alle.addAll(afwijkingen);
            return Optional.of(new Exportcomplex(ec.complex(), ec.resultaat(), ec.vergelijking(), ec.signalen(),
                    ec.subsidie(), alle, ec.overgeslagen()));
        } catch (OngeldigComplexException | PortfolioFout e) {
            throw new Onleesbaar(bron + ": " + e.getMessage());
        }
    }

    /**
     * Computes and stores the results the portfolio lacks at a date (as {@code rescore} does for one complex). A file
     * opened read-only keeps its gaps; the report says so and values the complex all the same.
     */
    private void bijwerken(PortfolioRepository.ComplexInfo info, LocalDate datum,
                           List<Exportcomplex.Invoermelding> meldingen, String bron) {
        int opgeslagen = portfolio.resultaten().resultatenVanComplex(info.id(), datum).size();
        if (opgeslagen >= info.woningen()) {
            return;
        }
        if (portfolio.isAlleenLezen()) {
            meldingen.add(new Exportcomplex.Invoermelding(null, (info.woningen() - opgeslagen) + " van de "
                    + info.woningen() + " woningen hebben geen opgeslagen resultaat op " + datum + "; berekend voor "
                    + "dit rapport maar niet opgeslagen (bestand alleen-lezen)", bron));
            return;
        }
        Waardeerder.Uitkomst u = new Waardeerder(portfolio, new Stelsel(berekening.tabellenboek()), interpretatie)
                .waardeer(List.of(info.id()), datum, Waardeerder.Voortgang.GEEN);
        for (String fout : u.fouten()) {
            meldingen.add(new Exportcomplex.Invoermelding(null, "resultaten op " + datum + " niet opgeslagen: " + fout,
                    bron));
        }
    }

    /** Stored results at the peildatum whose points differ from the valuation the report shows. */
    private List<Exportcomplex.Invoermelding> afwijkingen(PortfolioRepository.ComplexInfo info, ComplexResultaat r,
                                                         String bron) {
        Map<String, ResultaatRepository.OpgeslagenResultaat> opgeslagen = new HashMap<>();
        for (ResultaatRepository.OpgeslagenResultaat o : portfolio.resultaten().resultatenVanComplex(info.id(),
                peildatum)) {
            opgeslagen.put(o.eenheid(), o);
        }
        List<Exportcomplex.Invoermelding> uit = new ArrayList<>();
        for (ComplexResultaat.Woning w : r.woningen()) {
            ResultaatRepository.OpgeslagenResultaat o = opgeslagen.get(w.eenheidId());
            if (o != null && o.punten() != w.resultaat().punten()) {
                uit.add(new Exportcomplex.Invoermelding(w.eenheidId(), "het opgeslagen resultaat op " + peildatum + " ("
                        + o.punten() + " punten, berekend " + o.berekendOp() + " met Puntwijs " + o.puntwijsVersie()
                        + ", tabellen " + o.tabellen() + ") wijkt af van de herberekening in dit rapport ("
                        + w.resultaat().punten() + " punten); herbereken met rescore", bron));
            }
        }
        return uit;
    }

    /** The audit trail of the complexes loaded, per complex oldest first. */
    @Override
    public Iterable<Wijzigingsregel> wijzigingen() {
        List<Wijzigingsregel> uit = new ArrayList<>();
        PortfolioRepository repo = portfolio.repository();
        for (PortfolioRepository.ComplexInfo info : geladen) {
            for (PortfolioRepository.Wijziging w : repo.wijzigingen(info.id())) {
                uit.add(new Wijzigingsregel(tijdstip(w.tijdstip()), w.gebruiker(), w.complex(), w.entiteit(), w.veld(),
                        w.oud(), w.nieuw(), w.reden()));
            }
        }
        return uit;
    }

    @Override
    public String zonderWijzigingen() {
        return "Geen wijzigingen vastgelegd voor de geëxporteerde complexen.";
    }

    /** ISO-8601 with offset, in the local time of this machine; null when it cannot be read. */
    static LocalDateTime tijdstip(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso);
            } catch (DateTimeParseException f) {
                return null;
            }
        }
    }
}
