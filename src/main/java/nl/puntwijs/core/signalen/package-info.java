/**
 * Signals (knelpunten): small rules with stable codes that tell an asset manager why a senior-housing plan will
 * run into trouble — a zorgwoning condition not met or not recorded, a surcharge that lifts a dwelling out of
 * social rent, a rent above a limit, a subsidy condition of the SOO that fails — each with its severity, the
 * numbers in a Dutch sentence, the source and the input field it concerns. One class per signal family; the
 * thresholds come from {@link nl.puntwijs.core.tabellen.Drempels}, by date. {@link
 * nl.puntwijs.core.signalen.Signalering} runs them per dwelling and per complex, {@link
 * nl.puntwijs.core.signalen.WatAls} recomputes them after one change.
 */
package nl.puntwijs.core.signalen;
