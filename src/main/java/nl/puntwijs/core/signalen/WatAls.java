package nl.puntwijs.core.signalen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.stelsel.Interpretatie;

/**
 * What-if: the signals of a complex before and after one change (ontmoetingsruimte area, number of dwellings, energy
 * label after renovation, rent), and which signals appear, disappear or change their message. A signal is the same
 * one when its code, dwelling, complex, field and severity are; a change of severity is one disappearing and another
 * appearing.
 */
public final class WatAls {

    private final Signalering signalering;

    public WatAls(Signalering signalering) {
        this.signalering = signalering;
    }

    /**
     * The outcome of one change.
     *
     * @param wijziging  the change
     * @param voor       the signals before
     * @param na         the signals after
     * @param verschenen signals after the change that were not there before
     * @param verdwenen  signals before the change that are gone after it
     * @param gewijzigd  the same signal with another message (other numbers)
     */
    public record Uitkomst(Wijziging wijziging, List<Signaal> voor, List<Signaal> na, List<Signaal> verschenen,
                           List<Signaal> verdwenen, List<Verandering> gewijzigd) {

        public Uitkomst {
            voor = List.copyOf(voor);
            na = List.copyOf(na);
            verschenen = List.copyOf(verschenen);
            verdwenen = List.copyOf(verdwenen);
            gewijzigd = List.copyOf(gewijzigd);
        }
    }

    /** One signal before and after, with another message. */
    public record Verandering(Signaal voor, Signaal na) {
    }

    /**
     * @throws IllegalArgumentException when the change does not fit the complex
     * @throws nl.puntwijs.core.complex.OngeldigComplexException when the complex cannot be valued before or after
     */
    public Uitkomst bereken(Complex complex, LocalDate peildatum, Interpretatie interpretatie, Wijziging wijziging) {
        List<Signaal> voor = signalering.complex(complex, peildatum, interpretatie);
        List<Signaal> na = signalering.complex(wijziging.pasToe(complex, peildatum), peildatum, interpretatie);
        return vergelijk(wijziging, voor, na);
    }

    /**
     * Which signals appear, disappear or change between two lists (a complex and its scenario, say), by the same
     * pairing as {@link #bereken}; the outcome's {@code wijziging} is null.
     */
    public static Uitkomst verschil(List<Signaal> voor, List<Signaal> na) {
        return vergelijk(null, voor, na);
    }

    static Uitkomst vergelijk(Wijziging wijziging, List<Signaal> voor, List<Signaal> na) {
        Map<Sleutel, List<Signaal>> ongepaard = new LinkedHashMap<>();
        for (Signaal s : voor) {
            ongepaard.computeIfAbsent(Sleutel.van(s), k -> new ArrayList<>()).add(s);
        }
        List<Signaal> verschenen = new ArrayList<>();
        List<Verandering> gewijzigd = new ArrayList<>();
        for (Signaal s : na) {
            List<Signaal> kandidaten = ongepaard.get(Sleutel.van(s));
            if (kandidaten == null || kandidaten.isEmpty()) {
                verschenen.add(s);
                continue;
            }
            Signaal eerder = kandidaten.remove(0);
            if (!Objects.equals(eerder.melding(), s.melding())) {
                gewijzigd.add(new Verandering(eerder, s));
            }
        }
        Set<Signaal> resterend = Collections.newSetFromMap(new IdentityHashMap<>());
        ongepaard.values().forEach(resterend::addAll);
        List<Signaal> verdwenen = voor.stream().filter(resterend::contains).toList();
        return new Uitkomst(wijziging, voor, na, verschenen, verdwenen, gewijzigd);
    }

    /** What makes two signals the same one. */
    private record Sleutel(String code, String eenheid, String complex, String veld, Ernst ernst) {
        static Sleutel van(Signaal s) {
            return new Sleutel(s.code(), s.eenheid(), s.complex(), s.veld(), s.ernst());
        }
    }
}
