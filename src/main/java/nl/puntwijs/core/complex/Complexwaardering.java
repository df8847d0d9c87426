package nl.puntwijs.core.complex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.stelsel.Afronding;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Sector;
import nl.puntwijs.core.stelsel.Stelsel;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.zorg.Zorgbeoordeling;

/**
 * Values a complex: each dwelling with its shared spaces (both methods for the shared rooms of zorgwoningen),
 * what each shared space contributes to each dwelling, the maximum rent each space generates, and totals.
 */
public final class Complexwaardering {

    /** The rubrieken a shared space can earn points in. */
    private static final List<Stelselgroep> GEDEELD = List.of(Stelselgroep.BUI, Stelselgroep.GVR, Stelselgroep.GPA);

    private final Stelsel stelsel;

    public Complexwaardering(Stelsel stelsel) {
        this.stelsel = stelsel;
    }

    /**
     * @throws OngeldigComplexException when the complex has errors ({@link Complexcontrole})
     */
    public ComplexResultaat waardeer(Complex complex, LocalDate peildatum, Interpretatie interpretatie) {
        List<Complexmelding> meldingen = Complexcontrole.controleer(complex);
        List<Complexmelding> fouten = meldingen.stream().filter(Complexmelding::fout).toList();
        if (!fouten.isEmpty()) {
            throw new OngeldigComplexException(fouten);
        }
        Interpretatie gekozen = complex.methode().in(interpretatie);
        Interpretatie ander = complex.methode().andere().in(interpretatie);

        Map<String, Verdeling> verdelingen = new LinkedHashMap<>();
        for (GedeeldeRuimte g : complex.gedeeldeRuimten()) {
            verdelingen.put(g.id(), new Verdeling(g, meet(g, peildatum, gekozen)));
        }
        List<ComplexResultaat.Woning> woningen = new ArrayList<>();
        for (Eenheid woning : complex.woningen()) {
            Eenheid metRuimten = complex.inComplex(woning);
            Resultaat r = stelsel.waardeer(metRuimten, peildatum, gekozen);
            Resultaat alternatief = stelsel.waardeer(metRuimten, peildatum, ander);
            Resultaat zonder = stelsel.waardeer(complex.inComplex(woning, List.of()), peildatum, gekozen);
            List<ComplexResultaat.Aandeel> aandelen = new ArrayList<>();
            for (GedeeldeRuimte g : complex.gedeeldeRuimtenVan(woning.id())) {
                if (!g.isGedeeld()) {
                    continue;
                }
                Verdeling t = verdelingen.get(g.id());
                aandelen.add(new ComplexResultaat.Aandeel(g.id(), t.perWoning(), t.totaal().stripTrailingZeros()
                        .toPlainString() + " punten / " + g.adressen() + " adressen"));
                List<GedeeldeRuimte> zonderDeze = new ArrayList<>(complex.gedeeldeRuimtenVan(woning.id()));
                zonderDeze.remove(g);
                Resultaat zonderRuimte = stelsel.waardeer(complex.inComplex(woning, zonderDeze), peildatum, gekozen);
                t.huur = t.huur.add(r.maximaleHuur().subtract(zonderRuimte.maximaleHuur()));
            }
            woningen.add(new ComplexResultaat.Woning(woning.id(), r, alternatief, uitGedeeldeRuimten(r, zonder),
                    zorgtoeslag(r), aandelen));
        }
        List<ComplexResultaat.Toedeling> lijst = new ArrayList<>();
        for (Verdeling t : verdelingen.values()) {
            lijst.add(new ComplexResultaat.Toedeling(t.ruimte, t.ruimte.adressen(), t.punten, t.perWoning(), t.huur));
        }
        return new ComplexResultaat(complex.id(), complex.weergavenaam(), peildatum, complex.methode(), woningen, lijst,
                totalen(woningen), meldingen);
    }

    /** The measured points of a shared space before division, per rubriek (the space valued on its own). */
    private Map<String, BigDecimal> meet(GedeeldeRuimte g, LocalDate peildatum, Interpretatie interpretatie) {
        Map<String, BigDecimal> punten = new LinkedHashMap<>();
        if (!g.isGedeeld()) {
            return punten;
        }
        Eenheid alleen = new Eenheid(g.id(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(), null, null, null);
        Complex enkel = new Complex(null, null, null, MethodeGedeeldeRuimten.GEMETEN, List.of(alleen), List.of(g), null);
        Resultaat r = stelsel.waardeer(enkel.inComplex(alleen, List.of(g)), peildatum, interpretatie);
        for (Stelselgroep groep : GEDEELD) {
            BigDecimal gedeeldePunten = onafgerond(r.rubriek(groep).orElseThrow(), groep);
            if (gedeeldePunten.signum() != 0) {
                // undo the division: the undivided points have few decimals, the division's remainder is noise
                punten.put(groep.code(), gedeeldePunten.multiply(BigDecimal.valueOf(g.adressen()))
                        .setScale(8, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        }
        return punten;
    }

    /** A rubriek's points before its rounding, leaving out the lines a lone shared space does not cause. */
    private static BigDecimal onafgerond(RubriekResultaat r, Stelselgroep groep) {
        BigDecimal som = BigDecimal.ZERO;
        for (Regel regel : r.regels()) {
            if (regel.punten() == null || regel.sleutel().equals(Regels.AFRONDING)
                    || (groep == Stelselgroep.BUI && regel.sleutel().equals("geen_buitenruimten"))) {
                continue;
            }
            som = som.add(regel.punten());
        }
        return som;
    }

    /**
     * Rubriek 9 in full (it exists only for shared rooms, the flat 3 points of a zorgwoning included) plus what the
     * shared spaces add to rubrieken 8 and 10 compared with the dwelling without them.
     */
    public static BigDecimal uitGedeeldeRuimten(Resultaat met, Resultaat zonder) {
        BigDecimal som = met.punten(Stelselgroep.GVR);
        for (Stelselgroep groep : GEDEELD) {
            if (groep != Stelselgroep.GVR) {
                som = som.add(met.punten(groep)).subtract(zonder.punten(groep));
            }
        }
        return som;
    }

    /** The surcharge's share of rubriek 12: the rubriek minus what it would be without the surcharge. */
    public static BigDecimal zorgtoeslag(Resultaat r) {
        if (!r.zorg().isZorgwoning()) {
            return BigDecimal.ZERO.setScale(2);
        }
        RubriekResultaat bij = r.rubriek(Stelselgroep.BIJ).orElseThrow();
        BigDecimal overig = BigDecimal.ZERO;
        for (Regel regel : bij.regels()) {
            if (regel.punten() != null && !regel.sleutel().equals(Regels.AFRONDING)
                    && !regel.sleutel().equals("zorgwoning_puntenverhoging")) {
                overig = overig.add(regel.punten());
            }
        }
        return bij.punten().subtract(Afronding.kwartpunt(overig));
    }

    private static ComplexResultaat.Totalen totalen(List<ComplexResultaat.Woning> woningen) {
        Map<Sector, Integer> perSector = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            perSector.put(s, 0);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        BigDecimal punten = BigDecimal.ZERO;
        BigDecimal huur = BigDecimal.ZERO;
        BigDecimal gedeeld = BigDecimal.ZERO;
        BigDecimal zorg = BigDecimal.ZERO;
        int zorgwoningen = 0;
        int alleVoorwaarden = 0;
        for (ComplexResultaat.Woning w : woningen) {
            Resultaat r = w.resultaat();
            perSector.merge(r.sector(), 1, Integer::sum);
            min = Math.min(min, r.punten());
            max = Math.max(max, r.punten());
            punten = punten.add(BigDecimal.valueOf(r.punten()));
            huur = huur.add(r.maximaleHuur());
            gedeeld = gedeeld.add(w.puntenUitGedeeldeRuimten());
            zorg = zorg.add(w.puntenUitZorgtoeslag());
            if (r.zorg().isZorgwoning()) {
                zorgwoningen++;
                if (r.zorg().besluit() == Zorgbeoordeling.Besluit.TOEGEPAST) {
                    alleVoorwaarden++;
                }
            }
        }
        int n = woningen.size();
        BigDecimal deler = BigDecimal.valueOf(Math.max(1, n));
        return new ComplexResultaat.Totalen(n, perSector, punten.divide(deler, 2, RoundingMode.HALF_UP),
                n == 0 ? 0 : min, n == 0 ? 0 : max, huur, huur.divide(deler, 2, RoundingMode.HALF_UP), zorgwoningen,
                alleVoorwaarden, gedeeld, zorg);
    }

    /** Working state per shared space while valuing. */
    private static final class Verdeling {
        private final GedeeldeRuimte ruimte;
        private final Map<String, BigDecimal> punten;
        private BigDecimal huur = BigDecimal.ZERO;

        Verdeling(GedeeldeRuimte ruimte, Map<String, BigDecimal> punten) {
            this.ruimte = ruimte;
            this.punten = punten;
        }

        BigDecimal totaal() {
            BigDecimal som = BigDecimal.ZERO;
            for (BigDecimal p : punten.values()) {
                som = som.add(p);
            }
            return som;
        }

        BigDecimal perWoning() {
            return ruimte.adressen() == 0 ? BigDecimal.ZERO : Afronding.deel(totaal(), ruimte.adressen());
        }
    }
}
