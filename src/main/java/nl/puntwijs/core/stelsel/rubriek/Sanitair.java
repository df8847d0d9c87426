package nl.puntwijs.core.stelsel.rubriek;

import static nl.puntwijs.core.model.Voorziening.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.model.Detailsoort;
import nl.puntwijs.core.model.Ruimte;
import nl.puntwijs.core.model.Voorziening;
import nl.puntwijs.core.stelsel.Interpretatie;
import nl.puntwijs.core.stelsel.Meeteenheid;
import nl.puntwijs.core.stelsel.Meldingen;
import nl.puntwijs.core.stelsel.Regel;
import nl.puntwijs.core.stelsel.Regels;
import nl.puntwijs.core.stelsel.Rubriek;
import nl.puntwijs.core.stelsel.RubriekResultaat;
import nl.puntwijs.core.stelsel.Stelselgroep;
import nl.puntwijs.core.stelsel.Waardering;

/**
 * Rubriek 6: toilets, wastafels, showers and baths (BB26 §2.6.1) and extra provisions in a bathroom,
 * together at most the points of the showers and baths (BB26 §2.6.2; per dwelling, spec D11).
 */
public final class Sanitair implements Rubriek {

    static final BigDecimal TOILET_STAAND_TOILETRUIMTE = new BigDecimal("3.00");
    static final BigDecimal TOILET_HANGEND_TOILETRUIMTE = new BigDecimal("3.75");
    static final BigDecimal TOILET_STAAND_BADRUIMTE = new BigDecimal("2.00");
    static final BigDecimal TOILET_HANGEND_BADRUIMTE = new BigDecimal("2.75");
    static final BigDecimal PUNTEN_WASTAFEL = new BigDecimal("1.00");
    static final BigDecimal PUNTEN_MEERPERSOONSWASTAFEL = new BigDecimal("1.50");
    static final BigDecimal PUNTEN_DOUCHE = new BigDecimal("4.00");
    static final BigDecimal PUNTEN_BAD = new BigDecimal("6.00");
    static final BigDecimal PUNTEN_BAD_EN_DOUCHE = new BigDecimal("7.00");
    static final BigDecimal KASTRUIMTE_MAXIMUM = new BigDecimal("0.75");
    static final int STOPCONTACTEN_PER_WASTAFEL = 2;

    static final Map<Voorziening, BigDecimal> EXTRA = new EnumMap<>(Voorziening.class);

    static {
        EXTRA.put(BUBBELFUNCTIE, new BigDecimal("1.50"));
        EXTRA.put(DOUCHEWAND, new BigDecimal("1.25"));
        EXTRA.put(HANDDOEKENRADIATOR, new BigDecimal("0.75"));
        EXTRA.put(KASTJE_MET_WASTAFEL, new BigDecimal("1.00"));
        EXTRA.put(KASTRUIMTE, new BigDecimal("0.75"));
        EXTRA.put(STOPCONTACT_BIJ_WASTAFEL, new BigDecimal("0.25"));
        EXTRA.put(EENHANDSMENGKRAAN, new BigDecimal("0.25"));
        EXTRA.put(THERMOSTATISCHE_MENGKRAAN, new BigDecimal("0.50"));
    }

    /**
     * The sanitary points of one room.
     *
     * @param basis     toilets, wastafels, showers and baths
     * @param badDouche the part of {@code basis} for showers and baths (the cap on extras)
     * @param extra     extra provisions after the per-room limits, before the cap against showers and baths
     * @param onderdelen the room's lines
     */
    record SanitairRuimte(Ruimte ruimte, BigDecimal basis, BigDecimal badDouche, BigDecimal extra,
                          List<Regel> onderdelen) {
    }

    @Override
    public Stelselgroep groep() {
        return Stelselgroep.SAN;
    }

    @Override
    public RubriekResultaat waardeer(Waardering w) {
        boolean perRuimte = w.optie(Interpretatie.Optie.SANITAIR_MAXIMERING);
        List<Regel> regels = new ArrayList<>();
        BigDecimal badDouche = BigDecimal.ZERO;
        BigDecimal extra = BigDecimal.ZERO;
        List<Ruimte> ruimten = w.eenheid().ruimten();
        for (int i = 0; i < ruimten.size(); i++) {
            Ruimte r = ruimten.get(i);
            if (r.isGedeeld() || r.detailsoort() == null) {
                continue;
            }
            SanitairRuimte s = ruimte(r, perRuimte, w.meldingen(), Meldingen.ruimte(i));
            if (s.onderdelen().isEmpty()) {
                continue;
            }
            badDouche = badDouche.add(s.badDouche());
            extra = extra.add(s.extra());
            regels.add(new Regel(r.id(), r.weergavenaam(), null, null, Regels.som(s.onderdelen()), null,
                    s.onderdelen()));
        }
        if (!perRuimte && extra.compareTo(badDouche) > 0) {
            regels.add(Regel.punten("maximering_extra_voorzieningen",
                    "Maximering extra voorzieningen tot de punten voor douche en bad", badDouche.subtract(extra),
                    "BB26 §2.6.2"));
        }
        return Regels.kwartpunten(groep(), Regels.som(regels), regels);
    }

    static boolean isBadruimte(Ruimte r) {
        return r.is(Detailsoort.BADKAMER, Detailsoort.BADKAMER_MET_TOILET, Detailsoort.DOUCHERUIMTE,
                Detailsoort.GEMEENSCHAPPELIJKE_BADKAMER);
    }

    /**
     * Values one room.
     *
     * @param extrasBegrensd cap the room's extras at its own shower and bath points (option D11 per room,
     *                       and always for a shared room, which is valued on its own)
     */
    static SanitairRuimte ruimte(Ruimte r, boolean extrasBegrensd, Meldingen meldingen, String veld) {
        long spoelbakken = korteAanrechten(r);
        if (r.voorzieningen().isEmpty() && spoelbakken == 0) {
            return new SanitairRuimte(r, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        }
        int[] aantal = r.telVoorzieningen();
        List<Regel> regels = new ArrayList<>();
        boolean badruimte = isBadruimte(r);
        boolean toiletruimte = r.is(Detailsoort.TOILETRUIMTE);
        BigDecimal basis = BigDecimal.ZERO;

        long staand = aantal[STAAND_TOILET.ordinal()];
        long hangend = aantal[HANGEND_TOILET.ordinal()];
        if (staand > 0) {
            BigDecimal p = toiletruimte ? TOILET_STAAND_TOILETRUIMTE : badruimte ? TOILET_STAAND_BADRUIMTE : BigDecimal.ZERO;
            basis = basis.add(stuks(regels, STAAND_TOILET, staand, p, "BB26 §2.6.1"));
        }
        if (hangend > 0) {
            BigDecimal p = toiletruimte ? TOILET_HANGEND_TOILETRUIMTE : badruimte ? TOILET_HANGEND_BADRUIMTE : BigDecimal.ZERO;
            basis = basis.add(stuks(regels, HANGEND_TOILET, hangend, p, "BB26 §2.6.1"));
        }

        long wastafels = aantal[WASTAFEL.ordinal()];
        long meerpersoons = aantal[MEERPERSOONSWASTAFEL.ordinal()];
        if (wastafels + spoelbakken > 0) {
            BigDecimal p = PUNTEN_WASTAFEL.multiply(BigDecimal.valueOf(wastafels + spoelbakken));
            if (!badruimte) {
                p = p.min(PUNTEN_WASTAFEL); // outside a bathroom at most one per room (BB26 §2.6.1)
            }
            basis = basis.add(p);
            regels.add(Regel.meting(WASTAFEL.code(), spoelbakken > 0
                            ? "Wastafel (waarvan " + spoelbakken + " spoelbak bij aanrecht korter dan 1 m)" : "Wastafel",
                    BigDecimal.valueOf(wastafels + spoelbakken), Meeteenheid.STUKS, p,
                    spoelbakken > 0 ? "BB26 §2.5.2, §2.6.1" : "BB26 §2.6.1"));
        }
        if (meerpersoons > 0) {
            BigDecimal p = PUNTEN_MEERPERSOONSWASTAFEL.multiply(BigDecimal.valueOf(meerpersoons));
            if (!badruimte) {
                p = p.min(PUNTEN_MEERPERSOONSWASTAFEL);
            }
            basis = basis.add(stuks(regels, MEERPERSOONSWASTAFEL, meerpersoons, p, "BB26 §2.6.1"));
        }

        long baden = aantal[BAD.ordinal()];
        long douches = aantal[DOUCHE.ordinal()] + aantal[DREMPELLOZE_INRIJDOUCHE.ordinal()];
        long combinaties = aantal[BAD_EN_DOUCHE.ordinal()];
        long paren = Math.min(baden, douches);
        BigDecimal badDouche = BigDecimal.ZERO;
        if (paren + combinaties > 0) {
            badDouche = badDouche.add(stuks(regels, BAD_EN_DOUCHE, paren + combinaties,
                    PUNTEN_BAD_EN_DOUCHE.multiply(BigDecimal.valueOf(paren + combinaties)), "BB26 §2.6.1"));
        }
        if (baden > paren) {
            badDouche = badDouche.add(stuks(regels, BAD, baden - paren,
                    PUNTEN_BAD.multiply(BigDecimal.valueOf(baden - paren)), "BB26 §2.6.1"));
        }
        if (douches > paren) {
            badDouche = badDouche.add(stuks(regels, DOUCHE, douches - paren,
                    PUNTEN_DOUCHE.multiply(BigDecimal.valueOf(douches - paren)), "BB26 §2.6.1"));
        }
        basis = basis.add(badDouche);

        BigDecimal extra = BigDecimal.ZERO;
        List<Regel> extraRegels = new ArrayList<>();
        boolean heeftExtras = false;
        boolean alleenSanitair = false;
        for (Voorziening v : EXTRA.keySet()) {
            if (aantal[v.ordinal()] > 0) {
                heeftExtras = true;
                alleenSanitair |= !Keuken.EXTRA.containsKey(v);
            }
        }
        if (heeftExtras) {
            long allWastafels = wastafels + meerpersoons;
            boolean kwalificeert = badruimte && allWastafels > 0 && (baden + douches + combinaties) > 0;
            if (!kwalificeert) {
                // a mixer tap outside a bathroom is usually the kitchen's (rubriek 5): no warning for that
                if (alleenSanitair || badruimte) {
                    meldingen.waarschuw(veld, r.weergavenaam() + ": extra sanitaire voorzieningen tellen alleen in "
                            + "een badruimte met wastafel en douche of bad (BB26 §2.6.2)");
                }
            } else {
                for (Map.Entry<Voorziening, BigDecimal> e : EXTRA.entrySet()) {
                    long n = aantal[e.getKey().ordinal()];
                    if (n == 0) {
                        continue;
                    }
                    BigDecimal p = e.getValue().multiply(BigDecimal.valueOf(n));
                    String omschrijving = e.getKey().naam();
                    if (e.getKey() == KASTRUIMTE && p.compareTo(KASTRUIMTE_MAXIMUM) > 0) {
                        p = KASTRUIMTE_MAXIMUM;
                        omschrijving += " (max. 0,75 per ruimte)";
                    } else if (e.getKey() == STOPCONTACT_BIJ_WASTAFEL && n > STOPCONTACTEN_PER_WASTAFEL * allWastafels) {
                        p = e.getValue().multiply(BigDecimal.valueOf(STOPCONTACTEN_PER_WASTAFEL * allWastafels));
                        omschrijving += " (max. 2 per wastafel)";
                    } else if (e.getKey() == KASTJE_MET_WASTAFEL && n > allWastafels) {
                        p = e.getValue().multiply(BigDecimal.valueOf(allWastafels));
                        omschrijving += " (max. 1 per wastafel)";
                    }
                    extra = extra.add(p);
                    extraRegels.add(Regel.meting(e.getKey().code(), omschrijving, BigDecimal.valueOf(n),
                            Meeteenheid.STUKS, p, "BB26 §2.6.2"));
                }
                if (extrasBegrensd && extra.compareTo(badDouche) > 0) {
                    extraRegels.add(Regel.punten("maximering", "Maximering tot de punten voor douche en bad",
                            badDouche.subtract(extra), "BB26 §2.6.2"));
                    extra = badDouche;
                }
                regels.add(new Regel("extra_voorzieningen", "Extra voorzieningen", null, null, Regels.som(extraRegels),
                        null, extraRegels));
            }
        }
        return new SanitairRuimte(r, basis, badDouche, extra, regels);
    }

    /**
     * The sink of a counter shorter than 1 m counts as a wastafel (BB26 §2.5.2, §2.6.1); a sink in a valid
     * kitchen counter never does, so short pieces count only when the room has no counter of 1 m or more.
     */
    private static long korteAanrechten(Ruimte r) {
        if (!Keuken.kanKeukenZijn(r) || Keuken.heeftGeldigAanrecht(r)) {
            return 0;
        }
        long n = 0;
        for (BigDecimal lengte : r.aanrechten()) {
            if (lengte.compareTo(Keuken.MINIMUM_AANRECHT_MM) < 0) {
                n++;
            }
        }
        return n;
    }

    private static BigDecimal stuks(List<Regel> regels, Voorziening v, long aantal, BigDecimal punten, String bron) {
        regels.add(Regel.meting(v.code(), v.naam(), BigDecimal.valueOf(aantal), Meeteenheid.STUKS, punten, bron));
        return punten;
    }
}
