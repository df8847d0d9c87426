/**
 * The stelsel zelfstandige woonruimte: the pipeline that runs the rubrieken in the beleidsboek's order,
 * the explained result tree, rounding and the interpretation options.
 */
package nl.puntwijs.core.stelsel;
