/**
 * The portfolio store: one SQLite file per portfolio with complexes, dwellings, shared spaces, stored results
 * per peildatum, scenarios and the audit trail; schema migrations; import from VERA and the spreadsheet
 * template ({@link nl.puntwijs.store.invoer}). Depends on {@code core} and {@code io}; nothing there depends on
 * this package. Every change runs in one transaction; see {@code docs/adr/0001-portefeuillebestand-sqlite.md}.
 */
package nl.puntwijs.store;
