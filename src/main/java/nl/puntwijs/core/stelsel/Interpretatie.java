package nl.puntwijs.core.stelsel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The interpretation choices where the sources leave room (spec wws-zelfstandig §8). Each option has a
 * default and named alternatives; {@code docs/interpretaties.md} explains every one with its paragraph.
 */
public final class Interpretatie {

    /** A contested point with its default and alternatives; values are lower-case words. */
    public enum Optie {
        /** D4: outdoor areas per category to whole m² (Bhw rubriek 8) or to two decimals (BB26 §2.8.8). */
        BUITENRUIMTE_OPPERVLAKTE("D4", "buitenruimte-oppervlakte", "hele-m2", "twee-decimalen"),
        /** D5: the zorg surcharge rounded to quarter points within rubriek 12, or left unrounded until the total. */
        ZORGTOESLAG_AFRONDING("D5", "zorgtoeslag-afronding", "kwartpunt", "onafgerond"),
        /** D6: 35% over the uncapped WOZ points and the cap on the full total (II), or the cap first (I). */
        ZORGTOESLAG_EN_WOZ_CAP("D6", "zorgtoeslag-woz-cap", "toeslag-voor-cap", "cap-voor-toeslag"),
        /** D8: a 2015-2019 new build with at least 110 points is not capped, or capped and then lifted to 40. */
        NIEUWBOUW_2015_2019("D8", "nieuwbouw-2015-2019", "geen-cap", "cap-dan-minimum"),
        /** D11: the cap on extra sanitary provisions per dwelling (BB26 §2.6.2) or per room. */
        SANITAIR_MAXIMERING("D11", "sanitair-maximering", "per-woning", "per-ruimte"),
        /** D12: label E is worth -4 (Uhw art. 10d, BB26) or -5 (the Bhw table). */
        LABEL_E("D12", "label-e", "min-4", "min-5"),
        /** A5: WOZ onderdeel I and II unrounded (BB26 §2.11.2) or each to two decimals (BB25 examples). */
        WOZ_ONDERDELEN("A5", "woz-onderdelen-afronding", "onafgerond", "twee-decimalen"),
        /** B12/§3.3: shared rooms of a zorgwoning get the flat 3 points (BB26 §2.9.4) or are measured. */
        ZORG_GEMEENSCHAPPELIJKE_RUIMTEN("B12", "zorg-gemeenschappelijke-ruimten", "forfaitair", "gemeten");

        private final String id;
        private final String sleutel;
        private final List<String> waarden;

        Optie(String id, String sleutel, String... waarden) {
            this.id = id;
            this.sleutel = sleutel;
            this.waarden = List.of(waarden);
        }

        /** The decision id in the spec (D5, D6, ...). */
        public String id() {
            return id;
        }

        public String sleutel() {
            return sleutel;
        }

        public String standaard() {
            return waarden.get(0);
        }

        public List<String> waarden() {
            return waarden;
        }

        static Optional<Optie> zoek(String naam) {
            String n = naam.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(o -> o.sleutel.equals(n) || o.id.toLowerCase(Locale.ROOT).equals(n))
                    .findFirst();
        }
    }

    private static final Interpretatie STANDAARD = new Interpretatie(new EnumMap<>(Optie.class));

    private final Map<Optie, String> keuzes;

    private Interpretatie(Map<Optie, String> keuzes) {
        this.keuzes = keuzes;
    }

    public static Interpretatie standaard() {
        return STANDAARD;
    }

    /** The chosen value of an option (its default when not set). */
    public String waarde(Optie optie) {
        return keuzes.getOrDefault(optie, optie.standaard());
    }

    /** True when the option is set to its (first) alternative. */
    public boolean alternatief(Optie optie) {
        return !waarde(optie).equals(optie.standaard());
    }

    /** A copy with one option changed; the value must be one of the option's values. */
    public Interpretatie met(Optie optie, String waarde) {
        String w = waarde.strip().toLowerCase(Locale.ROOT);
        if (!optie.waarden.contains(w)) {
            throw new IllegalArgumentException("onbekende waarde '" + waarde + "' voor " + optie.sleutel
                    + "; mogelijk: " + String.join(", ", optie.waarden));
        }
        EnumMap<Optie, String> nieuw = keuzes.isEmpty() ? new EnumMap<>(Optie.class) : new EnumMap<>(keuzes);
        if (w.equals(optie.standaard())) {
            nieuw.remove(optie);
        } else {
            nieuw.put(optie, w);
        }
        return new Interpretatie(nieuw);
    }

    /**
     * Reads "KEY=VALUE" where KEY is an option's name or its spec id (e.g. "D5=onafgerond").
     *
     * @throws IllegalArgumentException naming the key or value when either is unknown
     */
    public Interpretatie met(String sleutelIsWaarde) {
        int is = sleutelIsWaarde.indexOf('=');
        if (is <= 0) {
            throw new IllegalArgumentException("interpretatie '" + sleutelIsWaarde + "' is geen SLEUTEL=WAARDE");
        }
        String sleutel = sleutelIsWaarde.substring(0, is);
        Optie optie = Optie.zoek(sleutel).orElseThrow(() -> new IllegalArgumentException(
                "onbekende interpretatie '" + sleutel + "'; mogelijk: " + String.join(", ", sleutels())));
        return met(optie, sleutelIsWaarde.substring(is + 1));
    }

    /** The options that differ from the defaults, as KEY=VALUE. */
    public List<String> afwijkingen() {
        List<String> lijst = new ArrayList<>();
        keuzes.forEach((o, w) -> lijst.add(o.sleutel + "=" + w));
        return lijst;
    }

    private static List<String> sleutels() {
        return Arrays.stream(Optie.values()).map(Optie::sleutel).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interpretatie other && keuzes.equals(other.keuzes);
    }

    @Override
    public int hashCode() {
        return keuzes.hashCode();
    }

    @Override
    public String toString() {
        return keuzes.isEmpty() ? "standaard" : String.join(", ", afwijkingen());
    }
}
