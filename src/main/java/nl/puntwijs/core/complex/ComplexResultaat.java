package nl.puntwijs.core.complex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.puntwijs.core.stelsel.Resultaat;
import nl.puntwijs.core.stelsel.Sector;

/**
 * The valuation of a whole complex.
 *
 * @param complexId       the complex's id
 * @param naam            its name
 * @param peildatum       the date valued
 * @param methode         the method chosen for shared rooms of its zorgwoningen
 * @param woningen        every dwelling's result, in the complex's order
 * @param gedeeldeRuimten what each shared space earns and generates
 * @param totalen         the complex's totals
 * @param meldingen       warnings about the complex's data
 */
public record ComplexResultaat(String complexId, String naam, LocalDate peildatum, MethodeGedeeldeRuimten methode,
                               List<Woning> woningen, List<Toedeling> gedeeldeRuimten, Totalen totalen,
                               List<Complexmelding> meldingen) {

    public ComplexResultaat {
        woningen = List.copyOf(woningen);
        gedeeldeRuimten = List.copyOf(gedeeldeRuimten);
        meldingen = List.copyOf(meldingen);
    }

    /**
     * One dwelling in the complex.
     *
     * @param resultaat              its valuation with the complex's method
     * @param andereMethode          its valuation with the other method for shared rooms
     * @param puntenUitGedeeldeRuimten the points of rubrieken 8, 9 and 10 that the complex's shared spaces add
     * @param puntenUitZorgtoeslag   the points the zorg surcharge adds to rubriek 12
     * @param perRuimte              what it receives from each shared space it has a use right to
     */
    public record Woning(String eenheidId, Resultaat resultaat, Resultaat andereMethode,
                         BigDecimal puntenUitGedeeldeRuimten, BigDecimal puntenUitZorgtoeslag, List<Aandeel> perRuimte) {

        public Woning {
            perRuimte = List.copyOf(perRuimte);
        }

        /** Points with the other method minus points with the chosen one. */
        public int verschilPunten() {
            return andereMethode.punten() - resultaat.punten();
        }

        /** Maximum rent with the other method minus with the chosen one. */
        public BigDecimal verschilHuur() {
            return andereMethode.maximaleHuur().subtract(resultaat.maximaleHuur());
        }
    }

    /**
     * What one dwelling receives from one shared space, measured (BB26 §2.9.7).
     *
     * @param ruimteId  the shared space
     * @param punten    the space's points divided by its addresses, before the rubriek's rounding
     * @param uitleg    how: "101.75 punten / 24 adressen"
     */
    public record Aandeel(String ruimteId, BigDecimal punten, String uitleg) {
    }

    /**
     * One shared space across the complex.
     *
     * @param ruimte          the space
     * @param adressen        the addresses sharing it
     * @param punten          its measured points before division (area, heating, kitchen, sanitair, or outdoor
     *                        space or parking), per rubriek code
     * @param puntenPerWoning its points divided by the addresses (unrounded)
     * @param huurPerMaand    the maximum rent per month it adds across the complex's dwellings (with the
     *                        complex's method): each dwelling's maximum rent with it minus without it
     */
    public record Toedeling(GedeeldeRuimte ruimte, int adressen, Map<String, BigDecimal> punten,
                            BigDecimal puntenPerWoning, BigDecimal huurPerMaand) {

        public Toedeling {
            punten = Map.copyOf(punten);
        }
    }

    /**
     * Complex totals.
     *
     * @param perSector              dwellings per rent sector
     * @param zorgwoningen           dwellings with the zorg surcharge applied
     * @param zorgwoningenAlleVoorwaarden of those, the ones with every condition recorded and met
     * @param puntenUitGedeeldeRuimten sum over the dwellings
     * @param puntenUitZorgtoeslag   sum over the dwellings
     */
    public record Totalen(int woningen, Map<Sector, Integer> perSector, BigDecimal gemiddeldePunten, int minimumPunten,
                          int maximumPunten, BigDecimal totaleMaximaleHuur, BigDecimal gemiddeldeMaximaleHuur,
                          int zorgwoningen, int zorgwoningenAlleVoorwaarden, BigDecimal puntenUitGedeeldeRuimten,
                          BigDecimal puntenUitZorgtoeslag) {

        public Totalen {
            perSector = Map.copyOf(perSector);
        }
    }
}
