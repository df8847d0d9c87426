package nl.puntwijs.core.signalen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.puntwijs.core.complex.Complex;
import nl.puntwijs.core.complex.GedeeldeRuimte;
import nl.puntwijs.core.model.Eenheid;
import nl.puntwijs.core.model.Energieprestatie;
import nl.puntwijs.core.model.EnergieprestatieSoort;
import nl.puntwijs.core.model.Huur;
import nl.puntwijs.core.model.Ruimte;

/** One change to a complex for a what-if ({@link WatAls}). Each applies to a copy; the complex itself is unchanged. */
public sealed interface Wijziging {

    /**
     * The complex after the change.
     *
     * @throws IllegalArgumentException when the change does not fit the complex (e.g. no ontmoetingsruimte)
     */
    Complex pasToe(Complex complex, LocalDate peildatum);

    /** What changes, in Dutch: "ontmoetingsruimte 100 m²". */
    String omschrijving();

    /**
     * The ontmoetingsruimte gets a new total area: its largest room takes the difference, the others stay.
     *
     * @param m2 the new total area of the complex's (first) ontmoetingsruimte
     */
    record OppervlakteOntmoetingsruimte(BigDecimal m2) implements Wijziging {

        @Override
        public Complex pasToe(Complex complex, LocalDate peildatum) {
            List<GedeeldeRuimte> ruimten = new ArrayList<>(complex.gedeeldeRuimten());
            GedeeldeRuimte g = Subsidiesignalen.ontmoetingsruimten(complex).stream().findFirst().orElseThrow(() ->
                    new IllegalArgumentException("complex '" + complex.weergavenaam() + "' heeft geen ontmoetingsruimte"));
            BigDecimal huidig = Subsidiesignalen.oppervlakte(List.of(g));
            if (g.ruimten().isEmpty() || huidig == null) {
                throw new IllegalArgumentException("ontmoetingsruimte '" + g.weergavenaam() + "': de oppervlakte van "
                        + "haar ruimten is niet (volledig) bekend");
            }
            Ruimte grootste = g.ruimten().get(0);
            for (Ruimte r : g.ruimten()) {
                grootste = r.oppervlakte().compareTo(grootste.oppervlakte()) > 0 ? r : grootste;
            }
            BigDecimal nieuw = m2.subtract(huidig.subtract(grootste.oppervlakte()));
            if (nieuw.signum() <= 0) {
                throw new IllegalArgumentException("ontmoetingsruimte '" + g.weergavenaam() + "': " + m2.toPlainString()
                        + " m² is niet meer dan de overige ruimten samen");
            }
            List<Ruimte> nieuweRuimten = new ArrayList<>();
            for (Ruimte r : g.ruimten()) {
                nieuweRuimten.add(r == grootste ? new Ruimte(r.id(), r.naam(), r.soort(), r.detailsoort(), nieuw,
                        r.lengte(), r.breedte(), r.hoogte(), r.verwarmd(), r.verkoeld(), r.gedeeldMetAdressen(), r.aantal(),
                        r.voorzieningen(), r.aanrechten(), r.vasteTrap(), r.vlizotrap(), r.laadpalen(), r.kasten()) : r);
            }
            ruimten.set(ruimten.indexOf(g), g.metRuimten(nieuweRuimten));
            return complex.metGedeeldeRuimten(ruimten);
        }

        @Override
        public String omschrijving() {
            return "ontmoetingsruimte " + Tekst.getal(m2) + " m²";
        }
    }

    /**
     * The complex gets this many dwellings: the last ones are left out, or copies of the last dwelling are added with
     * the same use rights (ids "&lt;id&gt;-kopie-1", ...). Shared spaces follow: their address counts change by the
     * dwellings linked or unlinked.
     */
    record AantalWoningen(int aantal) implements Wijziging {

        public AantalWoningen {
            if (aantal < 1) {
                throw new IllegalArgumentException("aantal woningen moet minstens 1 zijn, is " + aantal);
            }
        }

        @Override
        public Complex pasToe(Complex complex, LocalDate peildatum) {
            List<Eenheid> woningen = new ArrayList<>(complex.woningen());
            if (woningen.isEmpty()) {
                throw new IllegalArgumentException("complex '" + complex.weergavenaam() + "' heeft geen woningen om te kopiëren");
            }
            List<GedeeldeRuimte> ruimten = new ArrayList<>(complex.gedeeldeRuimten());
            Eenheid laatste = woningen.get(woningen.size() - 1);
            for (int i = 1; woningen.size() < aantal; i++) {
                String id = laatste.id() + "-kopie-" + i;
                woningen.add(laatste.metId(id));
                for (int s = 0; s < ruimten.size(); s++) {
                    GedeeldeRuimte g = ruimten.get(s);
                    if (g.woningen().contains(laatste.id())) {
                        List<String> ids = new ArrayList<>(g.woningen());
                        ids.add(id);
                        ruimten.set(s, metAdressen(g, ids, g.aantalAdressen() == null ? null : g.aantalAdressen() + 1));
                    }
                }
            }
            List<Eenheid> weg = woningen.size() > aantal ? woningen.subList(aantal, woningen.size()) : List.of();
            List<String> wegIds = weg.stream().map(Eenheid::id).toList();
            for (int s = 0; s < ruimten.size(); s++) {
                GedeeldeRuimte g = ruimten.get(s);
                List<String> ids = g.woningen().stream().filter(id -> !wegIds.contains(id)).toList();
                int minder = g.woningen().size() - ids.size();
                ruimten.set(s, metAdressen(g, ids, g.aantalAdressen() == null ? null : g.aantalAdressen() - minder));
            }
            return complex.metWoningen(woningen.subList(0, aantal)).metGedeeldeRuimten(ruimten);
        }

        private static GedeeldeRuimte metAdressen(GedeeldeRuimte g, List<String> woningen, Integer adressen) {
            return new GedeeldeRuimte(g.id(), g.naam(), g.soort(), g.ruimten(), woningen, adressen);
        }

        @Override
        public String omschrijving() {
            return aantal + " woningen";
        }
    }

    /**
     * Every dwelling gets a new definitive energy label, recorded on the peildatum (after renovation) and valid ten
     * years; it comes first, so it is the record that counts (spec D10).
     */
    record NieuwEnergielabel(nl.puntwijs.core.model.Energielabel label) implements Wijziging {

        @Override
        public Complex pasToe(Complex complex, LocalDate peildatum) {
            List<Eenheid> woningen = new ArrayList<>();
            for (Eenheid e : complex.woningen()) {
                List<Energieprestatie> prestaties = new ArrayList<>();
                prestaties.add(new Energieprestatie(EnergieprestatieSoort.NTA8800_LABEL, true, peildatum,
                        peildatum.plusYears(10), label, null, null));
                prestaties.addAll(e.energieprestaties());
                woningen.add(e.metEnergieprestaties(prestaties));
            }
            return complex.metWoningen(woningen);
        }

        @Override
        public String omschrijving() {
            return "energielabel " + label.naam();
        }
    }

    /**
     * A planned rent for one dwelling or for all.
     *
     * @param eenheidId the dwelling; null for every dwelling of the complex
     * @param bedrag    the planned kale huur per month
     */
    record GeplandeHuur(String eenheidId, BigDecimal bedrag) implements Wijziging {

        @Override
        public Complex pasToe(Complex complex, LocalDate peildatum) {
            if (eenheidId != null && complex.woning(eenheidId).isEmpty()) {
                throw new IllegalArgumentException("woning '" + eenheidId + "' bestaat niet in complex '"
                        + complex.weergavenaam() + "'");
            }
            List<Eenheid> woningen = new ArrayList<>();
            for (Eenheid e : complex.woningen()) {
                if (eenheidId == null || eenheidId.equals(e.id())) {
                    Huur h = e.huur();
                    e = e.metHuur(h == null ? new Huur(null, bedrag, null, null, null, null)
                            : new Huur(h.kaleHuur(), bedrag, h.huishoudgrootte(), h.huurverhogingPercentage(),
                            h.ingangsdatumHuurverhoging(), h.servicekosten()));
                }
                woningen.add(e);
            }
            return complex.metWoningen(woningen);
        }

        @Override
        public String omschrijving() {
            return "geplande huur " + Tekst.euro(bedrag) + (eenheidId == null ? " voor alle woningen" : " voor woning "
                    + eenheidId);
        }
    }
}
