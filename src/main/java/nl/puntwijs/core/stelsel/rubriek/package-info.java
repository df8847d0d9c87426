/** One class per rubriek of Bhw Bijlage I onder A, named as the beleidsboek names it. */
package nl.puntwijs.core.stelsel.rubriek;
