package nl.puntwijs.core.model;

import java.math.BigDecimal;

/**
 * A woonvoorziening for a tenant with a disability (rubriek 7, BB26 §2.7): the net investment earns points.
 *
 * @param omschrijving  what was made (e.g. "traplift")
 * @param kosten        investment in euro
 * @param subsidie      subsidy received in euro (a fully subsidised provision earns nothing)
 * @param eigenBijdrage tenant's own contribution in euro
 */
public record Gehandicaptenvoorziening(String omschrijving, BigDecimal kosten, BigDecimal subsidie,
                                       BigDecimal eigenBijdrage) {

    public BigDecimal nettoInvestering() {
        BigDecimal netto = kosten == null ? BigDecimal.ZERO : kosten;
        if (subsidie != null) {
            netto = netto.subtract(subsidie);
        }
        if (eigenBijdrage != null) {
            netto = netto.subtract(eigenBijdrage);
        }
        return netto.signum() < 0 ? BigDecimal.ZERO : netto;
    }
}
