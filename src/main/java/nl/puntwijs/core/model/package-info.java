/**
 * The domain model of a dwelling as the woningwaarderingsstelsel sees it: plain records and enums,
 * independent of any input format. VERA JSON, our complex JSON, the spreadsheet template, the store
 * and the UI all map to these types; the rubrieken read only these types.
 */
package nl.puntwijs.core.model;
